import type { HTTPRouteRetry, HTTPRouteTimeouts } from '../model/httpRoute.ts';
import type { ResourceId } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type { CompiledFilter } from './filters/compiledFilter.ts';
import type { ValueCondition } from './valueMatchers.ts';
import type { CompiledSplit } from './weights.ts';

/** An HTTPRoute or GRPCRoute, compiled once per document change. */
export interface CompiledRoute {
  readonly entry: ResourceEntry;
  readonly id: ResourceId;
  readonly key: string;
  readonly kind: 'HTTPRoute' | 'GRPCRoute';
  /**
   * The route's place among all routes by age (A5): oldest `creationTimestamp` first, then
   * `namespace/name`. Lower wins.
   */
  readonly order: number;
  /** `metadata.creationTimestamp` in milliseconds, when it is set and valid. */
  readonly createdAt: number | undefined;
  readonly rules: readonly CompiledRule[];
}

/** A rule of a compiled route. */
export interface CompiledRule {
  readonly route: CompiledRoute;
  readonly index: number;
  readonly name: string | undefined;
  readonly matches: readonly CompiledMatch[];
  readonly filters: readonly CompiledFilter[];
  /** Whether the rule lists backendRefs at all (an empty list counts as none, C4). */
  readonly hasBackends: boolean;
  readonly split: CompiledSplit;
  readonly timeouts: HTTPRouteTimeouts | undefined;
  readonly retry: HTTPRouteRetry | undefined;
}

/** The path condition of an HTTP match. */
export interface PathCondition {
  readonly type: 'Exact' | 'PathPrefix' | 'RegularExpression';
  /** The value as written. */
  readonly value: string;
  /** The index key: the exact path, or the prefix in `normalizePrefix` form. */
  readonly key: string;
  /** The whole-path test of a RegularExpression; null when RE2 rejects the pattern. */
  readonly test: ((path: string) => boolean) | null;
  /** Literal text every path the RegularExpression matches starts with (`""` for other types). */
  readonly literal: string;
}

interface MatchBase {
  readonly rule: CompiledRule;
  /** Index in the rule's `matches` (0 for a rule without matches). */
  readonly index: number;
  /** True when the rule has no `matches` and this is the default match (A9, G2). */
  readonly implicit: boolean;
  readonly headers: readonly ValueCondition[];
  /** False when a pattern of the match is rejected by RE2: the match never matches. */
  readonly usable: boolean;
  /** Field path of the match (the rule's path for an implicit match). */
  readonly path: FieldPath;
  /** Route, rule and match index, as `matchRequest` reports the winner (built once). */
  readonly summary: {
    readonly route: ResourceId;
    readonly rule: number;
    readonly match: number;
  };
}

/** One `matches[]` entry of an HTTPRoute rule. */
export interface CompiledHttpMatch extends MatchBase {
  readonly protocol: 'http';
  readonly pathMatch: PathCondition;
  readonly method: string | undefined;
  readonly queryParams: readonly ValueCondition[];
  /** Whether the match has conditions besides the path (method, headers or query parameters). */
  readonly conditional: boolean;
}

/** One `matches[]` entry of a GRPCRoute rule. */
export interface CompiledGrpcMatch extends MatchBase {
  readonly protocol: 'grpc';
  readonly type: 'Exact' | 'RegularExpression';
  readonly service: string | undefined;
  readonly method: string | undefined;
  readonly serviceTest: ((service: string) => boolean) | null;
  readonly methodTest: ((method: string) => boolean) | null;
}

/** A match of either protocol. */
export type CompiledMatch = CompiledHttpMatch | CompiledGrpcMatch;
