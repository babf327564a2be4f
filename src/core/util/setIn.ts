/**
 * A copy of a JSON-like value with the value at `path` replaced (missing maps and lists created),
 * inserted into a list, or removed. Keys are defined as own properties, so a key such as
 * `__proto__` stays plain data. The input is not changed.
 */
export type DataChange =
  | { readonly op: 'set'; readonly value: unknown }
  | { readonly op: 'insert'; readonly index: number; readonly value: unknown }
  | { readonly op: 'delete' }
  | { readonly op: 'move'; readonly from: number; readonly to: number };

/**
 * Applies a change to a copy of `data` at `path`.
 *
 * @param data - JSON-like data.
 * @param path - Keys and indices.
 * @param change - What to do there.
 * @returns The changed copy.
 */
export function changeIn(
  data: unknown,
  path: readonly (string | number)[],
  change: DataChange,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    switch (change.op) {
      case 'set':
        return change.value;
      case 'insert': {
        const list = Array.isArray(data) ? [...(data as readonly unknown[])] : [];
        list.splice(change.index, 0, change.value);
        return list;
      }
      case 'delete':
        return undefined;
      case 'move': {
        const list = Array.isArray(data) ? [...(data as readonly unknown[])] : [];
        const [item] = list.splice(change.from, 1);
        list.splice(change.to, 0, item);
        return list;
      }
    }
  }
  if (typeof head === 'number') {
    const list = Array.isArray(data) ? [...(data as readonly unknown[])] : [];
    if (rest.length === 0 && change.op === 'delete') {
      list.splice(head, 1);
      return list;
    }
    list[head] = changeIn(list[head], rest, change);
    return list;
  }
  const record: Record<string, unknown> = {};
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const key of Object.keys(data))
      define(record, key, (data as Record<string, unknown>)[key]);
  }
  if (rest.length === 0 && change.op === 'delete') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) if (key !== head) define(out, key, record[key]);
    return out;
  }
  define(
    record,
    head,
    changeIn(Object.hasOwn(record, head) ? record[head] : undefined, rest, change),
  );
  return record;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
