import { describe, expect, it } from 'vitest';
import {
  type StatusCondition,
  type GatewayStatus,
  type ListenerSetStatus,
  type ListenerStatus,
  type RouteStatus,
  type StatusReport,
  computeAttachment,
  computeStatus,
  createWorkspace,
} from '../index.ts';
import { meshCase, northSouthCase } from '../testing/conformance.ts';

// Status expectations of conformance-cases.md, one row per assertion of the suite. Left out:
// - GatewayInvalidTLSConfiguration's malformed Secret: certificate contents are not checked;
// - gateway-with-attached-routes' missing certificate `does-not-exist`: the documents hold no
//   Secret at all, and a missing Secret is only reported when they do (attachedRoutes is checked);
// - TLSRoute "mode not supported" and "mixed modes not supported": the simulated controller
//   supports both (they are asserted as accepted below);
// - GatewayInvalidParametersRef, addresses, infrastructure, client-certificate validation and
//   BackendTLSPolicy: not part of attachment.

const reports = new Map<string, { text: string; report: StatusReport }>();

function reportOf(file: string, extra = ''): StatusReport {
  const key = `${file}\n${extra}`;
  let cached = reports.get(key);
  if (!cached) {
    const text =
      (file.startsWith('mesh/') ? meshCase(file.slice(5)) : northSouthCase(file)) +
      (extra ? `---\n${extra}` : '');
    const workspace = createWorkspace(text);
    cached = { text, report: computeStatus(workspace, computeAttachment(workspace)) };
    reports.set(key, cached);
  }
  return cached.report;
}

function statusOf(file: string, kind: string, name: string, extra = '') {
  const found = reportOf(file, extra).resources.find((r) => r.kind === kind && r.name === name);
  if (!found) throw new Error(`${kind} ${name} has no status in ${file}`);
  return found.status;
}

function routeStatus(file: string, name: string, extra = ''): RouteStatus {
  const status = statusOf(file, 'HTTPRoute', name, extra);
  return 'parents' in status ? status : { parents: [] };
}

function anyRouteStatus(file: string, kind: string, name: string): RouteStatus {
  const status = statusOf(file, kind, name);
  return 'parents' in status ? status : { parents: [] };
}

function ownerStatus(file: string, kind: string, name: string): GatewayStatus | ListenerSetStatus {
  const status = statusOf(file, kind, name);
  if ('parents' in status) throw new Error(`${name} is a route`);
  return status;
}

function listener(file: string, kind: string, owner: string, name: string): ListenerStatus {
  const found = ownerStatus(file, kind, owner).listeners.find((l) => l.name === name);
  if (!found) throw new Error(`no listener ${name} in ${owner}`);
  return found;
}

/** `Status/Reason` of a condition, or `absent`. */
function cond(conditions: readonly StatusCondition[], type: string): string {
  const found = conditions.find((c) => c.type === type);
  return found ? `${found.status}/${found.reason}` : 'absent';
}

