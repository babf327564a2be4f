import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  type SimRequest,
  type TrafficResult,
  compileRouteTable,
  createWorkspace,
  runTraffic,
} from '../core/index.ts';
import { type SimulatorWorker, createSimulator } from './createSimulator.ts';
import { serveSimulator } from './serveSimulator.ts';

const documents = (v2Weight: number) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: default}
spec:
  parentRefs: [{name: edge}]
  rules:
    - backendRefs:
        - {name: web-v1, port: 8080, weight: 90}
        - {name: web-v2, port: 8080, weight: ${v2Weight}}
---
apiVersion: v1
kind: Service
metadata: {name: web-v1, namespace: default}
spec: {ports: [{port: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: web-v2, namespace: default}
spec: {ports: [{port: 8080}]}
`;

const request: SimRequest = {
  method: 'GET',
  scheme: 'http',
  host: 'www.example.com',
  port: 80,
  path: '/',
  headers: [],
  entry: { kind: 'gateway', namespace: 'default', name: 'edge' },
};
const profile = { templates: [{ request }] };

/** A Node MessagePort as a simulator channel (structured clone included, as with a Worker). */
function portChannel(port: MessagePort): SimulatorWorker {
  port.start();
  return {
    postMessage: (message) => {
      port.postMessage(message);
    },
    addEventListener: (_type, listener) => {
      port.on('message', (data: unknown) => {
        listener({ data });
      });
    },
    terminate: () => {
      port.close();
    },
  };
}

function messageChannelWorker(): SimulatorWorker {
  const { port1, port2 } = new MessageChannel();
  serveSimulator(portChannel(port2));
  return portChannel(port1);
}

describe.each([
  ['on the main thread (no Worker)', undefined],
  ['across a message channel', messageChannelWorker],
])('createSimulator %s', (_where, createWorker) => {
  const make = () =>
    createSimulator({ chunkSize: 10_000, ...(createWorker ? { createWorker } : {}) });

  it('traces a request against the latest text', async () => {
    const simulator = make();
    await simulator.update(documents(10));
    const first = await simulator.trace(request);
    expect(first.status).toBe(200);
    expect(first.split.map((s) => s.share)).toEqual([0.9, 0.1]);
    void simulator.update(documents(90));
    // Requests are answered in order: this trace sees the second text.
    const second = await simulator.trace(request);
    expect(second.split.map((s) => s.share)).toEqual([0.5, 0.5]);
    simulator.dispose();
  });

  it('streams progress and replays the core traffic run for the same seed', async () => {
    const simulator = make();
    await simulator.update(documents(10));
    const progress: TrafficResult[] = [];
    const { done } = simulator.run(profile, 100_000, 7, (result) => progress.push(result));
    const result = await done;
    expect(progress.map((p) => p.count)).toEqual([
      10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 90_000,
    ]);
    const table = compileRouteTable(createWorkspace(documents(10)));
    expect(result).toEqual({ ...runTraffic(table, profile, 100_000, 7) });
    simulator.dispose();
  });

  it('stops a run when it is cancelled, with the counts so far', async () => {
    const simulator = make();
    await simulator.update(documents(10));
    const running = simulator.run(profile, 50_000_000, 1, () => {
      running.cancel();
    });
    const result = await running.done;
    expect(result.count).toBeGreaterThan(0);
    expect(result.count).toBeLessThan(50_000_000);
    simulator.dispose();
  });

  it('rejects calls after dispose', async () => {
    const simulator = make();
    simulator.dispose();
    await expect(simulator.trace(request)).rejects.toThrow('disposed');
  });
});

describe('serveSimulator', () => {
  it('stops a running traffic run and ignores requests once closed', async () => {
    const posted: { type: string }[] = [];
    let deliver: ((event: { readonly data: unknown }) => void) | undefined;
    const served = serveSimulator({
      postMessage: (message) => posted.push(message as { type: string }),
      addEventListener: (_type, listener) => {
        deliver = listener;
      },
    });
    deliver?.({
      data: { type: 'update', id: 1, text: documents(10), defaultNamespace: 'default' },
    });
    deliver?.({ data: { type: 'run', id: 2, profile, count: 1e12, seed: 1, chunkSize: 1000 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted.filter((m) => m.type === 'progress').length).toBeGreaterThan(0);
    served.close();
    const before = posted.length;
    deliver?.({ data: { type: 'trace', id: 3, request } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted.length).toBe(before);
  });
});
