import type { ASTNode } from '@marcbachmann/cel-js';

/**
 * Adapts a CEL rule's text to two limits of `@marcbachmann/cel-js` 8.0.0, guided by the
 * engine's own parse tree (never by text patterns), so the rule keeps its meaning:
 *
 * - `has(e.f)` where `e` is not a plain variable path (`has(self[0].matches)`,
 *   `has(self.matches[0].path)`) is refused by the engine's type checker
 *   (marcbachmann/cel-js#104). For the JSON maps the API server validates, CEL defines
 *   `has(e.f)` as "`e` has the key `f`", which is `('f' in e)`.
 * - `s.matches(re)` and `matches(s, re)` run JavaScript's backtracking `RegExp`, which is unsafe
 *   on user data and does not read RE2 syntax such as `(?i)`. They become `re2Matches(s, re)`,
 *   a function this project registers (RE2 semantics, as Kubernetes runs them).
 */

/** A text edit of the rule: replace `[start, end)` with `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The engine function that replaces `matches`. */
export const RE2_MATCHES = 're2Matches';

function isNode(value: unknown): value is ASTNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { op?: unknown }).op === 'string' &&
    typeof (value as { start?: unknown }).start === 'number'
  );
}

/**
 * Rewrites a parsed rule for the engine.
 *
 * @param source - The rule text.
 * @param ast - The engine's parse tree of `source`.
 * @returns The text to evaluate (equal to `source` when nothing needs adapting).
 * @throws Error when a construct needs adapting but its text is not laid out as expected; the
 *   tests run every rule of the CRDs through this, so it does not happen with the bundled rules.
 */
export function adaptRule(source: string, ast: ASTNode): string {
  const edits: Edit[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (isNode(value)) {
      edits.push(...editsFor(source, value));
      visit(value.args);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else {
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit(ast);
  if (edits.length === 0) return source;
  // Stable sort: at one offset, an outer node's edit (visited first) stays first.
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const { edit } of ordered) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

function expectText(source: string, start: number, end: number, pattern: RegExp): void {
  if (!pattern.test(source.slice(start, end))) {
    throw new Error(`cannot adapt CEL rule near "${source.slice(start, end)}": ${source}`);
  }
}

function editsFor(source: string, node: ASTNode): Edit[] {
  if (node.op === 'call') {
    const [name, args] = node.args;
    const [first, second] = args;
    if (name === 'has' && args.length === 1 && first?.op === '.' && !rootedInVariable(first)) {
      const [receiver, field] = first.args;
      expectText(source, node.start, receiver.start, /^has\s*\(\s*$/);
      expectText(source, receiver.end, node.end, /^\s*\.\s*[A-Za-z_][A-Za-z0-9_]*\s*\)$/);
      return [
        { start: node.start, end: receiver.start, text: `(${JSON.stringify(field)} in ` },
        { start: receiver.end, end: node.end, text: ')' },
      ];
    }
    if (name === 'matches' && first && second) {
      expectText(source, node.start, first.start, /^matches\s*\(\s*$/);
      return [{ start: node.start, end: first.start, text: `${RE2_MATCHES}(` }];
    }
  }
  if (node.op === 'rcall') {
    const [name, receiver, args] = node.args;
    const [pattern] = args;
    if (name === 'matches' && args.length === 1 && pattern) {
      expectText(source, receiver.end, pattern.start, /^\s*\.\s*matches\s*\(\s*$/);
      return [
        { start: receiver.start, end: receiver.start, text: `${RE2_MATCHES}(` },
        { start: receiver.end, end: pattern.start, text: ', ' },
      ];
    }
  }
  return [];
}

// The engine's `has` accepts `a.b.c` when `a` is a variable; anything else is adapted.
function rootedInVariable(node: ASTNode): boolean {
  let current: ASTNode = node;
  while (current.op === '.' || current.op === '.?') current = current.args[0];
  return current.op === 'id';
}