describe('route status: attachment (conformance-cases.md §5, §7, §9)', () => {
  it.each([
    [
      'httproute-simple-same-namespace.yaml',
      'HTTPRoute',
      'gateway-conformance-infra-test',
      0,
      'True/Accepted',
    ],
    [
      'httproute-invalid-cross-namespace-parent-ref.yaml',
      'HTTPRoute',
      'invalid-cross-namespace-parent-ref',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'httproute-disallowed-kind.yaml',
      'HTTPRoute',
      'disallowed-kind',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'httproute-invalid-parentref-not-matching-listener-port.yaml',
      'HTTPRoute',
      'httproute-listener-not-matching-route-port',
      0,
      'False/NoMatchingParent',
    ],
    [
      'httproute-invalid-parentref-not-matching-section-name.yaml',
      'HTTPRoute',
      'httproute-listener-not-matching-section-name',
      0,
      'False/NoMatchingParent',
    ],
    [
      'httproute-invalid-parentref-section-name-not-matching-port.yaml',
      'HTTPRoute',
      'httproute-listener-section-name-not-matching-port',
      0,
      'False/NoMatchingParent',
    ],
    [
      'httproute-hostname-intersection.yaml',
      'HTTPRoute',
      'no-intersecting-hosts',
      0,
      'False/NoMatchingListenerHostname',
    ],
    [
      'gateway-with-attached-routes.yaml',
      'HTTPRoute',
      'http-route-not-accepted',
      0,
      'False/NoMatchingListenerHostname',
    ],
    ['gateway-with-attached-routes.yaml', 'HTTPRoute', 'http-route-4', 0, 'True/Accepted'],
    ['httproute-cross-namespace.yaml', 'HTTPRoute', 'cross-namespace', 0, 'True/Accepted'],
    [
      'httproute-multiple-gateways.yaml',
      'HTTPRoute',
      'multiple-gateways-shared-route',
      1,
      'True/Accepted',
    ],
    [
      'listenerset-dual-parentref-independence.yaml',
      'HTTPRoute',
      'route-dual-parentref-both',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-dual-parentref-independence.yaml',
      'HTTPRoute',
      'route-dual-parentref-both',
      1,
      'True/Accepted',
    ],
    [
      'listenerset-dual-parentref-independence.yaml',
      'HTTPRoute',
      'route-dual-parentref-one',
      0,
      'False/NoMatchingParent',
    ],
    [
      'listenerset-dual-parentref-independence.yaml',
      'HTTPRoute',
      'route-dual-parentref-one',
      1,
      'True/Accepted',
    ],
    [
      'listenerset-gateway-parent-section-name-not-found.yaml',
      'HTTPRoute',
      'route-via-listenerset',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-gateway-parent-section-name-not-found.yaml',
      'HTTPRoute',
      'route-via-gateway',
      0,
      'False/NoMatchingParent',
    ],
    [
      'listenerset-allowed-routes-namespaces.yaml',
      'HTTPRoute',
      'route-in-same-namespace',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-allowed-routes-namespaces.yaml',
      'HTTPRoute',
      'route-in-selected-namespace',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-allowed-routes-namespaces.yaml',
      'HTTPRoute',
      'route-not-in-selected-namespace',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-allowed-routes-namespaces.yaml',
      'HTTPRoute',
      'route-in-listenerset-namespace',
      0,
      'True/Accepted',
    ],
    [
      'listenerset-allowed-routes-namespaces.yaml',
      'HTTPRoute',
      'route-in-gateway-namespace',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'tlsroute-invalid-no-matching-listener.yaml',
      'TLSRoute',
      'tlsroute-not-allowed-protocol-http',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'tlsroute-invalid-no-matching-listener.yaml',
      'TLSRoute',
      'tlsroute-not-allowed-protocol-https',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'tlsroute-invalid-no-matching-listener.yaml',
      'TLSRoute',
      'tlsroute-no-matching-section-name',
      0,
      'False/NoMatchingParent',
    ],
    [
      'tlsroute-invalid-no-matching-listener-hostname.yaml',
      'TLSRoute',
      'tlsroute-hostname-mismatch-1',
      0,
      'False/NoMatchingListenerHostname',
    ],
    [
      'tlsroute-invalid-no-matching-listener-hostname.yaml',
      'TLSRoute',
      'tlsroute-hostname-mismatch-2',
      0,
      'False/NoMatchingListenerHostname',
    ],
    [
      'tlsroute-mixed-termination-same-namespace.yaml',
      'TLSRoute',
      'gateway-conformance-mixed-passthroughroute',
      0,
      'True/Accepted',
    ],
    [
      'tlsroute-terminate-simple-same-namespace.yaml',
      'TLSRoute',
      'tlsroute-terminated-test',
      0,
      'True/Accepted',
    ],
    [
      'tcproute-invalid-non-tcp-listener.yaml',
      'TCPRoute',
      'tcp-route',
      0,
      'False/NotAllowedByListeners',
    ],
    ['tcproute-parentref-attach-all.yaml', 'TCPRoute', 'tcp-route-attach-all', 0, 'True/Accepted'],
    [
      'tcproute-parentref-port-and-section-name.yaml',
      'TCPRoute',
      'tcp-route-by-section-and-port',
      0,
      'True/Accepted',
    ],
    [
      'udproute-not-allowed-by-listeners.yaml',
      'UDPRoute',
      'udproute-not-allowed-by-listeners',
      0,
      'False/NotAllowedByListeners',
    ],
    [
      'udproute-parentref-port-and-section-name.yaml',
      'UDPRoute',
      'udp-route-by-port',
      0,
      'True/Accepted',
    ],
    ['mesh/mesh-split.yaml', 'HTTPRoute', 'mesh-split', 0, 'True/Accepted'],
    ['mesh/mesh-consumer-route.yaml', 'HTTPRoute', 'mesh-echo-add-header', 0, 'True/Accepted'],
    ['mesh/grpcroute-weight.yaml', 'GRPCRoute', 'mesh-grpc-weighted-backends', 0, 'True/Accepted'],
  ])('%s: %s %s parent %i is %s', (file, kind, name, parent, expected) => {
    const parents = anyRouteStatus(file, kind, name).parents;
    expect(cond(parents[parent]?.conditions ?? [], 'Accepted')).toBe(expected);
  });

  it('writes one status parent per declared parentRef, with defaults applied (RouteStatusScopedToParentRef)', () => {
    const file = 'listenerset-route-status-scoped-to-parentref.yaml';
    expect(routeStatus(file, 'route-parentref-gwonly').parents.map((p) => p.parentRef)).toEqual([
      {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: 'gateway-conformance-infra',
        name: 'gateway-parentref',
      },
    ]);
    expect(routeStatus(file, 'route-parentref-lsonly').parents.map((p) => p.parentRef)).toEqual([
      {
        group: 'gateway.networking.k8s.io',
        kind: 'ListenerSet',
        namespace: 'gateway-conformance-infra',
        name: 'listenerset-parentref',
      },
    ]);
  });

  it('keeps sectionName and port in the status parentRef and names the GatewayClass controller', () => {
    const [parent] = anyRouteStatus(
      'tcproute-parentref-port-and-section-name.yaml',
      'TCPRoute',
      'tcp-route-by-section-and-port',
    ).parents;
    expect(parent?.parentRef).toMatchObject({ sectionName: 'three', port: 9302 });
    expect(parent?.controllerName).toBe('switchyard.dev/simulated-controller');
  });

  it('accepts two TCPRoutes on one listener (TCPRouteMultipleRoutesAttachment)', () => {
    const newer = `apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata:
  name: tcproute-attach-newer
  namespace: gateway-conformance-infra
spec:
  parentRefs:
    - name: tcp-multi-route-attach-gateway
      sectionName: tcp
  rules:
    - backendRefs:
        - name: tcp-attach-backend-2
          port: 3000
`;
    const file = 'tcproute-multiple-routes-attachment.yaml';
    const status = statusOf(file, 'TCPRoute', 'tcproute-attach-newer', newer);
    expect('parents' in status && cond(status.parents[0]?.conditions ?? [], 'Accepted')).toBe(
      'True/Accepted',
    );
    const gateway = statusOf(file, 'Gateway', 'tcp-multi-route-attach-gateway', newer);
    expect('listeners' in gateway && gateway.listeners[0]?.attachedRoutes).toBe(2);
  });
});

