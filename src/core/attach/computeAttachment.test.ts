import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ComputedAttachment,
  type ResourceEntry,
  type StatusReport,
  type Workspace,
  computeAttachment,
  computeStatus,
  createWorkspace,
} from '../index.ts';
import { meshCase, northSouthCase } from '../testing/conformance.ts';

interface Computed {
  readonly workspace: Workspace;
  readonly attachment: ComputedAttachment;
  readonly report: StatusReport;
}

function compute(text: string, admitted?: (entry: ResourceEntry) => boolean): Computed {
  const workspace = createWorkspace(text);
  const attachment = computeAttachment(workspace, admitted ? { admitted } : {});
  return { workspace, attachment, report: computeStatus(workspace, attachment) };
}

function entry(computed: Computed, kind: string, name: string): ResourceEntry {
  const found = computed.workspace.resources.find((e) => e.id.kind === kind && e.id.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** `listener name → effective hostnames` of a route's listener attachments. */
function bindings(computed: Computed, route: string): Record<string, readonly string[]> {
  return Object.fromEntries(
    computed.attachment.listenerAttachments
      .filter((a) => a.route.id.name === route)
      .map((a) => [a.listener.name, a.effectiveHostnames]),
  );
}

function acceptedOf(computed: Computed, route: string, parent = 0): string {
  const outcome = computed.attachment.routes.find((r) => r.route.id.name === route);
  const result = outcome?.parents[parent]?.result;
  return result ? (result.accepted ? 'Accepted' : result.reason) : 'absent';
}

const base = `apiVersion: v1
kind: Namespace
metadata: { name: infra, labels: { team: platform } }
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: { name: gc }
spec: { controllerName: example.com/controller }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: apps }
spec: { ports: [{ name: http, port: 8080 }] }
`;

describe('listener attachments and effective hostnames (semantics.md B3)', () => {
  const intersection = compute(northSouthCase('httproute-hostname-intersection.yaml'));

  it.each([
    ['specific-host-matches-listener-specific-host', { 'listener-1': ['very.specific.com'] }],
    [
      'specific-host-matches-listener-wildcard-host',
      { 'listener-2': ['foo.wildcard.io', 'bar.wildcard.io', 'foo.bar.wildcard.io'] },
    ],
    ['wildcard-host-matches-listener-specific-host', { 'listener-1': ['very.specific.com'] }],
    ['wildcard-host-matches-listener-wildcard-host', { 'listener-3': ['*.anotherwildcard.io'] }],
    ['no-intersecting-hosts', {}],
    [
      'httproute-hostname-intersection-all',
      { 'listener-1': ['first.com', 'sub.first.com', 'second.com', 'sub.second.com'] },
    ],
  ])('route %s attaches as %j', (route, expected) => {
    expect(intersection.workspace.resources.some((e) => e.id.name === route)).toBe(true);
    expect(bindings(intersection, route)).toEqual(expected);
  });

  it('narrows each route hostname to the more specific of the pair (listener isolation)', () => {
    const isolation = compute(
      northSouthCase('gateway-http-listener-isolation-with-hostname-intersection.yaml'),
    );
    expect(
      bindings(isolation, 'attaches-to-wildcard-example-com-with-hostname-intersection'),
    ).toEqual({
      'wildcard-example-com': ['*.example.com', '*.foo.example.com', 'abc.foo.example.com'],
    });
    expect(bindings(isolation, 'attaches-to-empty-hostname-with-hostname-intersection')).toEqual({
      'empty-hostname': ['bar.com', '*.example.com', '*.foo.example.com', 'abc.foo.example.com'],
    });
  });

  it('attaches a route without hostnames to every listener of its parentRef with the listener hostname', () => {
    const matching = compute(northSouthCase('httproute-listener-hostname-matching.yaml'));
    expect(bindings(matching, 'backend-v3')).toEqual({
      'listener-3': ['*.bar.com'],
      'listener-4': ['*.foo.com'],
    });
  });

  it('selects listeners by port (HTTPRouteListenerPortMatching)', () => {
    const ports = compute(northSouthCase('httproute-listener-port-matching.yaml'));
    expect(Object.keys(bindings(ports, 'backend-v2')).sort()).toEqual(['listener-2', 'listener-3']);
    expect(Object.keys(bindings(ports, 'backend-v3'))).toEqual(['listener-4']);
  });
});

describe('ListenerSets (semantics.md F12)', () => {
  const routing = compute(northSouthCase('listenerset-http-routing.yaml'));

  it('merges listeners in order: the Gateway’s own, then attached ListenerSets', () => {
    const merged = routing.attachment.listeners.filter(
      (l) => l.gateway.name === 'gateway-with-listener-sets-http-routing',
    );
    expect(merged.map((l) => [l.owner.kind, l.name, l.order])).toEqual([
      ['Gateway', 'gateway-listener-1', 0],
      ['Gateway', 'gateway-listener-2', 1],
      ['ListenerSet', 'listener-set-http-routing-1-listener-1', 2],
      ['ListenerSet', 'listener-set-http-routing-1-listener-2', 3],
      ['ListenerSet', 'listener-set-http-routing-2-listener-1', 4],
      ['ListenerSet', 'listener-set-http-routing-2-listener-2', 5],
    ]);
    expect(merged.every((l) => l.ready && !l.conflicted)).toBe(true);
  });

  it('does not reach ListenerSet listeners through a Gateway parentRef', () => {
    const owners = routing.attachment.listenerAttachments
      .filter((a) => a.route.id.name === 'gateway-route')
      .map((a) => a.listener.owner.kind);
    expect(owners).toEqual(['Gateway', 'Gateway']);
  });

  it('reads "Same" on a ListenerSet listener as the ListenerSet’s namespace', () => {
    const namespaces = compute(northSouthCase('listenerset-allowed-routes-namespaces.yaml'));
    expect(Object.keys(bindings(namespaces, 'route-in-listenerset-namespace'))).toEqual([
      'listener-set-listener-allowed-routes-cross-ns-same',
    ]);
    expect(Object.keys(bindings(namespaces, 'route-not-in-selected-namespace'))).toEqual([
      'listener-set-listener-allowed-routes-all',
    ]);
    expect(Object.keys(bindings(namespaces, 'route-in-selected-namespace')).sort()).toEqual([
      'listener-set-listener-allowed-routes-all',
      'listener-set-listener-allowed-routes-selector',
    ]);
  });

  it('gives precedence to the oldest ListenerSet, then to namespace/name', () => {
    const listenerSet = (name: string, created: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: { name: ${name}, namespace: infra${created ? `, creationTimestamp: "${created}"` : ''} }
spec:
  parentRef: { name: edge }
  listeners: [{ name: l, port: 80, protocol: HTTP, hostname: shared.example.com }]
`;
    const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: gc
  allowedListeners: { namespaces: { from: Same } }
  listeners: [{ name: own, port: 80, protocol: HTTP, hostname: own.example.com }]
`;
    const text = [
      base,
      gateway,
      listenerSet('a-newer', '2024-02-01T00:00:00Z'),
      listenerSet('b-older', '2024-01-01T00:00:00Z'),
      listenerSet('c-unstamped', ''),
    ].join('---\n');
    const { attachment } = compute(text);
    const winner = attachment.listenerSets
      .filter((s) => !s.rejection)
      .map((s) => s.listenerSet.id.name);
    expect(winner).toEqual(['b-older']);
    expect(attachment.listeners.map((l) => `${l.owner.name}:${l.order}`)).toEqual([
      'edge:0',
      'b-older:1',
    ]);
  });
});

describe('conflicts inside one Gateway (semantics.md F10, F11)', () => {
  const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: gc
  listeners:
    - { name: plain, port: 8443, protocol: HTTP }
    - { name: secure, port: 8443, protocol: HTTPS, tls: { options: { vendor/cert: x } } }
    - { name: other, port: 80, protocol: HTTP }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: infra }
spec:
  parentRefs: [{ name: edge, sectionName: plain }]
`;
  const computed = compute(`${base}---\n${gateway}`);

  it('marks every indistinct listener Conflicted, not only the later one', () => {
    const byName = Object.fromEntries(computed.attachment.listeners.map((l) => [l.name, l]));
    expect([
      byName['plain']?.conflicted,
      byName['secure']?.conflicted,
      byName['other']?.conflicted,
    ]).toEqual([true, true, false]);
    expect([byName['plain']?.ready, byName['other']?.ready]).toEqual([false, true]);
  });

  it('still attaches routes to a conflicted listener (attachment depends only on allowedRoutes)', () => {
    expect(acceptedOf(computed, 'r')).toBe('Accepted');
  });

  it('reports each conflict at its listener with both sides named', () => {
    const conflicts = computed.report.diagnostics.filter((d) => d.code === 'ProtocolConflict');
    expect(conflicts.map((d) => d.path)).toEqual(['spec.listeners[0]', 'spec.listeners[1]']);
    expect(conflicts[0]?.message).toContain(
      'listener plain of Gateway infra/edge (HTTP) shares port 8443 with listener secure of Gateway infra/edge (HTTPS)',
    );
  });
});

describe('ReferenceGrant exact matching (HTTPRouteInvalidReferenceGrant, semantics.md F7)', () => {
  const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: infra }
spec:
  rules: [{ backendRefs: [{ name: web, namespace: apps, port: 8080 }] }]
`;
  const grant = (
    namespace: string,
    from: string,
    to: string,
  ) => `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: { name: g, namespace: ${namespace} }
spec:
  from: [${from}]
  to: [${to}]
`;
  const goodFrom = '{ group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: infra }';
  const goodTo = '{ group: "", kind: Service, name: web }';

  it.each([
    ['a matching grant', true, grant('apps', goodFrom, goodTo)],
    [
      'a grant for every Service (to.name omitted)',
      true,
      grant('apps', goodFrom, '{ group: "", kind: Service }'),
    ],
    ['no grant', false, ''],
    ['a grant in the route’s namespace', false, grant('infra', goodFrom, goodTo)],
    [
      'a wrong from.group',
      false,
      grant('apps', '{ group: not-the-group, kind: HTTPRoute, namespace: infra }', goodTo),
    ],
    [
      'a wrong from.kind',
      false,
      grant(
        'apps',
        '{ group: gateway.networking.k8s.io, kind: Gateway, namespace: infra }',
        goodTo,
      ),
    ],
    [
      'a wrong from.namespace',
      false,
      grant(
        'apps',
        '{ group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: elsewhere }',
        goodTo,
      ),
    ],
    [
      'a wrong to.group',
      false,
      grant('apps', goodFrom, '{ group: not-the-group, kind: Service, name: web }'),
    ],
    ['a wrong to.kind', false, grant('apps', goodFrom, '{ group: "", kind: Secret, name: web }')],
    [
      'a wrong to.name',
      false,
      grant('apps', goodFrom, '{ group: "", kind: Service, name: not-web }'),
    ],
  ])('a cross-namespace backendRef with %s is permitted: %s', (_, permitted, grantText) => {
    const computed = compute([base, route, grantText].filter(Boolean).join('---\n'));
    const resolution = computed.attachment.resolveBackend(entry(computed, 'HTTPRoute', 'r'), {
      name: 'web',
      namespace: 'apps',
      port: 8080,
    });
    expect(resolution.valid ? 'valid' : resolution.reason).toBe(
      permitted ? 'valid' : 'RefNotPermitted',
    );
  });

  it('ignores a grant that is not admitted', () => {
    const text = [base, route, grant('apps', goodFrom, goodTo)].join('---\n');
    const computed = compute(text, (e) => e.id.kind !== 'ReferenceGrant');
    const resolution = computed.attachment.resolveBackend(entry(computed, 'HTTPRoute', 'r'), {
      name: 'web',
      namespace: 'apps',
      port: 8080,
    });
    expect(resolution.valid ? 'valid' : resolution.reason).toBe('RefNotPermitted');
  });
});

describe('backendRef resolution (semantics.md C5, C6)', () => {
  const computed = compute(base);
  const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: apps }
spec: {}
`;
  const withRoute = compute(`${base}---\n${route}`);
  it.each([
    [{ name: 'web', port: 8080 }, 'valid'],
    [{ name: 'web', port: 9999 }, 'BackendNotFound'],
    [{ name: 'missing', port: 8080 }, 'BackendNotFound'],
    [
      { group: 'multicluster.x-k8s.io', kind: 'ServiceImport', name: 'web', port: 8080 },
      'InvalidKind',
    ],
    [{ kind: 'Secret', name: 'web' }, 'InvalidKind'],
  ])('%j in the route’s namespace resolves as %s', (ref, expected) => {
    const resolution = withRoute.attachment.resolveBackend(entry(withRoute, 'HTTPRoute', 'r'), ref);
    expect(resolution.valid ? 'valid' : resolution.reason).toBe(expected);
    if (resolution.valid)
      expect(resolution.service).toEqual({
        group: '',
        kind: 'Service',
        namespace: 'apps',
        name: 'web',
      });
  });

  it('lists the Services of the workspace by key', () => {
    expect([...computed.attachment.services.keys()]).toEqual(['/Service/apps/web']);
  });

  it('warns (not errs) for an invalid backend that gets no traffic, and errs when a rule has no valid backend', () => {
    const { report } = compute(meshCase('grpcroute-weight.yaml'));
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'BackendNotFound',
        path: 'spec.rules[0].backendRefs[2]',
      }),
    ]);
    const missing = compute(northSouthCase('httproute-invalid-nonexistent-backendref.yaml')).report;
    expect(missing.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'BackendNotFound',
        path: 'spec.rules[0].backendRefs[0]',
      }),
    ]);
  });

  it('resolves RequestMirror backends too', () => {
    const text = `${base}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: apps }
spec:
  rules:
    - filters: [{ type: RequestMirror, requestMirror: { backendRef: { name: ghost, port: 80 } } }]
      backendRefs: [{ name: web, port: 8080 }]
`;
    expect(compute(text).report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'BackendNotFound',
        path: 'spec.rules[0].filters[0].requestMirror.backendRef',
      }),
    ]);
  });
});

describe('mesh parents (semantics.md E1-E7)', () => {
  it('binds a parentRef with a port to that Service port, and one without to every port (MeshPorts)', () => {
    const { attachment } = compute(meshCase('mesh-ports.yaml'));
    expect(
      attachment.meshAttachments.map((m) => [m.route.id.name, m.service.name, m.ports, m.role]),
    ).toEqual([
      ['mesh-split-v1', 'echo-v1', [80], 'producer'],
      ['mesh-split-v2', 'echo-v2', [80, 8080, 443, 9090, 7070], 'producer'],
    ]);
  });

  it('makes a route in another namespace a consumer route that needs no ReferenceGrant (MeshConsumerRoute)', () => {
    const { attachment, report } = compute(meshCase('mesh-consumer-route.yaml'));
    expect(attachment.meshAttachments.map((m) => m.role)).toEqual(['consumer']);
    expect(report.diagnostics).toEqual([]);
  });

  const mesh = (routes: string) => compute(`${meshCase('mesh-split.yaml')}---\n${routes}`);
  const grpc = `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: { name: grpc, namespace: gateway-conformance-mesh }
spec:
  parentRefs: [{ group: "", kind: Service, name: echo, sectionName: grpc }]
`;

  it('gives a Service port to GRPCRoute over HTTPRoute (E7) and warns about the port the HTTPRoute loses', () => {
    const computed = mesh(grpc);
    const ports = Object.fromEntries(
      computed.attachment.meshAttachments.map((m) => [m.route.id.name, m.ports]),
    );
    expect(ports).toEqual({ 'mesh-split': [80, 8080, 443, 9090], grpc: [7070] });
    expect(
      computed.report.diagnostics.map((d) => [d.severity, d.code, d.path, d.resource?.name]),
    ).toEqual([['warning', 'Conflicted', 'spec.parentRefs[0]', 'mesh-split']]);
  });

  it('rejects a route that loses every port it asks for with reason Conflicted', () => {
    const http = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: http-on-grpc, namespace: gateway-conformance-mesh }
spec:
  parentRefs: [{ group: "", kind: Service, name: echo, port: 7070 }]
`;
    expect(acceptedOf(mesh(`${grpc}---\n${http}`), 'http-on-grpc')).toBe('Conflicted');
  });

  it.each([
    ['{ group: "", kind: Service, name: echo, port: 81 }', 'NoMatchingParent'],
    ['{ group: "", kind: Service, name: echo, sectionName: nope }', 'NoMatchingParent'],
    ['{ group: "", kind: Service, name: echo, sectionName: grpc, port: 80 }', 'NoMatchingParent'],
    ['{ group: "", kind: Service, name: absent }', 'NoMatchingParent'],
    ['{ group: core, kind: Service, name: echo }', 'NoMatchingParent'],
    ['{ group: "", kind: Service, name: echo, sectionName: http-alt, port: 8080 }', 'Accepted'],
  ])('parentRef %s is %s', (ref, expected) => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: probe, namespace: gateway-conformance-mesh }
