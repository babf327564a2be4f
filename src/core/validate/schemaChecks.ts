import { assertNever } from '../util/assertNever.ts';
import { deepEqual } from '../util/deepEqual.ts';
import { isPlainObject } from '../util/object.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import { formatPath } from '../yaml/fieldPath.ts';
import { type FieldError, jsonTypeOf } from './fieldError.ts';
import { isIPv4Format, isIPv6Format } from './ipAddress.ts';
import { re2Find } from './re2.ts';
import type { SchemaData, SchemaNode } from './schemaData.ts';

/**
 * The checks of one schema node on one value that do not descend into children: type, enum,
 * format, string and number bounds, list and map sizes. Messages are the API server's (its
 * OpenAPI validator's text, wrapped as field errors by the CRD handler).
 */

/** Whether a value has the node's type. `null` is allowed only where the node is nullable. */
function typeMatches(value: unknown, node: SchemaNode): boolean {
  if (value === null) return node.nullable === true;
  if (node.intOrString) return typeof value === 'string' || Number.isInteger(value);
  switch (node.type) {
    case undefined:
      return true;
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return assertNever(node.type);
  }
}

/** The length of a string in Unicode code points, as Go's `utf8.RuneCountInString`. */
function runeCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    count++;
  }
  return count;
}

/** Formats the API server checks; any other format is accepted as it is. */
function formatMatches(format: string, value: string): boolean {
  switch (format) {
    case 'ipv4':
      return isIPv4Format(value);
    case 'ipv6':
      return isIPv6Format(value);
    case 'date-time':
      return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(
        value,
      );
    default:
      return true;
  }
}

/** Which of a node's checks failed first, for strings (the API server stops at the first). */
function stringErrors(value: string, node: SchemaNode, path: FieldPath): FieldError[] {
  // Bounds first: a huge value is never matched against a pattern.
  if (node.maxLength !== undefined && value.length > node.maxLength) {
    if (runeCount(value) > node.maxLength) {
      return [
        { type: 'TooLong', path, value, detail: `may not be more than ${node.maxLength} bytes` },
      ];
    }
  }
  if (node.minLength !== undefined && runeCount(value) < node.minLength) {
    return [
      {
        type: 'Invalid',
        path,
        value,
        detail: `${formatPath(path)} in body should be at least ${node.minLength} chars long`,
      },
    ];
  }
  if (node.pattern !== undefined && re2Find(node.pattern, value) === false) {
    return [
      {
        type: 'Invalid',
        path,
        value,
        detail: `${formatPath(path)} in body should match '${node.pattern}'`,
      },
    ];
  }
  if (node.format !== undefined && !formatMatches(node.format, value)) {
    return [
      {
        type: 'TypeInvalid',
        path,
        value,
        detail: `${formatPath(path)} in body must be of type ${node.format}: ${JSON.stringify(value)}`,
      },
    ];
  }
  return [];
}

function numberErrors(value: number, node: SchemaNode, path: FieldPath): FieldError[] {
  const errors: FieldError[] = [];
  const { maximum, minimum } = node;
  if (maximum !== undefined && (node.exclusiveMaximum ? value >= maximum : value > maximum)) {
    const bound = node.exclusiveMaximum ? 'less than' : 'less than or equal to';
    errors.push({
      type: 'Invalid',
      path,
      value,
      detail: `${formatPath(path)} in body should be ${bound} ${maximum}`,
    });
  }
  if (minimum !== undefined && (node.exclusiveMinimum ? value <= minimum : value < minimum)) {
    const bound = node.exclusiveMinimum ? 'greater than' : 'greater than or equal to';
    errors.push({
      type: 'Invalid',
      path,
      value,
      detail: `${formatPath(path)} in body should be ${bound} ${minimum}`,
    });
  }
  return errors;
}

/** The outcome of a node's own checks. */
export interface OwnCheck {
  readonly errors: readonly FieldError[];
  /** False when the value must not be descended into (wrong type, or a list over its bound). */
  readonly descend: boolean;
}

const PASSED: OwnCheck = { errors: Object.freeze([]), descend: true };

/**
 * Runs a node's own checks on a value.
 *
 * @param value - The value (defaults applied).
 * @param node - Its schema node.
 * @param path - Its field path.
 * @returns The errors, and whether to go on into its children.
 */
