import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';

/**
 * The kinds of field errors the Kubernetes API server reports (`k8s.io/apimachinery`
 * `pkg/util/validation/field`), with the words its messages use.
 */
export type FieldErrorType =
  | 'Invalid'
  | 'TypeInvalid'
  | 'Required'
  | 'NotSupported'
  | 'TooMany'
  | 'TooLong'
  | 'Duplicate'
  | 'Forbidden';

/** A value left out of the message (the API server's `omitValue`). */
export const OMIT_VALUE: unique symbol = Symbol('omitValue');

/**
 * One finding of the API server's validation, before it is placed in the text.
 *
 * @see https://pkg.go.dev/k8s.io/apimachinery/pkg/util/validation/field#Error
 */
export interface FieldError {
  readonly type: FieldErrorType;
  readonly path: FieldPath;
  /** The offending value as the message prints it, or {@link OMIT_VALUE}. */
  readonly value: unknown;
  readonly detail: string;
}

const words: Readonly<Record<FieldErrorType, string>> = {
  Invalid: 'Invalid value',
  TypeInvalid: 'Invalid value',
  Required: 'Required value',
  NotSupported: 'Unsupported value',
  TooMany: 'Too many',
  TooLong: 'Too long',
  Duplicate: 'Duplicate value',
  Forbidden: 'Forbidden',
};

/**
 * The message as `kubectl` prints it: `path: Type: value: detail`, e.g.
 * `spec.rules[0].backendRefs[1].weight: Invalid value: 2000000: spec.rules[0].backendRefs[1].weight in body should be less than or equal to 1000000`.
 *
 * @param error - The field error.
 * @returns The message.
 */
export function formatFieldError(error: FieldError): string {
  const path = formatPath(error.path);
  let body = words[error.type];
  const valueShown =
    error.type !== 'Required' &&
    error.type !== 'Forbidden' &&
    error.type !== 'TooLong' &&
    error.value !== OMIT_VALUE;
  if (valueShown) body += `: ${goValue(error.value)}`;
  if (error.detail) body += `: ${error.detail}`;
  return path ? `${path}: ${body}` : body;
}

/**
 * Prints a value the way Go's `fmt` prints it in API server messages: strings quoted, numbers
 * and booleans bare, `null` for nil, and maps and lists in `%#v` form
 * (`map[string]interface {}{"name":"http"}`), keys sorted as Go sorts them.
 *
 * @param value - A JSON-like value.
 */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) {
    return `[]interface {}{${(value as readonly unknown[]).map(goInner).join(', ')}}`;
  }
  if (typeof value === 'object') return `map[string]interface {}{${goEntries(value)}}`;
  // Parsed documents hold nothing else; a function or symbol is shown by its type.
  return JSON.stringify(typeof value);
}

function goInner(value: unknown): string {
  if (Array.isArray(value)) return `[]interface {}{${value.map(goInner).join(', ')}}`;
  if (typeof value === 'object' && value !== null)
    return `map[string]interface {}{${goEntries(value)}}`;
  return goValue(value);
}

function goEntries(value: object): string {
  return Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${goInner((value as Record<string, unknown>)[key])}`)
    .join(', ');
}

/**
 * The JSON type name of a value, as OpenAPI type errors name it.
 *
 * @param value - Any parsed value.
 */
export function jsonTypeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  switch (type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'bigint':
      return 'integer';
    case 'object':
      return 'object';
    case 'undefined':
    case 'function':
    case 'symbol':
      return type;
  }
}
