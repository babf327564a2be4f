/**
 * Simulator benchmarks, each compared side by side in the same run:
 * - `simulate.pathTable1000`: decisions per second on 1,000 HTTPRoutes with path matches only,
 *   against find-my-way (fastify's router) with the same routes and the same requests;
 * - `simulate.fullTable1000`: decisions per second on the generated set of 1,000 HTTPRoutes
 *   (hostnames, methods, headers, query parameters, a regex per route) against a naive per-request
 *   scan that applies the same precedence rules;
 * - `simulate.traffic1M`: one million requests of a traffic run in a worker thread, running the
 *   same code as the browser's Web Worker.
 */
import { Worker } from 'node:worker_threads';
import findMyWay from 'find-my-way';
import {
  type SimRequest,
  type Workspace,
  compileRouteTable,
  computeAttachment,
  createWorkspace,
  matchRequest,
} from '../../src/core/index.ts';
import { createSimulator } from '../../src/worker/createSimulator.ts';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, type BenchResult, median, medianMs, round } from '../harness.ts';
import { naiveMatch } from './naiveRouter.ts';

const ROUTES = 1000;

function gatewayRequest(
  gateway: string,
  method: string,
  host: string,
  path: string,
  headers: Record<string, string> = {},
): SimRequest {
  const [namespace = '', name = ''] = gateway.split('/');
  return {
    method,
    scheme: 'http',
    host,
    port: 80,
    path,
    headers: Object.entries(headers).map(([n, value]) => ({ name: n, value })),
    entry: { kind: 'gateway', namespace, name },
  };
}

/**
 * Decisions per second of two routers over the same request list. Their runs alternate, so a
 * change in the machine's load during the measurement affects both alike; each figure is the
 * median of its runs, after a warm-up.
 */
function compareDecisions(
  requests: readonly SimRequest[],
  ours: (request: SimRequest) => unknown,
  peer: (request: SimRequest) => unknown,
): { readonly value: number; readonly peerValue: number } {
  const pass = (decide: (request: SimRequest) => unknown, loops: number): number => {
    const start = performance.now();
    for (let loop = 0; loop < loops; loop++) for (const request of requests) decide(request);
    return performance.now() - start;
  };
  // About 150 ms per run for each router.
  const loopsFor = (decide: (request: SimRequest) => unknown): number =>
    Math.max(1, Math.round(150 / Math.max(1, pass(decide, 1))));
  const oursLoops = loopsFor(ours);
  const peerLoops = loopsFor(peer);
  for (let i = 0; i < 2; i++) {
    pass(ours, oursLoops);
    pass(peer, peerLoops);
  }
  const oursTimes: number[] = [];
  const peerTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    oursTimes.push(pass(ours, oursLoops));
    peerTimes.push(pass(peer, peerLoops));
  }
  const rate = (ms: number, loops: number) => Math.round((requests.length * loops) / (ms / 1000));
  return {
    value: rate(median(oursTimes), oursLoops),
    peerValue: rate(median(peerTimes), peerLoops),
  };
}

