import type { Attachment } from '../attach/types.ts';
import { backendEdgeId, mirrorEdgeId } from '../graph/edgeIds.ts';
import type { GRPCRouteFilter, HTTPRouteFilter } from '../model/filters.ts';
import type { GRPCRoute, GRPCRouteMatch, GRPCRouteRule } from '../model/grpcRoute.ts';
import type { HTTPRoute, HTTPRouteMatch, HTTPRouteRule } from '../model/httpRoute.ts';
import type { LocalObjectReference } from '../model/references.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type {
  CompiledGrpcMatch,
  CompiledHttpMatch,
  CompiledRoute,
  CompiledRule,
  PathCondition,
} from './compiledRoute.ts';
import { type FilterContext, compileFilters } from './filters/compiledFilter.ts';
import { normalizePrefix } from './paths.ts';
import { compileRegex } from './regex.ts';
import { type RegexProblem, compileValueConditions } from './valueMatchers.ts';
import { compileBackend, createSplit } from './weights.ts';

/** What compiling a route needs from the table being built. */
export interface RouteCompileContext {
  /** Resolves a backendRef of the route (the attachment model's {@link Attachment.resolveBackend}). */
  readonly resolveBackend: Attachment['resolveBackend'];
  /** Whether an ExtensionRef target exists in a namespace. */
  readonly extensionExists: (namespace: string, ref: LocalObjectReference) => boolean;
}

/** A route's compiled form and the patterns RE2 rejected in it. */
export interface RouteCompilation {
  readonly route: CompiledRoute;
  readonly problems: readonly RegexProblem[];
}

type AnyRule = HTTPRouteRule | GRPCRouteRule;

/**
 * Compiles an HTTPRoute or GRPCRoute: matchers (regexes compiled once), filters, and backends
 * resolved through the attachment model.
 *
 * @param entry - The route's workspace entry.
 * @param resource - Its typed record.
 * @param order - Its rank by age (A5), see {@link CompiledRoute.order}.
 * @param createdAt - Its creation time in milliseconds, if known.
 * @param context - Backend and extension resolution.
 * @returns The compiled route and any rejected patterns.
 */
export function compileRoute(
  entry: ResourceEntry,
  resource: HTTPRoute | GRPCRoute,
  order: number,
  createdAt: number | undefined,
  context: RouteCompileContext,
): RouteCompilation {
  const problems: RegexProblem[] = [];
  const rules: CompiledRule[] = [];
  const route: CompiledRoute = {
    entry,
    id: entry.id,
    key: entry.key,
    kind: resource.kind,
    order,
    createdAt,
    rules,
  };
  const written: readonly AnyRule[] = resource.spec.rules ?? [];
  // An HTTPRoute without rules gets the CRD default: one rule matching `PathPrefix /` with no
  // backends (A9), which answers 500 (C4). A GRPCRoute has no default rule.
  const list: readonly AnyRule[] =
    written.length === 0 && resource.kind === 'HTTPRoute' ? [{}] : written;
  list.forEach((rule, index) => {
    rules.push(compileRule(route, resource.kind, rule, index, context, problems));
  });
  return { route, problems };
}

function compileRule(
  route: CompiledRoute,
  kind: 'HTTPRoute' | 'GRPCRoute',
  rule: AnyRule,
  index: number,
  context: RouteCompileContext,
  problems: RegexProblem[],
): CompiledRule {
  const path: FieldPath = ['spec', 'rules', index];
  const backends = (rule.backendRefs ?? []).map((ref, refIndex) => {
    const refPath = [...path, 'backendRefs', refIndex];
    const filters = compileFilters(
      ref.filters,
      [...refPath, 'filters'],
      filterContext(route, index, refIndex, context),
    );
    const resolution = context.resolveBackend(route.entry, ref);
    const edgeId = backendEdgeId(route.key, index, refIndex);
    return compileBackend(
      { index: refIndex, weight: ref.weight, edgeId, path: refPath, filters },
      resolution,
    );
  });
  const matches: (CompiledHttpMatch | CompiledGrpcMatch)[] = [];
  const compiled: CompiledRule = {
    route,
    index,
    name: rule.name,
    matches,
    filters: compileFilters(
      rule.filters,
      [...path, 'filters'],
      filterContext(route, index, null, context),
    ),
    hasBackends: backends.length > 0,
    split: createSplit(backends),
    timeouts: 'timeouts' in rule ? rule.timeouts : undefined,
    retry: 'retry' in rule ? rule.retry : undefined,
  };
  const before = problems.length;
  const written = rule.matches ?? [];
  const compiledMatches: (CompiledHttpMatch | CompiledGrpcMatch)[] = [];
  if (kind === 'HTTPRoute') {
    const httpMatches = written as readonly HTTPRouteMatch[];
    // `matches` omitted (or empty) means the default `PathPrefix /` (A9).
    const list = httpMatches.length === 0 ? [undefined] : httpMatches;
    list.forEach((match, matchIndex) => {
      compiledMatches.push(compileHttpMatch(compiled, match, matchIndex, problems));
    });
  } else {
    const grpcMatches = written as readonly GRPCRouteMatch[];
    // No matches: every gRPC call (G2).
    const list = grpcMatches.length === 0 ? [undefined] : grpcMatches;
    list.forEach((match, matchIndex) => {
      compiledMatches.push(compileGrpcMatch(compiled, match, matchIndex, problems));
    });
  }
  // A controller cannot program a rule with a pattern RE2 rejects: the whole rule is dropped
  // (the route reports PartiallyInvalid), so none of its matches route anything.
  const dropped = problems.length > before;
  for (const match of compiledMatches) matches.push(dropped ? { ...match, usable: false } : match);
  return compiled;
}

