/**
 * Generates the JSON Schemas the YAML editor gives monaco-yaml (completion, hovers, schema checks)
 * from the Gateway API v1.6.1 CRDs in `third_party/gateway-api/crds`, plus core `Service` and
 * `Namespace`. One schema per channel; each document of the editor is matched to its resource's
 * schema by `apiVersion` and `kind` (an `if`/`then` per served version).
 *
 * Run: `node bin/run-ts.mjs scripts/generateEditorSchemas.ts` (writes `src/ui/editor/schemas/`).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { parseAllDocuments } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = join(import.meta.dirname, '..');
const crdRoot = join(root, 'third_party/gateway-api/crds');
const outDir = join(root, 'src/ui/editor/schemas');
const CHANNELS = ['standard', 'experimental'] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(object: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

// Keywords that mean the same in OpenAPI v3 and JSON Schema draft 7, kept as they are.
const KEPT = new Set([
  'type',
  'description',
  'enum',
  'default',
  'required',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minProperties',
  'maxProperties',
  'uniqueItems',
]);

/** What the conversion dropped, printed so a new CRD release that needs more handling shows. */
const dropped = { patterns: 0 };

/**
 * Converts an OpenAPI v3 schema of a CRD to JSON Schema draft 7 as yaml-language-server reads it.
 * `x-kubernetes-validations` (CEL) are left to Switchyard's validator; `format` is dropped because
 * Kubernetes formats (`int32`, `date-time` as the API server parses it) differ from JSON Schema's.
 */
function convert(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (KEPT.has(key)) out[key] = value;
  }
  const pattern = field(node, 'pattern');
  if (typeof pattern === 'string') {
    if (compiles(pattern)) out['pattern'] = pattern;
    else dropped.patterns++;
  }
  const properties = field(node, 'properties');
  if (isObject(properties)) {
    const converted: JsonObject = {};
    for (const [name, child] of Object.entries(properties)) {
      if (isObject(child)) converted[name] = convert(child);
    }
    out['properties'] = converted;
    // A structural CRD schema prunes unknown fields, and kubectl's strict field validation
    // rejects them: flag them while typing (a misspelt `backendRef:` is a common mistake).
    if (
      !field(node, 'x-kubernetes-preserve-unknown-fields') &&
      !field(node, 'additionalProperties')
    )
      out['additionalProperties'] = false;
  }
  const additional = field(node, 'additionalProperties');
  if (isObject(additional)) out['additionalProperties'] = convert(additional);
  const items = field(node, 'items');
  if (isObject(items)) out['items'] = convert(items);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = field(node, key);
    if (Array.isArray(list)) out[key] = list.filter(isObject).map(convert);
  }
  if (field(node, 'x-kubernetes-int-or-string') === true) {
    delete out['type'];
    out['anyOf'] = [{ type: 'integer' }, { type: 'string' }];
  }
  if (field(node, 'nullable') === true && typeof out['type'] === 'string')
    out['type'] = [out['type'], 'null'];
  return out;
}

function compiles(pattern: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      // Try the next flag set; yaml-language-server falls back the same way.
    }
  }
  return false;
}

const objectMeta: JsonObject = {
  type: 'object',
  description:
    'Standard object metadata: the name, namespace, labels and annotations of the resource.',
  properties: {
    name: {
      type: 'string',
      maxLength: 253,
      description: 'The name of the resource, unique within its namespace and kind.',
    },
    namespace: {
      type: 'string',
      maxLength: 63,
      description:
        'The namespace the resource lives in. Left out, it is the namespace given on the command line (`default` unless told otherwise).',
    },
    generateName: {
      type: 'string',
      description: 'A prefix the server uses to generate a unique name when `name` is left out.',
    },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'String keys and values used to organise and select resources.',
    },
    annotations: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'String keys and values for tools and controllers; not used for selection.',
    },
  },
};

