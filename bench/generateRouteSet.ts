/**
 * A generated, realistic document set for benchmarks: Gateways with listeners, HTTPRoutes with
 * several rules (path, header, query and method matches, a regex, filters, weighted backends),
 * the Services they send to, and mesh routes on Services. Deterministic for a given size.
 */
export interface RouteSetOptions {
  /** North-south HTTPRoutes attached to Gateways. */
  readonly northSouth: number;
  /** East-west (GAMMA) HTTPRoutes attached to Services. */
  readonly mesh: number;
}

/** The generated text and what it holds, for benchmarks that need requests that match. */
export interface RouteSet {
  readonly text: string;
  /** One host and path per north-south route that reaches its first rule. */
  readonly requests: readonly {
    readonly gateway: string;
    readonly host: string;
    readonly path: string;
  }[];
  readonly namespaces: readonly string[];
}

const namespaceCount = 20;
const gatewaysPerNamespace = 1;

/**
 * Generates the document set (1,000 north-south routes is about 1 MB of YAML).
 *
 * @param options - How many routes of each kind.
 */
export function generateRouteSet(options: RouteSetOptions): RouteSet {
  const docs: string[] = [];
  const requests: { gateway: string; host: string; path: string }[] = [];
  const namespaces = Array.from(
    { length: namespaceCount },
    (_, i) => `team-${String(i).padStart(2, '0')}`,
  );
  docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: bench
spec:
  controllerName: example.com/gateway-controller`);
  for (const namespace of namespaces) {
    docs.push(`apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
  labels:
    team: "${namespace}"`);
    for (let g = 0; g < gatewaysPerNamespace; g++) {
      docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge-${g}
  namespace: ${namespace}
spec:
  gatewayClassName: bench
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      hostname: "*.${namespace}.example.com"
      allowedRoutes:
        namespaces:
          from: Same
    - name: http-alt
      port: 8080
      protocol: HTTP
      allowedRoutes:
        namespaces:
          from: Same`);
    }
  }
  for (let i = 0; i < options.northSouth; i++) {
    const namespace = namespaces[i % namespaceCount] ?? 'team-00';
    const app = `app-${i}`;
    const host = `${app}.${namespace}.example.com`;
    docs.push(serviceDoc(`${app}-v1`, namespace), serviceDoc(`${app}-v2`, namespace));
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${app}
  namespace: ${namespace}
  creationTimestamp: "2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z"
spec:
  parentRefs:
    - name: edge-0
      sectionName: http
  hostnames:
    - ${host}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /api/v${i % 3}
          headers:
            - name: x-canary
              value: "true"
          method: GET
      backendRefs:
        - name: ${app}-v2
          port: 8080
    - matches:
        - path:
            type: RegularExpression
            value: /items/[0-9]+
          queryParams:
            - name: debug
              value: "1"
      backendRefs:
        - name: ${app}-v1
          port: 8080
    - backendRefs:
        - name: ${app}-v1
          port: 8080
          weight: 90
        - name: ${app}-v2
          port: 8080
          weight: 10`);
    requests.push({ gateway: `${namespace}/edge-0`, host, path: `/api/v${i % 3}/orders` });
  }
  for (let i = 0; i < options.mesh; i++) {
    const namespace = namespaces[i % namespaceCount] ?? 'team-00';
    const service = `mesh-${i}`;
    docs.push(
      serviceDoc(service, namespace),
      serviceDoc(`${service}-v1`, namespace),
      serviceDoc(`${service}-v2`, namespace),
    );
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${service}-split
  namespace: ${namespace}
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: ${service}
      port: 8080
  rules:
    - matches:
        - headers:
            - name: x-version
              value: v2
      backendRefs:
        - name: ${service}-v2
          port: 8080
    - backendRefs:
        - name: ${service}-v1
          port: 8080
          weight: 80
        - name: ${service}-v2
          port: 8080
          weight: 20`);
  }
  return { text: `${docs.join('\n---\n')}\n`, requests, namespaces };
}

function serviceDoc(name: string, namespace: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  ports:
    - name: http
      port: 8080
      targetPort: 8080`;
}
