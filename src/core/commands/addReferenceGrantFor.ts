import { createGrantIndex } from '../graph/grantIndex.ts';
import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { findResource, uniqueName } from './workspaceQueries.ts';

/** Arguments of {@link addReferenceGrantFor}. */
export interface AddReferenceGrantForArgs {
  /** The referring resource (a route, or a Gateway for certificates). */
  readonly from: ResourceId;
  /** The referenced object in another namespace (a Service, or a Secret). */
  readonly to: ResourceId;
}

/**
 * Permits one cross-namespace reference with a ReferenceGrant in the target's namespace, as
 * narrowly as the API allows: from the referrer's kind and namespace, to the one object by name.
 * A grant there that already lists the same `from` gets the new `to` entry; otherwise a new
 * grant is added (`allow-<kind>s-from-<namespace>`).
 *
 * @param workspace - The documents.
 * @param args - Who refers and to what.
 * @returns The patch (selecting the grant), or why no grant is needed.
 * @see https://gateway-api.sigs.k8s.io/api-types/referencegrant/
 */
export function addReferenceGrantFor(
  workspace: Workspace,
  args: AddReferenceGrantForArgs,
): CommandResult {
  const { from, to } = args;
  if (from.namespace === to.namespace) {
    return {
      error: `${displayName(from)} and ${displayName(to)} are in the same namespace: no grant is needed`,
    };
  }
  if (!findResource(workspace, from))
    return { error: `${displayName(from)} is not in the documents` };
  const existing = createGrantIndex(workspace.resources).permits(from, to);
  if (existing) {
    return { error: `${displayName(existing.grant.id)} already permits this reference` };
  }
  const toEntry = { group: to.group, kind: to.kind, name: to.name };
  for (const entry of workspace.resources) {
    if (entry.resource?.kind !== 'ReferenceGrant' || entry.id.namespace !== to.namespace) continue;
    const sameFrom = entry.resource.spec.from.some(
      (item) =>
        item.group === from.group && item.kind === from.kind && item.namespace === from.namespace,
    );
    if (!sameFrom || entry.resource.spec.to.length >= 16) continue;
    const index = entry.resource.spec.to.length;
    return {
      patches: [{ op: 'insert', target: entry.id, path: ['spec', 'to'], index, value: toEntry }],
      select: { target: entry.id, path: ['spec', 'to', index] },
      message: `${displayName(entry.id)} now also permits ${displayName(to)}`,
    };
  }
  const like = {
    group: 'gateway.networking.k8s.io',
    kind: 'ReferenceGrant',
    namespace: to.namespace,
  };
  const base = `allow-${from.kind.toLowerCase()}s-from-${from.namespace}`
    .slice(0, 240)
    .replace(/-+$/, '');
  const name = uniqueName(workspace, like, base);
  return {
    patches: [
      {
        op: 'addResource',
        value: {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'ReferenceGrant',
          metadata: { name, namespace: to.namespace },
          spec: {
            from: [{ group: from.group, kind: from.kind, namespace: from.namespace }],
            to: [toEntry],
          },
        },
      },
    ],
    select: { target: { ...like, name }, path: [] },
  };
}
