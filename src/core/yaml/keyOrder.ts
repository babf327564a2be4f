/**
 * kubectl key order: the order of the fields in the Go types of Kubernetes and Gateway API, which
 * is how `kubectl create -o yaml` prints them. Keys are ranked by the key their map sits under
 * (its "context"); unknown keys keep their relative order after the known ones.
 */

const orders: Readonly<Record<string, readonly string[]>> = {
  root: ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'type', 'items', 'status'],
  metadata: [
    'name',
    'generateName',
    'namespace',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'labels',
    'annotations',
    'ownerReferences',
    'finalizers',
  ],
  spec: [
    'gatewayClassName',
    'controllerName',
    'parametersRef',
    'description',
    'parentRef',
    'parentRefs',
    'hostnames',
    'listeners',
    'addresses',
    'infrastructure',
    'allowedListeners',
    'tls',
    'defaultScope',
    'rules',
    'useDefaultGateways',
    'from',
    'to',
    'targetRefs',
    'validation',
    'options',
    'ports',
    'selector',
    'clusterIP',
    'clusterIPs',
    'type',
    'externalIPs',
    'sessionAffinity',
    'externalName',
  ],
  listeners: ['name', 'hostname', 'port', 'protocol', 'tls', 'allowedRoutes'],
  tls: ['mode', 'certificateRefs', 'options', 'frontend', 'backend'],
  allowedRoutes: ['namespaces', 'kinds'],
  namespaces: ['from', 'selector'],
  allowedListeners: ['namespaces'],
  kinds: ['group', 'kind'],
  parentRefs: ['group', 'kind', 'namespace', 'name', 'sectionName', 'port'],
  parentRef: ['group', 'kind', 'namespace', 'name', 'sectionName', 'port'],
  rules: ['name', 'matches', 'filters', 'backendRefs', 'timeouts', 'retry', 'sessionPersistence'],
  matches: ['path', 'headers', 'queryParams', 'method'],
  path: ['type', 'value', 'replaceFullPath', 'replacePrefixMatch'],
  headers: ['type', 'name', 'value'],
  queryParams: ['type', 'name', 'value'],
  method: ['type', 'service', 'method'],
  backendRefs: ['group', 'kind', 'name', 'namespace', 'port', 'weight', 'filters'],
  backendRef: ['group', 'kind', 'name', 'namespace', 'port'],
  filters: [
    'type',
    'requestHeaderModifier',
    'responseHeaderModifier',
    'requestMirror',
    'requestRedirect',
    'urlRewrite',
    'cors',
    'externalAuth',
    'extensionRef',
  ],
  requestHeaderModifier: ['set', 'add', 'remove'],
  responseHeaderModifier: ['set', 'add', 'remove'],
  set: ['name', 'value'],
  add: ['name', 'value'],
  requestRedirect: ['scheme', 'hostname', 'path', 'port', 'statusCode'],
  urlRewrite: ['hostname', 'path'],
  requestMirror: ['backendRef', 'percent', 'fraction'],
  fraction: ['numerator', 'denominator'],
  timeouts: ['request', 'backendRequest'],
  retry: ['codes', 'attempts', 'backoff'],
  cors: [
    'allowOrigins',
    'allowCredentials',
    'allowMethods',
    'allowHeaders',
    'exposeHeaders',
    'maxAge',
  ],
  ports: ['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort'],
  from: ['group', 'kind', 'namespace'],
  to: ['group', 'kind', 'name'],
  targetRefs: ['group', 'kind', 'name', 'sectionName'],
  certificateRefs: ['group', 'kind', 'name', 'namespace'],
  extensionRef: ['group', 'kind', 'name'],
};

// A GRPCRoute match lists `method` (an object) before `headers`.
const grpcMatchOrder: readonly string[] = ['method', 'headers'];

/**
 * The known key order of a map, given the key it sits under.
 *
 * @param context - The parent key (`root` for a document's top level).
 * @param keys - The map's keys, to tell GRPCRoute matches from HTTPRoute matches.
 * @param isGrpcMatch - Whether the map is a GRPCRoute match (its `method` is an object).
 */
export function keyOrderFor(context: string, isGrpcMatch = false): readonly string[] {
  if (context === 'matches' && isGrpcMatch) return grpcMatchOrder;
  return Object.hasOwn(orders, context) ? (orders[context] ?? []) : [];
}

/**
 * Ranks keys for sorting: known keys by their order, unknown keys after them in their given order.
 *
 * @param keys - Keys in their current order.
 * @param order - The known order.
 * @returns The keys sorted.
 */
export function sortKeys(keys: readonly string[], order: readonly string[]): string[] {
  const rank = (key: string, index: number): number => {
    const known = order.indexOf(key);
    return known >= 0 ? known : order.length + index;
  };
  return keys
    .map((key, index) => ({ key, rank: rank(key, index) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ key }) => key);
}

/**
 * A copy of a JSON-like value with every map's keys in kubectl order. Keys such as `__proto__`
 * stay plain data.
 *
 * @param value - Any JSON-like value.
 * @param context - The key the value sits under (`root` for a resource).
 */
export function orderKeys(value: unknown, context: string): unknown {
  if (Array.isArray(value))
    return (value as readonly unknown[]).map((item) => orderKeys(item, context));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Readonly<Record<string, unknown>>;
  const isGrpcMatch = typeof record['method'] === 'object' && record['method'] !== null;
  const keys = sortKeys(Object.keys(record), keyOrderFor(context, isGrpcMatch));
  return Object.fromEntries(keys.map((key) => [key, orderKeys(record[key], key)]));
}

/**
 * Where a new key goes among existing keys: after the last existing key that comes before it in
 * kubectl order, or at the end when the order does not know it.
 *
 * @param existing - The map's keys in text order.
 * @param key - The new key.
 * @param context - The key the map sits under.
 * @returns The index in `existing` to insert before (`existing.length` = append).
 */
export function insertionIndex(
  existing: readonly string[],
  key: string,
  context: string,
  isGrpcMatch = false,
): number {
  const order = keyOrderFor(context, isGrpcMatch);
  const rank = order.indexOf(key);
  if (rank < 0) return existing.length;
  for (let i = 0; i < existing.length; i++) {
    const other = order.indexOf(existing[i] ?? '');
    if (other < 0 || other > rank) return i;
  }
  return existing.length;
}
