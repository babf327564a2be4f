/**
 * Structural equality of JSON-like values (plain objects, arrays, primitives). Own keys only.
 *
 * @param a - One value.
 * @param b - Another.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return (a as readonly unknown[]).every((item, i) =>
      deepEqual(item, (b as readonly unknown[])[i]),
    );
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const bRecord = b as Readonly<Record<string, unknown>>;
  const aRecord = a as Readonly<Record<string, unknown>>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && deepEqual(aRecord[key], bRecord[key]));
}
