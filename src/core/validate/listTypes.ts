import { isPlainObject } from '../util/object.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { FieldError } from './fieldError.ts';
import type { SchemaData, SchemaNode } from './schemaData.ts';

/**
 * The uniqueness of `x-kubernetes-list-type: set` items and of `map` list keys, checked as the
 * API server does after defaulting (a key left out takes its default). Each item is keyed once,
 * so a long list costs linear time.
 *
 * @param items - The list items, defaults applied at the item level.
 * @param node - The list's schema node.
 * @param path - The list's path.
 * @param data - The schema table (for the defaults of map keys).
 * @returns A `Duplicate value` error for each repeated item or key.
 */
export function listTypeErrors(
  items: readonly unknown[],
  node: SchemaNode,
  path: FieldPath,
  data: SchemaData,
): FieldError[] {
  if (items.length < 2) return [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const itemNode = node.items === undefined ? undefined : data.nodes[node.items];
  items.forEach((item, i) => {
    let shown: unknown = item;
    let key: string;
    if (node.listType === 'map') {
      if (!isPlainObject(item)) return;
      const keys: Record<string, unknown> = {};
      for (const name of node.listMapKeys ?? []) {
        const child = itemNode?.properties?.[name];
        const fallback = child === undefined ? undefined : data.nodes[child]?.default;
        const value = Object.hasOwn(item, name) ? item[name] : fallback;
        if (value !== undefined) keys[name] = value;
      }
      shown = keys;
      key = stableKey(keys);
    } else key = stableKey(item);
    if (seen.has(key))
      errors.push({ type: 'Duplicate', path: [...path, i], value: shown, detail: '' });
    else seen.add(key);
  });
  return errors;
}

/** A text that is equal for equal JSON values (object keys in sorted order). */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableKey(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return value === undefined ? 'undefined' : `${typeof value}:${JSON.stringify(value)}`;
}
