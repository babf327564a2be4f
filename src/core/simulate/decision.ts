import type { ResourceId } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';

/**
 * The decisions and explanations the simulator returns. Every type here is plain data (no
 * functions, no parsed documents), so a decision can cross a worker boundary unchanged.
 */

/** The gRPC status a gRPC client sees (null for plain HTTP). */
export type GrpcStatus = 'OK' | 'UNIMPLEMENTED' | 'UNAVAILABLE';

/** A backend as a route names it (a Service port, or another kind). */
export interface BackendTarget {
  /** Only set for kinds outside the core group. */
  readonly group?: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly port: number | null;
}

/** One backendRef of the chosen rule and its share of the rule's traffic. */
export interface SplitShare {
  readonly backend: BackendTarget;
  /** The weight as it counts: the written weight, 1 when unset. */
  readonly weight: number;
  /** weight / sum of the rule's weights (0 when every weight is 0). */
  readonly share: number;
  readonly valid: boolean;
  /** The ResolvedRefs reason when the backend is invalid (`BackendNotFound`, `RefNotPermitted`…). */
  readonly reason?: string;
}

/** Where the request arrived: a listener (Gateway or ListenerSet), or a Service port (mesh). */
export type DecisionParent =
  | {
      readonly kind: string;
      readonly namespace: string;
      readonly name: string;
      readonly sectionName: string;
    }
  | {
      readonly kind: 'Service';
      readonly namespace: string;
      readonly name: string;
      readonly port: number;
    };

/** The request as the backend receives it, after filters. */
export interface ForwardedRequest {
  readonly method: string;
  readonly scheme: 'http' | 'https';
  readonly host: string;
  /** The path with its query string. */
  readonly path: string;
  /** Header names in lower case (the Host header is `host` above). */
  readonly headers: Readonly<Record<string, string>>;
}

/** A redirect answered instead of forwarding. */
export interface RedirectResult {
  readonly status: number;
  readonly location: string;
}

/** A RequestMirror filter of the decision: where copies go and how often. */
export interface MirrorResult {
  readonly backend: BackendTarget;
  /** The fraction of requests mirrored, from 0 to 1. */
  readonly fraction: number;
  /** Whether this request was copied (drawn with the request's random source). */
  readonly sent: boolean;
  readonly valid: boolean;
  readonly reason?: string;
}

/**
 * Choices the simulator makes where the Gateway API leaves behaviour open (the "Gaps" list of
 * semantics.md, and the spots its sections mark as implementation-specific).
 */
export type SpecGap =
  | 'AllWeightsZero'
  | 'RegexPathPrecedence'
  | 'RegexSemantics'
  | 'GrpcAndHttpOnOneHostname'
  | 'RuleWithoutBackends'
  | 'MirrorHeaders'
  | 'RepeatedHeader'
  | 'RepeatedQueryParam'
  | 'MissingCreationTimestamp'
  | 'CorsPreflightRejected'
  | 'UnknownService'
  | 'ExtensionNotSimulated';

/** A place an explanation step points at: a resource and, optionally, one of its fields. */
export interface StepRef {
  readonly resource: ResourceId;
  /** A field path in the resource (`['spec', 'rules', 0]`), or null for the whole resource. */
  readonly path: FieldPath | null;
}

/** What an explanation step is about. */
export type StepKind =
  | 'entry'
  | 'listener'
  | 'hostname'
  | 'candidate'
  | 'match'
  | 'split'
  | 'backend'
  | 'filter'
  | 'redirect'
  | 'mirror'
  | 'timeout'
  | 'retry'
  | 'gap'
  | 'outcome';

/**
 * A step's message as a template key and parameters, so the interface can show it in its
 * language (see `stepText.ts` for how parts of a sentence are named in `params`).
 */
export interface StepI18n {
  /** `simulate.step.<name>`: a key of the core's `stepTemplates`. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One step of a decision's explanation, in the order the decision was made. */
export interface ExplainStep {
  readonly kind: StepKind;
  /** One English sentence, for `explain` and screen readers. */
  readonly message: string;
  /** What the step considered, so the interface can highlight it. */
  readonly refs: readonly StepRef[];
  /** Set when the step records a choice the specification leaves open. */
  readonly gap?: SpecGap;
  /** The message's template key and parameters; rendering it in English gives `message`. */
  readonly i18n?: StepI18n;
}

/** The decision for one request: what the client sees and why. */
export interface RouteDecision {
  /** The HTTP status the client receives (200 when forwarded; gRPC calls are 200 with a grpcStatus). */
  readonly status: number;
  readonly grpcStatus: GrpcStatus | null;
  readonly parent: DecisionParent | null;
  readonly route: ResourceId | null;
  /** Index in `spec.rules`, or null when nothing matched. */
  readonly rule: number | null;
  /** Index in the rule's `matches` (0 for a rule without matches: the default match), or null. */
  readonly match: number | null;
  readonly split: readonly SplitShare[];
  /** The backend this request went to (possibly an invalid one; then the status is 500). */
  readonly backend: BackendTarget | null;
  readonly forwarded: ForwardedRequest | null;
  readonly redirect: RedirectResult | null;
  readonly mirrors: readonly MirrorResult[];
  /** Headers the gateway adds to or sets on the response (lower-case names). */
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly steps: readonly ExplainStep[];
  /** The steps' messages, one line each. */
  readonly explain: readonly string[];
  /** The graph edges the request travelled, as `src/core/graph/edgeIds.ts` names them. */
  readonly edges: readonly string[];
}

/**
 * The key `switchyard route --count` uses for a backend: `namespace/name:port`.
 *
 * @param backend - A backend.
 */
export function backendKey(backend: BackendTarget): string {
  return backend.port === null
    ? `${backend.namespace}/${backend.name}`
    : `${backend.namespace}/${backend.name}:${backend.port}`;
}
