import type { Severity } from '../diagnostics/diagnostic.ts';
import type { GRPCRouteFilter, HTTPRouteFilter } from '../model/filters.ts';
import type { BackendObjectReference } from '../model/references.ts';
import type { Route } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type { BackendResolver } from './backends.ts';
import type { BackendRefOutcome } from './outcomes.ts';

/** A backend reference of a route and where it is. */
export interface RouteBackendRef {
  readonly ruleIndex: number;
  readonly path: FieldPath;
  readonly ref: BackendObjectReference;
  /** The backendRef's weight (default 1); undefined for a RequestMirror filter's backendRef. */
  readonly weight: number | undefined;
}

/**
 * Every backend reference of a route, in document order: each rule's filters' mirrors, then
 * each backendRef and its own filters' mirrors.
 *
 * @param route - The route's typed record.
 * @returns The references with their paths.
 */
export function routeBackendRefs(route: Route): readonly RouteBackendRef[] {
  // A route's record is reused while its document is unchanged, so this is done once per edit.
  let refs = refCache.get(route);
  if (!refs) {
    refs = collectBackendRefs(route);
    refCache.set(route, refs);
  }
  return refs;
}

const refCache = new WeakMap<Route, readonly RouteBackendRef[]>();

function collectBackendRefs(route: Route): RouteBackendRef[] {
  const out: RouteBackendRef[] = [];
  const mirrors = (
    ruleIndex: number,
    base: FieldPath,
    filters: readonly (HTTPRouteFilter | GRPCRouteFilter)[] | undefined,
  ): void => {
    (filters ?? []).forEach((filter, f) => {
      if (filter.type === 'RequestMirror' && filter.requestMirror) {
        out.push({
          ruleIndex,
          path: [...base, 'filters', f, 'requestMirror', 'backendRef'],
          ref: filter.requestMirror.backendRef,
          weight: undefined,
        });
      }
    });
  };
  const rules: readonly {
    readonly filters?: readonly (HTTPRouteFilter | GRPCRouteFilter)[];
    readonly backendRefs?: readonly (BackendObjectReference & {
      readonly weight?: number;
      readonly filters?: readonly (HTTPRouteFilter | GRPCRouteFilter)[];
    })[];
  }[] = route.spec.rules ?? [];
  rules.forEach((rule, r) => {
    const base = ['spec', 'rules', r];
    mirrors(r, base, rule.filters);
    (rule.backendRefs ?? []).forEach((ref, b) => {
      const path = [...base, 'backendRefs', b];
      out.push({ ruleIndex: r, path, ref, weight: ref.weight ?? 1 });
      mirrors(r, path, ref.filters);
    });
  });
  return out;
}

/**
 * Resolves every backend reference of a route. An invalid reference is an error when its rule
 * has no valid backend left to send traffic to, and a warning when the cluster still serves the
 * rule's traffic: a mirror (only the copy is lost), a weight-0 backend (it gets no traffic,
 * semantics.md C8), or a rule with another valid backend of weight above 0 (only this share of
 * the traffic fails, C4).
 *
 * @param resolve - The backendRef resolver.
 * @param entry - The route.
 * @param route - Its typed record.
 * @returns One outcome per reference.
 */
export function resolveRouteBackends(
  resolve: BackendResolver,
  entry: ResourceEntry,
  route: Route,
): BackendRefOutcome[] {
  const refs = routeBackendRefs(route);
  const resolved = refs.map((ref) => resolve(entry, ref.ref));
  const servedRules = new Set<number>();
  refs.forEach((ref, i) => {
    if (resolved[i]?.resolution.valid && ref.weight !== undefined && ref.weight > 0) {
      servedRules.add(ref.ruleIndex);
    }
  });
  return refs.map((ref, i) => {
    const { resolution, explanation } = resolved[i] ?? resolve(entry, ref.ref);
    const spared = ref.weight === undefined || ref.weight === 0 || servedRules.has(ref.ruleIndex);
    const severity: Severity = spared ? 'warning' : 'error';
    return {
      ruleIndex: ref.ruleIndex,
      path: ref.path,
      weight: ref.weight,
      resolution,
      explanation,
      severity,
    };
  });
}
