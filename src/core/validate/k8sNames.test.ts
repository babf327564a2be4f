import { describe, expect, it } from 'vitest';
import { isCelIP, isIPv4Format, isIPv6Format } from './ipAddress.ts';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelValueErrors,
  qualifiedNameErrors,
} from './k8sNames.ts';

const checks = {
  dns1123Label: dns1123LabelErrors,
  dns1123Subdomain: dns1123SubdomainErrors,
  dns1035Label: dns1035LabelErrors,
  qualifiedName: qualifiedNameErrors,
  labelValue: labelValueErrors,
};

describe('Kubernetes name formats', () => {
  it.each([
    ['dns1123Label', 'my-name', 0],
    ['dns1123Label', 'a', 0],
    ['dns1123Label', '-a', 1],
    ['dns1123Label', 'a.b', 1],
    ['dns1123Label', 'a'.repeat(64), 1],
    ['dns1123Subdomain', 'example.com', 0],
    ['dns1123Subdomain', 'a..b', 1],
    ['dns1123Subdomain', 'Example.com', 1],
    ['dns1035Label', 'web', 0],
    ['dns1035Label', '1web', 1],
    ['qualifiedName', 'app.kubernetes.io/name', 0],
    ['qualifiedName', 'My_Name.1', 0],
    ['qualifiedName', '/name', 1],
    ['qualifiedName', 'a/b/c', 1],
    ['qualifiedName', 'prefix/', 2],
    ['labelValue', '', 0],
    ['labelValue', 'v1.2_beta-3', 0],
    ['labelValue', 'a b', 1],
  ] as const)('%s %j has %d problems', (format, value, count) => {
    expect(checks[format](value)).toHaveLength(count);
  });

  it('words problems as the API server does', () => {
    expect(dns1123LabelErrors('a.b')).toEqual(['must not contain dots']);
    expect(qualifiedNameErrors('/x')).toEqual(['prefix part must be non-empty']);
    expect(dns1123LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('IP address formats', () => {
  it.each([
    ['192.168.0.1', true, true, false],
    ['192.168.000.1', false, true, false],
    ['256.0.0.1', false, false, false],
    ['2001:db8::1', true, false, true],
    ['::', true, false, true],
    ['1:2:3:4:5:6:7::', true, false, true],
    ['::ffff:192.168.0.1', false, false, true],
    ['1::2::3', false, false, false],
    ['fe80::1%eth0', false, false, false],
    ['example.com', false, false, false],
  ])('%s: isIP %s, ipv4 %s, ipv6 %s', (text, cel, v4, v6) => {
    expect([isCelIP(text), isIPv4Format(text), isIPv6Format(text)]).toEqual([cel, v4, v6]);
  });
});
