import type { RouteKind } from '../model/resource.ts';
import type { ReferenceGrantFrom, ReferenceGrantTo } from '../model/policy.ts';

/**
 * The graph the canvas draws: plain, JSON-serialisable data with layout hints and no positions.
 * A node record is what the canvas puts in a React Flow node's `data`; an edge record names its
 * end nodes and handles. Edges point the way traffic flows (entry → listener → route → backend),
 * so a layered left-to-right layout reads like the requests do; a parentRef edge therefore goes
 * from the parent to the route that names it.
 *
 * @see https://gateway-api.sigs.k8s.io/concepts/api-overview/
 */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The visible groups: one per namespace, one for cluster-scoped resources. */
  readonly groups: readonly GraphGroup[];
}

/** North-south (ingress through Gateways) or east-west (mesh traffic between Services). */
export type Lane = 'north-south' | 'east-west';

/** How many findings concern a node, when the caller passes diagnostics. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** A group of nodes: a namespace, or the cluster-scoped resources. */
export interface GraphGroup {
  /** `namespace:<name>`, or {@link CLUSTER_GROUP}. */
  readonly id: string;
  /** The namespace; `""` for the cluster-scoped group. */
  readonly namespace: string;
  readonly label: string;
  /** {@link resourceKey} of the Namespace document, when the documents define it. */
  readonly resource?: string;
}

/** The group id of cluster-scoped resources (GatewayClass, unknown cluster-scoped kinds). */
export const CLUSTER_GROUP = 'cluster';

/** What every node has. */
export interface GraphNodeCommon {
  /** {@link resourceKey} for resources (present or missing); `entry:…` for entry nodes. */
  readonly id: string;
  /** The resource kind; `Internet` or `MeshCallers` for entry nodes. */
  readonly kind: string;
  /** `""` for cluster-scoped kinds and the Internet. */
  readonly namespace: string;
  readonly name: string;
  /** The accessible name: `<Kind> <namespace>/<name>`, or `<Kind> <name>` when cluster-scoped. */
  readonly label: string;
  /** The {@link GraphGroup} id the node belongs to; null for the Internet, which is outside. */
  readonly group: string | null;
  readonly lane: Lane;
  /** Layered-layout column: 0 entry, 1 Gateway or mesh Service, 2 routes, 3 backends, 4 the rest. */
  readonly layer: number;
  /** Findings about the resource, when the caller passed diagnostics. */
  readonly problems?: ProblemCounts;
}

/** A listener as a handle of its Gateway or ListenerSet node. */
export interface ListenerHandle {
  /** The handle id: {@link listenerHandle} of the name. */
  readonly handle: string;
  /** Index in `spec.listeners`. */
  readonly index: number;
  readonly name: string;
  readonly protocol: string;
  readonly port: number;
  readonly hostname?: string;
}

/** A rule as a handle of its route node. */
export interface RuleHandle {
  /** The handle id: {@link ruleHandle} of the index. */
  readonly handle: string;
  /** Index in `spec.rules`. */
  readonly index: number;
  readonly name?: string;
  /** Each match in short form (`GET /api/* · x-canary=true`); empty when the rule matches everything. */
  readonly matches: readonly string[];
  /** The matches joined, or `any`. */
  readonly summary: string;
  /** The types of the rule's filters, in order. */
  readonly filters: readonly string[];
}

/** A port of a Service, as its node shows it. */
export interface ServicePortSummary {
  readonly name?: string;
  readonly port: number;
  readonly protocol?: string;
  readonly appProtocol?: string;
}

/** A GatewayClass (drawn small). */
export interface GatewayClassNode extends GraphNodeCommon {
  readonly type: 'gatewayClass';
  readonly controllerName: string;
}

/** A Gateway with one handle per listener. */
export interface GatewayNode extends GraphNodeCommon {
  readonly type: 'gateway';
  readonly gatewayClassName: string;
  readonly listeners: readonly ListenerHandle[];
}

/** A ListenerSet with one handle per listener. */
export interface ListenerSetNode extends GraphNodeCommon {
  readonly type: 'listenerSet';
  /** Node id of the Gateway its parentRef names. */
  readonly parent: string;
  readonly listeners: readonly ListenerHandle[];
}

/** A route: parentRef edges arrive at {@link PARENTS_HANDLE}, each rule is a handle. */
export interface RouteNode extends GraphNodeCommon {
  readonly type: 'route';
  readonly kind: RouteKind;
  readonly hostnames: readonly string[];
  readonly rules: readonly RuleHandle[];
}

/**
 * A Service with its two faces (GEP-1324): the frontend, which mesh routes attach to and mesh
 * callers reach, and the backend, which backendRefs send to.
 *
 * @see https://gateway-api.sigs.k8s.io/docs/mesh/service-facets/
 */
export interface ServiceNode extends GraphNodeCommon {
  readonly type: 'service';
  readonly serviceType: string;
  readonly clusterIP?: string;
  readonly ports: readonly ServicePortSummary[];
  /** How many mesh routes attach to the frontend. */
  readonly frontend: { readonly handle: typeof FRONTEND_HANDLE; readonly routes: number };
  /** How many backendRefs and mirrors send to the backend. */
  readonly backend: { readonly handle: typeof BACKEND_HANDLE; readonly references: number };
}

/** A ReferenceGrant, with what it permits. */
export interface ReferenceGrantNode extends GraphNodeCommon {
  readonly type: 'referenceGrant';
  readonly from: readonly ReferenceGrantFrom[];
  readonly to: readonly ReferenceGrantTo[];
}

