import { displayName } from '../model/identity.ts';
import { assertNever } from '../util/assertNever.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type { EntryFacts, ListenerFact } from './entryFacts.ts';
import {
  BACKEND_HANDLE,
  FRONTEND_HANDLE,
  type GraphGroup,
  type GraphNode,
  INTERNET_NODE_ID,
  type Lane,
  type ListenerHandle,
  meshEntryNodeId,
  namespaceGroupId,
} from './graph.ts';
import {
  type GraphContext,
  type Known,
  type MissingTarget,
  type Usage,
  usageOf,
} from './graphContext.ts';
import { isServiceId } from './refTargets.ts';

/** Layers of the layered layout, left to right. */
const LAYER = { entry: 0, parent: 1, route: 2, backend: 3, other: 4 } as const;

interface Placement {
  readonly lane: Lane;
  readonly layer: number;
}

/**
 * The nodes and groups of a projection whose edges are all in.
 *
 * @param context - The projection.
 * @returns Nodes (entries, then resources in document order, then missing objects) and groups.
 */
export function buildNodes(context: GraphContext): {
  nodes: GraphNode[];
  groups: GraphGroup[];
} {
  const placements = placeResources(context);
  const nodes: GraphNode[] = [];
  if (context.known.some(({ facts }) => facts.type === 'gateway')) {
    nodes.push(entryNode('internet', ''));
  }
  for (const namespace of context.meshCallers.keys()) nodes.push(entryNode('mesh', namespace));
  for (const { entry, facts } of context.known) {
    const placement = placements.get(entry.key);
    if (!placement) continue;
    nodes.push(resourceNode(context, entry, facts, placement));
  }
  for (const [key, missing] of context.missing) {
    nodes.push(missingNode(key, missing, usageOf(context.usage, key)));
  }
  return { nodes, groups: groupsOf(context, nodes) };
}

function placeResources(context: GraphContext): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const deferred: Known[] = [];
  const votes = new Map<string, Usage>();
  for (const known of context.known) {
    const { entry, facts } = known;
    const placement = decidedPlacement(context, entry, facts);
    if (placement === null) continue;
    if (placement === undefined) {
      deferred.push(known);
      continue;
    }
    placements.set(entry.key, placement);
    if (entry.id.namespace !== '') {
      const usage = usageOf(votes, entry.id.namespace);
      if (placement.lane === 'north-south') usage.northSouth++;
      else usage.eastWest++;
    }
  }
  // Grants, policies and unknown kinds follow the references they carry, else the majority of
  // their namespace (north-south when the namespace has nothing else).
  for (const { entry, facts } of deferred) {
    const own = facts.type === 'referenceGrant' ? context.grantVotes.get(entry.key) : undefined;
    const majority = own ?? votes.get(entry.id.namespace);
    const lane: Lane =
      majority && majority.eastWest > majority.northSouth ? 'east-west' : 'north-south';
    const layer =
      facts.type === 'referenceGrant'
        ? LAYER.backend
        : facts.type === 'policy'
          ? LAYER.route
          : LAYER.other;
    placements.set(entry.key, { lane, layer });
  }
  return placements;
}

/** The placement a resource's own kind decides; undefined when it depends on others, null for no node. */
function decidedPlacement(
  context: GraphContext,
  entry: ResourceEntry,
  facts: EntryFacts,
): Placement | undefined | null {
  switch (facts.type) {
    case 'gatewayClass':
      return { lane: 'north-south', layer: LAYER.entry };
    case 'gateway':
    case 'listenerSet':
      return { lane: 'north-south', layer: LAYER.parent };
    case 'route':
      return { lane: context.routeLanes.get(entry.key) ?? 'north-south', layer: LAYER.route };
    case 'service': {
      const usage = usageOf(context.usage, entry.key);
      return {
        lane: serviceLane(usage),
        layer: usage.meshParents > 0 ? LAYER.parent : LAYER.backend,
      };
    }
    case 'namespace':
      // A Namespace document is drawn as its group, not as a node.
      return null;
    case 'referenceGrant':
    case 'policy':
    case 'plain':
      return undefined;
    default:
      return assertNever(facts);
  }
}

/**
 * A Service used by both lanes goes where most of its references are; a tie (an unreferenced
 * Service too) goes east-west, since a Service is an in-cluster object reached by mesh callers.
 */
function serviceLane(usage: Usage): Lane {
  return usage.northSouth > usage.eastWest ? 'north-south' : 'east-west';
}

