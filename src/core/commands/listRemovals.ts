import { startsWithPath, type FieldPath } from '../yaml/fieldPath.ts';
import type { Patch } from '../yaml/patch.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';

/** One list item to remove from a resource. */
export interface ListRemoval {
  readonly entry: ResourceEntry;
  readonly list: FieldPath;
  readonly index: number;
}

/** What to do with a list whose every item is removed. */
export type EmptiedList = 'deleteField' | 'deleteResource' | 'keep';

/** The patches for some removals, and the resources that are to go entirely. */
export interface RemovalPlan {
  readonly patches: Patch[];
  /** Resources whose required list would be emptied and that are removed instead. */
  readonly removedResources: ResourceEntry[];
  /** Removals that were not made because they would empty a list that must keep an item. */
  readonly kept: ListRemoval[];
}

/**
 * Plans list-item removals as patches that stay valid when applied in order: within a
 * resource, later items go first (so earlier indices do not move) and an item inside another
 * removed item is skipped. A list whose every item goes is deleted as a field (an empty list
 * and a missing one mean the same), or, when `onEmpty` says so, its resource goes or its items
 * stay.
 *
 * @param removals - The items to remove.
 * @param onEmpty - What to do when a list would be emptied.
 * @returns The plan.
 */
export function planRemovals(
  removals: readonly ListRemoval[],
  onEmpty: (entry: ResourceEntry, list: FieldPath) => EmptiedList,
): RemovalPlan {
  const byList = new Map<string, { entry: ResourceEntry; list: FieldPath; indices: Set<number> }>();
  for (const removal of removals) {
    const key = `${removal.entry.key}\u0000${JSON.stringify(removal.list)}`;
    const group = byList.get(key) ?? {
      entry: removal.entry,
      list: removal.list,
      indices: new Set(),
    };
    group.indices.add(removal.index);
    byList.set(key, group);
  }
  const removedResources: ResourceEntry[] = [];
  const kept: ListRemoval[] = [];
  const deletions = new Map<ResourceEntry, FieldPath[]>();
  for (const { entry, list, indices } of byList.values()) {
    const items = valueAt(entry.raw, list);
    const length = Array.isArray(items) ? items.length : 0;
    const paths = deletions.get(entry) ?? [];
    deletions.set(entry, paths);
    if (indices.size < length) {
      for (const index of indices) paths.push([...list, index]);
      continue;
    }
    switch (onEmpty(entry, list)) {
      case 'deleteField':
        paths.push(list);
        break;
      case 'deleteResource':
        if (!removedResources.includes(entry)) removedResources.push(entry);
        break;
      case 'keep':
        for (const index of indices) kept.push({ entry, list, index });
        break;
    }
  }
  const patches: Patch[] = [];
  for (const [entry, paths] of deletions) {
    if (removedResources.includes(entry)) continue;
    const sorted = [...paths].sort(comparePathsDescending);
    sorted.forEach((path, i) => {
      // A path inside one removed before it (sorted descending, the container comes later).
      if (
        sorted.some(
          (other, j) => j !== i && other.length < path.length && startsWithPath(other, path),
        )
      )
        return;
      patches.push({ op: 'delete', target: entry.id, path });
    });
  }
  for (const entry of removedResources) patches.push({ op: 'removeResource', target: entry.id });
  return { patches, removedResources, kept };
}

/**
 * Orders paths so that applying deletions in this order never moves a later one: later list
 * items first, and deeper paths before their containers.
 *
 * @param a - One path.
 * @param b - Another.
 */
export function comparePathsDescending(a: FieldPath, b: FieldPath): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/**
 * The value at a path of raw parsed data (own properties only).
 *
 * @param data - Parsed YAML data.
 * @param path - Keys and indices.
 */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = (current as readonly unknown[])[key];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current))
        return undefined;
      if (!Object.hasOwn(current, key)) return undefined;
      current = (current as Readonly<Record<string, unknown>>)[key];
    }
  }
  return current;
}
