import { isPlainObject } from '../util/object.ts';
import type { SchemaNode } from './schemaData.ts';

/**
 * How resource data looks to CEL rules, as the API server presents it: integers are CEL `int`
 * (BigInt), `number` fields are `double`, maps are maps (`Map`, so that user keys such as
 * `constructor` are plain data), and schema properties carry escaped names.
 */

// CEL's reserved words (the API server escapes them; `namespace` is the one Gateway API uses).
const reserved = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);

const escapes: Readonly<Record<string, string>> = {
  __: '__underscores__',
  '.': '__dot__',
  '-': '__dash__',
  '/': '__slash__',
};

/**
 * A property name as CEL rules reach it (`namespace` → `__namespace__`, `a-b` → `a__dash__b`),
 * or an empty string for names rules cannot reach (they are left out of the CEL value).
 *
 * @param name - The property name.
 * @see https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#escaping
 */
export function escapeCelProperty(name: string): string {
  if (name === '' || /^[0-9]/.test(name)) return '';
  if (reserved.has(name)) return `__${name}__`;
  if (/^[A-Za-z0-9_]*$/.test(name) && !name.includes('__')) return name;
  // Characters other than letters, digits, `_`, `.`, `-` and `/` make a name unreachable.
  if (/[^A-Za-z0-9_./-]/.test(name)) return '';
  return name.replace(/__|[-./]/g, (match) => escapes[match] ?? match);
}

/**
 * A scalar of a typed field as CEL sees it.
 *
 * @param value - The value (of the node's type).
 * @param node - Its schema node.
 */
export function toCelTyped(value: unknown, node: SchemaNode): unknown {
  if (typeof value === 'number') {
    return node.type === 'number' || !Number.isInteger(value) ? value : BigInt(value);
  }
  return toCelGeneric(value);
}

/**
 * Untyped data (preserved unknown fields, or a value of the wrong type) as CEL sees it.
 *
 * @param value - Any parsed value.
 */
export function toCelGeneric(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCelGeneric);
  if (isPlainObject(value)) {
    const map = new Map<string, unknown>();
    for (const key of Object.keys(value)) map.set(key, toCelGeneric(value[key]));
    return map;
  }
  return value;
}
