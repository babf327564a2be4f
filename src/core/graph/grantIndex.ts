import type { ResourceId } from '../model/identity.ts';
import type { ReferenceGrant } from '../model/policy.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';

/** A ReferenceGrant entry that permits a reference: which grant, and which of its `from` entries. */
export interface GrantMatch {
  readonly grant: ResourceEntry;
  readonly fromIndex: number;
}

/** The ReferenceGrants of a workspace, by the namespace they live in (the target namespace). */
export interface GrantIndex {
  /**
   * Finds a grant permitting a reference across namespaces. Every field must match exactly
   * (semantics.md (f) F7); `to.name` left out permits every object of the kind.
   *
   * @param from - The referring resource (its group, kind and namespace count).
   * @param to - The referenced object.
   * @returns The first permitting grant entry, or undefined.
   */
  readonly permits: (from: ResourceId, to: ResourceId) => GrantMatch | undefined;
}

/**
 * Indexes the ReferenceGrants among some resources.
 *
 * @param entries - Resources of the workspace (other kinds are skipped).
 * @returns The index.
 * @see https://gateway-api.sigs.k8s.io/api-types/referencegrant/
 */
export function createGrantIndex(entries: readonly ResourceEntry[]): GrantIndex {
  const byNamespace = new Map<string, { entry: ResourceEntry; grant: ReferenceGrant }[]>();
  for (const entry of entries) {
    if (entry.resource?.kind !== 'ReferenceGrant') continue;
    const list = byNamespace.get(entry.id.namespace) ?? [];
    list.push({ entry, grant: entry.resource });
    byNamespace.set(entry.id.namespace, list);
  }
  return {
    permits(from, to) {
      for (const { entry, grant } of byNamespace.get(to.namespace) ?? []) {
        const allowsTarget = grant.spec.to.some(
          (item) =>
            item.group === to.group &&
            item.kind === to.kind &&
            (item.name === undefined || item.name === '' || item.name === to.name),
        );
        if (!allowsTarget) continue;
        const fromIndex = grant.spec.from.findIndex(
          (item) =>
            item.group === from.group &&
            item.kind === from.kind &&
            item.namespace === from.namespace,
        );
        if (fromIndex >= 0) return { grant: entry, fromIndex };
      }
      return undefined;
    },
  };
}
