import { describe, expect, it } from 'vitest';
import {
  checkDuration,
  checkHeaderName,
  checkHostname,
  checkName,
  checkPath,
  checkPort,
  checkRegex,
  checkWeight,
} from './fieldValidation.ts';

const key = (problem: ReturnType<typeof checkPort>) => problem?.key ?? null;

describe('field checks', () => {
  it.each([
    ['80', null],
    ['65535', null],
    ['0', 'inspector.check.range'],
    ['65536', 'inspector.check.range'],
    ['8o', 'inspector.check.integer'],
    ['', 'inspector.check.required'],
  ])('port %j', (value, expected) => expect(key(checkPort(value))).toBe(expected));

  it.each([
    ['0', null],
    ['1000000', null],
    ['1000001', 'inspector.check.range'],
    ['-1', 'inspector.check.range'],
    ['1.5', 'inspector.check.integer'],
  ])('weight %j', (value, expected) => expect(key(checkWeight(value))).toBe(expected));

  it.each([
    ['www.example.com', null],
    ['*.example.com', null],
    ['Example.com', 'inspector.check.hostname'],
    ['foo.*.com', 'inspector.check.hostname'],
    ['10.0.0.1', 'inspector.check.hostnameIp'],
    ['example.com:80', 'inspector.check.hostname'],
  ])('hostname %j', (value, expected) => expect(key(checkHostname(value))).toBe(expected));

  it.each([
    ['Service', 'web-v1', null],
    ['Service', '1web', 'inspector.check.serviceName'],
    ['HTTPRoute', 'web.v1', null],
    ['HTTPRoute', 'Web', 'inspector.check.subdomain'],
    ['Namespace', 'team.a', 'inspector.check.label'],
    ['Gateway', '', 'inspector.check.required'],
  ])('name of a %s: %j', (kind, value, expected) =>
    expect(key(checkName(kind, value))).toBe(expected),
  );

  it.each([
    [checkDuration, '10s', null],
    [checkDuration, '1h30m', null],
    [checkDuration, '10', 'inspector.check.duration'],
    [checkDuration, '1.5s', 'inspector.check.duration'],
    [checkHeaderName, 'x-canary', null],
    [checkHeaderName, 'x canary', 'inspector.check.headerName'],
    [checkPath, '/api', null],
    [checkPath, 'api', 'inspector.check.path'],
    [checkRegex, '/items/[0-9]+', null],
    [checkRegex, '/items/[0-9+', 'inspector.check.regex'],
  ])('%o %j', (check, value, expected) => expect(key(check(value))).toBe(expected));
});
