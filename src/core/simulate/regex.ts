import { RE2JS } from 're2js';

/**
 * A `RegularExpression` match compiled with RE2 semantics (re2js: linear time, no backtracking,
 * so a hostile pattern cannot stall the simulator). The pattern must match the whole value, as
 * Envoy's `safe_regex` does; the spec leaves regular-expression semantics to implementations.
 */
export type CompiledRegex =
  | {
      readonly ok: true;
      /** Whether the whole value matches. */
      readonly test: (value: string) => boolean;
      /** Literal text every match starts with (empty when there is none), for a cheap first check. */
      readonly prefix: string;
    }
  | { readonly ok: false; readonly error: string };

const cache = new Map<string, CompiledRegex>();
const CACHE_LIMIT = 4096;
const metaCharacters = new Set('\\.+*?()[]{}^$|');
const quantifiers = new Set('*?{+');

/**
 * Compiles a pattern with RE2 syntax; the result is cached by pattern text, so editing one route
 * does not recompile the others. A pattern RE2 rejects (lookaround, backreferences…) is returned
 * as an error, never thrown.
 *
 * @param pattern - The pattern as written in the route.
 * @returns A whole-value matcher, or the reason RE2 rejects the pattern.
 */
export function compileRegex(pattern: string): CompiledRegex {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let compiled: CompiledRegex;
  try {
    const re = RE2JS.compile(pattern);
    const prefix = literalPrefix(pattern);
    // Most path patterns start with literal text (`/items/[0-9]+`); checking it first skips the
    // automaton for most values that cannot match.
    compiled = {
      ok: true,
      test:
        prefix === ''
          ? (value) => re.testExact(value)
          : (value) => value.startsWith(prefix) && re.testExact(value),
      prefix,
    };
  } catch (error) {
    compiled = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/**
 * The literal text every match of a pattern starts with (`/items/` for `/items/[0-9]+`); empty
 * when the pattern has alternation or starts with an operator.
 *
 * @param pattern - An RE2 pattern.
 */
export function literalPrefix(pattern: string): string {
  if (pattern.includes('|')) return '';
  let start = pattern.startsWith('^') ? 1 : 0;
  let out = '';
  for (; start < pattern.length; start++) {
    const char = pattern.charAt(start);
    // Only plain ASCII counts, so a quantifier never splits a surrogate pair.
    if (metaCharacters.has(char) || char > '~' || char < ' ') {
      // A quantifier applies to the character before it, which is then not certain to appear.
      if (quantifiers.has(char)) out = out.slice(0, -1);
      break;
    }
    out += char;
  }
  return out;
}
