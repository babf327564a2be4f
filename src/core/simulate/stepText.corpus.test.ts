/**
 * Every explanation step the simulator writes carries a message key and parameters that rebuild
 * its English sentence exactly: checked over the built-in examples, requests derived from every
 * conformance manifest, and a few documents that reach the rarer steps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ExplainStep,
  type HeaderField,
  type RequestEntry,
  type RouteDecision,
  type Workspace,
  compileRouteTable,
  createWorkspace,
  englishTemplate,
  parseRequestLine,
  renderStepText,
  route,
  stepTemplates,
} from '../index.ts';
import {
  allTestManifests,
  meshManifests,
  baseManifests,
  readManifest,
} from '../testing/conformance.ts';

interface TraceCase {
  readonly name: string;
  readonly decision: RouteDecision;
}

interface Probe {
  readonly line: string;
  readonly headers: readonly HeaderField[];
  readonly entry: RequestEntry;
}

type Data = Readonly<Record<string, unknown>>;

function record(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Data)
    : {};
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function concreteHost(hostname: string): string {
  return hostname.startsWith('*.') ? `wild${hostname.slice(1)}` : hostname;
}

function runProbes(name: string, workspace: Workspace, probes: readonly Probe[]): TraceCase[] {
  const table = compileRouteTable(workspace);
  const seen = new Set<string>();
  const cases: TraceCase[] = [];
  for (const probe of probes) {
    const key = JSON.stringify(probe);
    if (seen.has(key)) continue;
    seen.add(key);
    const parsed = parseRequestLine(probe.line, probe.headers, probe.entry);
    if (!parsed.ok) continue;
    cases.push({ name: `${name}: ${key}`, decision: route(table, parsed.request) });
  }
  return cases;
}

/** The ports and schemes a Gateway (or a ListenerSet's Gateway) listens on. */
function gatewayPorts(workspace: Workspace, namespace: string, name: string) {
  const ports: { port: number; scheme: 'http' | 'https'; hostname: string | undefined }[] = [];
  for (const entry of workspace.resources) {
    const spec = record(entry.raw['spec']);
    const owner =
      entry.id.kind === 'Gateway'
        ? entry.id
        : entry.id.kind === 'ListenerSet'
          ? {
              namespace: text(record(spec['parentRef'])['namespace'], entry.id.namespace),
              name: text(record(spec['parentRef'])['name']),
            }
          : undefined;
    if (!owner || owner.namespace !== namespace || owner.name !== name) continue;
    for (const listener of list(spec['listeners']).map(record)) {
      const protocol = text(listener['protocol']);
      if (protocol !== 'HTTP' && protocol !== 'HTTPS') continue;
      const hostname = typeof listener['hostname'] === 'string' ? listener['hostname'] : undefined;
      const port = typeof listener['port'] === 'number' ? listener['port'] : 80;
      ports.push({ port, scheme: protocol === 'HTTPS' ? 'https' : 'http', hostname });
    }
  }
  return ports;
}

/** Requests for one match of a route: the path, method, headers and query it asks for. */
function matchRequests(
  kind: string,
  match: Data,
): { path: string; method: string; headers: HeaderField[] }[] {
  const headers = list(match['headers'])
    .map(record)
    .map((h) => ({ name: text(h['name'], 'x'), value: text(h['value']) }));
  if (kind === 'GRPCRoute') {
    const method = record(match['method']);
    const path = `/${text(method['service'], 'svc.Service')}/${text(method['method'], 'Method')}`;
    const grpc = [{ name: 'content-type', value: 'application/grpc' }];
    return [
      { path, method: 'POST', headers: [...grpc, ...headers] },
      { path, method: 'POST', headers: grpc },
    ];
  }
  const pathMatch = record(match['path']);
  const value = text(pathMatch['value'], '/');
  const path = text(pathMatch['type']) === 'RegularExpression' ? '/' : value;
  const query = list(match['queryParams'])
    .map(record)
    .map((q) => `${text(q['name'], 'q')}=${text(q['value'])}`)
    .join('&');
  const method = text(match['method'], 'GET');
  return [
    { path: query ? `${path}?${query}` : path, method, headers },
    { path, method: 'GET', headers: [] },
  ];
}

