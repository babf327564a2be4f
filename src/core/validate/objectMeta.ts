import { isPlainObject, ownField } from '../util/object.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import { type FieldError, jsonTypeOf } from './fieldError.ts';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelValueErrors,
  qualifiedNameErrors,
} from './k8sNames.ts';

/**
 * The checks the API server makes on `metadata` for every kind (`ValidateObjectMeta`): the name
 * format of the kind, the namespace, label and annotation keys and values, and the types of the
 * standard fields. CRD schemas leave `metadata` to these checks.
 */

/** Which name format a kind's names follow. */
export type NameFormat = 'dns1123Subdomain' | 'dns1123Label' | 'dns1035Label';

/** What the metadata checks found. */
export interface MetaFindings {
  readonly errors: FieldError[];
  readonly unknownFields: FieldPath[];
}

const fieldTypes: Readonly<Record<string, 'string' | 'integer' | 'map' | 'array' | 'timestamp'>> = {
  name: 'string',
  generateName: 'string',
  namespace: 'string',
  selfLink: 'string',
  uid: 'string',
  resourceVersion: 'string',
  generation: 'integer',
  creationTimestamp: 'timestamp',
  deletionTimestamp: 'timestamp',
  deletionGracePeriodSeconds: 'integer',
  labels: 'map',
  annotations: 'map',
  ownerReferences: 'array',
  finalizers: 'array',
  managedFields: 'array',
};

const nameChecks: Readonly<Record<NameFormat, (value: string) => string[]>> = {
  dns1123Subdomain: dns1123SubdomainErrors,
  dns1123Label: dns1123LabelErrors,
  dns1035Label: dns1035LabelErrors,
};

// The API server's limit on the total size of a resource's annotations.
const TOTAL_ANNOTATION_SIZE = 256 * 1024;

function typeError(path: FieldPath, value: unknown, expected: string): FieldError {
  const actual = jsonTypeOf(value);
  const at = formatPath(path);
  return {
    type: 'TypeInvalid',
    path,
    value: actual,
    detail: `${at} in body must be of type ${expected}: ${JSON.stringify(actual)}`,
  };
}

function typeMatches(value: unknown, type: (typeof fieldTypes)[string]): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'map':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'timestamp':
      return value === null || typeof value === 'string';
  }
}

/**
 * Checks a resource's `metadata`.
 *
 * @param metadata - The raw `metadata` value.
 * @param nameFormat - The name format of the resource's kind.
 * @param namespaced - Whether the kind lives in namespaces.
 * @returns Errors, and the fields ObjectMeta does not have.
 */
export function checkObjectMeta(
  metadata: unknown,
  nameFormat: NameFormat,
  namespaced: boolean,
): MetaFindings {
  const out: MetaFindings = { errors: [], unknownFields: [] };
  if (!isPlainObject(metadata)) {
    if (metadata !== undefined) out.errors.push(typeError(['metadata'], metadata, 'object'));
    return out;
  }
  for (const key of Object.keys(metadata)) {
    const type = Object.hasOwn(fieldTypes, key) ? fieldTypes[key] : undefined;
    if (type === undefined) out.unknownFields.push(['metadata', key]);
    else if (!typeMatches(metadata[key], type)) {
      out.errors.push(
        typeError(['metadata', key], metadata[key], type === 'map' ? 'object' : type),
      );
    }
  }
  const name = ownField(metadata, 'name');
  const namespace = ownField(metadata, 'namespace');
  const labels = ownField(metadata, 'labels');
  const annotations = ownField(metadata, 'annotations');
  if (typeof name === 'string' && name !== '') {
    for (const detail of nameChecks[nameFormat](name))
      out.errors.push({ type: 'Invalid', path: ['metadata', 'name'], value: name, detail });
  }
  // A cluster-scoped resource's namespace is cleared by the API server, so only namespaced
  // resources have theirs checked.
  if (namespaced && typeof namespace === 'string' && namespace !== '') {
    for (const detail of dns1123LabelErrors(namespace))
      out.errors.push({
        type: 'Invalid',
        path: ['metadata', 'namespace'],
        value: namespace,
        detail,
      });
  }
  if (isPlainObject(labels)) checkLabels(labels, out.errors);
  if (isPlainObject(annotations)) checkAnnotations(annotations, out.errors);
  return out;
}

function checkLabels(labels: Readonly<Record<string, unknown>>, errors: FieldError[]): void {
  for (const [key, value] of Object.entries(labels)) {
    for (const detail of qualifiedNameErrors(key))
      errors.push({ type: 'Invalid', path: ['metadata', 'labels'], value: key, detail });
    if (typeof value !== 'string') {
      errors.push(typeError(['metadata', 'labels', key], value, 'string'));
      continue;
    }
    for (const detail of labelValueErrors(value))
      errors.push({ type: 'Invalid', path: ['metadata', 'labels', key], value, detail });
  }
}

function checkAnnotations(
  annotations: Readonly<Record<string, unknown>>,
  errors: FieldError[],
): void {
  let size = 0;
  for (const [key, value] of Object.entries(annotations)) {
    for (const detail of qualifiedNameErrors(key.toLowerCase()))
      errors.push({ type: 'Invalid', path: ['metadata', 'annotations'], value: key, detail });
    if (typeof value !== 'string')
      errors.push(typeError(['metadata', 'annotations', key], value, 'string'));
    else size += key.length + value.length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) {
    errors.push({
      type: 'TooLong',
      path: ['metadata', 'annotations'],
      value: '',
      detail: `may not be more than ${TOTAL_ANNOTATION_SIZE} bytes`,
    });
  }
}
