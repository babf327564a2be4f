import type { FieldPath } from '../yaml/fieldPath.ts';
import { compileCel, summary } from './celEngine.ts';
import { celKey } from './celMemo.ts';
import type { SchemaData, ValidationRule } from './schemaData.ts';
import type { RuleSite } from './schemaWalk.ts';

/** The outcome of one rule on one field that did not pass. */
export interface RuleFailure {
  readonly path: FieldPath;
  readonly rule: ValidationRule;
  /**
   * `violation`: the rule returned false (the message is the rule's own);
   * `error`: it could not be evaluated on this value (the API server rejects the object too);
   * `unsupported`: the engine cannot run it (the object is not judged on it).
   */
  readonly outcome: 'violation' | 'error' | 'unsupported';
  readonly message: string;
}

// Rules that read `oldSelf` compare with the stored object: they only run on updates.
const transitionCache = new WeakMap<ValidationRule, boolean>();

function isTransitionRule(rule: ValidationRule): boolean {
  let transition = transitionCache.get(rule);
  if (transition === undefined) {
    transition = /\boldSelf\b/.test(rule.rule);
    transitionCache.set(rule, transition);
  }
  return transition;
}

/**
 * Evaluates the `x-kubernetes-validations` rules at every site, as the API server does for a
 * create: transition rules are skipped, the message is the rule's `messageExpression` result,
 * else its `message`, else `failed rule: <rule>`.
 *
 * @param data - The schema table (holds the rules).
 * @param sites - Where rules apply, with the CEL value of each field.
 * @returns The rules that did not pass.
 */
export function evaluateRules(data: SchemaData, sites: readonly RuleSite[]): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const site of sites) {
    // One key per field: its rules are evaluated on the same value.
    const key = celKey(site.self);
    for (const index of site.rules) {
      const rule = data.rules[index];
      if (!rule || isTransitionRule(rule)) continue;
      const failure = evaluateRule(rule, site, key);
      if (failure) failures.push(failure);
    }
  }
  return failures;
}

function evaluateRule(
  rule: ValidationRule,
  site: RuleSite,
  key: string | undefined,
): RuleFailure | undefined {
  const path = rule.fieldPath ? [...site.path, ...parseFieldPath(rule.fieldPath)] : site.path;
  const program = compileCel(rule.rule);
  if (!program.ok) {
    return {
      path,
      rule,
      outcome: 'unsupported',
      message: `rule not evaluated (${program.error}): ${ruleText(rule)}`,
    };
  }
  let result: unknown;
  try {
    result = run(program.run, rule, site.self, key);
  } catch (error) {
    return {
      path,
      rule,
      outcome: 'error',
      message: `${lowerFirst(summary(error))} evaluating rule: ${ruleText(rule)}`,
    };
  }
  if (result === true) return undefined;
  if (result !== false) {
    return {
      path,
      rule,
      outcome: 'error',
      message: `rule did not evaluate to a boolean: ${ruleText(rule)}`,
    };
  }
  return { path, rule, outcome: 'violation', message: violationMessage(rule, site.self) };
}

// The API server's CEL (cel-go) words its errors in lower case: `no such key: options`.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const remembered = new WeakMap<ValidationRule, Map<string, unknown>>();
const MAX_REMEMBERED = 4096;

/** Runs a rule, remembering its result for small values (rules are pure functions of `self`). */
function run(
  program: (self: unknown) => unknown,
  rule: ValidationRule,
  self: unknown,
  key: string | undefined,
): unknown {
  if (key === undefined) return program(self);
  let results = remembered.get(rule);
  if (results?.has(key)) return results.get(key);
  const result = program(self);
  if (!results || results.size >= MAX_REMEMBERED) {
    results = new Map();
    remembered.set(rule, results);
  }
  results.set(key, result);
  return result;
}

function ruleText(rule: ValidationRule): string {
  return (rule.message ?? '').trim() || rule.rule.trim();
}

function violationMessage(rule: ValidationRule, self: unknown): string {
  if (rule.messageExpression) {
    const program = compileCel(rule.messageExpression);
    if (program.ok) {
      try {
        const text = program.run(self);
        // The API server ignores an empty, blank or multi-line result.
        if (typeof text === 'string' && text.trim() !== '' && !text.includes('\n')) return text;
      } catch {
        // A failing messageExpression falls back to the message, as the API server does.
      }
    }
  }
  const message = rule.message?.trim();
  return message ? message : `failed rule: ${rule.rule.trim()}`;
}

/**
 * Reads a rule's `fieldPath` (`.spec.foo`, `.items['key']`, `.list[0]`) relative to its field.
 *
 * @param text - The fieldPath.
 */
function parseFieldPath(text: string): FieldPath {
  const out: (string | number)[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(match[2].replace(/\\(.)/g, '$1'));
    else if (match[3] !== undefined) out.push(Number(match[3]));
  }
  return out;
}
