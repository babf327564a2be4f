import { resourceKey } from '../model/identity.ts';
import { GATEWAY_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { entryEdgeId, grantEdgeId, meshEntryEdgeId } from './edgeIds.ts';
import type { EntryFacts, ListenerFact } from './entryFacts.ts';
import { BACKEND_HANDLE, FRONTEND_HANDLE, INTERNET_NODE_ID, meshEntryNodeId } from './graph.ts';
import {
  type GraphContext,
  addEdge,
  factsAt,
  referenceMissing,
  usageOf,
  vote,
} from './graphContext.ts';
import { gatewayClassEdgeId, listenerSetEdgeId, policyEdgeId } from './structureEdgeIds.ts';

/**
 * Adds a Gateway's edges: its class (when the documents define it; a class is usually installed
 * with the controller, so a class that is not in the documents is not drawn as missing), the
 * Internet to each listener, and the grants that permit its certificate references.
 *
 * @param context - The projection.
 * @param gateway - The Gateway.
 * @param facts - Its facts.
 */
export function addGatewayEdges(
  context: GraphContext,
  gateway: ResourceEntry,
  facts: Extract<EntryFacts, { type: 'gateway' }>,
): void {
  const classKey = resourceKey({
    group: GATEWAY_GROUP,
    kind: 'GatewayClass',
    namespace: '',
    name: facts.gatewayClassName,
  });
  if (context.byKey.has(classKey)) {
    addEdge(context, {
      id: gatewayClassEdgeId(gateway.key),
      kind: 'gatewayClass',
      source: classKey,
      target: gateway.key,
      label: '',
      line: 'dotted',
    });
  }
  addListenerEntries(context, gateway, facts.listeners);
}

/**
 * Adds a ListenerSet's edges: from its parent Gateway (or a missing node), and, when the
 * Gateway is there, the Internet to each listener.
 *
 * @param context - The projection.
 * @param listenerSet - The ListenerSet.
 * @param facts - Its facts.
 */
export function addListenerSetEdges(
  context: GraphContext,
  listenerSet: ResourceEntry,
  facts: Extract<EntryFacts, { type: 'listenerSet' }>,
): void {
  const parent = factsAt(context, facts.parentKey);
  const source = parent ? facts.parentKey : referenceMissing(context, facts.parent, 'parent');
  addEdge(context, {
    id: listenerSetEdgeId(listenerSet.key),
    kind: 'listenerSet',
    source,
    target: listenerSet.key,
    label: '',
    line: 'dotted',
  });
  if (parent?.facts.type === 'gateway') addListenerEntries(context, listenerSet, facts.listeners);
}

function addListenerEntries(
  context: GraphContext,
  owner: ResourceEntry,
  listeners: readonly ListenerFact[],
): void {
  for (const listener of listeners) {
    // NOTE: a ListenerSet's listeners serve its parent Gateway's address; their entry edges are
    // keyed by the ListenerSet (the listener's owner) so they never clash with the Gateway's own.
    addEdge(context, {
      id: entryEdgeId(owner.key, listener.name),
      kind: 'entry',
      source: INTERNET_NODE_ID,
      target: owner.key,
      targetHandle: listener.handle,
      label: `${listener.protocol} :${listener.port}`,
      line: 'solid',
    });
    for (const secret of listener.foreignSecrets) {
      const match = context.grants.permits(owner.id, secret);
      if (!match) continue;
      const id = grantEdgeId(match.grant.key, match.fromIndex, owner.key);
      if (!context.edgeIds.has(id))
        vote(usageOf(context.grantVotes, match.grant.key), 'north-south');
      addEdge(context, {
        id,
        kind: 'grant',
        source: owner.key,
        target: match.grant.key,
        label: '',
        line: 'dotted',
        fromIndex: match.fromIndex,
      });
    }
  }
}

/**
 * Adds a policy's edges to its targets (a Service's backend, or a missing node).
 *
 * @param context - The projection.
 * @param policy - The policy.
 * @param facts - Its facts.
 */
export function addPolicyEdges(
  context: GraphContext,
  policy: ResourceEntry,
  facts: Extract<EntryFacts, { type: 'policy' }>,
): void {
  facts.targets.forEach((target, index) => {
    const key = resourceKey(target);
    const found = factsAt(context, key);
    const end = found
      ? found.facts.type === 'service'
        ? { target: key, targetHandle: BACKEND_HANDLE }
        : { target: key }
      : { target: referenceMissing(context, target, 'backend') };
    addEdge(context, {
      id: policyEdgeId(policy.key, index),
      kind: 'policy',
      source: policy.key,
      ...end,
      label: '',
      line: 'dotted',
      targetIndex: index,
    });
  });
}

/**
 * Adds the mesh entry edges: the callers of each namespace that has mesh routes reach the
 * frontends of the Services those routes attach to. A producer route (in the Service's
 * namespace) is drawn from its own namespace's callers only: which other namespaces call the
 * Service is not in the documents.
 *
 * @param context - The projection, after every route's edges are in.
 */
export function addMeshEntryEdges(context: GraphContext): void {
  for (const [namespace, services] of context.meshCallers) {
    for (const service of services) {
      addEdge(context, {
        id: meshEntryEdgeId(namespace, service),
        kind: 'meshEntry',
        source: meshEntryNodeId(namespace),
        target: service,
        targetHandle: FRONTEND_HANDLE,
        label: '',
        line: 'solid',
      });
    }
  }
}
