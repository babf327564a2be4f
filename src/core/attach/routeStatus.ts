import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Workspace } from '../yaml/workspace.ts';
import { type Explanation, joinExplanations } from './explanation.ts';
import { finding } from './findings.ts';
import type { RouteOutcome } from './outcomes.ts';
import { type StatusCondition, type RouteStatus, condition } from './status.ts';

/**
 * The status a conformant controller writes for a route (semantics.md F9): one `parents[]` entry
 * per declared parentRef with `Accepted`, `ResolvedRefs`, and `PartiallyInvalid` when rules are
 * dropped. `ResolvedRefs` concerns the whole route (every backendRef and mirror), so it is the
 * same for every parent; its reason is that of the first unresolved reference.
 *
 * @param outcome - The route's decisions.
 * @returns Its status.
 */
export function routeStatus(outcome: RouteOutcome): RouteStatus {
  const generation = outcome.route.resource?.metadata.generation;
  const unresolved = outcome.backendRefs.filter((ref) => !ref.resolution.valid);
  const first = unresolved[0]?.resolution;
  const resolvedRefs =
    first && !first.valid
      ? condition(
          'ResolvedRefs',
          false,
          first.reason,
          joinExplanations(unresolved.flatMap((ref) => ref.explanation ?? [])).text,
          generation,
        )
      : condition('ResolvedRefs', true, 'ResolvedRefs', '', generation);
  const accepted = outcome.parents.some((parent) => parent.result.accepted);
  const partiallyInvalid =
    accepted && outcome.droppedRules.length > 0
      ? condition(
          'PartiallyInvalid',
          true,
          'UnsupportedValue',
          joinExplanations(outcome.droppedRules.map((rule) => rule.explanation)).text,
          generation,
        )
      : undefined;
  return {
    parents: outcome.parents.map((parent) => {
      const { result } = parent;
      const conditions: StatusCondition[] = [
        result.accepted
          ? condition(
              'Accepted',
              true,
              'Accepted',
              parent.lostPorts?.explanation.text ?? '',
              generation,
            )
          : condition('Accepted', false, result.reason, result.explanation.text, generation),
        resolvedRefs,
      ];
      if (partiallyInvalid && result.accepted) conditions.push(partiallyInvalid);
      return { parentRef: parent.parentRef, controllerName: parent.controllerName, conditions };
    }),
  };
}

/**
 * The findings a person must fix in a route: each parentRef that is not accepted (at
 * `spec.parentRefs[i]`), each unresolved backendRef (at its path), each Service port lost to a
 * route of a higher kind, and each dropped rule (at the offending field; an error when every
 * rule is dropped, a warning otherwise).
 *
 * @param workspace - The workspace (for text ranges).
 * @param outcome - The route's decisions.
 * @returns The diagnostics.
 */
export function routeDiagnostics(workspace: Workspace, outcome: RouteOutcome): Diagnostic[] {
  const { route } = outcome;
  const out: Diagnostic[] = [];
  const add = (
    path: readonly (string | number)[],
    severity: Diagnostic['severity'],
    code: string,
    explanation: Explanation,
  ): void => {
    out.push(finding(workspace, route, path, severity, code, explanation));
  };
  const accepted = outcome.parents.some((parent) => parent.result.accepted);
  for (const parent of outcome.parents) {
    const path = ['spec', 'parentRefs', parent.index];
    const { result } = parent;
    // A route whose every rule is dropped is reported at the rules, below.
    if (!result.accepted && result.reason !== 'UnsupportedValue') {
      add(path, result.severity, result.reason, result.explanation);
    }
    if (parent.lostPorts) add(path, 'warning', 'Conflicted', parent.lostPorts.explanation);
  }
  for (const ref of outcome.backendRefs) {
    if (!ref.resolution.valid && ref.explanation) {
      add(ref.path, ref.severity, ref.resolution.reason, ref.explanation);
    }
  }
  const allDropped =
    !accepted &&
    outcome.parents.some(
      (parent) => !parent.result.accepted && parent.result.reason === 'UnsupportedValue',
    );
  for (const rule of outcome.droppedRules) {
    add(rule.path, allDropped ? 'error' : 'warning', 'UnsupportedValue', rule.explanation);
  }
  return out;
}
