import { type ResourceId, displayName } from '../model/identity.ts';
import { type KnownKind, GATEWAY_GROUP, groupOfKind, isClusterScoped } from '../model/resource.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { DEFAULT_NAMES, templateSpec } from './resourceTemplates.ts';
import { findResource, nameProblem, uniqueName } from './workspaceQueries.ts';

/** Arguments of {@link addResource}. */
export interface AddResourceArgs {
  /** A kind of the palette. */
  readonly kind: KnownKind;
  /** Its namespace (ignored for cluster-scoped kinds); the workspace's default namespace by default. */
  readonly namespace?: string;
  /** Its name; by default the kind's name (`http-route`), made unique (`http-route-2`…). */
  readonly name?: string;
  /** Place it right after this resource's document; at the end by default. */
  readonly after?: ResourceId;
}

/**
 * Adds a new resource with valid defaults: a Gateway with an HTTP listener on port 80 and the
 * class of an existing GatewayClass, an HTTPRoute with one rule, a Service with one port, a
 * TCPRoute sending to a Service of its namespace, and so on (see `resourceTemplates.ts`).
 *
 * @param workspace - The documents.
 * @param args - The kind, and optionally namespace, name and position.
 * @returns The patch (selecting the new resource), or why it cannot be added.
 */
export function addResource(workspace: Workspace, args: AddResourceArgs): CommandResult {
  const { kind } = args;
  const group = groupOfKind(kind);
  const namespace = isClusterScoped(group, kind)
    ? ''
    : (args.namespace ?? workspace.options.defaultNamespace);
  if (namespace !== '') {
    const problem = nameProblem('Namespace', namespace);
    if (problem) return { error: problem };
  }
  const like = { group, kind, namespace };
  const name = args.name ?? uniqueName(workspace, like, DEFAULT_NAMES[kind]);
  const problem = nameProblem(kind, name);
  if (problem) return { error: problem };
  const id: ResourceId = { ...like, name };
  if (findResource(workspace, id)) return { error: `${displayName(id)} already exists` };
  const spec = templateSpec(workspace, kind, namespace, name);
  const value = {
    apiVersion: group === '' ? 'v1' : `${GATEWAY_GROUP}/v1`,
    kind,
    metadata: namespace === '' ? { name } : { name, namespace },
    ...(spec === undefined ? {} : { spec }),
  };
  return {
    patches: [{ op: 'addResource', value, ...(args.after ? { after: args.after } : {}) }],
    select: { target: id, path: [] },
  };
}