/** Requests that reach each route of a conformance manifest, its matches and its misses. */
function manifestProbes(workspace: Workspace, own: Workspace): Probe[] {
  const probes: Probe[] = [];
  for (const entry of own.resources) {
    const kind = entry.id.kind;
    if (kind !== 'HTTPRoute' && kind !== 'GRPCRoute') continue;
    const spec = record(entry.raw['spec']);
    const hostnames = list(spec['hostnames']).map((h) => text(h));
    const requests = [
      ...list(spec['rules']).flatMap((rule) => {
        const matches = list(record(rule)['matches']);
        return (matches.length > 0 ? matches : [{}]).flatMap((m) => matchRequests(kind, record(m)));
      }),
      { path: '/corpus/none', method: 'GET', headers: [] },
    ];
    for (const parent of list(spec['parentRefs']).map(record)) {
      const namespace = text(parent['namespace'], entry.id.namespace);
      const name = text(parent['name']);
      if (text(parent['kind']) === 'Service') {
        const port = text(parent['port'], '80');
        const entryPoint: RequestEntry = { kind: 'mesh', from: entry.id.namespace };
        for (const r of requests)
          probes.push({
            line: `${r.method} http://${name}.${namespace}:${port}${r.path}`,
            headers: r.headers,
            entry: entryPoint,
          });
        continue;
      }
      const gateway = text(parent['kind']) === 'ListenerSet' ? undefined : { namespace, name };
      if (!gateway) continue;
      const entryPoint: RequestEntry = { kind: 'gateway', ...gateway };
      for (const { port, scheme, hostname } of gatewayPorts(workspace, namespace, name)) {
        const hosts = (hostnames.length > 0 ? hostnames : [hostname ?? 'example.com']).slice(0, 3);
        for (const host of hosts)
          for (const r of requests)
            probes.push({
              line: `${r.method} ${scheme}://${concreteHost(host)}:${port}${r.path}`,
              headers: r.headers,
              entry: entryPoint,
            });
      }
    }
  }
  return probes;
}

function conformanceCases(): TraceCase[] {
  return allTestManifests().flatMap((file) => {
    const own = createWorkspace(readManifest(file));
    const base = file.startsWith('tests/mesh/') ? meshManifests() : baseManifests();
    const workspace = createWorkspace(`${base}---\n${readManifest(file)}`);
    return runProbes(file, workspace, manifestProbes(workspace, own));
  });
}

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');

interface ExampleEntry {
  readonly file: string;
  readonly request: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly gateway?: string;
  readonly from?: string;
  readonly traffic?: readonly string[];
}

function entryOf(gateway: string | undefined, from: string | undefined): RequestEntry {
  if (from !== undefined) return { kind: 'mesh', from };
  const [namespace = 'default', name = ''] = (gateway ?? '').split('/');
  return { kind: 'gateway', namespace, name };
}

/** A traffic line of the examples: `4 GET http://host/ | header: value | via ns/name | from ns`. */
function trafficProbe(line: string, fallback: RequestEntry): Probe {
  const [head = '', ...parts] = line.split(' | ');
  let entry = fallback;
  const headers: HeaderField[] = [];
  for (const part of parts) {
    if (part.startsWith('via ')) entry = entryOf(part.slice(4), undefined);
    else if (part.startsWith('from ')) entry = { kind: 'mesh', from: part.slice(5) };
    else {
      const [name = '', ...value] = part.split(':');
      headers.push({ name: name.trim(), value: value.join(':').trim() });
    }
  }
  return { line: head.replace(/^\d+\s+/, ''), headers, entry };
}

function exampleCases(): TraceCase[] {
  const index = JSON.parse(readFileSync(join(examplesDir, 'index.json'), 'utf8')) as {
    examples: readonly ExampleEntry[];
  };
  return index.examples.flatMap((example) => {
    const workspace = createWorkspace(readFileSync(join(examplesDir, example.file), 'utf8'));
    const entry = entryOf(example.gateway, example.from);
    const headers = Object.entries(example.headers ?? {}).map(([name, value]) => ({ name, value }));
    const probes = [
      { line: example.request, headers, entry },
      ...(example.traffic ?? []).map((line) => trafficProbe(line, entry)),
    ];
    return runProbes(example.file, workspace, probes);
  });
}