/** Where traffic comes from: outside clients, or the workloads of a namespace in the mesh. */
export interface EntryNode extends GraphNodeCommon {
  readonly type: 'entry';
  readonly entry: 'internet' | 'mesh';
}

/** An object that references name but the documents do not define (a dangling reference). */
export interface MissingNode extends GraphNodeCommon {
  readonly type: 'missing';
  /** How many references point at it. */
  readonly references: number;
}

/** Any other resource (unknown kinds, BackendTLSPolicy…), shown plainly. */
export interface PlainNode extends GraphNodeCommon {
  readonly type: 'plain';
  readonly apiVersion: string;
}

/** A node of the graph. */
export type GraphNode =
  | GatewayClassNode
  | GatewayNode
  | ListenerSetNode
  | RouteNode
  | ServiceNode
  | ReferenceGrantNode
  | EntryNode
  | MissingNode
  | PlainNode;

/** A condition status as Kubernetes writes it. */
export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** How an edge is drawn. */
export type EdgeLine = 'solid' | 'dashed' | 'dotted';

/** What every edge has. */
export interface GraphEdgeCommon {
  /** A stable id (see `edgeIds.ts`), shared with the simulator's traffic counts. */
  readonly id: string;
  readonly source: string;
  readonly sourceHandle?: string;
  readonly target: string;
  readonly targetHandle?: string;
  /** Short text drawn on the edge (may be empty). */
  readonly label: string;
  readonly line: EdgeLine;
}

/** Outside clients reaching a listener. */
export interface EntryEdge extends GraphEdgeCommon {
  readonly kind: 'entry';
}

/** Mesh callers of a namespace reaching a routed Service's frontend. */
export interface MeshEntryEdge extends GraphEdgeCommon {
  readonly kind: 'meshEntry';
}

/** A route's parentRef: from the listener (or Service frontend) to the route. */
export interface ParentRefEdge extends GraphEdgeCommon {
  readonly kind: 'parentRef';
  /** {@link resourceKey} of the route. */
  readonly route: string;
  readonly parentRefIndex: number;
  /** The listener name, or `port 80` / `all ports` for a Service; empty when unmatched. */
  readonly via: string;
  /** False when the parent is missing or no listener (or port) matches the reference. */
  readonly matched: boolean;
  /** The route's Accepted condition for this parentRef, when the caller knows it. */
  readonly status?: ConditionStatus;
  readonly reason?: string;
}

/** A rule sending to a backend, with its share of the rule's traffic. */
export interface BackendRefEdge extends GraphEdgeCommon {
  readonly kind: 'backendRef';
  readonly route: string;
  readonly ruleIndex: number;
  readonly backendRefIndex: number;
  /** The weight as written (default 1). */
  readonly weight: number;
  /** weight / sum of the rule's weights (0 when they are all 0). */
  readonly share: number;
  readonly valid: boolean;
  /** Why it is invalid: the ResolvedRefs reason (`BackendNotFound`, `RefNotPermitted`…). */
  readonly reason?: string;
}

/** A RequestMirror filter copying a rule's (or a backendRef's) requests to a backend. */
export interface MirrorEdge extends GraphEdgeCommon {
  readonly kind: 'mirror';
  readonly route: string;
  readonly ruleIndex: number;
  readonly filterIndex: number;
  readonly backendRefIndex: number | null;
  /** The share of requests copied, in percent. */
  readonly percent: number;
  readonly valid: boolean;
  readonly reason?: string;
}

/** A ReferenceGrant permitting a resource's reference into the grant's namespace. */
export interface GrantEdge extends GraphEdgeCommon {
  readonly kind: 'grant';
  readonly fromIndex: number;
}

/** A Gateway's class. */
export interface GatewayClassEdge extends GraphEdgeCommon {
  readonly kind: 'gatewayClass';
}

/** A ListenerSet's parent Gateway. */
export interface ListenerSetEdge extends GraphEdgeCommon {
  readonly kind: 'listenerSet';
}

/** A policy's target (BackendTLSPolicy → Service backend). */
export interface PolicyEdge extends GraphEdgeCommon {
  readonly kind: 'policy';
  readonly targetIndex: number;
}

/** An edge of the graph. */
export type GraphEdge =
  | EntryEdge
  | MeshEntryEdge
  | ParentRefEdge
  | BackendRefEdge
  | MirrorEdge
  | GrantEdge
  | GatewayClassEdge
  | ListenerSetEdge
  | PolicyEdge;

/** The handle of a route node where parentRef edges arrive. */
export const PARENTS_HANDLE = 'parents';
/** The handle of a Service node's frontend (mesh parent). */
export const FRONTEND_HANDLE = 'frontend';
/** The handle of a Service node's backend (backendRef target). */
export const BACKEND_HANDLE = 'backend';

/**
 * The handle id of a listener on its Gateway or ListenerSet node.
 *
 * @param name - The listener's name.
 */
export function listenerHandle(name: string): string {
  return `listener:${name}`;
}

/**
 * The handle id of a rule on its route node.
 *
 * @param index - The rule's index in `spec.rules`.
 */
export function ruleHandle(index: number): string {
  return `rule:${index}`;
}

/** The id of the outside-clients entry node. */
export const INTERNET_NODE_ID = 'entry:internet';

/**
 * The id of the entry node for mesh callers in a namespace.
 *
 * @param namespace - The callers' namespace.
 */
export function meshEntryNodeId(namespace: string): string {
  return `entry:mesh:${namespace}`;
}

/**
 * The group id of a namespace.
 *
 * @param namespace - The namespace (`""` gives the cluster-scoped group).
 */
export function namespaceGroupId(namespace: string): string {
  return namespace === '' ? CLUSTER_GROUP : `namespace:${namespace}`;
}
