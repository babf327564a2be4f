/**
 * Compiles the Gateway API CRDs (and the hand-written core v1 schemas) into the table the
 * validator interprets at run time (`src/core/validate/schemaData.ts`): descriptions dropped,
 * Kubernetes extensions renamed, identical nodes stored once across kinds, versions and channels.
 * Throws on any schema keyword it does not know, so a new CRD release that needs more handling
 * fails loudly instead of validating less.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import type {
  Channel,
  KindSchema,
  KindVersion,
  SchemaData,
  SchemaNode,
  ValidationRule,
} from '../../src/core/validate/schemaData.ts';
import { coreV1Kinds } from './coreV1Schemas.ts';

type JsonObject = { readonly [key: string]: unknown };

const CHANNELS: readonly Channel[] = ['standard', 'experimental'];

// Keywords with no effect on validation.
const IGNORED = new Set([
  'description',
  'title',
  'example',
  'externalDocs',
  'x-kubernetes-map-type',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

class Table {
  readonly nodes: SchemaNode[] = [];
  readonly rules: ValidationRule[] = [];
  private readonly nodeIndex = new Map<string, number>();
  private readonly ruleIndex = new Map<string, number>();

  node(node: SchemaNode): number {
    // Keys in one order, so that nodes written in a different key order are stored once.
    const sorted = Object.fromEntries(
      Object.entries(node).sort(([a], [b]) => (a < b ? -1 : 1)),
    ) as SchemaNode;
    const key = JSON.stringify(sorted);
    let index = this.nodeIndex.get(key);
    if (index === undefined) {
      index = this.nodes.length;
      this.nodes.push(sorted);
      this.nodeIndex.set(key, index);
    }
    return index;
  }

  rule(rule: ValidationRule): number {
    const key = JSON.stringify(rule);
    let index = this.ruleIndex.get(key);
    if (index === undefined) {
      index = this.rules.length;
      this.rules.push(rule);
      this.ruleIndex.set(key, index);
    }
    return index;
  }
}

function compileRule(raw: unknown, where: string): ValidationRule {
  if (!isObject(raw) || typeof raw['rule'] !== 'string') throw new Error(`${where}: bad rule`);
  const rule: Record<string, unknown> = { rule: raw['rule'] };
  for (const key of ['message', 'messageExpression', 'reason', 'fieldPath', 'optionalOldSelf']) {
    const value = own(raw, key);
    if (value !== undefined) rule[key] = value;
  }
  const unknown = Object.keys(raw).filter((key) => !(key in rule));
  if (unknown.length > 0) throw new Error(`${where}: unknown rule keys ${unknown.join(', ')}`);
  return rule as unknown as ValidationRule;
}

/**
 * Compiles one OpenAPI v3 schema node (recursively) into the table.
 *
 * @param table - Where nodes and rules go.
 * @param schema - The node as the CRD writes it.
 * @param where - A path for error messages.
 * @returns The node's index.
 */
function compileNode(table: Table, schema: unknown, where: string): number {
  if (!isObject(schema)) throw new Error(`${where}: schema is not an object`);
  const out: Record<string, unknown> = {};
  const child = (value: unknown, suffix: string): number =>
    compileNode(table, value, `${where}${suffix}`);
  for (const [key, value] of Object.entries(schema)) {
    if (IGNORED.has(key)) continue;
    switch (key) {
      case 'type':
      case 'nullable':
      case 'required':
      case 'enum':
      case 'pattern':
      case 'format':
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties':
      case 'default':
        out[key] = value;
        break;
      case 'properties': {
        if (!isObject(value)) throw new Error(`${where}: properties is not an object`);
        const properties: Record<string, number> = {};
        for (const name of Object.keys(value).sort()) {
          properties[name] = child(value[name], `.${name}`);
        }
        out['properties'] = properties;
        break;
      }
      case 'items':
        out['items'] = child(value, '[]');
        break;
      case 'additionalProperties':
        if (value === false) break;
        if (value === true)
          throw new Error(`${where}: additionalProperties: true is not structural`);
        out['additionalProperties'] = child(value, '{}');
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        if (!Array.isArray(value)) throw new Error(`${where}: ${key} is not a list`);
        out[key] = value.map((item: unknown, i) => child(item, `.${key}[${i}]`));
        break;
      case 'not':
        out['not'] = child(value, '.not');
        break;
      case 'x-kubernetes-preserve-unknown-fields':
        if (value === true) out['preserveUnknownFields'] = true;
        break;
      case 'x-kubernetes-embedded-resource':
        if (value === true) out['embeddedResource'] = true;
        break;
      case 'x-kubernetes-int-or-string':
        if (value === true) out['intOrString'] = true;
        break;
      case 'x-kubernetes-list-type':
        out['listType'] = value;
        break;
      case 'x-kubernetes-list-map-keys':
        out['listMapKeys'] = value;
        break;
      case 'x-kubernetes-validations':
        if (!Array.isArray(value)) throw new Error(`${where}: validations is not a list`);
        out['rules'] = value.map((rule: unknown) => table.rule(compileRule(rule, where)));
        break;
      default:
        throw new Error(`${where}: unknown schema keyword "${key}"`);
    }
  }
  return table.node(out);
}