spec:
  parentRefs: [${ref}]
`;
    expect(acceptedOf(mesh(route), 'probe')).toBe(expected);
  });
});

describe('dropped rules (semantics.md F9)', () => {
  const route = (second: string) => `${base}---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: apps }
spec:
  gatewayClassName: gc
  listeners: [{ name: http, port: 80, protocol: HTTP }]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: apps }
spec:
  parentRefs: [{ name: edge }]
  rules:
    - matches: [{ path: { type: RegularExpression, value: "/a(b" } }]
      backendRefs: [{ name: web, port: 8080 }]
    - matches: [{ path: { type: ${second} } }]
      backendRefs: [{ name: web, port: 8080 }]
`;

  it('drops a rule whose regular expression does not compile and reports PartiallyInvalid', () => {
    const { report } = compute(route('PathPrefix, value: /'));
    const status = report.resources.find((r) => r.kind === 'HTTPRoute')?.status;
    const conditions = status && 'parents' in status ? (status.parents[0]?.conditions ?? []) : [];
    expect(conditions.map((c) => `${c.type}=${c.status}`)).toEqual([
      'Accepted=True',
      'ResolvedRefs=True',
      'PartiallyInvalid=True',
    ]);
    expect(conditions[2]?.message).toMatch(
      /^Dropped Rule 0: spec\.rules\[0\]\.matches\[0\]\.path\.value is not a valid RE2 regular expression/,
    );
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'UnsupportedValue',
        path: 'spec.rules[0].matches[0].path.value',
      }),
    ]);
  });

  it('does not accept a route whose every rule is dropped', () => {
    const { report, attachment } = compute(route('RegularExpression, value: "[z-a]"'));
    expect(attachment.listenerAttachments).toEqual([]);
    const status = report.resources.find((r) => r.kind === 'HTTPRoute')?.status;
    const accepted = status && 'parents' in status ? status.parents[0]?.conditions[0] : undefined;
    expect(accepted).toMatchObject({ status: 'False', reason: 'UnsupportedValue' });
    expect(report.diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ['error', 'spec.rules[0].matches[0].path.value'],
      ['error', 'spec.rules[1].matches[0].path.value'],
    ]);
  });
});

describe('diagnostics', () => {
  it('places a parentRef finding on the parentRef and names both sides', () => {
    const computed = compute(northSouthCase('httproute-invalid-cross-namespace-parent-ref.yaml'));
    const [diagnostic] = computed.report.diagnostics;
    expect(diagnostic).toMatchObject({
      severity: 'error',
      code: 'NotAllowedByListeners',
      path: 'spec.parentRefs[0]',
      resource: {
        kind: 'HTTPRoute',
        namespace: 'gateway-conformance-web-backend',
        name: 'invalid-cross-namespace-parent-ref',
      },
      message:
        'listener http of Gateway gateway-conformance-infra/same-namespace allows routes from namespace gateway-conformance-infra only, and HTTPRoute gateway-conformance-web-backend/invalid-cross-namespace-parent-ref is in namespace gateway-conformance-web-backend',
    });
    const range = diagnostic?.range;
    expect(range && computed.workspace.text.slice(range.start, range.end)).toContain(
      'name: same-namespace',
    );
  });

  it('warns (not errs) about a parent that is not in the documents: it may be managed elsewhere', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: apps }
spec: { parentRefs: [{ name: shared-gateway, namespace: infra }] }
`;
    expect(compute(text).report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'NoMatchingParent',
        message: 'Gateway infra/shared-gateway is not in the documents',
      }),
    ]);
  });

  it('ignores resources that are not admitted', () => {
    const text = northSouthCase('httproute-simple-same-namespace.yaml');
    const computed = compute(text, (e) => e.id.kind !== 'Gateway');
    expect(acceptedOf(computed, 'gateway-conformance-infra-test')).toBe('NoMatchingParent');
    expect(computed.report.resources.some((r) => r.kind === 'Gateway')).toBe(false);
  });
});

describe('untrusted input', () => {
  const kinds = [
    'Gateway',
    'ListenerSet',
    'HTTPRoute',
    'GRPCRoute',
    'TLSRoute',
    'TCPRoute',
    'UDPRoute',
    'ReferenceGrant',
    'Service',
    'Namespace',
  ];

  it('never throws, whatever the specs hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...kinds),
            fc.constantFrom('a', 'b', '__proto__'),
            fc.jsonValue(),
          ),
          { maxLength: 6 },
        ),
        (documents) => {
          const text = documents
            .map(([kind, name, spec]) => {
              const apiVersion =
                kind === 'Service' || kind === 'Namespace' ? 'v1' : 'gateway.networking.k8s.io/v1';
              return JSON.stringify({ apiVersion, kind, metadata: { name, namespace: 'x' }, spec });
            })
            .join('\n---\n');
          const workspace = createWorkspace(text);
          const report = computeStatus(workspace, computeAttachment(workspace));
          expect(Array.isArray(report.resources)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
