import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type RequestEntry,
  type TrafficTemplate,
  compileRouteTable,
  createWorkspace,
  parseRequestLine,
  route,
  runTraffic,
} from '../../core/index.ts';
import { expectedShares, resultRows, shownRows } from './resultRows.ts';
import { routeBackends } from './routeBackends.ts';
import { createTrafficWindow } from './trafficWindow.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');

function template(line: string, entry: RequestEntry, weight = 1): TrafficTemplate {
  const parsed = parseRequestLine(line, [], entry);
  if (!parsed.ok) throw new Error(parsed.error);
  return { request: parsed.request, weight };
}

/** Routes the templates through an example, counts a run, and builds the rows. */
function rowsFor(file: string, templates: readonly TrafficTemplate[], count = 4000) {
  const workspace = createWorkspace(readFileSync(join(examples, file), 'utf8'));
  const table = compileRouteTable(workspace);
  const expected = expectedShares(
    templates,
    templates.map((t) => route(table, t.request)),
    routeBackends(workspace),
  );
  const window = createTrafficWindow(count);
  window.add(runTraffic(table, { templates }, count, 7));
  return resultRows(window.counts(), expected);
}

const edge: RequestEntry = { kind: 'gateway', namespace: 'default', name: 'edge' };

describe('Traffic results', () => {
  it('shows the canary split observed against 90 / 10', () => {
    const rows = rowsFor('canary.yaml', [template('GET http://www.example.com/', edge)]);
    expect(rows.map((row) => [row.name, row.expected])).toEqual([
      ['default/web-v1:8080', 0.9],
      ['default/web-v2:8080', 0.1],
    ]);
    for (const row of rows)
      expect(Math.abs((row.observed ?? 0) - (row.expected ?? 0))).toBeLessThan(0.03);
  });

  it('shows weights split across rules as 100 / 0', () => {
    const rows = rowsFor('split-across-rules.yaml', [
      template('GET http://echo-service/', { kind: 'mesh', from: 'default' }),
    ]);
    expect(rows.map((row) => [row.name, row.requests, row.observed, row.expected])).toEqual([
      ['default/echo-v1:80', 4000, 1, 1],
      ['default/echo-v2:80', 0, 0, 0],
    ]);
  });

  it('shows a backend at weight 0 with its 0 %', () => {
    const rows = rowsFor('blue-green.yaml', [
      template('GET http://shop.example.com/', {
        kind: 'gateway',
        namespace: 'shop',
        name: 'edge',
      }),
    ]);
    expect(rows.map((row) => [row.name, row.expected])).toEqual([
      ['shop/shop-blue:80', 1],
      ['shop/shop-green:80', 0],
    ]);
  });

  it('shows 404s as a status row', () => {
    const rows = rowsFor('canary.yaml', [
      template('GET http://www.example.com/', edge, 3),
      template('GET http://other.example.org/', edge, 1),
    ]);
    const status = rows.find((row) => row.key === 'status:404');
    expect(status?.expected).toBeCloseTo(0.25);
    expect(rows.find((row) => row.key === 'backend:default/web-v1:8080')?.expected).toBeCloseTo(
      0.675,
    );
  });

  it('shows redirects by their status', () => {
    const rows = rowsFor('https-redirect.yaml', [
      template('GET http://www.example.com/account', edge),
      template('GET https://www.example.com/account', edge),
    ]);
    expect(rows.map((row) => [row.key, row.expected])).toEqual([
      ['backend:default/site:80', 0.5],
      ['status:301', 0.5],
    ]);
  });

  it('counts gRPC calls nothing serves as UNIMPLEMENTED', () => {
    const mesh: RequestEntry = { kind: 'mesh', from: 'default' };
    const call = (path: string) => {
      const parsed = parseRequestLine(
        `POST http://grpc-echo:7070${path}`,
        [{ name: 'content-type', value: 'application/grpc' }],
        mesh,
      );
      if (!parsed.ok) throw new Error(parsed.error);
      return { request: parsed.request };
    };
    const rows = rowsFor('grpc-methods.yaml', [call('/pkg.Unknown/Method')]);
    expect(rows.find((row) => row.key === 'grpc:UNIMPLEMENTED')?.expected).toBe(1);
  });

  it('gives an invalid backend its share, answered with 500', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: default }
spec: { gatewayClassName: x, listeners: [{ name: http, port: 80, protocol: HTTP }] }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web, namespace: default }
spec:
  parentRefs: [{ name: edge }]
  rules:
    - backendRefs:
        - { name: web-v1, port: 80, weight: 3 }
        - { name: missing, port: 80, weight: 1 }
---
apiVersion: v1
kind: Service
metadata: { name: web-v1, namespace: default }
spec: { ports: [{ port: 80 }] }
`;
    const table = compileRouteTable(createWorkspace(text));
    const templates = [template('GET http://anything/', edge)];
    const expected = expectedShares(
      templates,
      templates.map((t) => route(table, t.request)),
    );
    expect(Object.fromEntries(expected)).toEqual({
      'backend:default/web-v1:80': 0.75,
      'backend:default/missing:80': 0.25,
      'status:500': 0.25,
    });
  });

  it('lists expected rows before any request is counted', () => {
    const expected = new Map([['backend:default/a:80', 1]]);
    const rows = resultRows(createTrafficWindow(10).counts(), expected);
    expect(rows).toEqual([
      {
        key: 'backend:default/a:80',
        kind: 'backend',
        name: 'default/a:80',
        requests: 0,
        observed: null,
        expected: 1,
      },
    ]);
  });
});

describe('long tables', () => {
  const row = (name: string, share: number, kind: 'backend' | 'status' = 'backend') => ({
    key: `${kind}:${name}`,
    kind,
    name,
    requests: share * 100,
    observed: share,
    expected: share,
  });

  it('show every row up to the limit', () => {
    const rows = [row('a', 0.5), row('b', 0.5)];
    expect(shownRows(rows, 2)).toEqual({ rows, others: null });
  });

  it('keep the statuses and the largest backends, and add up the others', () => {
    const rows = [
      row('a', 0.1),
      row('b', 0.4),
      row('c', 0.2),
      row('d', 0.05),
      row('404', 0.25, 'status'),
    ];
    const shown = shownRows(rows, 3);
    expect(shown.rows.map((r) => r.name)).toEqual(['b', 'c', '404']);
    expect(shown.others?.rows).toBe(2);
    expect(shown.others?.requests).toBeCloseTo(15);
    expect(shown.others?.observed).toBeCloseTo(0.15);
  });
});