export function ownChecks(value: unknown, node: SchemaNode, path: FieldPath): OwnCheck {
  // The path is the walker's stack: formatted and copied only when a check fails.
  if (!typeMatches(value, node)) {
    const expected = node.intOrString ? 'integer,string' : (node.type ?? 'object');
    const actual = jsonTypeOf(value);
    const detail = `${formatPath(path)} in body must be of type ${expected}: ${JSON.stringify(actual)}`;
    return {
      errors: [{ type: 'TypeInvalid', path: path.slice(), value: actual, detail }],
      descend: false,
    };
  }
  const errors: FieldError[] = [];
  let descend = true;
  if (node.enum && !node.enum.some((allowed) => deepEqual(allowed, value))) {
    const supported = node.enum.map((allowed) =>
      typeof allowed === 'string'
        ? JSON.stringify(allowed)
        : JSON.stringify(JSON.stringify(allowed)),
    );
    errors.push({
      type: 'NotSupported',
      path,
      value,
      detail: `supported values: ${supported.join(', ')}`,
    });
  }
  if (typeof value === 'string') {
    const bounded = node.maxLength ?? node.minLength ?? node.pattern ?? node.format;
    if (bounded !== undefined) errors.push(...stringErrors(value, node, path));
  } else if (typeof value === 'number') {
    if (node.maximum !== undefined || node.minimum !== undefined)
      errors.push(...numberErrors(value, node, path));
  } else if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      const noun = node.maxItems === 1 ? 'item' : 'items';
      errors.push({
        type: 'TooMany',
        path,
        value: value.length,
        detail: `must have at most ${node.maxItems} ${noun}`,
      });
      // NOTE: the bound is checked before anything that costs per item, as the API server's
      // CEL guard does; the items of an over-long list are not examined.
      descend = false;
    } else if (node.minItems !== undefined && value.length < node.minItems) {
      errors.push({
        type: 'Invalid',
        path,
        value: value.length,
        detail: `${formatPath(path)} in body should have at least ${node.minItems} items`,
      });
    }
  } else if (isPlainObject(value) && (node.maxProperties ?? node.minProperties) !== undefined) {
    const count = Object.keys(value).length;
    if (node.maxProperties !== undefined && count > node.maxProperties) {
      const noun = node.maxProperties === 1 ? 'item' : 'items';
      errors.push({
        type: 'TooMany',
        path,
        value: count,
        detail: `must have at most ${node.maxProperties} ${noun}`,
      });
      descend = false;
    } else if (node.minProperties !== undefined && count < node.minProperties) {
      errors.push({
        type: 'Invalid',
        path,
        value: count,
        detail: `${formatPath(path)} in body should have at least ${node.minProperties} properties`,
      });
    }
  }
  if (errors.length === 0) return descend ? PASSED : { errors, descend };
  const fixed = path.slice();
  return { errors: errors.map((error) => ({ ...error, path: fixed })), descend };
}

/**
 * Whether a value satisfies a value-validation schema (the branches of `anyOf`, `oneOf`, `not`,
 * `allOf`), which constrain only what is present.
 *
 * @param data - The schema table.
 * @param value - The value.
 * @param index - The branch's node index.
 */
export function satisfies(data: SchemaData, value: unknown, index: number): boolean {
  const node = data.nodes[index];
  if (!node) return true;
  const own = ownChecks(value, node, []);
  if (own.errors.length > 0) return false;
  if (isPlainObject(value)) {
    for (const key of node.required ?? []) if (!Object.hasOwn(value, key)) return false;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (Object.hasOwn(value, key) && !satisfies(data, value[key], child)) return false;
    }
  }
  if (Array.isArray(value) && node.items !== undefined) {
    const items = node.items;
    if (!value.every((item: unknown) => satisfies(data, item, items))) return false;
  }
  return compositeErrors(data, value, node, []).length === 0;
}

/**
 * The `allOf`/`anyOf`/`oneOf`/`not` checks of a node. As the API server does, only the summary is
 * reported, not why each branch failed.
 *
 * @param data - The schema table.
 * @param value - The value.
 * @param node - The node.
 * @param path - The value's path.
 */
export function compositeErrors(
  data: SchemaData,
  value: unknown,
  node: SchemaNode,
  path: FieldPath,
): FieldError[] {
  const at = formatPath(path);
  const errors: FieldError[] = [];
  const invalid = (detail: string): FieldError => ({ type: 'Invalid', path, value: '', detail });
  for (const branch of node.allOf ?? []) {
    if (!satisfies(data, value, branch))
      errors.push(invalid(`${at} must validate all the schemas (allOf)`));
  }
  if (node.anyOf && !node.anyOf.some((branch) => satisfies(data, value, branch))) {
    errors.push(invalid(`${at} must validate at least one schema (anyOf)`));
  }
  if (node.oneOf) {
    const valid = node.oneOf.filter((branch) => satisfies(data, value, branch)).length;
    if (valid !== 1) {
      const found = valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`;
      errors.push(invalid(`${at} must validate one and only one schema (oneOf). ${found}`));
    }
  }
  if (node.not !== undefined && satisfies(data, value, node.not)) {
    errors.push(invalid(`${at} must not validate the schema (not)`));
  }
  return errors;
}