function resourceNode(
  context: GraphContext,
  entry: ResourceEntry,
  facts: EntryFacts,
  placement: Placement,
): GraphNode {
  const usage = context.usage.get(entry.key);
  const signature = `${placement.lane}|${placement.layer}|${usage?.meshParents ?? 0}|${usage?.backendRefs ?? 0}`;
  const cached = nodeCache.get(entry);
  if (cached?.signature === signature) return cached.node;
  const node = createResourceNode(entry, facts, placement, usage);
  nodeCache.set(entry, { signature, node });
  return node;
}

// The last node made for each entry: an unchanged resource keeps the very same node object, so
// memoised canvas nodes do not re-render when another document changes.
const nodeCache = new WeakMap<ResourceEntry, { signature: string; node: GraphNode }>();

function createResourceNode(
  entry: ResourceEntry,
  facts: EntryFacts,
  placement: Placement,
  usage: Usage | undefined,
): GraphNode {
  const { id } = entry;
  const common = {
    id: entry.key,
    kind: id.kind,
    namespace: id.namespace,
    name: id.name,
    label: displayName(id),
    group: namespaceGroupId(id.namespace),
    ...placement,
  };
  switch (facts.type) {
    case 'gatewayClass':
      return { ...common, type: 'gatewayClass', controllerName: facts.controllerName };
    case 'gateway':
      return {
        ...common,
        type: 'gateway',
        gatewayClassName: facts.gatewayClassName,
        listeners: facts.listeners.map(listenerHandleOf),
      };
    case 'listenerSet':
      return {
        ...common,
        type: 'listenerSet',
        parent: facts.parentKey,
        listeners: facts.listeners.map(listenerHandleOf),
      };
    case 'route':
      return {
        ...common,
        type: 'route',
        kind: facts.kind,
        hostnames: facts.hostnames,
        rules: facts.rules,
      };
    case 'service':
      return {
        ...common,
        type: 'service',
        serviceType: facts.serviceType,
        ...(facts.clusterIP === undefined ? {} : { clusterIP: facts.clusterIP }),
        ports: facts.ports,
        frontend: { handle: FRONTEND_HANDLE, routes: usage?.meshParents ?? 0 },
        backend: { handle: BACKEND_HANDLE, references: usage?.backendRefs ?? 0 },
      };
    case 'referenceGrant':
      return { ...common, type: 'referenceGrant', from: facts.from, to: facts.to };
    case 'policy':
    case 'plain':
    case 'namespace':
      return { ...common, type: 'plain', apiVersion: entry.apiVersion };
    default:
      return assertNever(facts);
  }
}

function listenerHandleOf(listener: ListenerFact): ListenerHandle {
  const { routeKinds: _kinds, foreignSecrets: _secrets, ...handle } = listener;
  return handle;
}

function entryNode(entry: 'internet' | 'mesh', namespace: string): GraphNode {
  const internet = entry === 'internet';
  return {
    id: internet ? INTERNET_NODE_ID : meshEntryNodeId(namespace),
    kind: internet ? 'Internet' : 'MeshCallers',
    namespace,
    name: internet ? 'internet' : namespace,
    label: internet ? 'Internet' : `Mesh callers in ${namespace}`,
    group: internet ? null : namespaceGroupId(namespace),
    lane: internet ? 'north-south' : 'east-west',
    layer: LAYER.entry,
    type: 'entry',
    entry,
  };
}

function missingNode(key: string, missing: MissingTarget, usage: Usage): GraphNode {
  const { id } = missing;
  const asParent = missing.role === 'parent';
  const lane: Lane = asParent
    ? isServiceId(id)
      ? 'east-west'
      : 'north-south'
    : serviceLane(usage);
  return {
    id: key,
    kind: id.kind,
    namespace: id.namespace,
    name: id.name,
    label: displayName(id),
    group: namespaceGroupId(id.namespace),
    lane,
    layer: asParent ? LAYER.parent : LAYER.backend,
    type: 'missing',
    references: missing.references,
  };
}

function groupsOf(context: GraphContext, nodes: readonly GraphNode[]): GraphGroup[] {
  const namespaces = new Map<string, string | undefined>();
  const declared = new Map<string, string>();
  for (const { entry, facts } of context.known) {
    if (facts.type === 'namespace') declared.set(entry.id.name, entry.key);
  }
  for (const node of nodes) {
    if (node.group !== null && !namespaces.has(node.namespace)) {
      namespaces.set(node.namespace, declared.get(node.namespace));
    }
  }
  for (const [name, key] of declared) if (!namespaces.has(name)) namespaces.set(name, key);
  return [...namespaces].map(([namespace, resource]) => ({
    id: namespaceGroupId(namespace),
    namespace,
    label: namespace === '' ? 'cluster-scoped' : namespace,
    ...(resource === undefined ? {} : { resource }),
  }));
}
