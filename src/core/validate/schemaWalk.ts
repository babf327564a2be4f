import { createDictionary, isPlainObject } from '../util/object.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import { escapeCelProperty, toCelGeneric, toCelTyped } from './celValue.ts';
import type { FieldError } from './fieldError.ts';
import { listTypeErrors } from './listTypes.ts';
import { compositeErrors, ownChecks } from './schemaChecks.ts';
import type { SchemaData, SchemaNode } from './schemaData.ts';

/** Where `x-kubernetes-validations` rules apply: the rules, the field, and its CEL value. */
export interface RuleSite {
  readonly rules: readonly number[];
  readonly path: FieldPath;
  readonly self: unknown;
}

/** What one pass of a resource against its schema found and built. */
export interface SchemaWalk {
  readonly errors: FieldError[];
  /** Fields the schema does not know (the API server prunes them). */
  readonly unknownFields: FieldPath[];
  /** Where rules apply, in document order. */
  readonly ruleSites: RuleSite[];
}

/** A property of an object node, prepared once per node. */
interface Property {
  readonly name: string;
  readonly index: number;
  readonly node: SchemaNode | undefined;
  /** The name CEL rules use (`namespace` → `__namespace__`), or `''` when rules cannot reach it. */
  readonly celName: string;
  readonly required: boolean;
}

const prepared = new WeakMap<SchemaNode, readonly Property[]>();

function propertiesOf(data: SchemaData, node: SchemaNode): readonly Property[] {
  let properties = prepared.get(node);
  if (!properties) {
    const required = new Set(node.required ?? []);
    properties = Object.entries(node.properties ?? {}).map(([name, index]) => ({
      name,
      index,
      node: data.nodes[index],
      celName: escapeCelProperty(name),
      required: required.has(name),
    }));
    prepared.set(node, properties);
  }
  return properties;
}

/** The state of one walk; `path` is a stack, copied only where a finding keeps it. */
interface Walker {
  readonly data: SchemaData;
  readonly out: SchemaWalk;
  readonly path: (string | number)[];
}

/**
 * Walks a resource against its structural schema the way the API server admits it: defaults are
 * applied and `null`s of non-nullable fields dropped first, unknown fields are pruned (and
 * reported), then every value is checked. The same pass builds the value CEL rules see: integers
 * as CEL `int`, property names escaped (`namespace` → `__namespace__`), maps as `Map`s.
 *
 * @param data - The schema table.
 * @param value - The resource data (never modified).
 * @param root - The root node of its kind and version.
 * @param skipRoot - Top-level fields checked elsewhere (`metadata`) or ignored (`status`).
 * @returns The findings and the rule sites.
 */
export function walkSchema(
  data: SchemaData,
  value: unknown,
  root: number,
  skipRoot: ReadonlySet<string>,
): SchemaWalk {
  const walker: Walker = { data, out: { errors: [], unknownFields: [], ruleSites: [] }, path: [] };
  visit(walker, value, root, skipRoot);
  return walker.out;
}

function visit(walker: Walker, value: unknown, index: number, skip?: ReadonlySet<string>): unknown {
  const node = walker.data.nodes[index];
  if (!node) return value;
  const { out, path } = walker;
  const own = ownChecks(value, node, path);
  if (own.errors.length > 0) out.errors.push(...own.errors);
  let converted: unknown;
  if (!own.descend) converted = toCelGeneric(value);
  else if (Array.isArray(value)) converted = visitList(walker, value, node);
  else if (isPlainObject(value) && (node.type === 'object' || node.properties)) {
    converted = node.properties
      ? visitObject(walker, value, node, skip)
      : visitMap(walker, value, node);
  } else converted = toCelTyped(value, node);
  if (node.allOf || node.anyOf || node.oneOf || node.not !== undefined) {
    out.errors.push(...compositeErrors(walker.data, value, node, path.slice()));
  }
  // Rules run only when no error blocks them (checkResource decides), so a site is kept even
  // when this value has an error that does not block them (a bound, a pattern).
  if (node.rules) out.ruleSites.push({ rules: node.rules, path: path.slice(), self: converted });
  return converted;
}

function visitList(walker: Walker, list: readonly unknown[], node: SchemaNode): unknown[] {
  const { items } = node;
  const itemNode = items === undefined ? undefined : walker.data.nodes[items];
  // A null item takes the item default when there is one, as the API server's defaulting does.
  const fill = itemNode?.default !== undefined && !itemNode.nullable;
  const defaulted = fill ? list.map((item) => (item === null ? itemNode.default : item)) : list;
  const converted = new Array<unknown>(defaulted.length);
  for (let i = 0; i < defaulted.length; i++) {
    const item = defaulted[i];
    if (items === undefined) converted[i] = toCelGeneric(item);
    else {
      walker.path.push(i);
      converted[i] = visit(walker, item, items);
      walker.path.pop();
    }
  }
  if (node.listType === 'set' || node.listType === 'map') {
    walker.out.errors.push(...listTypeErrors(defaulted, node, walker.path.slice(), walker.data));
  }
  return converted;
}

function visitObject(
  walker: Walker,
  object: Readonly<Record<string, unknown>>,
  node: SchemaNode,
  skip?: ReadonlySet<string>,
): unknown {
  const { out, path } = walker;
  const converted = createDictionary<unknown>();
  let known = 0;
  for (const property of propertiesOf(walker.data, node)) {
    const { name, node: child } = property;
    if (skip?.has(name)) continue;
    const own = Object.hasOwn(object, name);
    if (own) known++;
    let value = own ? object[name] : undefined;
    // Non-nullable nulls are dropped before defaulting (Kubernetes 1.20+), then defaults fill
    // absent fields.
    if (value === null && !child?.nullable) value = undefined;
    if (value === undefined && child?.default !== undefined) value = child.default;
    if (value === undefined) {
      if (property.required)
        out.errors.push({ type: 'Required', path: [...path, name], value: undefined, detail: '' });
      continue;
    }
    path.push(name);
    const celValue = visit(walker, value, property.index);
    path.pop();
    if (property.celName) converted[property.celName] = celValue;
  }
  if (known < Object.keys(object).length) unknownKeys(walker, object, node, skip);
  return converted;
}

function unknownKeys(
  walker: Walker,
  object: Readonly<Record<string, unknown>>,
  node: SchemaNode,
  skip?: ReadonlySet<string>,
): void {
  const properties = node.properties ?? {};
  for (const key of Object.keys(object)) {
    if (Object.hasOwn(properties, key) || skip?.has(key)) continue;
    if (node.additionalProperties !== undefined) {
      // An object with both properties and additionalProperties is not structural; such keys
      // are still checked against additionalProperties, but stay out of the CEL value.
      walker.path.push(key);
      visit(walker, object[key], node.additionalProperties);
      walker.path.pop();
    } else if (!node.preserveUnknownFields) walker.out.unknownFields.push([...walker.path, key]);
  }
}

function visitMap(
  walker: Walker,
  object: Readonly<Record<string, unknown>>,
  node: SchemaNode,
): unknown {
  const values = node.additionalProperties;
  if (values === undefined) {
    if (node.preserveUnknownFields) return toCelGeneric(object);
    for (const key of Object.keys(object)) walker.out.unknownFields.push([...walker.path, key]);
    return new Map<string, unknown>();
  }
  const converted = new Map<string, unknown>();
  for (const key of Object.keys(object)) {
    walker.path.push(key);
    converted.set(key, visit(walker, object[key], values));
    walker.path.pop();
  }
  return converted;
}
