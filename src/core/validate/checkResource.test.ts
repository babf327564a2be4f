import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../yaml/workspace.ts';
import { checkResource } from './checkResource.ts';
import type { Channel } from './schemaData.ts';

function findings(text: string, channel: Channel = 'standard') {
  const entries = createWorkspace(text).resources;
  return entries.flatMap((entry) =>
    checkResource(entry, channel).findings.map(({ severity, code, message, path }) => ({
      severity,
      code,
      message,
      path: path?.join('.') ?? null,
    })),
  );
}

function resource(
  kind: string,
  spec: unknown,
  apiVersion = 'gateway.networking.k8s.io/v1',
): string {
  return JSON.stringify({ apiVersion, kind, metadata: { name: 'subject' }, spec });
}

const backend = (extra: Record<string, unknown> = {}) => ({ name: 'svc', port: 8080, ...extra });
const route = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  resource('HTTPRoute', { parentRefs: [{ name: 'gw' }], rules: [rule], ...extra });
const gateway = (extra: Record<string, unknown>) =>
  resource('Gateway', {
    gatewayClassName: 'class',
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
    ...extra,
  });

describe('CRD schema violations', () => {
  it.each([
    [
      'type',
      route({ backendRefs: [backend({ weight: 'ten' })] }),
      'spec.rules[0].backendRefs[0].weight: Invalid value: "string": spec.rules[0].backendRefs[0].weight in body must be of type integer: "string"',
    ],
    [
      'enum',
      route({ matches: [{ path: { type: 'Foo', value: '/' } }], backendRefs: [backend()] }),
      'spec.rules[0].matches[0].path.type: Unsupported value: "Foo": supported values: "Exact", "PathPrefix", "RegularExpression"',
    ],
    [
      'pattern',
      route({ backendRefs: [backend()] }, { hostnames: ['Bad_Host'] }),
      `spec.hostnames[0]: Invalid value: "Bad_Host": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'`,
    ],
    [
      'maximum',
      route({ backendRefs: [backend(), backend({ weight: 2000000 })] }),
      'spec.rules[0].backendRefs[1].weight: Invalid value: 2000000: spec.rules[0].backendRefs[1].weight in body should be less than or equal to 1000000',
    ],
    [
      'minimum',
      route({ backendRefs: [backend({ port: 0 })] }),
      'spec.rules[0].backendRefs[0].port: Invalid value: 0: spec.rules[0].backendRefs[0].port in body should be greater than or equal to 1',
    ],
    [
      'maxLength',
      resource('HTTPRoute', { parentRefs: [{ name: 'gw', sectionName: 'a'.repeat(254) }] }),
      'spec.parentRefs[0].sectionName: Too long: may not be more than 253 bytes',
    ],
    [
      'minLength',
      route({ backendRefs: [backend({ name: '' })] }),
      'spec.rules[0].backendRefs[0].name: Invalid value: "": spec.rules[0].backendRefs[0].name in body should be at least 1 chars long',
    ],
    [
      'maxItems',
      route({ backendRefs: Array.from({ length: 17 }, () => backend()) }),
      'spec.rules[0].backendRefs: Too many: 17: must have at most 16 items',
    ],
    [
      'minItems',
      resource('Gateway', { gatewayClassName: 'class', listeners: [] }),
      'spec.listeners: Invalid value: 0: spec.listeners in body should have at least 1 items',
    ],
    [
      'required',
      route({ backendRefs: [{ port: 8080 }] }),
      'spec.rules[0].backendRefs[0].name: Required value',
    ],
    [
      'a null where null is not allowed (dropped, then required)',
      route({ backendRefs: [backend({ name: null })] }),
      'spec.rules[0].backendRefs[0].name: Required value',
    ],
    [
      'maxProperties',
      gateway({
        infrastructure: {
          labels: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`l${i}`, 'v'])),
        },
      }),
      'spec.infrastructure.labels: Too many: 9: must have at most 8 items',
    ],
    [
      'oneOf (an IPAddress that is not an IP address)',
      gateway({ addresses: [{ type: 'IPAddress', value: 'not-an-ip' }] }),
      'spec.addresses[0]: Invalid value: "": spec.addresses[0] must validate one and only one schema (oneOf). Found none valid',
    ],
    [
      'list-type map (duplicate key)',
      resource('Gateway', {
        gatewayClassName: 'class',
        listeners: [
          { name: 'http', port: 80, protocol: 'HTTP' },
          { name: 'http', port: 8080, protocol: 'HTTP' },
        ],
      }),
      'spec.listeners[1]: Duplicate value: map[string]interface {}{"name":"http"}',
    ],
    [
      'list-type set (duplicate item)',
      route({
        filters: [{ type: 'CORS', cors: { allowMethods: ['GET', 'GET'] } }],
        backendRefs: [backend()],
      }),
      'spec.rules[0].filters[0].cors.allowMethods[1]: Duplicate value: "GET"',
    ],
  ])('%s', (_kind, text, message) => {
    const errors = findings(text).filter((finding) => finding.code === 'SchemaViolation');
    expect(errors.map((finding) => finding.message)).toEqual([message]);
    expect(errors[0]?.path).toBe(
      message.slice(0, message.indexOf(':')).replace(/\[(\d+)\]/g, '.$1'),
    );
  });

  it('accepts a null where the field is optional (the API server drops it)', () => {
    expect(findings(route({ backendRefs: [backend()] }, { hostnames: null }))).toEqual([]);
  });

  it('does not run CEL rules once a blocking error is found, and says so', () => {
    const result = findings(
      route({
        filters: [{ type: 'RequestRedirect', requestRedirect: {} }],
        backendRefs: [{ port: 1 }],
      }),
    );
    expect(result.map((finding) => finding.code)).toEqual(['SchemaViolation', 'CELNotChecked']);
  });

  it('runs CEL rules on the defaulted object', () => {
    // `fraction.denominator` defaults to 100: 150/100 breaks the rule.
    const mirror = {
      type: 'RequestMirror',
      requestMirror: { backendRef: backend(), fraction: { numerator: 150 } },
    };
    expect(findings(route({ filters: [mirror], backendRefs: [backend()] }))).toEqual([
      {
        severity: 'error',
        code: 'CELViolation',
        message: 'numerator must be less than or equal to denominator',
        path: 'spec.rules.0.filters.0.requestMirror.fraction',
      },
    ]);
  });
});

