import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import { locateField } from '../yaml/sourceMap.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { CompiledRoute, CompiledRule } from './compiledRoute.ts';
import type { RouteTable } from './routeTable.ts';
import { shadowMessage } from './shadowMessage.ts';
import { findShadowedRules } from './shadowedRules.ts';

/**
 * Findings about routing that a careful reviewer would point out, beyond what a cluster rejects:
 * - `ShadowedRule` (warning): a rule that can never match, because on every parent it is attached
 *   to, a match of higher precedence matches every request it would. This includes the common
 *   mistake of putting each weighted backend in a rule of its own;
 * - `UnreachableBackend` (warning): a backend that gets no traffic: weight 0 beside positive
 *   weights, or only named by rules that can never match;
 * - `AllWeightsZero` (warning): every backendRef of a rule has weight 0, which Gateway API v1.6.1
 *   leaves undefined (semantics.md C3, Gap 1);
 * - `UnsupportedRegex` (error): a RegularExpression that RE2 rejects; the match never matches.
 *
 * @param workspace - The documents (for field ranges).
 * @param table - The route table compiled from them.
 * @returns The diagnostics, with path and range.
 */
export function reviewRouting(workspace: Workspace, table: RouteTable): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    entry: ResourceEntry,
    severity: Severity,
    code: string,
    path: FieldPath,
    message: string,
    params: Readonly<Record<string, string | number>>,
  ): void => {
    const location = locateField(workspace, entry, path);
    out.push({
      severity,
      code,
      message,
      resource: { kind: entry.id.kind, namespace: entry.id.namespace, name: entry.id.name },
      path: formatPath(path),
      range: location ? location.range : null,
      i18n: { key: `simulate.${code}`, params },
    });
  };
  for (const problem of table.regexProblems) {
    report(
      problem.entry,
      'error',
      'UnsupportedRegex',
      problem.path,
      `RE2 rejects the RegularExpression "${problem.pattern}" (${problem.error}); this match never matches`,
      { pattern: problem.pattern, error: problem.error },
    );
  }
  const shadow = findShadowedRules(table);
  const shadowed = new Set<CompiledRule>();
  for (const [rule, state] of shadow) {
    if (state.sets === 0 || state.shadowedSets < state.sets || !state.by) continue;
    shadowed.add(rule);
    const path: FieldPath = ['spec', 'rules', rule.index];
    const message = shadowMessage(rule, state.by);
    report(rule.route.entry, 'warning', 'ShadowedRule', path, message, {
      rule: rule.index,
      by: `${state.by.rule.route.id.namespace}/${state.by.rule.route.id.name}`,
      byRule: state.by.rule.index,
    });
  }
  const reachable = new Set<string>();
  // Only the backends of shadowed rules are looked up, so the set is not needed without them.
  // Every rule of a competition set has a state: the keys are the attached rules.
  if (shadowed.size > 0) {
    for (const rule of shadow.keys()) {
      if (shadowed.has(rule)) continue;
      for (const backend of rule.split.drawable) reachable.add(backend.key);
    }
  }
  for (const route of table.routes) {
    for (const rule of route.rules) reviewWeights(route, rule, shadowed, reachable, report);
  }
  return out;
}

type Report = (
  entry: ResourceEntry,
  severity: Severity,
  code: string,
  path: FieldPath,
  message: string,
  params: Readonly<Record<string, string | number>>,
) => void;

function reviewWeights(
  route: CompiledRoute,
  rule: CompiledRule,
  shadowed: ReadonlySet<CompiledRule>,
  reachable: ReadonlySet<string>,
  report: Report,
): void {
  const { split } = rule;
  if (rule.hasBackends && split.total === 0) {
    report(
      route.entry,
      'warning',
      'AllWeightsZero',
      ['spec', 'rules', rule.index, 'backendRefs'],
      `Every backendRef of rule ${rule.index} has weight 0. Gateway API v1.6.1 does not define what happens then; the simulator answers 500 (gRPC UNAVAILABLE), as the open conformance proposal expects. Give a backend a positive weight, or remove the rule`,
      { rule: rule.index },
    );
    return;
  }
  for (const backend of split.backends) {
    if (backend.weight === 0) {
      report(
        route.entry,
        'warning',
        'UnreachableBackend',
        [...backend.path, 'weight'],
        `${backend.key} has weight 0 beside backends with positive weights: it gets no traffic`,
        { backend: backend.key, rule: rule.index },
      );
    } else if (shadowed.has(rule) && !reachable.has(backend.key)) {
      report(
        route.entry,
        'warning',
        'UnreachableBackend',
        backend.path,
        `${backend.key} gets no traffic: it is only named by rules that can never match (rule ${rule.index} here)`,
        { backend: backend.key, rule: rule.index },
      );
    }
  }
}
