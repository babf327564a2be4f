import { listenerRouteKinds } from '../graph/listenerRouteKinds.ts';
import { parentRefTarget } from '../graph/refTargets.ts';
import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { choosePort, requireResource, requireRoute } from './workspaceQueries.ts';

/** Arguments of {@link attachRouteToParent}. */
export interface AttachRouteToParentArgs {
  readonly route: ResourceId;
  /** A Gateway, a ListenerSet or a Service. */
  readonly parent: ResourceId;
  /** For a Gateway or ListenerSet: the listener's name. */
  readonly listener?: string;
  /** For a Service: the port (asked for when the Service has several). */
  readonly port?: number;
}

/**
 * Attaches a route to a parent with a new parentRef: a listener of a Gateway or ListenerSet
 * (`sectionName`), or a Service's frontend for mesh routing (`group: ""`, `kind: Service`,
 * `port`). The namespace is written when the parent is in another one. It refuses what would
 * break the document or change nothing: a listener whose protocol does not take the route's
 * kind, a parent the route is already attached to, and a second reference to the same parent
 * next to one without a `sectionName` (the CRD requires distinct `sectionName`s then).
 *
 * @param workspace - The documents.
 * @param args - The route, the parent and the listener or port.
 * @returns The patch (selecting the new parentRef), or why it cannot be made.
 */
export function attachRouteToParent(
  workspace: Workspace,
  args: AttachRouteToParentArgs,
): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  const parent = requireResource(workspace, args.parent);
  if ('error' in parent) return parent;
  const parentName = displayName(parent.entry.id);
  const namespace = entry.id.namespace;
  const ref: Record<string, unknown> = {};
  switch (parent.resource.kind) {
    case 'Gateway':
    case 'ListenerSet': {
      if (args.listener === undefined) return { error: `Choose a listener of ${parentName}` };
      const listener = parent.resource.spec.listeners.find((item) => item.name === args.listener);
      if (!listener) return { error: `${parentName} has no listener named ${args.listener}` };
      const kinds = listenerRouteKinds(listener);
      if (!kinds.includes(route.kind)) {
        return {
          error: `Listener ${listener.name} (${listener.protocol}) of ${parentName} does not take ${route.kind}s${kinds.length > 0 ? `; it takes ${kinds.join(', ')}` : ''}`,
        };
      }
      if (parent.resource.kind === 'ListenerSet') ref['kind'] = 'ListenerSet';
      ref['name'] = parent.entry.id.name;
      if (parent.entry.id.namespace !== namespace) ref['namespace'] = parent.entry.id.namespace;
      ref['sectionName'] = listener.name;
      break;
    }
    case 'Service': {
      const port = choosePort(parent.resource, parent.entry.id, args.port);
      if (typeof port !== 'number') return port;
      ref['group'] = '';
      ref['kind'] = 'Service';
      ref['name'] = parent.entry.id.name;
      if (parent.entry.id.namespace !== namespace) ref['namespace'] = parent.entry.id.namespace;
      ref['port'] = port;
      break;
    }
    case 'GatewayClass':
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
    case 'ReferenceGrant':
    case 'BackendTLSPolicy':
    case 'Namespace':
      return {
        error: `${parentName} cannot be a route's parent: choose a Gateway listener or a Service`,
      };
  }
  const existing = route.spec.parentRefs ?? [];
  for (const other of existing) {
    if (!sameResource(parentRefTarget(namespace, other), parent.entry.id)) continue;
    if (other.sectionName === undefined && other.port === undefined) {
      return { error: `${displayName(entry.id)} is already attached to all of ${parentName}` };
    }
    if (other.sectionName === ref['sectionName'] && other.port === ref['port']) {
      return { error: `${displayName(entry.id)} is already attached there` };
    }
    if (other.sectionName === undefined || ref['sectionName'] === undefined) {
      return {
        error: `${displayName(entry.id)} already refers to ${parentName}; two references to one parent need distinct sectionNames, so edit that parentRef instead`,
      };
    }
  }
  return {
    patches: [
      {
        op: 'insert',
        target: entry.id,
        path: ['spec', 'parentRefs'],
        index: existing.length,
        value: ref,
      },
    ],
    select: { target: entry.id, path: ['spec', 'parentRefs', existing.length] },
  };
}
