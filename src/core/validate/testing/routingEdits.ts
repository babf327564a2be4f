/**
 * Test data for incremental validation and compilation: a small document set that exercises
 * listeners, namespace selectors, ReferenceGrants, mesh routes, precedence by age and shadowed
 * rules, and edits a person makes to it, each of which changes what validation reports.
 */

const gatewayClass = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: example}
spec: {controllerName: example.com/gateway}
`;

const namespace = `apiVersion: v1
kind: Namespace
metadata: {name: apps, labels: {team: web}}
`;

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
  - name: web
    port: 80
    protocol: HTTP
    hostname: "*.example.com"
    allowedRoutes:
      namespaces: {from: Selector, selector: {matchLabels: {team: web}}}
  - name: any
    port: 8080
    protocol: HTTP
    allowedRoutes:
      namespaces: {from: All}
`;

function service(name: string, namespace: string, port = 80): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  ports: [{name: http, port: ${port}}]
`;
}

const grant = `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: from-apps, namespace: shop}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}]
  to: [{group: "", kind: Service}]
`;

const web = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: apps, creationTimestamp: "2026-01-01T00:00:00Z"}
spec:
  parentRefs: [{name: edge, namespace: infra, sectionName: web}]
  hostnames: [www.example.com]
  rules:
  - matches: [{path: {type: PathPrefix, value: /api}}]
    backendRefs: [{name: api, namespace: shop, port: 8443}]
  - backendRefs:
    - {name: web-v1, port: 80, weight: 90}
    - {name: web-v2, port: 80, weight: 10}
`;

const canary = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web-canary, namespace: apps, creationTimestamp: "2026-01-02T00:00:00Z"}
spec:
  parentRefs:
  - {name: edge, namespace: infra, sectionName: web}
  - {name: edge, namespace: infra, sectionName: any}
  hostnames: [www.example.com]
  rules:
  - matches: [{path: {type: PathPrefix, value: /}, headers: [{name: x-canary, value: "true"}]}]
    filters: [{type: ExtensionRef, extensionRef: {group: example.com, kind: Flag, name: canary}}]
    backendRefs: [{name: web-v2, port: 80}]
  - matches: [{path: {type: PathPrefix, value: /api}}]
    backendRefs: [{name: missing, port: 80}]
`;

const meshSplit = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: echo-split, namespace: mesh}
spec:
  parentRefs: [{group: "", kind: Service, name: echo, port: 80}]
  rules:
  - backendRefs: [{name: echo-v1, port: 80, weight: 9}]
  - backendRefs: [{name: echo-v2, port: 80, weight: 1}]
`;

const meshGrpc = `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: echo-grpc, namespace: mesh}
spec:
  parentRefs: [{group: "", kind: Service, name: echo, port: 80}]
  rules:
  - backendRefs: [{name: echo-v1, port: 80}]
`;

const flag = `apiVersion: example.com/v1
kind: Flag
metadata: {name: canary, namespace: apps}
`;

/** The documents before any edit. */
export const routingDocuments: readonly string[] = [
  gatewayClass,
  namespace,
  gateway,
  service('web-v1', 'apps'),
  service('web-v2', 'apps'),
  service('api', 'shop', 8443),
  grant,
  web,
  canary,
  service('echo', 'mesh'),
  service('echo-v1', 'mesh'),
  service('echo-v2', 'mesh'),
  meshSplit,
];

/**
 * The text of some documents.
 *
 * @param documents - The documents.
 */
export function routingText(documents: readonly string[]): string {
  return documents.join('---\n');
}

/** An edit of the documents, named as a person would say it. */
export type RoutingEdit = readonly [name: string, edit: (documents: string[]) => string[]];

const replace =
  (from: string, to: string) =>
  (documents: string[]): string[] =>
    documents.map((document) => document.replace(from, to));

const remove =
  (text: string) =>
  (documents: string[]): string[] =>
    documents.filter((document) => document !== text);

const append =
  (text: string) =>
  (documents: string[]): string[] => [...documents, text];

/** Edits of {@link routingDocuments}; each changes what validation reports. */
export const routingEdits: readonly RoutingEdit[] = [
  ['set a backend weight to 0', replace('weight: 90', 'weight: 0')],
  [
    'change the port of a Service a route sends to',
    replace('http, port: 8443', 'http, port: 9443'),
  ],
  ['change the hostname of a listener', replace('"*.example.com"', '"*.example.org"')],
  ['remove the ReferenceGrant', remove(grant)],
  ['make a route older than another', replace('2026-01-02T00:00:00Z', '2025-12-31T00:00:00Z')],
  ['add a comment before every document', (documents) => documents.map((d) => `# note\n${d}`)],
  ['change the label a listener selects', replace('labels: {team: web}', 'labels: {team: shop}')],
  ['bind a GRPCRoute to the mesh Service port', append(meshGrpc)],
  ['define a route a second time', append(web.replace('value: /api}', 'value: /}'))],
  ['remove a Service a mesh route sends to', remove(service('echo-v2', 'mesh'))],
  [
    'write a pattern RE2 rejects',
    replace(
      '{name: x-canary, value: "true"}',
      '{name: x-canary, type: RegularExpression, value: "(?=a)"}',
    ),
  ],
  ['rename a route', replace('name: web-canary', 'name: web-beta')],
  ['add the object an ExtensionRef filter names', append(flag)],
];
