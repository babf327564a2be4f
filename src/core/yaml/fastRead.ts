import { FAILSAFE_SCHEMA, type LoadOptions, Type, loadAll } from 'js-yaml';
import { LIMITS } from './limits.ts';

/**
 * The fast reader of YAML data: js-yaml, several times faster than the comment-keeping `yaml`
 * parser, set up to read what `yaml` reads with `PARSE_OPTIONS`. Where the two could disagree it
 * refuses, and the caller reads the text with `yaml` instead.
 *
 * - Scalars resolve by the YAML 1.2 core schema exactly as `yaml` resolves them. js-yaml's own core
 *   schema also reads `0b101`, `+0o7` and `-0x1` as numbers and `-.5e+2` as a string.
 * - A text with a merge key (`<<`) is refused: js-yaml merges some sources that `yaml` refuses.
 *   Merge keys are rare in Kubernetes YAML.
 * - A key that is a collection (`? [a, b]`, `{a: 1}: b`) is refused: js-yaml and `yaml` turn it
 *   into different strings. No Kubernetes resource has one.
 */

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * Whether a plain scalar may be a number: every number of the core schema starts with a sign, a
 * dot or a digit. Most scalars are words, and this spares them the patterns.
 */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46;
}

/** An integer as `yaml` reads one: the sign applies after parsing (so `-0` is -0). */
function integer(text: string, offset: number, radix: number): number {
  const sign = text[0];
  const digits = text.slice(sign === '-' || sign === '+' ? offset + 1 : offset);
  const value = parseInt(digits, radix);
  return sign === '-' ? -value : value;
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string | null) => text === null || NULLS.has(text),
  construct: () => null,
});

const bool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => BOOLEANS.has(text),
  construct: (text: string) => BOOLEANS.get(text),
});

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) =>
    mayBeNumber(text) && (DECIMAL.test(text) || OCTAL.test(text) || HEX.test(text)),
  construct: (text: string) =>
    OCTAL.test(text)
      ? integer(text, 2, 8)
      : HEX.test(text)
        ? integer(text, 2, 16)
        : integer(text, 0, 10),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) =>
    mayBeNumber(text) && (SPECIAL.test(text) || EXPONENT.test(text) || FRACTION.test(text)),
  construct: (text: string) => {
    if (!SPECIAL.test(text)) return parseFloat(text);
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? -Infinity : Infinity;
  },
});

const schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, bool, int, float] });

// js-yaml 4.3 limits nesting with `maxDepth` (its types predate the option).
const options: LoadOptions & { readonly maxDepth: number } = {
  schema,
  maxDepth: LIMITS.maxDepth,
};

/**
 * Texts that js-yaml may read differently from `yaml`, each with the reason. A pattern may also
 * match where it need not (inside a scalar or a comment): such a text is read by `yaml`, which is
 * only slower. Line ends may be CRLF: a pattern that ends at a line's end allows a `\r` before it.
 */
const UNSURE: readonly RegExp[] = [
  // A key that is a collection (`? [a, b]`, `[a]: b`, `{{a}}`): the two turn it into different
  // strings. The last part also refuses collections nested in flow style.
  /(?:^|[\s[{,])\?(?:[ \t\r]|$)|[\]}][ \t]*:(?:[ \t\r]|$)|[{,][ \t]*[[{]/m,
  // A key that is null (`~:`, `null:`, none before `:`): js-yaml names it "null", `yaml` "".
  /(?:^|[\s[{,?-])(?:~|null|Null|NULL)?:(?:[\s,\]}]|$)/m,
  // A merge key (`<<:`): js-yaml merges some sources that `yaml` refuses.
  /(?:^|[\s[{,])<<(?:[\s:,\]}]|$)/m,
  // A directive (`%YAML`), or a tab in a line's indentation: js-yaml is more lenient with both.
  /^%|^ *\t/m,
  // A carriage return without a line feed: a line break to js-yaml, part of a value to `yaml`.
  /\r(?!\n)/,
  // `---` or `...` glued to more text (js-yaml reads a marker), or content on the `---` line.
  /^(?:---|\.\.\.)[^\s]|^---[ \t]+[^\s#]/m,
  // A quoted scalar that goes on to the next line: js-yaml does not check the indentation of its
  // further lines (`a: "x` then `b"` at the start of a line).
  /(?:^|[\s[{,:?-])(?:"(?:[^"\\\n]|\\[^\n]?)*|'(?:[^'\n]|'')*)$/m,
  // A comment right after a closing quote (`"x"# c`): js-yaml takes it, `yaml` finds an error.
  /["']#/,
  // An empty sequence entry (`-` at the end of its line): js-yaml takes a following less
  // indented `-` into the same sequence.
  /(?:^|[ \t])-[ \t\r]*(?:#[^\n]*)?$/m,
  // A tag at the end of its line: js-yaml drops it when the value is on the next line.
  /(?:^|[\s[{,:?-])![^\s]*[ \t\r]*(?:#[^\n]*)?$/m,
  // A block scalar's explicit indentation (`|2`): js-yaml reads past a `---` at the top level.
  /[|>](?:[1-9][-+]?|[-+][1-9])[ \t\r]*(?:#[^\n]*)?$/m,
];

/**
 * Whether a flow collection (`[…]`, `{…}`) goes on past the end of a line: js-yaml does not check
 * the indentation of its further lines. Brackets inside scalars and comments count too.
 */
function flowSpansLines(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) depth++;
    else if (code === 0x5d || code === 0x7d) depth--;
    else if (code === 0x0a && depth !== 0) return true;
  }
  return depth !== 0;
}

/** An alias (`*name`) at the start of a node; it may also match inside a plain scalar. */
const ALIAS = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

/**
 * Whether the data js-yaml reads from a text may share objects: only aliases make it do so. Data
 * without them is a tree, and its nesting is within `LIMITS.maxDepth` (js-yaml refuses deeper).
 *
 * @param text - The text the data was read from.
 */
export function mayShareObjects(text: string): boolean {
  return ALIAS.test(text);
}

/**
 * Reads the data of every document in a text.
 *
 * @param text - YAML text, one document or many.
 * @returns The documents' data, or undefined when js-yaml refuses the text or might read it
 *   differently from `yaml` (then `yaml` must read it, which also finds the problems' places).
 */
export function readDocumentsFast(text: string): unknown[] | undefined {
  if (UNSURE.some((pattern) => pattern.test(text)) || flowSpansLines(text)) return undefined;
  try {
    return loadAll(text, null, options);
  } catch {
    return undefined;
  }
}