describe('route status: references (conformance-cases.md §4, §9)', () => {
  it.each([
    [
      'httproute-simple-same-namespace.yaml',
      'HTTPRoute',
      'gateway-conformance-infra-test',
      'True/ResolvedRefs',
    ],
    ['httproute-omitted-backendrefs.yaml', 'HTTPRoute', 'omitted-backendrefs', 'True/ResolvedRefs'],
    ['httproute-cross-namespace.yaml', 'HTTPRoute', 'cross-namespace', 'True/ResolvedRefs'],
    ['httproute-reference-grant.yaml', 'HTTPRoute', 'reference-grant', 'True/ResolvedRefs'],
    [
      'httproute-invalid-nonexistent-backendref.yaml',
      'HTTPRoute',
      'invalid-nonexistent-backend-ref',
      'False/BackendNotFound',
    ],
    [
      'httproute-invalid-backendref-unknown-kind.yaml',
      'HTTPRoute',
      'invalid-backend-ref-unknown-kind',
      'False/InvalidKind',
    ],
    [
      'httproute-invalid-cross-namespace-backend-ref.yaml',
      'HTTPRoute',
      'invalid-cross-namespace-backend-ref',
      'False/RefNotPermitted',
    ],
    [
      'httproute-invalid-reference-grant.yaml',
      'HTTPRoute',
      'reference-grant',
      'False/RefNotPermitted',
    ],
    [
      'httproute-partially-invalid-via-invalid-reference-grant.yaml',
      'HTTPRoute',
      'invalid-reference-grant',
      'False/RefNotPermitted',
    ],
    ['gateway-with-attached-routes.yaml', 'HTTPRoute', 'http-route-4', 'False/BackendNotFound'],
    [
      'tlsroute-invalid-backendref-nonexistent.yaml',
      'TLSRoute',
      'invalid-backend-ref-nonexistent',
      'False/BackendNotFound',
    ],
    [
      'tlsroute-invalid-backendref-unknown-kind.yaml',
      'TLSRoute',
      'invalid-backend-ref-unknown-kind',
      'False/InvalidKind',
    ],
    [
      'tlsroute-invalid-reference-grant.yaml',
      'TLSRoute',
      'gateway-conformance-infra-test',
      'False/RefNotPermitted',
    ],
    [
      'tcproute-invalid-backendref-nonexistent.yaml',
      'TCPRoute',
      'tcp-route-invalid-backend-ref-nonexistent',
      'False/BackendNotFound',
    ],
    [
      'tcproute-invalid-cross-namespace-backend-ref.yaml',
      'TCPRoute',
      'tcp-invalid-cross-namespace-backend-ref',
      'False/RefNotPermitted',
    ],
    ['tcproute-reference-grant.yaml', 'TCPRoute', 'tcp-reference-grant', 'True/ResolvedRefs'],
    [
      'udproute-invalid-backendref-nonexistent.yaml',
      'UDPRoute',
      'udp-route-invalid-backend-ref-nonexistent',
      'False/BackendNotFound',
    ],
    [
      'udproute-invalid-cross-namespace-backend-ref.yaml',
      'UDPRoute',
      'udp-route-invalid-cross-namespace-backend-ref',
      'False/RefNotPermitted',
    ],
    ['udproute-reference-grant.yaml', 'UDPRoute', 'udp-route-reference-grant', 'True/ResolvedRefs'],
    ['mesh/mesh-consumer-route.yaml', 'HTTPRoute', 'mesh-echo-add-header', 'True/ResolvedRefs'],
  ])('%s: %s %s has ResolvedRefs %s and stays Accepted', (file, kind, name, expected) => {
    const [parent] = anyRouteStatus(file, kind, name).parents;
    expect(cond(parent?.conditions ?? [], 'ResolvedRefs')).toBe(expected);
    expect(cond(parent?.conditions ?? [], 'Accepted')).toBe('True/Accepted');
  });

  it('revokes access when the ReferenceGrant is deleted (HTTPRouteReferenceGrant)', () => {
    const text = northSouthCase('httproute-reference-grant.yaml');
    const withoutGrant = text.replace(/apiVersion: \S+\nkind: ReferenceGrant\n[\s\S]*?\n---\n/, '');
    expect(withoutGrant).toContain('name: reference-grant');
    expect(withoutGrant).not.toContain('kind: ReferenceGrant');
    const workspace = createWorkspace(withoutGrant);
    const status = computeStatus(workspace, computeAttachment(workspace)).resources.find(
      (r) => r.kind === 'HTTPRoute' && r.name === 'reference-grant',
    )?.status;
    expect(
      status && 'parents' in status && cond(status.parents[0]?.conditions ?? [], 'ResolvedRefs'),
    ).toBe('False/RefNotPermitted');
  });

  it('writes the generation a controller observed (HTTPRouteObservedGenerationBump)', () => {
    const text = northSouthCase('httproute-observed-generation-bump.yaml').replace(
      'name: observed-generation-bump\n',
      'name: observed-generation-bump\n  generation: 2\n',
    );
    const workspace = createWorkspace(text);
    const status = computeStatus(workspace, computeAttachment(workspace)).resources.find(
      (r) => r.name === 'observed-generation-bump',
    )?.status;
    const conditions = status && 'parents' in status ? (status.parents[0]?.conditions ?? []) : [];
    expect(conditions.map((c) => c.observedGeneration)).toEqual([2, 2]);
  });
});

