import type {
  Attachment,
  ListenerAttachment,
  MeshAttachment,
  ResolvedListener,
} from '../attach/types.ts';
import type { ServicePort } from '../model/core.ts';
import type { ResourceId } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { CompiledRoute } from './compiledRoute.ts';
import type { HostTiers } from './hostTiers.ts';
import type { GrpcIndex, HttpIndex } from './matchIndex.ts';

/**
 * The compiled route table: everything `route()` needs, built once per document change. Routes
 * are compiled once (regexes, sorted candidate lists, resolved backends) and indexed per listener
 * and hostname, and per Service port for the mesh.
 */
export interface RouteTable {
  readonly workspace: Workspace;
  readonly attachment: Attachment;
  /** The namespace of mesh callers when a request names none. */
  readonly defaultNamespace: string;
  /** Gateways by `namespace/name`. */
  readonly gateways: ReadonlyMap<string, GatewayRoutes>;
  /** Gateways by namespace, then name: the request's own strings are the keys, so no key is built. */
  readonly gatewaysByNamespace: ReadonlyMap<string, ReadonlyMap<string, GatewayRoutes>>;
  /** Services by `namespace/name`, with the mesh routes bound to their ports. */
  readonly services: ReadonlyMap<string, ServiceRoutes>;
  /** Services by ClusterIP, for mesh requests addressed by IP (MeshClusterIPMatching). */
  readonly clusterIPs: ReadonlyMap<string, ServiceRoutes>;
  /** Every compiled (attached) HTTPRoute and GRPCRoute. */
  readonly routes: readonly CompiledRoute[];
  /** Patterns RE2 rejects, in every HTTPRoute and GRPCRoute of the workspace. */
  readonly regexProblems: readonly RouteRegexProblem[];
}

/** A pattern RE2 rejects, with the route it is in. */
export interface RouteRegexProblem {
  readonly entry: ResourceEntry;
  readonly path: FieldPath;
  readonly pattern: string;
  readonly error: string;
}

/** A Gateway's listeners, grouped by port. */
export interface GatewayRoutes {
  readonly id: ResourceId;
  readonly key: string;
  /** Every listener of the Gateway, ListenerSet listeners included, in merged order. */
  readonly listeners: readonly ListenerRoutes[];
  /** Listeners by port, most specific hostname first (A1). */
  readonly byPort: ReadonlyMap<number, readonly ListenerRoutes[]>;
  /**
   * The listeners that can take requests, by protocol (`HTTP`, `HTTPS`) and port, most specific
   * hostname first: ready and not conflicted (F10: a conflicted listener never wins).
   */
  readonly usable: {
    readonly HTTP: ReadonlyMap<number, readonly ListenerRoutes[]>;
    readonly HTTPS: ReadonlyMap<number, readonly ListenerRoutes[]>;
  };
}

/** The routes that compete on one listener, per effective hostname (A1–A3). */
export interface ListenerRoutes {
  readonly listener: ResolvedListener;
  /**
   * The listener hostname as matching uses it: `""` for any host, `.suffix` for a wildcard
   * `*.suffix`, else the exact name (see {@link ListenerRoutes.wildcard}).
   */
  readonly hostname: string;
  readonly wildcard: boolean;
  readonly entryEdgeId: string;
  /** HTTP matches per effective hostname. */
  readonly http: HostTiers<HttpIndex>;
  /** gRPC matches per effective hostname. */
  readonly grpc: HostTiers<GrpcIndex>;
  /** The HTTPRoute and GRPCRoute attachments, for explanations. */
  readonly attachments: readonly ListenerAttachment[];
  /** The parentRef through which each route (by key) attached here. */
  readonly parentRefIndex: ReadonlyMap<string, number>;
}

/** A Service as a mesh destination: its ports and the routes bound to each. */
export interface ServiceRoutes {
  readonly id: ResourceId;
  readonly key: string;
  readonly entry: ResourceEntry;
  readonly ports: readonly ServicePort[];
  readonly byPort: ReadonlyMap<number, ServicePortRoutes>;
}

/** The mesh routes of one Service port: producer routes, and consumer routes per namespace (E5). */
export interface ServicePortRoutes {
  readonly producer: MeshRouteGroup | undefined;
  readonly consumers: ReadonlyMap<string, MeshRouteGroup>;
}

/** The routes of one role (producer, or consumers of one namespace) on one Service port. */
export interface MeshRouteGroup {
  readonly role: 'producer' | 'consumer';
  /** HTTPRoute matches; undefined when there are none, or when GRPCRoutes take the port (E7). */
  readonly http: HttpIndex | undefined;
  readonly grpc: GrpcIndex | undefined;
  readonly attachments: readonly MeshAttachment[];
  /** HTTPRoutes that lose the port to GRPCRoutes (E7: GRPCRoute > HTTPRoute). */
  readonly conflicted: readonly CompiledRoute[];
  /** The parent edge id of each route (by key) on this port. */
  readonly parentEdges: ReadonlyMap<string, string>;
}
