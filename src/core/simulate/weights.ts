import type { BackendFailure, BackendResolution } from '../attach/types.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import { type BackendTarget, backendKey } from './decision.ts';
import type { CompiledFilter } from './filters/compiledFilter.ts';
import { type RandomSource, nextBelow } from './random.ts';

/** A backendRef of a rule with its reference resolved. */
export interface CompiledBackend {
  /** Index in the rule's `backendRefs` (-1 for a Service sending to itself, or a mirror). */
  readonly index: number;
  readonly target: BackendTarget;
  /** {@link backendKey} of `target`. */
  readonly key: string;
  /** The weight as it counts (C1): the written weight, 1 when unset, never below 0. */
  readonly weight: number;
  readonly valid: boolean;
  readonly reason: BackendFailure | undefined;
  readonly message: string | undefined;
  /** The graph edge from the rule to this backend. */
  readonly edgeId: string;
  /** Field path of the backendRef in the route. */
  readonly path: FieldPath;
  /** Filters that run only when this backend is chosen (C7). */
  readonly filters: readonly CompiledFilter[];
}

/** A rule's backends, ready for weighted drawing. */
export interface CompiledSplit {
  readonly backends: readonly CompiledBackend[];
  /** The sum of the weights. */
  readonly total: number;
  /** The backends with a positive weight (C2: weight 0 gets no traffic). */
  readonly drawable: readonly CompiledBackend[];
  /** Running sums of `drawable` weights. */
  readonly cumulative: readonly number[];
}

/**
 * What a backendRef resolves to, as a target a person reads.
 *
 * @param resolution - The attachment model's resolution.
 */
export function targetOf(resolution: BackendResolution): BackendTarget {
  if (resolution.valid) {
    return {
      kind: resolution.service.kind,
      namespace: resolution.service.namespace,
      name: resolution.service.name,
      port: resolution.port ?? null,
    };
  }
  const { group, kind, namespace, name, port } = resolution.target;
  return { ...(group === '' ? {} : { group }), kind, namespace, name, port: port ?? null };
}

/**
 * Makes a backend from its resolution.
 *
 * @param fields - Index, written weight, edge id, path and filters of the backendRef.
 * @param resolution - What the reference resolves to.
 */
export function compileBackend(
  fields: {
    readonly index: number;
    readonly weight: number | undefined;
    readonly edgeId: string;
    readonly path: FieldPath;
    readonly filters: readonly CompiledFilter[];
  },
  resolution: BackendResolution,
): CompiledBackend {
  const target = targetOf(resolution);
  return {
    index: fields.index,
    target,
    key: backendKey(target),
    // C1: default 1. A negative weight fails the CRD schema; it counts as 0 here.
    weight: Math.max(0, fields.weight ?? 1),
    valid: resolution.valid,
    reason: resolution.valid ? undefined : resolution.reason,
    message: resolution.valid ? undefined : resolution.message,
    edgeId: fields.edgeId,
    path: fields.path,
    filters: fields.filters,
  };
}

/**
 * Prepares a rule's backends for drawing.
 *
 * @param backends - The rule's backends in order.
 */
export function createSplit(backends: readonly CompiledBackend[]): CompiledSplit {
  const drawable: CompiledBackend[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const backend of backends) {
    if (backend.weight <= 0) continue;
    total += backend.weight;
    drawable.push(backend);
    cumulative.push(total);
  }
  return { backends, total, drawable, cumulative };
}

/**
 * A backend's share of the rule's traffic: weight / sum of weights (C1).
 *
 * @param split - The rule's split.
 * @param backend - One of its backends.
 * @returns A number from 0 to 1; 0 when every weight is 0.
 */
export function shareOf(split: CompiledSplit, backend: CompiledBackend): number {
  return split.total > 0 ? backend.weight / split.total : 0;
}

/**
 * Draws a backend in proportion to the weights.
 *
 * @param split - A split with a positive total.
 * @param random - The random source.
 * @returns An index into `split.drawable`.
 */
export function drawBackend(split: CompiledSplit, random: RandomSource): number {
  const { cumulative } = split;
  if (cumulative.length <= 1) return 0;
  const value = nextBelow(random, split.total);
  let index = 0;
  while ((cumulative[index] ?? Infinity) <= value) index++;
  return index;
}
