import { describe, expect, it } from 'vitest';
import { compileRouteTable, createWorkspace, formatPath, reviewRouting } from '../index.ts';

const services = ['echo', 'echo-v1', 'echo-v2', 'web-v1', 'web-v2']
  .map(
    (name) => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default}
spec: {ports: [{name: http, port: 80}]}`,
  )
  .join('\n---\n');

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP}]`;

function review(routes: string) {
  const workspace = createWorkspace(`${gateway}\n---\n${services}\n---\n${routes}`);
  return { workspace, diagnostics: reviewRouting(workspace, compileRouteTable(workspace)) };
}

function brief(diagnostics: ReturnType<typeof review>['diagnostics']) {
  return diagnostics.map((d) => [d.severity, d.code, d.path]);
}

describe('reviewRouting', () => {
  it('explains the copied mesh example that puts each weighted backend in a rule of its own', () => {
    const { workspace, diagnostics } = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: echo-split, namespace: default}
spec:
  parentRefs: [{group: "", kind: Service, name: echo, port: 80}]
  rules:
    - backendRefs: [{name: echo-v1, port: 80, weight: 9}]
    - backendRefs: [{name: echo-v2, port: 80, weight: 1}]`);
    expect(brief(diagnostics)).toEqual([
      ['warning', 'ShadowedRule', 'spec.rules[1]'],
      ['warning', 'UnreachableBackend', 'spec.rules[1].backendRefs[0]'],
    ]);
    const [shadowed, unreachable] = diagnostics;
    expect(shadowed?.message).toContain('every request goes to default/echo-v1:80');
    expect(shadowed?.message).toContain('put them in one rule');
    expect(shadowed?.message).toContain(
      '{name: echo-v1, port: 80, weight: 9}, {name: echo-v2, port: 80, weight: 1}',
    );
    expect(unreachable?.message).toContain('default/echo-v2:80 gets no traffic');
    // The range points at the rule in the text.
    const range = shadowed?.range;
    expect(range && workspace.text.slice(range.start, range.end)).toBe(
      'backendRefs: [{name: echo-v2, port: 80, weight: 1}]',
    );
  });

  it('finds a rule that a more general rule of another route always beats', () => {
    const { diagnostics } = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: a, namespace: default, creationTimestamp: "2026-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /api}}]
      backendRefs: [{name: web-v1, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: b, namespace: default, creationTimestamp: "2026-02-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /api/v2}}]
      backendRefs: [{name: web-v2, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /api/}}]
      backendRefs: [{name: web-v2, port: 80}]`);
    // \`/api/\` counts one character more than \`/api\` (A9), so route a's older rule never wins.
    expect(brief(diagnostics)).toEqual([
      ['warning', 'ShadowedRule', 'spec.rules[0]'],
      ['warning', 'UnreachableBackend', 'spec.rules[0].backendRefs[0]'],
    ]);
    expect(diagnostics[0]?.resource?.name).toBe('a');
    const same = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: a, namespace: default, creationTimestamp: "2026-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /api}}]
      backendRefs: [{name: web-v1, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: b, namespace: default, creationTimestamp: "2026-02-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /api}, method: GET}]
      backendRefs: [{name: web-v2, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /api}}]
      backendRefs: [{name: web-v2, port: 80}]`);
    expect(brief(same.diagnostics)).toEqual([['warning', 'ShadowedRule', 'spec.rules[1]']]);
    expect(same.diagnostics[0]?.resource).toEqual({
      kind: 'HTTPRoute',
      namespace: 'default',
      name: 'b',
    });
    expect(same.diagnostics[0]?.message).toContain(
      'HTTPRoute default/a rule 0 match 0 (PathPrefix /api) matches every request it would',
    );
  });

  it('does not flag a header-specific rule before a catch-all, nor a rule another match of it keeps alive', () => {
    const { diagnostics } = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: default}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{headers: [{name: x-canary, value: "true"}]}]
      backendRefs: [{name: web-v2, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /}}, {path: {type: Exact, value: /health}}]
      backendRefs: [{name: web-v1, port: 80}]
    - matches: [{path: {type: Exact, value: /health}}, {path: {type: PathPrefix, value: /status}}]
      backendRefs: [{name: web-v1, port: 80}]`);
    expect(brief(diagnostics)).toEqual([]);
  });

  it('flags weight 0 beside positive weights, and rules whose weights are all 0', () => {
    const { diagnostics } = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: default}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /a}}]
      backendRefs: [{name: web-v1, port: 80, weight: 5}, {name: web-v2, port: 80, weight: 0}]
    - matches: [{path: {type: PathPrefix, value: /b}}]
      backendRefs: [{name: web-v1, port: 80, weight: 0}, {name: web-v2, port: 80, weight: 0}]`);
    expect(brief(diagnostics)).toEqual([
      ['warning', 'UnreachableBackend', 'spec.rules[0].backendRefs[1].weight'],
      ['warning', 'AllWeightsZero', 'spec.rules[1].backendRefs'],
    ]);
    expect(diagnostics[1]?.message).toContain('does not define what happens');
  });

  it('reports a RegularExpression RE2 rejects as an error at the pattern', () => {
    const { workspace, diagnostics } = review(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: default}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: RegularExpression, value: "/(?=admin)"}}]
      backendRefs: [{name: web-v1, port: 80}]
    - matches: [{headers: [{type: RegularExpression, name: x-id, value: "(a)\\\\1"}]}]
      backendRefs: [{name: web-v1, port: 80}]`);
    expect(brief(diagnostics)).toEqual([
      ['error', 'UnsupportedRegex', 'spec.rules[0].matches[0].path.value'],
      ['error', 'UnsupportedRegex', 'spec.rules[1].matches[0].headers[0].value'],
    ]);
    const range = diagnostics[0]?.range;
    expect(range && workspace.text.slice(range.start, range.end)).toContain('/(?=admin)');
    expect(diagnostics.map((d) => d.i18n?.key)).toEqual([
      'simulate.UnsupportedRegex',
      'simulate.UnsupportedRegex',
    ]);
    expect(formatPath(['spec', 'rules', 0])).toBe('spec.rules[0]');
  });
});
