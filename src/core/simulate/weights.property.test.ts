import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SimRequest,
  compileRouteTable,
  createRandom,
  createWorkspace,
  route,
  runTraffic,
} from '../index.ts';

/** A Gateway, an HTTPRoute whose one rule splits across backends with the given weights, and their Services. */
function weightedRoute(weights: readonly (number | undefined)[]): string {
  const services = weights.map(
    (_, i) => `apiVersion: v1
kind: Service
metadata: {name: b${i}, namespace: default}
spec:
  ports: [{port: 8080}]`,
  );
  const refs = weights
    .map(
      (w, i) =>
        `        - name: b${i}\n          port: 8080${w === undefined ? '' : `\n          weight: ${w}`}`,
    )
    .join('\n');
  return [
    `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP}]`,
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: split, namespace: default}
spec:
  parentRefs: [{name: edge}]
  rules:
    - backendRefs:
${refs}`,
    ...services,
  ].join('\n---\n');
}

const request: SimRequest = {
  method: 'GET',
  scheme: 'http',
  host: 'www.example.com',
  port: 80,
  path: '/',
  headers: [],
  entry: { kind: 'gateway', namespace: 'default', name: 'edge' },
};

/** 1 to 6 weights, some unset (default 1), some 0, at least one positive. */
const weightLists = fc
  .array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), {
    minLength: 1,
    maxLength: 6,
  })
  .filter((weights) => weights.some((w) => w === undefined || w > 0));

const effective = (weights: readonly (number | undefined)[]) => weights.map((w) => w ?? 1);

describe('weighted backends (property tests)', () => {
  it('the shares of a rule sum to 1 and follow weight / sum of weights', () => {
    fc.assert(
      fc.property(weightLists, (weights) => {
        const decision = route(compileRouteTable(createWorkspace(weightedRoute(weights))), request);
        const total = effective(weights).reduce((a, b) => a + b, 0);
        const shares = decision.split.map((s) => s.share);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(shares).toEqual(effective(weights).map((w) => w / total));
      }),
      { seed: 20260901, numRuns: 60 },
    );
  });

  it('a weight-0 backend never receives traffic, and 10,000 requests split within ±2 % of the weights', () => {
    fc.assert(
      fc.property(weightLists, fc.integer({ min: 0, max: 0xffff_ffff }), (weights, seed) => {
        const table = compileRouteTable(createWorkspace(weightedRoute(weights)));
        const result = runTraffic(table, { templates: [{ request }] }, 10_000, seed);
        const total = effective(weights).reduce((a, b) => a + b, 0);
        effective(weights).forEach((weight, i) => {
          const count = result.backends[`default/b${i}:8080`] ?? 0;
          if (weight === 0) expect(count).toBe(0);
          else expect(Math.abs(count / 10_000 - weight / total)).toBeLessThanOrEqual(0.02);
        });
        expect(result.count).toBe(10_000);
      }),
      { seed: 20260902, numRuns: 40 },
    );
  });

  it('a seed replays exactly, for traffic runs and for single decisions', () => {
    fc.assert(
      fc.property(weightLists, fc.integer({ min: 0, max: 0xffff_ffff }), (weights, seed) => {
        const table = compileRouteTable(createWorkspace(weightedRoute(weights)));
        const profile = { templates: [{ request }] };
        expect(runTraffic(table, profile, 500, seed)).toEqual(
          runTraffic(table, profile, 500, seed),
        );
        const draw = () => {
          const random = createRandom(seed);
          return Array.from({ length: 20 }, () => route(table, request, { random }).backend?.name);
        };
        expect(draw()).toEqual(draw());
      }),
      { seed: 20260903, numRuns: 40 },
    );
  });
});
