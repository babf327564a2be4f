import { describe, expect, it } from 'vitest';
import { createWorkspace, projectGraph } from '../../core/index.ts';
import { type ConnectionEnds, connectionIntent } from './connectionIntent.ts';
import { CANARY, MESH } from './testDocuments.ts';

const graph = projectGraph(createWorkspace(`${CANARY}---\n${MESH}`));
const GATEWAY = 'gateway.networking.k8s.io/Gateway/default/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/web';
const MESH_ROUTE = 'gateway.networking.k8s.io/HTTPRoute/mesh/echo-split';
const ECHO = '/Service/mesh/echo';
const V2 = '/Service/default/web-v2';

describe('connectionIntent', () => {
  it.each<[string, ConnectionEnds, ReturnType<typeof connectionIntent>]>([
    [
      'a route dropped on a listener attaches to it',
      { source: GATEWAY, sourceHandle: 'listener:tls', target: ROUTE, targetHandle: 'parents' },
      { kind: 'attachListener', route: ROUTE, parent: GATEWAY, listener: 'tls' },
    ],
    [
      'a route dropped on a Service frontend attaches to it',
      { source: ECHO, sourceHandle: 'frontend', target: ROUTE, targetHandle: 'parents' },
      { kind: 'attachFrontend', route: ROUTE, service: ECHO },
    ],
    [
      'a rule dropped on a Service backend sends to it',
      { source: MESH_ROUTE, sourceHandle: 'rule:0', target: V2, targetHandle: 'backend' },
      { kind: 'sendToBackend', route: MESH_ROUTE, rule: 0, service: V2 },
    ],
    [
      'a rule dropped on a Service card sends to it',
      { source: ROUTE, sourceHandle: 'rule:0', target: ECHO, targetHandle: 'in' },
      { kind: 'sendToBackend', route: ROUTE, rule: 0, service: ECHO },
    ],
    [
      'a rule dropped on a Gateway means nothing',
      { source: ROUTE, sourceHandle: 'rule:0', target: GATEWAY, targetHandle: 'in' },
      null,
    ],
    [
      'a route dropped on a Gateway header (no listener) means nothing',
      { source: GATEWAY, sourceHandle: 'out', target: ROUTE, targetHandle: 'parents' },
      null,
    ],
    [
      'a node dropped on itself means nothing',
      { source: ROUTE, sourceHandle: 'rule:0', target: ROUTE, targetHandle: 'parents' },
      null,
    ],
  ])('%s', (_name, ends, expected) => {
    expect(connectionIntent(graph, ends)).toEqual(expected);
  });
});