describe('Gateway and listener status (conformance-cases.md §5, §9)', () => {
  it.each([
    ['gateway-with-attached-routes.yaml', 'gateway-with-one-attached-route', 'http', 1],
    ['gateway-with-attached-routes.yaml', 'gateway-with-two-attached-routes', 'http', 2],
    [
      'gateway-with-attached-routes.yaml',
      'unresolved-gateway-with-one-attached-unresolved-route',
      'tls',
      1,
    ],
    [
      'gateway-with-attached-routes-with-port-8080.yaml',
      'gateway-with-two-listeners-and-one-attached-route',
      'http-unattached',
      0,
    ],
    [
      'gateway-with-attached-routes-with-port-8080.yaml',
      'gateway-with-two-listeners-and-one-attached-route',
      'http',
      1,
    ],
    ['httproute-hostname-intersection.yaml', 'httproute-hostname-intersection', 'listener-1', 2],
    ['httproute-hostname-intersection.yaml', 'httproute-hostname-intersection', 'listener-2', 1],
    ['httproute-hostname-intersection.yaml', 'httproute-hostname-intersection', 'listener-3', 1],
    ['httproute-invalid-cross-namespace-parent-ref.yaml', 'same-namespace', 'http', 0],
    ['httproute-disallowed-kind.yaml', 'tlsroutes-only', 'tls', 0],
    ['tcproute-parentref-attach-all.yaml', 'tcp-attach-all-gateway', 'four', 1],
    [
      'udproute-parentref-attach-all-listeners.yaml',
      'udp-attach-all-listeners-gateway',
      'udp-3',
      1,
    ],
    [
      'tlsroute-hostname-intersection.yaml',
      'gw-tlsroute-empty-hostname-x-4',
      'listener-empty-hostname',
      2,
    ],
  ])('%s: Gateway %s listener %s has %i attached routes', (file, gateway, name, count) => {
    expect(listener(file, 'Gateway', gateway, name).attachedRoutes).toBe(count);
  });

  it.each([
    [
      'gateway-with-attached-routes.yaml',
      'gateway-with-one-attached-route',
      'http',
      'True/Accepted',
      'True/ResolvedRefs',
      ['HTTPRoute'],
    ],
    [
      'httproute-hostname-intersection.yaml',
      'httproute-hostname-intersection',
      'listener-1',
      'True/Accepted',
      'True/ResolvedRefs',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-invalid-route-kind.yaml',
      'gateway-only-invalid-route-kind',
      'http',
      'True/Accepted',
      'False/InvalidRouteKinds',
      [],
    ],
    [
      'gateway-invalid-route-kind.yaml',
      'gateway-supported-and-invalid-route-kind',
      'http',
      'True/Accepted',
      'False/InvalidRouteKinds',
      ['HTTPRoute'],
    ],
    [
      'gateway-invalid-listeners-unsupported-protocol.yaml',
      'gateway-only-unsupported-protocols',
      'invalid',
      'False/UnsupportedProtocol',
      'True/ResolvedRefs',
      [],
    ],
    [
      'gateway-invalid-listeners-unsupported-protocol.yaml',
      'gateway-supported-and-unsupported-protocols',
      'http',
      'True/Accepted',
      'True/ResolvedRefs',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-invalid-tls-configuration.yaml',
      'gateway-certificate-nonexistent-secret',
      'https',
      'True/Accepted',
      'False/InvalidCertificateRef',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-invalid-tls-configuration.yaml',
      'gateway-certificate-unsupported-group',
      'https',
      'True/Accepted',
      'False/InvalidCertificateRef',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-invalid-tls-configuration.yaml',
      'gateway-certificate-unsupported-kind',
      'https',
      'True/Accepted',
      'False/InvalidCertificateRef',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-secret-missing-reference-grant.yaml',
      'gateway-secret-missing-reference-grant',
      'https',
      'True/Accepted',
      'False/RefNotPermitted',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-secret-invalid-reference-grant.yaml',
      'gateway-secret-invalid-reference-grant',
      'https',
      'True/Accepted',
      'False/RefNotPermitted',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-secret-reference-grant-specific.yaml',
      'gateway-secret-reference-grant-specific',
      'https',
      'True/Accepted',
      'True/ResolvedRefs',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'gateway-secret-reference-grant-all-in-namespace.yaml',
      'gateway-secret-reference-grant-all-in-namespace',
      'https',
      'True/Accepted',
      'True/ResolvedRefs',
      ['HTTPRoute', 'GRPCRoute'],
    ],
    [
      'tlsroute-listener-passthrough-supported-kinds.yaml',
      'gateway-tlsroute-passthrough-supported-kind',
      'tls-passthrough',
      'True/Accepted',
      'False/InvalidRouteKinds',
      ['TLSRoute'],
    ],
    [
      'tlsroute-listener-terminate-supported-kinds.yaml',
      'gateway-tlsroute-terminate-supported',
      'tls-terminate',
      'True/Accepted',
      'True/ResolvedRefs',
      ['TLSRoute'],
    ],
    [
      'tlsroute-listener-mixed-termination-not-supported.yaml',
      'gateway-tlsroute-mixed-termination-not-supported',
      'tls-passthrough',
      'True/Accepted',
      'True/ResolvedRefs',
      ['TLSRoute'],
    ],
  ])(
    '%s: Gateway %s listener %s is %s, %s, kinds %j',
    (file, gateway, name, accepted, resolved, kinds) => {
      const status = listener(file, 'Gateway', gateway, name);
      expect(cond(status.conditions, 'Accepted')).toBe(accepted);
      expect(cond(status.conditions, 'ResolvedRefs')).toBe(resolved);
      expect(status.supportedKinds).toEqual(
        kinds.map((kind) => ({ group: 'gateway.networking.k8s.io', kind })),
      );
    },
  );

  it('marks a listener with unresolved certificates not programmed, and the Gateway not programmed when it is the only one', () => {
    const file = 'gateway-secret-missing-reference-grant.yaml';
    const status = ownerStatus(file, 'Gateway', 'gateway-secret-missing-reference-grant');
    expect(cond(status.listeners[0]?.conditions ?? [], 'Programmed')).toBe('False/Invalid');
    expect(cond(status.conditions, 'Programmed')).toBe('False/Invalid');
    expect(cond(status.conditions, 'Accepted')).toBe('True/ListenersNotValid');
  });

  it.each([
    ['gateway-only-unsupported-protocols', 'False/ListenersNotValid'],
    ['gateway-supported-and-unsupported-protocols', 'True/ListenersNotValid'],
  ])('Gateway %s is %s (GatewayListenerUnsupportedProtocol)', (name, expected) => {
    const status = ownerStatus(
      'gateway-invalid-listeners-unsupported-protocol.yaml',
      'Gateway',
      name,
    );
    expect(cond(status.conditions, 'Accepted')).toBe(expected);
  });

  it('computes a Gateway whose GatewayClass is not in the documents, and says so', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: missing
  listeners: [{ name: http, port: 80, protocol: HTTP }]
`;
    const workspace = createWorkspace(text);
    const report = computeStatus(workspace, computeAttachment(workspace));
    const status = report.resources[0]?.status;
    const accepted = status && 'conditions' in status ? status.conditions[0] : undefined;
    expect(accepted).toMatchObject({ type: 'Accepted', status: 'True', reason: 'Accepted' });
    expect(accepted?.message).toContain('GatewayClass missing is not in the documents');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'GatewayClassNotFound',
        path: 'spec.gatewayClassName',
      }),
    ]);
  });
});

describe('ListenerSet status (conformance-cases.md §7)', () => {
  it.each([
    [
      'listenerset-default-not-allowed.yaml',
      'listenerset-default-not-allowed',
      'False/NotAllowed',
      'False/NotAllowed',
    ],
    [
      'listenerset-allowed-namespace-none.yaml',
      'listenerset-not-allowed',
      'False/NotAllowed',
      'False/NotAllowed',
    ],
    [
      'listenerset-allowed-namespace-same.yaml',
      'listenerset-in-same-namespace',
      'True/Accepted',
      'True/Programmed',
    ],
    [
      'listenerset-allowed-namespace-same.yaml',
      'listenerset-in-different-namespace',
      'False/NotAllowed',
      'False/NotAllowed',
    ],
    [
      'listenerset-allowed-namespace-selector.yaml',
      'listenerset-in-selected-namespace',
      'True/Accepted',
      'True/Programmed',
    ],
    [
      'listenerset-allowed-namespace-selector.yaml',
      'listenerset-not-in-selected-namespace',
      'False/NotAllowed',
      'False/NotAllowed',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'listenerset-with-hostname-conflict-with-gateway-1',
      'True/ListenersNotValid',
      'True/Programmed',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'listenerset-with-hostname-conflict-with-gateway-2',
      'False/ListenersNotValid',
      'False/ListenersNotValid',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'listenerset-with-hostname-conflict-with-listener-set-1',
      'True/ListenersNotValid',
      'True/Programmed',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'listenerset-with-hostname-conflict-with-listener-set-2',
      'False/ListenersNotValid',
      'False/ListenersNotValid',
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'listenerset-with-protocol-conflict-with-gateway-1',
      'True/ListenersNotValid',
      'True/Programmed',
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'listenerset-with-protocol-conflict-with-gateway-2',
      'False/ListenersNotValid',
      'False/ListenersNotValid',
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'listenerset-with-protocol-conflict-with-listener-set-2',
      'False/ListenersNotValid',
      'False/ListenersNotValid',
    ],
  ])('%s: ListenerSet %s is %s and %s', (file, name, accepted, programmed) => {
    const status = ownerStatus(file, 'ListenerSet', name);
    expect(cond(status.conditions, 'Accepted')).toBe(accepted);
    expect(cond(status.conditions, 'Programmed')).toBe(programmed);
  });

  it.each([
    [
      'listenerset-hostname-conflict.yaml',
      'Gateway',
      'gateway-with-listenerset-hostname-conflict',
      'hostname-conflict-with-gateway-listener',
      undefined,
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-gateway-1',
      'listener-set-1-listener',
      undefined,
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-gateway-1',
      'hostname-conflict-with-gateway-listener',
      'HostnameConflict',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-gateway-1',
      'hostname-conflict-with-listener-set-listener',
      undefined,
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-gateway-2',
      'hostname-conflict-with-gateway-listener',
      'HostnameConflict',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-listener-set-1',
      'hostname-conflict-with-listener-set-listener',
      'HostnameConflict',
    ],
    [
      'listenerset-hostname-conflict.yaml',
      'ListenerSet',
      'listenerset-with-hostname-conflict-with-listener-set-2',
      'hostname-conflict-with-listener-set-listener',
      'HostnameConflict',
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'Gateway',
      'gateway-with-listenerset-protocol-conflict',
      'protocol-conflict-with-gateway-listener',
      undefined,
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'ListenerSet',
      'listenerset-with-protocol-conflict-with-gateway-1',
      'protocol-conflict-with-gateway-listener',
      'ProtocolConflict',
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'ListenerSet',
      'listenerset-with-protocol-conflict-with-gateway-1',
      'protocol-conflict-with-listener-set-listener',
      undefined,
    ],
    [
      'listenerset-protocol-conflict.yaml',
      'ListenerSet',
      'listenerset-with-protocol-conflict-with-listener-set-1',
      'protocol-conflict-with-listener-set-listener',
      'ProtocolConflict',
    ],
  ])('%s: %s %s listener %s conflict: %s', (file, kind, owner, name, conflict) => {
    const { conditions } = listener(file, kind, owner, name);
    if (conflict) {
      expect(cond(conditions, 'Accepted')).toMatch(/^False\//);
      expect(cond(conditions, 'Programmed')).toMatch(/^False\//);
      expect(cond(conditions, 'Conflicted')).toBe(`True/${conflict}`);
    } else {
      expect(cond(conditions, 'Accepted')).toBe('True/Accepted');
      expect(cond(conditions, 'Programmed')).toBe('True/Programmed');
      expect(cond(conditions, 'Conflicted')).toBe('False/NoConflicts');
    }
  });

  it.each([
    ['listenerset-hostname-conflict.yaml', 'gateway-with-listenerset-hostname-conflict', 2],
    ['listenerset-http-routing.yaml', 'gateway-with-listener-sets-http-routing', 2],
    ['listenerset-default-not-allowed.yaml', 'gateway-default-does-not-allow-listenerset', 0],
  ])('%s: Gateway %s has %i attached ListenerSets and stays Accepted', (file, name, count) => {
    const status = ownerStatus(file, 'Gateway', name);
    expect('attachedListenerSets' in status && status.attachedListenerSets).toBe(count);
    expect(cond(status.conditions, 'Accepted')).toBe('True/Accepted');
  });

  it.each([
    ['listener-set-http-routing-1', 'listener-set-http-routing-1-listener-1', 3],
    ['listener-set-http-routing-1', 'listener-set-http-routing-1-listener-2', 2],
    ['listener-set-http-routing-2', 'listener-set-http-routing-2-listener-1', 2],
    ['listener-set-http-routing-2', 'listener-set-http-routing-2-listener-2', 2],
  ])('ListenerSetHTTPRouting: %s listener %s has %i attached routes', (owner, name, count) => {
    expect(
      listener('listenerset-http-routing.yaml', 'ListenerSet', owner, name).attachedRoutes,
    ).toBe(count);
  });

  it.each([
    [
      'listenerset-allowed-routes-supported-kinds.yaml',
      'listenerset-test-allowed-routes-supported-kinds',
      'listener-set-listener-allowed-routes-tls-only',
      'False/InvalidRouteKinds',
    ],
    [
      'listenerset-reference-grant.yaml',
      'listenerset-without-reference-grant',
      'listenerset-without-reference-grant-listener',
      'False/RefNotPermitted',
    ],
    [
      'listenerset-reference-grant.yaml',
      'listenerset-with-reference-grant',
      'listenerset-with-reference-grant-listener',
      'True/ResolvedRefs',
    ],
  ])('%s: ListenerSet %s listener %s has ResolvedRefs %s', (file, owner, name, expected) => {
    expect(cond(listener(file, 'ListenerSet', owner, name).conditions, 'ResolvedRefs')).toBe(
      expected,
    );
  });

  it('resolves the Gateway listener certificate of ListenerSetReferenceGrant through its own grant', () => {
    const status = listener(
      'listenerset-reference-grant.yaml',
      'Gateway',
      'gateway-with-listener-sets-test-reference-grant',
      'gateway-listener',
    );
    expect(cond(status.conditions, 'ResolvedRefs')).toBe('True/ResolvedRefs');
  });
});
