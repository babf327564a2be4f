/**
 * OpenAPI v3 schemas for the two core v1 kinds Switchyard validates, written by hand from the
 * Kubernetes API (`k8s.io/api/core/v1` types and the API server's published OpenAPI): the fields
 * that matter for routing, their enums and bounds, and the defaults the API server applies.
 * The generator compiles them into the same table as the CRDs.
 *
 * The API server validates `metadata` itself (name formats, labels, annotations); the runtime
 * checks it in `src/core/validate/objectMeta.ts`, for every kind.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const int32 = (extra: Record<string, Json> = {}): Json => ({
  type: 'integer',
  format: 'int32',
  ...extra,
});
const port = int32({ minimum: 1, maximum: 65535 });
const stringList: Json = {
  type: 'array',
  items: { type: 'string' },
  'x-kubernetes-list-type': 'atomic',
};
const stringMap: Json = { type: 'object', additionalProperties: { type: 'string' } };

const servicePort: Json = {
  type: 'object',
  required: ['port'],
  properties: {
    name: { type: 'string' },
    protocol: { type: 'string', enum: ['SCTP', 'TCP', 'UDP'], default: 'TCP' },
    appProtocol: { type: 'string' },
    port,
    targetPort: { 'x-kubernetes-int-or-string': true },
    nodePort: int32(),
  },
};

const serviceSpec: Json = {
  type: 'object',
  properties: {
    ports: {
      type: 'array',
      items: servicePort,
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['port', 'protocol'],
    },
    selector: stringMap,
    clusterIP: { type: 'string' },
    clusterIPs: stringList,
    type: {
      type: 'string',
      enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'],
      default: 'ClusterIP',
    },
    externalIPs: stringList,
    sessionAffinity: { type: 'string', enum: ['ClientIP', 'None'], default: 'None' },
    loadBalancerIP: { type: 'string' },
    loadBalancerSourceRanges: stringList,
    externalName: { type: 'string' },
    externalTrafficPolicy: { type: 'string', enum: ['Cluster', 'Local'] },
    healthCheckNodePort: int32(),
    publishNotReadyAddresses: { type: 'boolean' },
    sessionAffinityConfig: {
      type: 'object',
      properties: {
        clientIP: {
          type: 'object',
          properties: { timeoutSeconds: int32({ minimum: 1, maximum: 86400 }) },
        },
      },
    },
    ipFamilies: {
      type: 'array',
      items: { type: 'string', enum: ['IPv4', 'IPv6'] },
      maxItems: 2,
      'x-kubernetes-list-type': 'atomic',
    },
    ipFamilyPolicy: {
      type: 'string',
      enum: ['PreferDualStack', 'RequireDualStack', 'SingleStack'],
    },
    allocateLoadBalancerNodePorts: { type: 'boolean' },
    loadBalancerClass: { type: 'string' },
    internalTrafficPolicy: { type: 'string', enum: ['Cluster', 'Local'] },
    trafficDistribution: { type: 'string' },
  },
};

const root = (spec: Json): Json => ({
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec,
    status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
});

/** A kind written by hand, in the shape of a CRD's `spec` (group, names, scope, versions). */
export interface HandWrittenKind {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly version: string;
  readonly schema: Json;
}

/** Core v1 `Service` and `Namespace`. */
export const coreV1Kinds: readonly HandWrittenKind[] = [
  { group: '', kind: 'Service', scope: 'Namespaced', version: 'v1', schema: root(serviceSpec) },
  {
    group: '',
    kind: 'Namespace',
    scope: 'Cluster',
    version: 'v1',
    schema: root({
      type: 'object',
      properties: { finalizers: stringList },
    }),
  },
];