/** Documents that reach the steps the examples and conformance manifests do not. */
const rareSteps = `apiVersion: v1
kind: Service
metadata: {name: a, namespace: default}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: bare, namespace: default}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: mixed, namespace: default}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Secret
metadata: {name: cert, namespace: default}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, namespace: default}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: default}
spec:
  gatewayClassName: example
  listeners:
    - {name: http, port: 80, protocol: HTTP}
    - {name: l1, port: 80, protocol: HTTP, hostname: "l1.many.example"}
    - {name: l2, port: 80, protocol: HTTP, hostname: "*.many.example"}
    - {name: secure, port: 443, protocol: HTTPS, hostname: secure.example, tls: {certificateRefs: [{name: cert}]}}
    - {name: secure2, port: 443, protocol: HTTPS, hostname: other.secure.example, tls: {certificateRefs: [{name: cert}]}}
    - {name: broken, port: 443, protocol: HTTPS, hostname: broken.example, tls: {certificateRefs: [{name: missing-cert}]}}
    - {name: dup1, port: 8080, protocol: HTTP, hostname: dup.example}
    - {name: dup2, port: 8080, protocol: HTTP, hostname: dup.example}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: tls-only, namespace: default}
spec:
  gatewayClassName: example
  listeners:
    - {name: tcp, port: 9000, protocol: TCP}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: filters, namespace: default, creationTimestamp: "2024-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [filters.example, f2.example, f3.example, f4.example]
  rules:
    - name: cors
      matches: [{path: {type: PathPrefix, value: /cors}}]
      filters: [{type: CORS, cors: {allowOrigins: ["https://ok.example"], allowMethods: [GET]}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /ext-missing}}]
      filters: [{type: ExtensionRef, extensionRef: {group: example.com, kind: Widget, name: nope}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /ext}}]
      filters: [{type: ExtensionRef, extensionRef: {group: example.com, kind: Widget, name: w}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /auth}}]
      filters: [{type: ExternalAuth, externalAuth: {protocol: HTTP, backendRef: {name: a, port: 80}}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: Exact, value: /rewrite}}]
      filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /modify}}]
      filters: [{type: RequestHeaderModifier, requestHeaderModifier: {}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /filters-only}}]
      filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x, value: y}]}}]
    - matches: [{path: {type: PathPrefix, value: /zero}}]
      backendRefs: [{name: a, port: 80, weight: 0}]
    - matches: [{path: {type: PathPrefix, value: /retry}}]
      retry: {attempts: 2, codes: [500, 503], backoff: 1s}
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /retry-any}}]
      retry: {attempts: 1}
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: RegularExpression, value: "/re/[a-z]+"}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: RegularExpression, value: "/re/.*"}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: RegularExpression, value: "(broken"}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /re}}]
      backendRefs: [{name: a, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: older, namespace: default, creationTimestamp: "2024-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [age.example]
  rules: [{matches: [{path: {type: PathPrefix, value: /}}], backendRefs: [{name: a, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: newer, namespace: default, creationTimestamp: "2025-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [age.example]
  rules: [{matches: [{path: {type: PathPrefix, value: /}}], backendRefs: [{name: a, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: draft, namespace: default}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [age.example]
  rules: [{matches: [{path: {type: PathPrefix, value: /}}], backendRefs: [{name: a, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: wildcard, namespace: default}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: ["*.wild.example"]
  rules: [{name: catch-all, backendRefs: [{name: a, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: exact-host, namespace: default}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [a.wild.example]
  rules:
    - matches: [${Array.from({ length: 14 }, (_, i) => `{path: {type: Exact, value: /e${i}}}`).join(', ')}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /}}]
      backendRefs: [{name: a, port: 80}]
${Array.from({ length: 14 }, () => '    - {matches: [{path: {type: PathPrefix, value: /many}}], backendRefs: [{name: a, port: 80}]}').join('\n')}
${Array.from(
  { length: 6 },
  (_, i) => `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: other${i}, namespace: default}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [other${i}.example]
  rules: [{backendRefs: [{name: a, port: 80}]}]`,
).join('\n')}
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: grpc, namespace: default}
spec:
  parentRefs: [{kind: Service, group: "", name: mixed, port: 80}]
  hostnames: [ignored.example]
  rules:
    - matches: [{method: {type: RegularExpression, service: "svc\\\\..*"}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{method: {service: svc.Long, method: M}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{method: {service: svc.Long}}]
      backendRefs: [{name: a, port: 80}]
    - matches: [{method: {method: M}}]
      backendRefs: [{name: a, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: mesh-http, namespace: default}
spec:
  parentRefs: [{kind: Service, group: "", name: mixed, port: 80}]
  hostnames: [ignored.example]
  rules: [{backendRefs: [{name: a, port: 80}]}]
`;

const grpcCall = [{ name: 'content-type', value: 'application/grpc' }];
const edge: RequestEntry = { kind: 'gateway', namespace: 'default', name: 'edge' };
const mesh: RequestEntry = { kind: 'mesh', from: 'default' };

function rareProbe(
  line: string,
  headers: Record<string, string> | HeaderField[] = {},
  entry = edge,
): Probe {
  const fields = Array.isArray(headers)
    ? headers
    : Object.entries(headers).map(([name, value]) => ({ name, value }));
  return { line, headers: fields, entry };
}

