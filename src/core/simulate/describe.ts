import type { ResourceId } from '../model/identity.ts';
import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledMatch } from './compiledRoute.ts';
import { pathHolds, valueHolds } from './conditions.ts';
import type { RequestView } from './requestView.ts';
import { type Phrase, type PhraseValue, englishText, phrase, phraseList } from './stepText.ts';
import type { ValueCondition } from './valueMatchers.ts';

/**
 * Short descriptions of routes, matches and why a match does not hold, for explanations.
 */

/**
 * `HTTPRoute ns/name`.
 *
 * @param id - A route.
 */
export function routeName(id: ResourceId): string {
  return `${id.kind} ${id.namespace}/${id.name}`;
}

/**
 * `HTTPRoute ns/name rule 1 match 0` (the match is left out for a rule without matches).
 *
 * @param match - A compiled match.
 * @returns The name, as a phrase of the explanation.
 */
export function matchNamePhrase(match: CompiledMatch): Phrase {
  const rule = match.rule;
  const route = routeName(rule.route.id);
  if (match.implicit) {
    return rule.name
      ? phrase('simulate.part.ruleNamed', { route, rule: rule.index, name: rule.name })
      : phrase('simulate.part.rule', { route, rule: rule.index });
  }
  return rule.name
    ? phrase('simulate.part.ruleNamedMatch', {
        route,
        rule: rule.index,
        name: rule.name,
        match: match.index,
      })
    : phrase('simulate.part.ruleMatch', { route, rule: rule.index, match: match.index });
}

/**
 * {@link matchNamePhrase} in English.
 *
 * @param match - A compiled match.
 */
export function matchName(match: CompiledMatch): string {
  return englishText(matchNamePhrase(match));
}

function conditions(list: readonly ValueCondition[], label: 'header' | 'query'): Phrase[] {
  return list.map((c) =>
    phrase(label === 'header' ? 'simulate.part.headerCondition' : 'simulate.part.queryCondition', {
      condition: c.type === 'Exact' ? `${c.name}=${c.value}` : `${c.name}~${c.value}`,
    }),
  );
}

/**
 * The conditions of a match: `PathPrefix /api, method GET, header x-canary=true`.
 *
 * @param match - A compiled match.
 * @returns The conditions, as a part of the explanation.
 */
export function describeMatchPhrase(match: CompiledMatch): PhraseValue {
  if (match.protocol === 'grpc') return describeGrpcMatch(match);
  const parts = phraseList([
    `${match.pathMatch.type} ${match.pathMatch.value}`,
    ...(match.method ? [phrase('simulate.part.method', { method: match.method })] : []),
    ...conditions(match.headers, 'header'),
    ...conditions(match.queryParams, 'query'),
  ]);
  return match.implicit ? phrase('simulate.part.defaultMatch', { conditions: parts }) : parts;
}

/**
 * {@link describeMatchPhrase} in English.
 *
 * @param match - A compiled match.
 */
export function describeMatch(match: CompiledMatch): string {
  return englishText(describeMatchPhrase(match));
}

function describeGrpcMatch(match: CompiledGrpcMatch): PhraseValue {
  const parts = [
    ...(match.service ? [phrase('simulate.part.service', { service: match.service })] : []),
    ...(match.method ? [phrase('simulate.part.method', { method: match.method })] : []),
    ...conditions(match.headers, 'header'),
  ];
  if (parts.length === 0) return phrase('simulate.part.everyCall');
  return match.type === 'RegularExpression'
    ? phrase('simulate.part.regexMatch', { conditions: phraseList(parts) })
    : phraseList(parts);
}

/**
 * Why a match does not hold for a request, or null when it holds.
 *
 * @param match - A compiled match.
 * @param view - The request.
 * @returns The reason, as a part of the explanation.
 */
export function mismatch(match: CompiledMatch, view: RequestView): Phrase | null {
  if (!match.usable) return phrase('simulate.part.ruleDropped');
  if (match.protocol === 'grpc') return grpcMismatch(match, view);
  return httpMismatch(match, view);
}

function httpMismatch(match: CompiledHttpMatch, view: RequestView): Phrase | null {
  if (!pathHolds(match, view.path)) {
    const { type, value } = match.pathMatch;
    const params = { path: view.path, value };
    if (type === 'Exact') return phrase('simulate.part.pathNotExact', params);
    if (type === 'PathPrefix') return phrase('simulate.part.pathNotUnderPrefix', params);
    return phrase('simulate.part.pathNotRegex', params);
  }
  if (match.method !== undefined && match.method !== view.method) {
    return phrase('simulate.part.methodNot', { actual: view.method, expected: match.method });
  }
  return (
    conditionMismatch(match.headers, 'header', (c) => view.header(c.key)) ??
    conditionMismatch(match.queryParams, 'query', (c) => view.queryParam(c.key))
  );
}

function orNone(value: string): PhraseValue {
  return value || phrase('simulate.part.noValue');
}

function grpcMismatch(match: CompiledGrpcMatch, view: RequestView): Phrase | null {
  const call = view.grpc;
  if (!call) return phrase('simulate.part.notGrpc');
  if (match.serviceTest && !match.serviceTest(call.service)) {
    return phrase('simulate.part.serviceNot', {
      actual: orNone(call.service),
      expected: match.service ?? '',
    });
  }
  if (match.methodTest && !match.methodTest(call.method)) {
    return phrase('simulate.part.methodNot', {
      actual: orNone(call.method),
      expected: match.method ?? '',
    });
  }
  return conditionMismatch(match.headers, 'header', (c) => view.header(c.key));
}

function conditionMismatch(
  list: readonly ValueCondition[],
  label: 'header' | 'query',
  read: (condition: ValueCondition) => string | undefined,
): Phrase | null {
  for (const condition of list) {
    const value = read(condition);
    if (valueHolds(condition, value)) continue;
    const header = label === 'header';
    if (value === undefined) {
      return phrase(header ? 'simulate.part.headerMissing' : 'simulate.part.queryMissing', {
        name: condition.name,
      });
    }
    const expected = condition.type === 'Exact' ? condition.value : `~${condition.value}`;
    return phrase(header ? 'simulate.part.headerValue' : 'simulate.part.queryValue', {
      name: condition.name,
      actual: value,
      expected,
    });
  }
  return null;
}

/**
 * Joins a list for a sentence, shortening it after a few items.
 *
 * @param items - Items to list.
 * @param limit - How many to name before "and N more".
 */
export function listText(items: readonly string[], limit = 5): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}
