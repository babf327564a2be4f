import type { ResourceEntry } from '../yaml/workspace.ts';
import { type ResourceIndex, recordOf } from './resourceIndex.ts';

/** The referring side of a cross-namespace reference. */
export interface ReferenceFrom {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
}

/** The referred-to side of a cross-namespace reference. */
export interface ReferenceTo {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/** Answers whether a cross-namespace reference is permitted by a ReferenceGrant. */
export type ReferencePermission = (from: ReferenceFrom, to: ReferenceTo) => boolean;

/**
 * Builds the ReferenceGrant check (semantics.md F7). A reference from one namespace to another
 * is permitted when a ReferenceGrant in the **target** namespace has a `from` entry whose group,
 * kind and namespace all equal the referrer's, and a `to` entry whose group and kind equal the
 * target's and whose name is empty or equal to the target's name. Every field must match
 * exactly; `from` and `to` entries are each ORed. References within one namespace need no grant.
 *
 * @param index - The admitted resources (grants that are not admitted do not exist).
 * @returns The check.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#referencegrant
 */
export function createReferencePermission(index: ResourceIndex): ReferencePermission {
  const byNamespace = new Map<string, ResourceEntry[]>();
  for (const entry of index.ofKind('ReferenceGrant')) {
    const list = byNamespace.get(entry.id.namespace);
    if (list) list.push(entry);
    else byNamespace.set(entry.id.namespace, [entry]);
  }
  return (from, to) => {
    if (from.namespace === to.namespace) return true;
    for (const entry of byNamespace.get(to.namespace) ?? []) {
      const grant = recordOf(entry, 'ReferenceGrant');
      if (!grant) continue;
      const fromMatches = grant.spec.from.some(
        (f) => f.group === from.group && f.kind === from.kind && f.namespace === from.namespace,
      );
      if (!fromMatches) continue;
      const toMatches = grant.spec.to.some(
        (t) =>
          t.group === to.group &&
          t.kind === to.kind &&
          (t.name === undefined || t.name === '' || t.name === to.name),
      );
      if (toMatches) return true;
    }
    return false;
  };
}
