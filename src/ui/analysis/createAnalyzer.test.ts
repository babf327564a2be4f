import { describe, expect, it } from 'vitest';
import type { Diagnostic, Workspace } from '../../core/index.ts';
import { type ValidateWorkspace, createAnalyzer } from './createAnalyzer.ts';
import type { AnalysisRequest, AnalysisResponse } from './protocol.ts';

const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  rules:
    - backendRefs:
        - name: missing
          port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
`;

// A validator that finds one thing: the backendRef to "missing".
const findMissing: ValidateWorkspace = (workspace: Workspace) => {
  const start = workspace.text.indexOf('missing');
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'BackendNotFound',
    message: 'Service default/missing does not exist',
    resource: { kind: 'HTTPRoute', namespace: '', name: 'web' },
    path: 'spec.rules[0].backendRefs[0].name',
    range: { start, end: start + 'missing'.length },
  };
  return {
    diagnostics: start < 0 ? [] : [diagnostic],
    statuses: [{ resourceKey: 'route', status: { parents: [] } }],
  };
};

const request = (revision: number, body: string, known: AnalysisRequest['known'] = null) => ({
  revision,
  text: body,
  channel: 'standard' as const,
  known,
});

function ok(response: AnalysisResponse) {
  if (!response.ok) throw new Error(response.error);
  return response;
}

describe('the analyzer', () => {
  it('returns each finding with its line, column and resource', () => {
    const analyze = createAnalyzer(findMissing, () => 0);
    const response = ok(analyze(request(3, text)));
    expect(response).toMatchObject({ revision: 3, channel: 'standard' });
    expect(response.problems).toEqual([
      expect.objectContaining({
        start: { line: 8, column: 17 },
        end: { line: 8, column: 24 },
        resourceKey: 'gateway.networking.k8s.io/HTTPRoute/default/web',
      }),
    ]);
  });

  it('names the resource of each finding by kind, namespace and name, cluster-scoped kinds too', () => {
    const body = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: web
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: team
---
apiVersion: v1
kind: Service
metadata:
  name: web
`;
    const finding = (kind: string, namespace: string): Diagnostic => ({
      severity: 'warning',
      code: 'Example',
      message: `${kind} in "${namespace}"`,
      resource: { kind, namespace, name: 'web' },
      path: null,
      range: null,
    });
    const analyze = createAnalyzer(
      () => ({
        diagnostics: [
          finding('GatewayClass', ''),
          finding('HTTPRoute', 'team'),
          finding('Service', ''),
          finding('HTTPRoute', ''),
        ],
        statuses: [],
      }),
      () => 0,
    );
    const response = ok(analyze(request(1, body)));
    expect(response.problems?.map((problem) => problem.resourceKey)).toEqual([
      'gateway.networking.k8s.io/GatewayClass//web',
      'gateway.networking.k8s.io/HTTPRoute/team/web',
      '/Service/default/web',
      // No HTTPRoute "web" in the default namespace.
      null,
    ]);
  });

  it('fingerprints statuses by their keys, values and order', () => {
    let statuses: { resourceKey: string; status: unknown }[] = [];
    const analyze = createAnalyzer(
      () => ({ diagnostics: [], statuses }),
      () => 0,
    );
    const fingerprintOf = (next: typeof statuses) => {
      statuses = next;
      return ok(analyze(request(1, text))).statusesFingerprint;
    };
    const a = { resourceKey: 'a', status: { parents: ['x'] } };
    const b = { resourceKey: 'b', status: { parents: ['y'] } };
    const first = fingerprintOf([a, b]);
    expect(fingerprintOf([{ ...a, status: { parents: ['x'] } }, { ...b }])).toBe(first);
    expect(fingerprintOf([b, a])).not.toBe(first);
    expect(fingerprintOf([a, { ...b, status: { parents: ['z'] } }])).not.toBe(first);
    expect(fingerprintOf([a, { resourceKey: 'c', status: b.status }])).not.toBe(first);
    expect(fingerprintOf([a])).not.toBe(first);
  });

  it('includes what parsing found, once, placed in its resource', () => {
    const analyze = createAnalyzer(
      (workspace) => ({ diagnostics: workspace.diagnostics, statuses: [] }),
      () => 0,
    );
    const response = ok(analyze(request(1, `${text}---\nkind: [oops\n`)));
    expect(response.problems?.map((problem) => problem.diagnostic.code)).toEqual(['YAMLSyntax']);
  });

  it('leaves out results the page holds, and sends them when they change', () => {
    const analyze = createAnalyzer(findMissing, () => 0);
    const first = ok(analyze(request(1, text)));
    const known = { problems: first.problemsFingerprint, statuses: first.statusesFingerprint };
    const same = ok(analyze(request(2, `${text}# a comment at the end\n`, known)));
    expect(same).toMatchObject({ problems: null, statuses: null });
    expect(same.problemsFingerprint).toBe(first.problemsFingerprint);
    const fixed = ok(analyze(request(3, text.replace('missing', 'web'), known)));
    expect(fixed.problems).toEqual([]);
    expect(fixed.problemsFingerprint).not.toBe(first.problemsFingerprint);
    expect(fixed.statuses).toBeNull();
  });

  it('sends only the statuses that changed since the ones the page holds', () => {
    let routes = ['a', 'b', 'c'];
    const analyze = createAnalyzer(
      () => ({
        diagnostics: [],
        statuses: routes.map((name) => ({
          resourceKey: name,
          status: { parents: [name === 'b' ? 'x' : 'y'] },
        })),
      }),
      () => 0,
    );
    const first = ok(analyze(request(1, text)));
    expect(first.statuses).toHaveLength(3);
    routes = ['a', 'c', 'd'];
    const next = ok(
      analyze(
        request(2, `${text}#\n`, {
          problems: first.problemsFingerprint,
          statuses: first.statusesFingerprint,
        }),
      ),
    );
    expect(next.statuses).toBeNull();
    expect(next.statusChanges).toEqual({
      base: first.statusesFingerprint,
      changed: [{ resourceKey: 'd', status: { parents: ['y'] } }],
      removed: ['b'],
    });
    // A page that holds something else gets everything.
    const fresh = ok(analyze(request(3, `${text}#\n#\n`, { problems: 'x', statuses: 'unknown' })));
    expect(fresh.statuses).toHaveLength(3);
    expect(fresh.statusChanges).toBeNull();
  });

  it('keeps the last good findings, moved to their place, while the text does not read', () => {
    const analyze = createAnalyzer(findMissing, () => 0);
    const good = ok(analyze(request(1, text)));
    const broken = `kind: [oops\n---\n${text}`;
    const answer = ok(analyze(request(2, broken)));
    const codes = answer.problems?.map((problem) => problem.diagnostic.code);
    expect(codes).toEqual(['YAMLSyntax', 'BackendNotFound']);
    const moved = answer.problems?.[1];
    expect(moved?.start?.line).toBe((good.problems?.[0]?.start?.line ?? 0) + 2);
    expect(answer.statuses).toEqual(good.statuses);
  });

  it('reports a validator defect as an error answer instead of throwing', () => {
    const analyze = createAnalyzer(
      () => {
        throw new Error('boom');
      },
      () => 0,
    );
    expect(analyze({ ...request(9, text), channel: 'experimental' })).toEqual({
      ok: false,
      revision: 9,
      channel: 'experimental',
      error: 'boom',
    });
  });
});
