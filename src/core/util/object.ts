/**
 * Safe access to untrusted objects parsed from YAML or JSON. A key such as `constructor` or
 * `__proto__` is plain data: reading it never reaches `Object.prototype`.
 */

/** A plain object (not null, not an array). */
export type PlainObject = Readonly<Record<string, unknown>>;

/**
 * Whether a value is a plain object (a YAML mapping), as opposed to an array, scalar or null.
 *
 * @param value - Any value.
 * @returns True for non-null, non-array objects.
 */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property of an untrusted object; inherited properties are never returned.
 *
 * @param value - Any value.
 * @param key - The property name.
 * @returns The own property's value, or undefined.
 */
export function ownField(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Creates an empty object without a prototype, for maps keyed by user data.
 *
 * @returns A fresh null-prototype object.
 */
export function createDictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
