import { RE2JS } from 're2js';

/**
 * Regular expressions as the API server runs them: RE2 syntax and semantics (Go's `regexp`, used
 * for OpenAPI `pattern` and CEL `matches`), in linear time whatever the input. Each pattern is
 * compiled once.
 */

const cache = new Map<string, RE2JS | Error>();
// Patterns come from the CRDs and their rules, a fixed set; the bound only guards against a rule
// that builds patterns from user data.
const MAX_CACHED = 512;

// Results per pattern for short texts: the same values (`Service`, `""`, a group name) are
// matched against the same patterns thousands of times in a large document set.
const results = new Map<string, Map<string, boolean>>();
const MAX_RESULTS = 4096;
const MAX_REMEMBERED_LENGTH = 256;

/**
 * Compiles a pattern once.
 *
 * @param pattern - An RE2 pattern.
 * @returns The compiled expression, or the error RE2 gives for it.
 */
export function compileRe2(pattern: string): RE2JS | Error {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = RE2JS.compile(pattern);
    } catch (error) {
      compiled = error instanceof Error ? error : new Error(String(error));
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * Whether a pattern matches anywhere in a text (Go's `MatchString`, CEL's `matches`).
 *
 * @param pattern - An RE2 pattern.
 * @param text - The text.
 * @returns The result, or the pattern's compile error.
 */
export function re2Find(pattern: string, text: string): boolean | Error {
  const remember = text.length <= MAX_REMEMBERED_LENGTH;
  let known = results.get(pattern);
  const hit = remember ? known?.get(text) : undefined;
  if (hit !== undefined) return hit;
  const compiled = compileRe2(pattern);
  if (compiled instanceof Error) return compiled;
  const found = compiled.test(text);
  if (remember) {
    if (!known || known.size >= MAX_RESULTS) {
      if (!known && results.size >= MAX_CACHED) results.clear();
      known = new Map();
      results.set(pattern, known);
    }
    known.set(text, found);
  }
  return found;
}