describe('fields, kinds and versions', () => {
  it('warns about unknown fields, as kubectl’s strict field validation does', () => {
    const result = findings(route({ backendRef: [backend()] }, { extra: true }));
    expect(result).toEqual([
      {
        severity: 'warning',
        code: 'UnknownField',
        message: 'unknown field "spec.rules[0].backendRef"',
        path: 'spec.rules.0.backendRef',
      },
      {
        severity: 'warning',
        code: 'UnknownField',
        message: 'unknown field "spec.extra"',
        path: 'spec.extra',
      },
    ]);
  });

  it.each([
    [
      'a version the CRD does not have',
      resource('HTTPRoute', {}, 'gateway.networking.k8s.io/v1alpha2'),
      'standard',
      'error UnservedVersion apiVersion: no matches for kind "HTTPRoute" in version "gateway.networking.k8s.io/v1alpha2": v1alpha2 does not exist; use gateway.networking.k8s.io/v1 or gateway.networking.k8s.io/v1beta1',
    ],
    [
      'a deprecated version the standard channel does not serve',
      resource(
        'TCPRoute',
        { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [backend()] }] },
        'gateway.networking.k8s.io/v1alpha2',
      ),
      'standard',
      'error UnservedVersion apiVersion: no matches for kind "TCPRoute" in version "gateway.networking.k8s.io/v1alpha2": v1alpha2 is deprecated and not served in the standard channel; use gateway.networking.k8s.io/v1',
    ],
    [
      'a deprecated version the experimental channel serves',
      resource(
        'TCPRoute',
        { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [backend()] }] },
        'gateway.networking.k8s.io/v1alpha2',
      ),
      'experimental',
      'warning DeprecatedVersion apiVersion: The v1alpha2 version of TCPRoute has been deprecated and will be removed in a future release of the API. Please upgrade to v1.',
    ],
    [
      'an experimental kind in the standard channel',
      resource(
        'XMesh',
        { controllerName: 'example.com/mesh' },
        'gateway.networking.x-k8s.io/v1alpha1',
      ),
      'standard',
      'error UnknownKind kind: no matches for kind "XMesh" in version "gateway.networking.x-k8s.io/v1alpha1": it is only in the experimental channel',
    ],
    [
      'a kind of another API group (not checked)',
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { any: 1 },
      }),
      'standard',
      undefined,
    ],
  ] as const)('%s', (_what, text, channel, expected) => {
    const result = findings(text, channel).map(
      (f) => `${f.severity} ${f.code} ${f.path ?? ''}: ${f.message}`,
    );
    expect(result).toEqual(expected === undefined ? [] : [expected]);
  });

  it.each([
    [
      'a custom resource name',
      JSON.stringify({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'Web_1' },
        spec: {},
      }),
      `metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ],
    [
      'a Service name',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: '1web' },
        spec: { ports: [{ port: 80 }] },
      }),
      `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ],
    [
      'a label value',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'apps', labels: { team: 'a b' } },
      }),
      `metadata.labels.team: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ],
    [
      'a Service port protocol',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: { ports: [{ port: 80, protocol: 'HTTP' }] },
      }),
      'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ],
    [
      'Service ports (port and protocol are the key; protocol defaults to TCP)',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: {
          ports: [
            { port: 80, name: 'a' },
            { port: 80, protocol: 'TCP', name: 'b' },
          ],
        },
      }),
      'spec.ports[1]: Duplicate value: map[string]interface {}{"port":80, "protocol":"TCP"}',
    ],
  ])('checks %s', (_what, text, message) => {
    expect(findings(text).map((finding) => finding.message)).toEqual([message]);
  });
});

describe('hostile input', () => {
  it.each([
    [
      '__proto__ keys',
      '{"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"name":"a","labels":{"__proto__":"x"}},"spec":{"__proto__":{"polluted":true},"rules":[{"constructor":{"prototype":1},"backendRefs":[{"name":"s","port":1,"__proto__":[]}]}]}}',
    ],
    [
      'a constructor label (a CEL map key)',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  gatewayClassName: c\n  infrastructure: {labels: {constructor: x, toString: y}}\n  listeners: [{name: h, port: 80, protocol: HTTP}]\n',
    ],
    [
      'deep nesting',
      `{"apiVersion":"v1","kind":"Service","metadata":{"name":"a"},"spec":${'{"a":'.repeat(100)}1${'}'.repeat(100)}}`,
    ],
    [
      'a long list',
      JSON.stringify({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'a' },
        spec: { hostnames: Array.from({ length: 50000 }, (_, i) => `h${i}.example.com`) },
      }),
    ],
    [
      'wrong types everywhere',
      '{"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"g","labels":[1]},"spec":[{"listeners":"x"}]}',
    ],
  ])('%s never throw', (_what, text) => {
    expect(() => findings(text)).not.toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws on arbitrary specs of any kind (property)', () => {
    const kinds = [
      'HTTPRoute',
      'GRPCRoute',
      'Gateway',
      'ListenerSet',
      'TLSRoute',
      'ReferenceGrant',
      'BackendTLSPolicy',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.jsonValue({ maxDepth: 6 }), (kind, spec) => {
        for (const channel of ['standard', 'experimental'] as const)
          findings(resource(kind, spec), channel);
      }),
      { numRuns: 300 },
    );
  });
});
