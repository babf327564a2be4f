import { describe, expect, it } from 'vitest';
import {
  type HeaderField,
  type RequestEntry,
  backendEdgeId,
  compileRouteTable,
  createWorkspace,
  entryEdgeId,
  parentEdgeId,
  parseRequestLine,
  route,
} from '../index.ts';

function service(name: string, namespace = 'default'): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${namespace}}
spec: {ports: [{name: http, port: 80}]}`;
}

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners:
    - {name: http, port: 80, protocol: HTTP}
    - {name: shop, port: 80, protocol: HTTP, hostname: "*.shop.example"}`;

function httpRoute(name: string, body: string, meta = ''): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}, namespace: default${meta}}
spec:
${body}`;
}

function send(
  documents: readonly string[],
  line: string,
  headers: Record<string, string> = {},
  entry: RequestEntry = { kind: 'gateway', namespace: 'default', name: 'edge' },
) {
  const table = compileRouteTable(createWorkspace(documents.join('\n---\n')));
  const fields: HeaderField[] = Object.entries(headers).map(([name, value]) => ({ name, value }));
  const parsed = parseRequestLine(line, fields, entry);
  if (!parsed.ok) throw new Error(parsed.error);
  return route(table, parsed.request);
}

const base = [gateway, service('a'), service('b'), service('c')];

describe('route explanations', () => {
  it('names the listener and why the other one only matches less specifically', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge, sectionName: shop}]\n  rules: [{backendRefs: [{name: a, port: 80}]}]',
        ),
      ],
      'GET http://www.shop.example/',
    );
    expect(decision.parent).toEqual({
      kind: 'Gateway',
      namespace: 'default',
      name: 'edge',
      sectionName: 'shop',
    });
    expect(decision.explain[1]).toBe(
      'listener shop (HTTP port 80, *.shop.example) takes the request: the most specific listener hostname matching host www.shop.example (A1)',
    );
    expect(decision.explain[2]).toContain('Also matching but less specific: http');
  });

  it.each<readonly [string, string, string, RegExp]>([
    [
      'a longer prefix',
      '{path: {type: PathPrefix, value: /api}}',
      '{path: {type: PathPrefix, value: /api/v1}}',
      /its prefix \/api \(4 characters\) is shorter than \/api\/v1 \(7\)/,
    ],
    [
      'a method',
      '{path: {type: PathPrefix, value: /api}}',
      '{path: {type: PathPrefix, value: /api}, method: GET}',
      /the winner also matches the method/,
    ],
    [
      'more headers',
      '{headers: [{name: x, value: "1"}]}',
      '{headers: [{name: x, value: "1"}, {name: y, value: "2"}]}',
      /it matches 1 header, the winner 2/,
    ],
    [
      'an Exact path',
      '{path: {type: PathPrefix, value: /api/v1}}',
      '{path: {type: Exact, value: /api/v1}}',
      /an Exact path match beats any other path match/,
    ],
  ])('says why a match loses to %s', (_what, loser, winner, reason) => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          `  parentRefs: [{name: edge}]\n  rules:\n    - matches: [${loser}]\n      backendRefs: [{name: a, port: 80}]\n    - matches: [${winner}]\n      backendRefs: [{name: b, port: 80}]`,
        ),
      ],
      'GET http://x.example/api/v1',
      { x: '1', y: '2' },
    );
    expect(decision.backend?.name).toBe('b');
    expect(decision.explain.find((line) => line.includes('also matches but loses'))).toMatch(
      reason,
    );
  });

  it('says which Gap choice ranks a RegularExpression before a PathPrefix', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge}]\n  rules:\n    - matches: [{path: {type: PathPrefix, value: /items/long-prefix}}]\n      backendRefs: [{name: a, port: 80}]\n    - matches: [{path: {type: RegularExpression, value: "/items/.*"}}]\n      backendRefs: [{name: b, port: 80}]',
        ),
      ],
      'GET http://x.example/items/long-prefix',
    );
    expect(decision.backend?.name).toBe('b');
    expect(decision.steps.filter((s) => s.gap).map((s) => s.gap)).toEqual([
      'RegexPathPrecedence',
      'RegexSemantics',
    ]);
  });

  it('breaks ties by age, then name, and says when a missing timestamp decided', () => {
    const routeA = httpRoute(
      'zeta',
      '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: a, port: 80}]}]',
      ', creationTimestamp: "2026-01-01T00:00:00Z"',
    );
    const routeB = httpRoute(
      'alpha',
      '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: b, port: 80}]}]',
      ', creationTimestamp: "2026-03-01T00:00:00Z"',
    );
    const byAge = send([...base, routeA, routeB], 'GET http://x.example/');
    expect(byAge.backend?.name).toBe('a');
    expect(byAge.explain.join('\n')).toContain(
      'HTTPRoute default/zeta is older (oldest creationTimestamp wins ties, A5)',
    );
    const draft = httpRoute(
      'alpha',
      '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: b, port: 80}]}]',
    );
    const withDraft = send([...base, routeA, draft], 'GET http://x.example/');
    expect(withDraft.backend?.name).toBe('a');
    expect(withDraft.steps.some((s) => s.gap === 'MissingCreationTimestamp')).toBe(true);
    const byName = send(
      [
        ...base,
        httpRoute(
          'zeta',
          '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: a, port: 80}]}]',
        ),
        draft,
      ],
      'GET http://x.example/',
    );
    expect(byName.backend?.name).toBe('b');
    expect(byName.explain.join('\n')).toContain('default/alpha sorts before default/zeta (A5)');
  });

  it('gives an invalid backend its share of traffic, answered with 500', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: a, port: 80}, {name: missing, port: 80}]}]',
        ),
      ],
      'GET http://x.example/',
    );
    expect(decision.split).toEqual([
      {
        backend: { kind: 'Service', namespace: 'default', name: 'a', port: 80 },
        weight: 1,
        share: 0.5,
        valid: true,
      },
      {
        backend: { kind: 'Service', namespace: 'default', name: 'missing', port: 80 },
        weight: 1,
        share: 0.5,
        valid: false,
        reason: 'BackendNotFound',
      },
    ]);
    expect(decision.explain.join('\n')).toContain(
      'default/missing:80 weight 1 (50%, invalid (BackendNotFound): its share gets 500 (C4))',
    );
  });

  it('answers 500 when every weight is 0 and flags the Gap', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: a, port: 80, weight: 0}]}]',
        ),
      ],
      'GET http://x.example/',
    );
    expect(decision.status).toBe(500);
    expect(decision.backend).toBeNull();
    expect(decision.steps.find((s) => s.gap === 'AllWeightsZero')?.message).toContain(
      'leaves this undefined (C3)',
    );
  });

  it('fails the request when an ExtensionRef cannot be resolved, and does not simulate one that can', () => {
    const body = (name: string) =>
      `  parentRefs: [{name: edge}]\n  rules:\n    - filters: [{type: ExtensionRef, extensionRef: {group: example.com, kind: Auth, name: ${name}}}]\n      backendRefs: [{name: a, port: 80}]`;
    expect(send([...base, httpRoute('web', body('missing'))], 'GET http://x.example/').status).toBe(
      500,
    );
    const extension =
      'apiVersion: example.com/v1\nkind: Auth\nmetadata: {name: present, namespace: default}';
    const resolved = send(
      [...base, extension, httpRoute('web', body('present'))],
      'GET http://x.example/',
    );
    expect(resolved.status).toBe(200);
    expect(resolved.steps.some((s) => s.gap === 'ExtensionNotSimulated')).toBe(true);
  });

  it('applies backendRef filters only for the chosen backend', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge}]\n  rules:\n    - filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: X-Rule, value: r}]}}]\n      backendRefs:\n        - name: a\n          port: 80\n          filters: [{type: RequestHeaderModifier, requestHeaderModifier: {add: [{name: X-Rule, value: a}]}}]',
        ),
      ],
      'GET http://x.example/',
    );
    expect(decision.forwarded?.headers['x-rule']).toBe('r,a');
  });

  it('lists the graph edges the request travelled', () => {
    const decision = send(
      [
        ...base,
        httpRoute(
          'web',
          '  parentRefs: [{name: edge, sectionName: http}]\n  rules: [{backendRefs: [{name: a, port: 80}]}]',
        ),
      ],
      'GET http://x.example/',
    );
    const gatewayKey = 'gateway.networking.k8s.io/Gateway/default/edge';
    const routeKey = 'gateway.networking.k8s.io/HTTPRoute/default/web';
    expect(decision.edges).toEqual([
      entryEdgeId(gatewayKey, 'http'),
      parentEdgeId(routeKey, 0, 'http'),
      backendEdgeId(routeKey, 0, 0),
    ]);
  });

  it('never lets a conflicted listener take traffic', () => {
    const conflicted = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners:
    - {name: one, port: 80, protocol: HTTP, hostname: a.example}
    - {name: two, port: 80, protocol: HTTPS, hostname: a.example, tls: {certificateRefs: [{name: cert}]}}`;
    const decision = send(
      [
        conflicted,
        service('a'),
        httpRoute(
          'web',
          '  parentRefs: [{name: edge}]\n  rules: [{backendRefs: [{name: a, port: 80}]}]',
        ),
      ],
      'GET http://a.example/',
    );
    expect(decision.status).toBe(404);
    expect(decision.explain.join('\n')).toContain('Conflicted');
  });

  it('explains a mesh call that names no Service', () => {
    const decision = send(
      [service('echo', 'shop')],
      'GET http://nowhere.shop/',
      {},
      { kind: 'mesh', from: 'shop' },
    );
    expect(decision.status).toBe(503);
    expect(decision.steps[0]?.gap).toBe('UnknownService');
    expect(decision.explain[0]).toContain(
      'nowhere.shop is not Service shop/nowhere in the documents',
    );
  });
});