interface CrdDocument {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly bundleVersion: string;
  readonly versions: readonly JsonObject[];
}

function readCrds(directory: string): CrdDocument[] {
  const out: CrdDocument[] = [];
  for (const file of readdirSync(directory).sort()) {
    if (!file.endsWith('.yaml')) continue;
    for (const document of loadAll(readFileSync(join(directory, file), 'utf8'))) {
      if (!isObject(document) || document['kind'] !== 'CustomResourceDefinition') continue;
      const spec = own(document, 'spec');
      const metadata = own(document, 'metadata');
      if (!isObject(spec) || !isObject(metadata)) throw new Error(`${file}: not a CRD`);
      const names = own(spec, 'names');
      const annotations = own(metadata, 'annotations');
      const versions = own(spec, 'versions');
      const bundleVersion = isObject(annotations)
        ? own(annotations, 'gateway.networking.k8s.io/bundle-version')
        : undefined;
      if (!isObject(names) || !Array.isArray(versions) || typeof bundleVersion !== 'string')
        throw new Error(`${file}: not a Gateway API CRD`);
      out.push({
        group: String(own(spec, 'group')),
        kind: String(own(names, 'kind')),
        scope: own(spec, 'scope') === 'Cluster' ? 'Cluster' : 'Namespaced',
        bundleVersion,
        versions: versions.filter(isObject),
      });
    }
  }
  return out;
}

function compileVersion(table: Table, crd: CrdDocument, version: JsonObject): KindVersion {
  const name = String(own(version, 'name'));
  const schema = own(version, 'schema');
  const root = isObject(schema) ? own(schema, 'openAPIV3Schema') : undefined;
  const warning = own(version, 'deprecationWarning');
  return {
    name,
    served: own(version, 'served') === true,
    ...(own(version, 'deprecated') === true ? { deprecated: true } : {}),
    ...(typeof warning === 'string' ? { deprecationWarning: warning } : {}),
    schema: compileNode(table, root, `${crd.kind}/${name}`),
  };
}

/**
 * Compiles every CRD of both channels and the core v1 kinds into one table.
 *
 * @param crdRoot - `third_party/gateway-api/crds`, holding `standard/` and `experimental/`.
 * @returns The data `generated/crdSchemas.ts` holds.
 */
export function compileSchemaData(crdRoot: string): SchemaData {
  const table = new Table();
  const bundleVersions = new Set<string>();
  const core: KindSchema[] = coreV1Kinds.map((kind) => ({
    group: kind.group,
    kind: kind.kind,
    scope: kind.scope,
    statusSubresource: true,
    versions: [
      { name: kind.version, served: true, schema: compileNode(table, kind.schema, kind.kind) },
    ],
  }));
  const channels = {} as Record<Channel, readonly KindSchema[]>;
  for (const channel of CHANNELS) {
    const kinds: KindSchema[] = readCrds(join(crdRoot, channel)).map((crd) => {
      bundleVersions.add(crd.bundleVersion);
      const versions = crd.versions.map((version) => compileVersion(table, crd, version));
      const statusSubresource = crd.versions.some((version) => {
        const subresources = own(version, 'subresources');
        return isObject(subresources) && own(subresources, 'status') !== undefined;
      });
      return { group: crd.group, kind: crd.kind, scope: crd.scope, statusSubresource, versions };
    });
    channels[channel] = [...kinds, ...core];
  }
  const [bundleVersion, ...others] = [...bundleVersions];
  if (bundleVersion === undefined || others.length > 0)
    throw new Error(`expected one bundle version, found ${[...bundleVersions].join(', ')}`);
  return { bundleVersion, nodes: table.nodes, rules: table.rules, channels };
}
