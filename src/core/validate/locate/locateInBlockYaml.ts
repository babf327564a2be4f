import type { FieldPath } from '../../yaml/fieldPath.ts';
import type { TextRange } from '../../yaml/textRange.ts';
import { type SourceLine, isBlank, scalarEnd } from './blockLines.ts';

/**
 * Finds a field in a document written in block-style YAML (what people and kubectl write) from
 * its lines alone, without building the comment-keeping parse tree, which costs far more. It
 * gives up, and returns undefined, on anything it does not read with certainty: flow
 * collections it must enter, anchors, aliases, tags, merge keys, complex keys, tabs, multi-line
 * quoted scalars. The caller then asks the full parser.
 */

/** Where a path is, as `locateField` reports it, relative to the document. */
export interface LocalLocation {
  readonly range: TextRange;
  readonly valueRange: TextRange;
  /** False when only part of the path exists (the range is its deepest existing part). */
  readonly exact: boolean;
  /** How many segments of the path were found. */
  readonly depth: number;
}

/** A value in the text: a span of lines, starting at an offset of its first line. */
interface Span {
  readonly line: number;
  readonly at: number;
  /** The first line after the value. */
  readonly endLine: number;
}

type Value =
  | { readonly kind: 'map' | 'seq'; readonly span: Span; readonly column: number }
  | { readonly kind: 'scalar' | 'opaque'; readonly range: TextRange }
  | { readonly kind: 'empty'; readonly at: number };

class GiveUp extends Error {}

/**
 * Locates a field path in a block-style YAML document.
 *
 * @param lines - The document's lines ({@link splitLines}).
 * @param path - The full path (a List item's base path first).
 * @returns The location, or undefined when the text needs the full parser.
 */
