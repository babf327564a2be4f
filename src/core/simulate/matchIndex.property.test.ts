import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRouteTable, createWorkspace, matchRequest, type SimRequest } from '../index.ts';
import { locate } from './locate.ts';
import { httpMatchHolds } from './conditions.ts';
import { RequestView } from './requestView.ts';

/** Path elements from a small alphabet, so prefixes overlap often. */
const element = fc.constantFrom('a', 'b', 'ab', 'api', 'v1', 'v2', 'x');
const path = fc
  .array(element, { minLength: 0, maxLength: 4 })
  .map((parts) => `/${parts.join('/')}`);
const requestPath = fc
  .tuple(path, fc.boolean(), fc.constantFrom('', '//b', '/', 'c'))
  .map(([p, slash, tail]) => `${p}${slash && p !== '/' ? '/' : ''}${tail}`);

const matchArb = fc.record({
  type: fc.constantFrom('Exact', 'PathPrefix', 'PathPrefix', 'RegularExpression'),
  value: fc.tuple(path, fc.boolean()).map(([p, slash]) => (slash && p !== '/' ? `${p}/` : p)),
  method: fc.option(fc.constantFrom('GET', 'POST'), { nil: undefined }),
  header: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }),
});

function routeYaml(
  index: number,
  matches: readonly (typeof matchArb extends fc.Arbitrary<infer T> ? T : never)[],
): string {
  const list = matches
    .map((m) => {
      const value =
        m.type === 'RegularExpression' ? `${m.value.replace(/\/$/, '')}(/.*)?` : m.value;
      const method = m.method ? `\n          method: ${m.method}` : '';
      const header = m.header ? `\n          headers: [{name: version, value: ${m.header}}]` : '';
      return `        - path: {type: ${m.type}, value: "${value}"}${method}${header}`;
    })
    .join('\n');
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r${index}, namespace: default, creationTimestamp: "2026-01-01T00:00:0${index % 10}Z"}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches:
${list}
    - matches:
${list}`;
}

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP}]`;

describe('the match index', () => {
  it('finds the same winner as a scan of every match in precedence order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(matchArb, { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(
          fc.tuple(
            requestPath,
            fc.constantFrom('GET', 'POST'),
            fc.constantFrom('one', 'two', 'none'),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (routes, requests) => {
          const text = [gateway, ...routes.map((matches, i) => routeYaml(i, matches))].join(
            '\n---\n',
          );
          const table = compileRouteTable(createWorkspace(text));
          const all = table.gateways.get('default/edge')?.listeners[0]?.http.any?.all ?? [];
          for (const [p, method, version] of requests) {
            const request: SimRequest = {
              method,
              scheme: 'http',
              host: 'example.com',
              port: 80,
              path: p,
              headers: version === 'none' ? [] : [{ name: 'Version', value: version }],
              entry: { kind: 'gateway', namespace: 'default', name: 'edge' },
            };
            const view = new RequestView(request);
            const expected = all.find((match) => httpMatchHolds(match, view));
            const actual = matchRequest(table, request);
            // The fast path and the explained path make the same decision.
            expect(locate(table, request).match ?? null).toBe(expected ?? null);
            expect([actual.route?.name, actual.rule, actual.match]).toEqual(
              expected
                ? [expected.rule.route.id.name, expected.rule.index, expected.index]
                : [undefined, null, null],
            );
          }
        },
      ),
      { seed: 20260904, numRuns: 300 },
    );
  });
});
