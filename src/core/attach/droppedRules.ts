import { RE2JS } from 're2js';
import type { HTTPValueMatch } from '../model/httpRoute.ts';
import type { Route } from '../model/resource.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import { explain } from './explanation.ts';
import type { DroppedRule } from './outcomes.ts';

/**
 * The rules a controller drops because it cannot program them, so the route reports
 * `PartiallyInvalid` (semantics.md F9), or `Accepted=False UnsupportedValue` when every rule is
 * dropped. A rule is dropped when one of its `RegularExpression` matches (path, header or query
 * parameter of an HTTPRoute; service, method or header of a GRPCRoute) does not compile.
 * NOTE: the regular expression dialect is implementation specific (semantics.md A4, A10, G2);
 * Switchyard uses RE2, as Envoy-based implementations do.
 *
 * @param route - The route's typed record.
 * @returns The dropped rules, in rule order.
 */
export function findDroppedRules(route: Route): readonly DroppedRule[] {
  // The answer depends on the route alone, and a route's record is reused while its document is
  // unchanged: compiling is done once per edit of the route, not once per document change.
  let dropped = cache.get(route);
  if (!dropped) {
    dropped = compileChecks(regexChecks(route));
    cache.set(route, dropped);
  }
  return dropped;
}

const cache = new WeakMap<Route, readonly DroppedRule[]>();

function regexChecks(route: Route): RegexCheck[] {
  const checks: RegexCheck[] = [];
  switch (route.kind) {
    case 'HTTPRoute':
      (route.spec.rules ?? []).forEach((rule, r) => {
        (rule.matches ?? []).forEach((match, m) => {
          const base = ['spec', 'rules', r, 'matches', m];
          if (match.path?.type === 'RegularExpression' && match.path.value !== undefined) {
            checks.push({ rule: r, path: [...base, 'path', 'value'], pattern: match.path.value });
          }
          valueChecks(checks, r, [...base, 'headers'], match.headers);
          valueChecks(checks, r, [...base, 'queryParams'], match.queryParams);
        });
      });
      break;
    case 'GRPCRoute':
      (route.spec.rules ?? []).forEach((rule, r) => {
        (rule.matches ?? []).forEach((match, m) => {
          const base = ['spec', 'rules', r, 'matches', m];
          const method = match.method;
          if (method?.type === 'RegularExpression') {
            if (method.service !== undefined) {
              checks.push({
                rule: r,
                path: [...base, 'method', 'service'],
                pattern: method.service,
              });
            }
            if (method.method !== undefined) {
              checks.push({ rule: r, path: [...base, 'method', 'method'], pattern: method.method });
            }
          }
          valueChecks(checks, r, [...base, 'headers'], match.headers);
        });
      });
      break;
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      break;
  }
  return checks;
}

function compileChecks(checks: readonly RegexCheck[]): DroppedRule[] {
  const dropped: DroppedRule[] = [];
  for (const check of checks) {
    if (dropped.some((rule) => rule.index === check.rule)) continue;
    const error = compileError(check.pattern);
    if (error === undefined) continue;
    const why = explain('invalidRegex', { field: formatPath(check.path), error });
    dropped.push({
      index: check.rule,
      path: check.path,
      explanation: explain('droppedRule', { rule: check.rule, why: why.text }),
    });
  }
  return dropped;
}

interface RegexCheck {
  readonly rule: number;
  readonly path: FieldPath;
  readonly pattern: string;
}

function valueChecks(
  checks: RegexCheck[],
  rule: number,
  base: FieldPath,
  matches: readonly HTTPValueMatch[] | undefined,
): void {
  (matches ?? []).forEach((match, i) => {
    if (match.type === 'RegularExpression') {
      checks.push({ rule, path: [...base, i, 'value'], pattern: match.value });
    }
  });
}

// Routes share few patterns and compiling one costs tens of microseconds, so outcomes are kept
// by pattern; the table is emptied when it grows past a bound, so it cannot grow without end.
const compiled = new Map<string, string | undefined>();
const compiledBound = 4096;

function compileError(pattern: string): string | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern);
  let error: string | undefined;
  try {
    RE2JS.compile(pattern);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (compiled.size >= compiledBound) compiled.clear();
  compiled.set(pattern, error);
  return error;
}