export function locateInBlockYaml(
  lines: readonly SourceLine[],
  path: FieldPath,
): LocalLocation | undefined {
  try {
    return locate(lines, path);
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

function locate(lines: readonly SourceLine[], path: FieldPath): LocalLocation {
  let first = 0;
  while (first < lines.length) {
    const line = lines[first];
    if (
      !line ||
      !(isBlank(line) || line.text.startsWith('%') || /^---(?:\s+#.*)?$/.test(line.text))
    )
      break;
    first++;
  }
  const rootLine = lines[first];
  // A document marker followed by content (`--- !tag`, `--- {…}`) is left to the full parser.
  if (!rootLine || rootLine.text.startsWith('---') || rootLine.text.startsWith('...'))
    throw new GiveUp();
  let value = valueAt(lines, {
    line: first,
    at: rootLine.end - rootLine.text.length,
    endLine: lines.length,
  });
  let range = rangeOf(lines, value);
  let valueRange = range;
  let depth = 0;
  for (const segment of path) {
    const found =
      value.kind === 'map' && typeof segment === 'string'
        ? entryOf(lines, value.span, value.column, segment)
        : value.kind === 'seq' && typeof segment === 'number'
          ? itemOf(lines, value.span, value.column, segment)
          : undefined;
    if (value.kind === 'opaque') throw new GiveUp();
    if (!found) break;
    value = found.value;
    valueRange = rangeOf(lines, value);
    range =
      found.keyStart === undefined ? valueRange : { start: found.keyStart, end: valueRange.end };
    depth++;
  }
  return { range, valueRange, exact: depth === path.length, depth };
}

/** Whether a text starts with a block sequence's `-` (followed by a space or nothing). */
function isDash(text: string): boolean {
  if (text.charCodeAt(0) !== 0x2d) return false;
  if (text.charCodeAt(1) === 0x09) throw new GiveUp();
  return text.length === 1 || text.charCodeAt(1) === 0x20;
}

function textOffset(line: SourceLine): number {
  return line.end - line.text.length;
}

/** The first content line in `[from, to)`, or -1. */
function nextContent(lines: readonly SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && !isBlank(line)) {
      if (line.indent < 0) throw new GiveUp();
      return i;
    }
  }
  return -1;
}

/** The value that starts at `span.at` (on `span.line`), or on the lines after when that is empty. */
function valueAt(lines: readonly SourceLine[], span: Span): Value {
  const line = lines[span.line];
  if (!line) throw new GiveUp();
  const rest = line.text.slice(span.at - textOffset(line));
  if (rest === '' || rest.startsWith('#')) {
    const next = nextContent(lines, span.line + 1, span.endLine);
    if (next < 0) return { kind: 'empty', at: span.at };
    const nextLine = lines[next];
    if (!nextLine) throw new GiveUp();
    return valueAt(lines, { line: next, at: textOffset(nextLine), endLine: span.endLine });
  }
  const column = span.at - line.start;
  const first = rest.charAt(0);
  if (isDash(rest)) return { kind: 'seq', span, column };
  // Anchors and tags move where the parser starts the node: left to it.
  if (first === '&' || first === '!') throw new GiveUp();
  if (first === '[' || first === '{' || first === '*' || rest.startsWith('? ')) {
    return { kind: 'opaque', range: { start: span.at, end: lastContentEnd(lines, span) } };
  }
  if (first === '|' || first === '>')
    return { kind: 'scalar', range: { start: span.at, end: lastContentEnd(lines, span) } };
  if (readKey(rest)) return { kind: 'map', span, column };
  const end = scalarEnd(line, span.at);
  if (end === undefined) throw new GiveUp();
  // A plain scalar may continue on more-indented lines.
  const more = nextContent(lines, span.line + 1, span.endLine);
  return {
    kind: 'scalar',
    range: { start: span.at, end: more < 0 ? end : lastContentEnd(lines, span) },
  };
}

function lastContentEnd(lines: readonly SourceLine[], span: Span): number {
  for (let i = span.endLine - 1; i >= span.line; i--) {
    const line = lines[i];
    if (line && !isBlank(line)) return i === span.line ? Math.max(line.end, span.at) : line.end;
  }
  return span.at;
}

function rangeOf(lines: readonly SourceLine[], value: Value): TextRange {
  switch (value.kind) {
    case 'map':
    case 'seq':
      return { start: value.span.at, end: lastContentEnd(lines, value.span) };
    case 'scalar':
    case 'opaque':
      return value.range;
    case 'empty':
      return { start: value.at, end: value.at };
  }
}

interface Found {
  readonly value: Value;
  readonly keyStart?: number;
}

/** The lines of a collection's entries: the first at `span.at`, then those at `column`. */
function entryLines(
  lines: readonly SourceLine[],
  span: Span,
  column: number,
  dashes: boolean,
): number[] {
  const out = [span.line];
  for (let i = span.line + 1; i < span.endLine; i++) {
    const line = lines[i];
    if (!line || isBlank(line)) continue;
    if (line.indent < 0) throw new GiveUp();
    if (line.indent < column) break;
    if (line.indent > column) continue;
    const dash = isDash(line.text);
    // In a map, a `- ` line at the map's column is a compact list value of the entry above.
    if (dash === dashes) out.push(i);
    else if (dashes) break;
  }
  return out;
}

function entryOf(
  lines: readonly SourceLine[],
  span: Span,
  column: number,
  key: string,
): Found | undefined {
  const starts = entryLines(lines, span, column, false);
  for (const [n, lineIndex] of starts.entries()) {
    const line = lines[lineIndex];
    if (!line) throw new GiveUp();
    const at = n === 0 ? span.at : textOffset(line);
    const text = line.text.slice(at - textOffset(line));
    const read = readKey(text);
    if (!read || read.key === '<<') throw new GiveUp();
    if (read.key !== key) continue;
    const endLine = starts[n + 1] ?? span.endLine;
    let valueStart = at + read.length;
    while (line.text[valueStart - textOffset(line)] === ' ') valueStart++;
    const value = valueAt(lines, { line: lineIndex, at: valueStart, endLine });
    return { value, keyStart: at };
  }
  return undefined;
}

/**
 * Reads the map key at the start of a text (double-quoted, single-quoted or plain) with its
 * colon, in one linear pass.
 *
 * @returns The key and the length up to and including the colon, or undefined when the text
 *   does not start with a key.
 */
function readKey(text: string): { key: string; length: number } | undefined {
  const first = text[0];
  let key: string;
  let i: number;
  if (first === '"' || first === "'") {
    for (i = 1; i < text.length; i++) {
      const char = text[i];
      if (first === '"' && char === '\\') i++;
      else if (char === first) {
        if (first === '"' || text[i + 1] !== "'") break;
        i++;
      }
    }
    if (i >= text.length) return undefined;
    const raw = text.slice(0, i + 1);
    if (first === '"') {
      try {
        key = JSON.parse(raw) as string;
      } catch {
        throw new GiveUp();
      }
    } else key = raw.slice(1, -1).replaceAll("''", "'");
    i++;
    while (text[i] === ' ') i++;
    if (text[i] !== ':') return undefined;
  } else {
    if (first === undefined || '#:[]{},&*!|>%@`?\'"'.includes(first)) return undefined;
    if (first === '-' && (text.length === 1 || text[1] === ' ')) return undefined;
    i = 0;
    for (;;) {
      i = text.indexOf(':', i + 1);
      if (i < 0) return undefined;
      const next = text[i + 1];
      if (next === undefined || next === ' ') break;
    }
    const comment = text.indexOf(' #');
    if (comment >= 0 && comment < i) return undefined;
    key = text.slice(0, i).trimEnd();
  }
  const after = text[i + 1];
  if (after !== undefined && after !== ' ') return undefined;
  return { key, length: i + 1 };
}

function itemOf(
  lines: readonly SourceLine[],
  span: Span,
  column: number,
  index: number,
): Found | undefined {
  const starts = entryLines(lines, span, column, true);
  const lineIndex = starts[index];
  if (lineIndex === undefined) return undefined;
  const line = lines[lineIndex];
  if (!line) throw new GiveUp();
  const dash = index === 0 ? span.at : textOffset(line);
  let at = dash + 1;
  while (line.text[at - textOffset(line)] === ' ') at++;
  const value = valueAt(lines, { line: lineIndex, at, endLine: starts[index + 1] ?? span.endLine });
  if (value.kind === 'seq' && value.span.line === lineIndex) throw new GiveUp();
  return { value };
}
