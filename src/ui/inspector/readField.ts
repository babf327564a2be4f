import type { FieldPath } from '../../core/index.ts';

/**
 * The value at a path of a resource's data as written (own keys only; `__proto__` and friends
 * are plain keys here).
 *
 * @param data - The resource's raw data.
 * @param path - The field path.
 * @returns The value, or undefined when the path leads nowhere.
 */
export function readField(data: unknown, path: FieldPath): unknown {
  let value: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return undefined;
      value = value[segment];
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      if (!Object.hasOwn(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}

/** The value as text for an input: strings as they are, numbers and booleans written out. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The items of a list field (an empty list when it is absent or not a list). */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The entries of a map field with string values, in the order written. */
export function entriesOf(value: unknown): [string, string][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value).map((key) => [key, textOf((value as Record<string, unknown>)[key])]);
}