function filterContext(
  route: CompiledRoute,
  ruleIndex: number,
  backendRefIndex: number | null,
  context: RouteCompileContext,
): FilterContext {
  return {
    mirrorBackend(filter: HTTPRouteFilter | GRPCRouteFilter, filterIndex: number) {
      const mirror = filter.requestMirror;
      if (!mirror) return undefined;
      const edgeId = mirrorEdgeId(route.key, ruleIndex, filterIndex, backendRefIndex);
      const base: FieldPath =
        backendRefIndex === null
          ? ['spec', 'rules', ruleIndex, 'filters', filterIndex]
          : ['spec', 'rules', ruleIndex, 'backendRefs', backendRefIndex, 'filters', filterIndex];
      const backend = compileBackend(
        {
          index: -1,
          weight: 1,
          edgeId,
          path: [...base, 'requestMirror', 'backendRef'],
          filters: [],
        },
        context.resolveBackend(route.entry, mirror.backendRef),
      );
      // D4: percent, or fraction (denominator 100 by default), or 100 % when neither is set.
      if (mirror.fraction) {
        const denominator = Math.max(1, mirror.fraction.denominator ?? 100);
        return { backend, numerator: Math.max(0, mirror.fraction.numerator), denominator, edgeId };
      }
      return { backend, numerator: Math.max(0, mirror.percent ?? 100), denominator: 100, edgeId };
    },
    extensionExists: (ref) => context.extensionExists(route.id.namespace, ref),
  };
}

function compileHttpMatch(
  rule: CompiledRule,
  match: HTTPRouteMatch | undefined,
  index: number,
  problems: RegexProblem[],
): CompiledHttpMatch {
  const path: FieldPath = match
    ? ['spec', 'rules', rule.index, 'matches', index]
    : ['spec', 'rules', rule.index];
  const type = match?.path?.type ?? 'PathPrefix';
  const value = match?.path?.value ?? '/';
  let pathMatch: PathCondition;
  let usable = true;
  if (type === 'RegularExpression') {
    const compiled = compileRegex(value);
    if (!compiled.ok) {
      usable = false;
      problems.push({ path: [...path, 'path', 'value'], pattern: value, error: compiled.error });
    }
    pathMatch = {
      type,
      value,
      key: value,
      test: compiled.ok ? compiled.test : null,
      literal: compiled.ok ? compiled.prefix : '',
    };
  } else {
    pathMatch = {
      type,
      value,
      key: type === 'Exact' ? value : normalizePrefix(value),
      test: null,
      literal: '',
    };
  }
  const headers = compileValueConditions(match?.headers, 'headers', path, problems);
  const queryParams = compileValueConditions(match?.queryParams, 'queryParams', path, problems);
  if (headers.some((c) => !c.test) || queryParams.some((c) => !c.test)) usable = false;
  return {
    protocol: 'http',
    rule,
    index,
    summary: Object.freeze({ route: rule.route.id, rule: rule.index, match: index }),
    implicit: match === undefined,
    headers,
    usable,
    path,
    pathMatch,
    method: match?.method,
    queryParams,
    conditional: match?.method !== undefined || headers.length > 0 || queryParams.length > 0,
  };
}

function compileGrpcMatch(
  rule: CompiledRule,
  match: GRPCRouteMatch | undefined,
  index: number,
  problems: RegexProblem[],
): CompiledGrpcMatch {
  const path: FieldPath = match
    ? ['spec', 'rules', rule.index, 'matches', index]
    : ['spec', 'rules', rule.index];
  const method = match?.method;
  const type = method?.type ?? 'Exact';
  let usable = true;
  const tester = (value: string | undefined, field: 'service' | 'method') => {
    if (value === undefined || value === '') return null;
    if (type === 'Exact') return (actual: string) => actual === value;
    const compiled = compileRegex(value);
    if (compiled.ok) return compiled.test;
    usable = false;
    problems.push({ path: [...path, 'method', field], pattern: value, error: compiled.error });
    return null;
  };
  const serviceTest = tester(method?.service, 'service');
  const methodTest = tester(method?.method, 'method');
  const headers = compileValueConditions(match?.headers, 'headers', path, problems);
  if (headers.some((c) => !c.test)) usable = false;
  return {
    protocol: 'grpc',
    rule,
    index,
    summary: Object.freeze({ route: rule.route.id, rule: rule.index, match: index }),
    implicit: match === undefined,
    headers,
    usable,
    path,
    type,
    service: method?.service || undefined,
    method: method?.method || undefined,
    serviceTest,
    methodTest,
  };
}