/** 1,000 path-only HTTPRoutes on one listener, from the generated set's apps and paths. */
function pathTable(): {
  workspace: Workspace;
  routes: { prefix: string; app: string }[];
  requests: SimRequest[];
} {
  const set = generateRouteSet({ northSouth: ROUTES, mesh: 0 });
  const docs = [
    `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: bench}
spec:
  gatewayClassName: bench
  listeners: [{name: http, port: 80, protocol: HTTP}]`,
  ];
  const routes: { prefix: string; app: string }[] = [];
  const requests: SimRequest[] = [];
  set.requests.forEach(({ host, path }, i) => {
    const app = host.split('.')[0] ?? `app-${i}`;
    const api = path.slice(0, path.lastIndexOf('/'));
    routes.push({ prefix: `/${app}${api}`, app }, { prefix: `/${app}`, app });
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${app}, namespace: bench}
spec:
  parentRefs: [{name: edge}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /${app}${api}}}]
      backendRefs: [{name: ${app}-v2, port: 8080}]
    - matches: [{path: {type: PathPrefix, value: /${app}}}]
      backendRefs: [{name: ${app}-v1, port: 8080}]`);
    requests.push(
      gatewayRequest('bench/edge', 'GET', 'www.example.com', `/${app}${path}`),
      gatewayRequest('bench/edge', 'GET', 'www.example.com', `/${app}/static/logo.png`),
    );
    if (i % 10 === 0)
      requests.push(gatewayRequest('bench/edge', 'GET', 'www.example.com', `/unknown-${i}/x`));
  });
  return { workspace: createWorkspace(docs.join('\n---\n')), routes, requests };
}

/** Requests that reach each rule of the generated set: canary header, regex with query, default. */
function fullRequests(): { workspace: Workspace; requests: SimRequest[] } {
  const set = generateRouteSet({ northSouth: ROUTES, mesh: 0 });
  const requests = set.requests.flatMap(({ gateway, host, path }, i) => [
    gatewayRequest(gateway, 'GET', host, path, { 'X-Canary': 'true', Accept: 'application/json' }),
    gatewayRequest(gateway, 'GET', host, `/items/${i}?debug=1`, { Accept: 'application/json' }),
    gatewayRequest(gateway, 'POST', host, path, { 'Content-Type': 'application/json' }),
    gatewayRequest(gateway, 'GET', `unknown-${i}.${host}`, '/'),
  ]);
  return { workspace: createWorkspace(set.text), requests };
}

function result(
  bench: string,
  value: number,
  unit: string,
  peer: string,
  peerValue: number,
  target: string,
): BenchResult {
  return { bench, value, unit, peer, peerValue, ratio: round(value / peerValue, 2), target };
}

export const simulateBenches: readonly Bench[] = [
  {
    name: 'simulate.pathTable1000',
    run() {
      const { workspace, routes, requests } = pathTable();
      const table = compileRouteTable(workspace);
      const router = findMyWay();
      for (const { prefix, app } of routes) {
        // PathPrefix is element-wise: the prefix itself and everything below it.
        router.on('GET', prefix, () => app);
        router.on('GET', `${prefix}/*`, () => app);
      }
      for (const request of requests) {
        const ours = matchRequest(table, request).route !== null;
        const theirs = router.find('GET', request.path) !== null;
        if (ours !== theirs) throw new Error(`routers disagree on ${request.path}`);
      }
      const { value, peerValue } = compareDecisions(
        requests,
        (request) => matchRequest(table, request),
        (request) => router.find('GET', request.path),
      );
      return [
        result(
          'simulate.pathTable1000',
          value,
          'decisions/s',
          'find-my-way',
          peerValue,
          'ratio ≥ 1.0',
        ),
      ];
    },
  },
  {
    name: 'simulate.fullTable1000',
    run() {
      const { workspace, requests } = fullRequests();
      const table = compileRouteTable(workspace);
      const attachment = computeAttachment(workspace);
      for (const request of requests) {
        const ours = matchRequest(table, request);
        const naive = naiveMatch(attachment, request);
        const same = naive
          ? ours.route?.name === naive.route.id.name &&
            ours.rule === naive.rule &&
            ours.match === naive.match
          : ours.route === null;
        if (!same) {
          throw new Error(
            `the naive scan disagrees on ${request.method} ${request.host}${request.path}`,
          );
        }
      }
      const { value, peerValue } = compareDecisions(
        requests,
        (request) => matchRequest(table, request),
        (request) => naiveMatch(attachment, request),
      );
      return [
        result(
          'simulate.fullTable1000',
          value,
          'decisions/s',
          'naive scan',
          peerValue,
          'ratio ≥ 20',
        ),
      ];
    },
  },
  {
    name: 'simulate.traffic1M',
    async run() {
      const set = generateRouteSet({ northSouth: ROUTES, mesh: 0 });
      const { requests } = fullRequests();
      const worker = startWorkerThread();
      const simulator = createSimulator({ createWorker: () => worker });
      try {
        await simulator.update(set.text);
        const profile = {
          templates: requests.slice(0, 400).map((request, i) => ({ request, weight: 1 + (i % 4) })),
        };
        const ms = await medianMs(
          async () => {
            const counts = await simulator.run(profile, 1_000_000, 1).done;
            if (counts.count !== 1_000_000) throw new Error(`sent ${counts.count} requests`);
          },
          { warmup: 2, runs: 7 },
        );
        return [
          { bench: 'simulate.traffic1M', value: round(ms, 1), unit: 'ms', target: '≤ 1000 ms' },
        ];
      } finally {
        simulator.dispose();
      }
    },
  },
];

/** A Node worker thread serving the simulator with the same module as the Web Worker. */
function startWorkerThread() {
  const serve = new URL('../../src/worker/serveSimulator.ts', import.meta.url).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    import('tsx/esm/api')
      .then(({ register }) => { register(); return import(${JSON.stringify(serve)}); })
      .then(({ serveSimulator }) => serveSimulator({
        postMessage: (message) => parentPort.postMessage(message),
        addEventListener: (_type, listener) => parentPort.on('message', (data) => listener({ data })),
      }));`;
  const thread = new Worker(code, { eval: true });
  return {
    postMessage: (message: unknown) => {
      thread.postMessage(message);
    },
    addEventListener: (_type: 'message', listener: (event: { readonly data: unknown }) => void) => {
      thread.on('message', (data: unknown) => {
        listener({ data });
      });
    },
    terminate: () => {
      void thread.terminate();
    },
  };
}
