import type { HTTPValueMatch } from '../model/httpRoute.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import { compileRegex } from './regex.ts';

/** A compiled header or query-parameter condition. */
export interface ValueCondition {
  /** The name as written. */
  readonly name: string;
  /** The lookup key: lower case for headers (A10), as written for query parameters (A11). */
  readonly key: string;
  readonly type: 'Exact' | 'RegularExpression';
  readonly value: string;
  /** Null when the condition cannot match (a pattern RE2 rejects). */
  readonly test: ((value: string) => boolean) | null;
  /** The expected value of an `Exact` condition (compared without a call), else undefined. */
  readonly exact: string | undefined;
  /** Where the condition is written, relative to the match. */
  readonly path: FieldPath;
}

/** A pattern RE2 rejects, found while compiling a route. */
export interface RegexProblem {
  /** Field path of the pattern in the resource. */
  readonly path: FieldPath;
  readonly pattern: string;
  readonly error: string;
}

/**
 * Compiles the header or query-parameter conditions of a match. Of several entries with
 * equivalent names only the first counts; the spec says the others MUST be ignored (A10, A11).
 *
 * @param entries - `headers` or `queryParams` of a match.
 * @param field - `'headers'` or `'queryParams'` (headers compare names case-insensitively).
 * @param basePath - Field path of the match, for problems.
 * @param problems - Receives patterns RE2 rejects.
 * @returns The conditions that count, in the order written.
 */
export function compileValueConditions(
  entries: readonly HTTPValueMatch[] | undefined,
  field: 'headers' | 'queryParams',
  basePath: FieldPath,
  problems: RegexProblem[],
): ValueCondition[] {
  if (!entries) return [];
  const seen = new Set<string>();
  const out: ValueCondition[] = [];
  entries.forEach((entry, index) => {
    const key = field === 'headers' ? entry.name.toLowerCase() : entry.name;
    if (seen.has(key)) return;
    seen.add(key);
    const type = entry.type ?? 'Exact';
    const path = [...basePath, field, index];
    let test: ((value: string) => boolean) | null;
    if (type === 'Exact') {
      const expected = entry.value;
      test = (value) => value === expected;
    } else {
      const compiled = compileRegex(entry.value);
      if (compiled.ok) test = compiled.test;
      else {
        test = null;
        problems.push({ path: [...path, 'value'], pattern: entry.value, error: compiled.error });
      }
    }
    const exact = type === 'Exact' ? entry.value : undefined;
    out.push({ name: entry.name, key, type, value: entry.value, test, exact, path });
  });
  return out;
}