const rareProbes: readonly Probe[] = [
  rareProbe('GET http://filters.example/cors'),
  rareProbe('GET http://filters.example/cors', { origin: 'https://ok.example' }),
  rareProbe('GET http://filters.example/cors', { origin: 'https://bad.example' }),
  rareProbe('OPTIONS http://filters.example/cors', {
    origin: 'https://ok.example',
    'access-control-request-method': 'GET',
  }),
  rareProbe('OPTIONS http://filters.example/cors', {
    origin: 'https://bad.example',
    'access-control-request-method': 'GET',
  }),
  rareProbe('GET http://filters.example/ext-missing'),
  rareProbe('GET http://filters.example/ext'),
  rareProbe('GET http://filters.example/auth'),
  rareProbe('GET http://filters.example/rewrite'),
  rareProbe('GET http://filters.example/modify'),
  rareProbe('GET http://filters.example/filters-only'),
  rareProbe('GET http://filters.example/zero'),
  rareProbe('GET http://filters.example/retry'),
  rareProbe('GET http://filters.example/retry-any'),
  rareProbe('GET http://filters.example/re/abc'),
  rareProbe('GET http://filters.example/re/ABC'),
  rareProbe('GET http://filters.example/re'),
  rareProbe('GET http://filters.example/cors', { host: 'f2.example' }),
  rareProbe('GET http://age.example/'),
  rareProbe('GET http://a.wild.example/'),
  rareProbe('GET http://a.wild.example/many'),
  rareProbe('GET http://nowhere.example/'),
  rareProbe('GET http://x.l1.many.example/'),
  rareProbe('GET http://l1.many.example/'),
  rareProbe('GET http://secure.example:443/', {}),
  rareProbe('GET https://secure.example/'),
  rareProbe('GET https://secure.example/', { host: 'other.secure.example' }),
  rareProbe('GET https://broken.example/'),
  rareProbe('GET http://dup.example:8080/'),
  rareProbe('GET http://filters.example:9999/'),
  rareProbe(
    'GET http://x.example:9000/',
    {},
    { kind: 'gateway', namespace: 'default', name: 'tls-only' },
  ),
  rareProbe('GET http://x.example/', {}, { kind: 'gateway', namespace: 'default', name: 'nope' }),
  rareProbe('POST http://filters.example/svc.S/M', grpcCall),
  rareProbe('GET http://mixed/', {}, mesh),
  rareProbe('POST http://mixed/svc.Long/M', grpcCall, mesh),
  rareProbe('POST http://mixed/other.S/M', grpcCall, mesh),
  rareProbe('POST http://mixed/', grpcCall, mesh),
  rareProbe('GET http://bare/', {}, mesh),
  rareProbe('GET http://bare:81/', {}, mesh),
  rareProbe('GET http://nope.default/', {}, mesh),
  rareProbe('GET http://a.b.c.d.e.f.g/', {}, mesh),
];

const cases = [
  ...exampleCases(),
  ...conformanceCases(),
  ...runProbes('rare steps', createWorkspace(rareSteps), rareProbes),
];

/** Keys no document reaches, and why they are kept. */
const unreachable = new Set<string>([
  // An invalid backend always has a ResolvedRefs reason; the word covers a resolution without one.
  'simulate.part.unresolved',
  // The precedence criteria never name the hostname: matches under different hostnames are told
  // apart before them (simulate.part.loseHostname).
  'simulate.part.loseMoreSpecificHostname',
  // Only gRPC calls reach GRPCRoute matches.
  'simulate.part.notGrpc',
  // The attachment model already refuses HTTPRoutes that lose a Service port to GRPCRoutes
  // (attach.meshConflicted), so the mesh table does not hold both.
  'simulate.step.meshConflicted',
]);

/** Every template key a step uses: its own and those of its parts. */
function keysOf(step: ExplainStep): string[] {
  if (!step.i18n) return [];
  const parts = Object.entries(step.i18n.params)
    .filter(([name]) => name.endsWith('#key'))
    .map(([, value]) => String(value));
  return [step.i18n.key, ...parts];
}

const steps = cases.flatMap((c) =>
  c.decision.steps.map((step, index) => ({ name: `${c.name} step ${index}`, step })),
);

describe('explanation steps carry their message key', () => {
  it('covers every template, apart from the ones no document reaches', () => {
    const used = new Set(steps.flatMap(({ step }) => keysOf(step)));
    const missing = Object.keys(stepTemplates).filter(
      (key) => !used.has(key) && !unreachable.has(key),
    );
    expect(missing).toEqual([]);
    expect([...unreachable].filter((key) => used.has(key))).toEqual([]);
  });

  it.each(cases)('$name: keys and parameters rebuild the English messages', ({ decision }) => {
    for (const step of decision.steps) {
      expect(step.i18n?.key).toMatch(/^simulate\.step\./);
      expect(step.i18n && renderStepText(step.i18n, englishTemplate)).toBe(step.message);
    }
  });

  it('keeps the parameters plain data', () => {
    for (const { step } of steps)
      for (const value of Object.values(step.i18n?.params ?? {}))
        expect(['string', 'number']).toContain(typeof value);
  });
});