const coreSchemas: readonly { kind: string; schema: JsonObject }[] = [
  {
    kind: 'Service',
    schema: {
      type: 'object',
      description:
        'A Service names a set of endpoints (selected Pods) and the ports they serve. Gateway API routes send traffic to a Service as a backendRef, and mesh routes attach to a Service as their parentRef.',
      properties: {
        spec: {
          type: 'object',
          description: 'How the Service selects its endpoints and which ports it exposes.',
          properties: {
            type: {
              type: 'string',
              enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
              default: 'ClusterIP',
              description: 'How the Service is exposed.',
            },
            selector: {
              type: 'object',
              additionalProperties: { type: 'string' },
              description: 'Labels of the Pods that are the endpoints of this Service.',
            },
            clusterIP: {
              type: 'string',
              description: 'The virtual IP of the Service; `None` makes a headless Service.',
            },
            externalName: {
              type: 'string',
              description: 'The DNS name an `ExternalName` Service resolves to.',
            },
            ports: {
              type: 'array',
              description: 'The ports the Service exposes.',
              items: {
                type: 'object',
                required: ['port'],
                properties: {
                  name: {
                    type: 'string',
                    description: 'The name of the port; required when there are several ports.',
                  },
                  protocol: {
                    type: 'string',
                    enum: ['TCP', 'UDP', 'SCTP'],
                    default: 'TCP',
                    description: 'The IP protocol of the port.',
                  },
                  appProtocol: {
                    type: 'string',
                    description:
                      'The application protocol of the port (for example `kubernetes.io/h2c`), which Gateway API implementations use to pick how to talk to the backend.',
                  },
                  port: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 65535,
                    description: 'The port the Service exposes; backendRefs name this port.',
                  },
                  targetPort: {
                    anyOf: [{ type: 'integer' }, { type: 'string' }],
                    description: 'The port (number or name) on the Pods that traffic goes to.',
                  },
                  nodePort: {
                    type: 'integer',
                    description: 'The port on every node, for NodePort and LoadBalancer Services.',
                  },
                },
              },
            },
          },
        },
        status: { type: 'object', description: 'The state of the Service, written by the server.' },
      },
    },
  },
  {
    kind: 'Namespace',
    schema: {
      type: 'object',
      description:
        'A Namespace groups resources. Listeners choose which namespaces may attach routes, and ReferenceGrants allow references across namespaces.',
      properties: {
        spec: {
          type: 'object',
          properties: { finalizers: { type: 'array', items: { type: 'string' } } },
        },
        status: {
          type: 'object',
          description: 'The state of the Namespace, written by the server.',
        },
      },
    },
  },
];

/** One schema per served apiVersion and kind. */
interface Variant {
  readonly apiVersion: string;
  readonly kind: string;
  readonly schema: JsonObject;
}

function readCrds(channel: string): Variant[] {
  const variants: Variant[] = [];
  const dir = join(crdRoot, channel);
  for (const file of readdirSync(dir).sort()) {
    for (const document of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      const crd: unknown = document.toJS();
      if (!isObject(crd) || field(crd, 'kind') !== 'CustomResourceDefinition') continue;
      const spec = field(crd, 'spec');
      if (!isObject(spec)) continue;
      const names = field(spec, 'names');
      const group = field(spec, 'group');
      const kind = isObject(names) ? field(names, 'kind') : undefined;
      const versions = field(spec, 'versions');
      if (typeof group !== 'string' || typeof kind !== 'string' || !Array.isArray(versions))
        continue;
      for (const version of versions) {
        if (!isObject(version) || field(version, 'served') !== true) continue;
        const name = field(version, 'name');
        const schema = field(version, 'schema');
        const openApi = isObject(schema) ? field(schema, 'openAPIV3Schema') : undefined;
        if (typeof name !== 'string' || !isObject(openApi)) continue;
        variants.push({ apiVersion: `${group}/${name}`, kind, schema: convert(openApi) });
      }
    }
  }
  for (const { kind, schema } of coreSchemas) variants.push({ apiVersion: 'v1', kind, schema });
  return variants;
}

function withMetadata(schema: JsonObject): JsonObject {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  return {
    ...schema,
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      ...properties,
      metadata: { $ref: '#/definitions/ObjectMeta' },
    },
    additionalProperties: false,
  };
}

function buildSchema(channel: string, variants: readonly Variant[]): JsonObject {
  const definitions: JsonObject = { ObjectMeta: objectMeta };
  const byContent = new Map<string, string>();
  const dispatch: Json[] = [];
  for (const { apiVersion, kind, schema } of variants) {
    // Versions of a CRD often share one schema (v1 and v1beta1): keep one copy.
    const content = JSON.stringify(schema);
    let name = byContent.get(content);
    if (!name) {
      name = `${kind}.${apiVersion.replace(/\//g, '.')}`;
      definitions[name] = withMetadata(schema);
      byContent.set(content, name);
    }
    dispatch.push({
      if: {
        properties: { apiVersion: { const: apiVersion }, kind: { const: kind } },
        required: ['apiVersion', 'kind'],
      },
      then: { $ref: `#/definitions/${name}` },
    });
  }
  const apiVersions = [...new Set(variants.map((variant) => variant.apiVersion))];
  const kinds = [...new Set(variants.map((variant) => variant.kind))];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Gateway API v1.6.1 (${channel} channel)`,
    type: 'object',
    properties: {
      apiVersion: {
        type: 'string',
        description: 'The API group and version of the resource.',
        examples: apiVersions,
      },
      kind: { type: 'string', description: 'The kind of the resource.', examples: kinds },
    },
    allOf: dispatch,
    definitions,
  };
}

mkdirSync(outDir, { recursive: true });
for (const channel of CHANNELS) {
  const schema = buildSchema(channel, readCrds(channel));
  const text = await format(JSON.stringify(schema), { parser: 'json', printWidth: 100 });
  writeFileSync(join(outDir, `${channel}.json`), text);
  console.log(`${channel}.json: ${Math.round(text.length / 1024)} KiB`);
}
if (dropped.patterns > 0)
  console.log(`${dropped.patterns} patterns do not compile in JavaScript and were left out`);
