import {
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
} from 'yaml';
import type { FieldPath } from './fieldPath.ts';
import { insertionIndex } from './keyOrder.ts';
import {
  type RenderStyle,
  isNonEmptyCollection,
  renderBlock,
  renderFlow,
  renderScalar,
} from './render.ts';
import { keyText } from './sourceMap.ts';
import type { TextEdit } from './textRange.ts';

/** A parsed document and its text, the input of a text-level edit. */
export interface EditableDocument {
  readonly doc: Document.Parsed;
  readonly source: string;
}

/** A text edit of one document, or null when the text cannot be edited in place. */
export type LocalEdit = TextEdit | null;

interface Step {
  /** The node at this step (undefined when the path does not exist from here on). */
  readonly node: unknown;
  /** The pair that led here, when the parent is a map. */
  readonly pair: Pair | undefined;
  /** The key this node sits under (for kubectl key order): the map key, or the list's key. */
  readonly context: string;
}

/**
 * Edits the text so that the value at `path` becomes `value`, creating missing maps and lists.
 * Everything outside the edited node keeps its bytes.
 *
 * @param target - The document.
 * @param path - The full path from the document root.
 * @param value - The new value (JSON-like).
 * @returns The edit, or null when this text layout cannot be edited in place.
 */
export function editSet(target: EditableDocument, path: FieldPath, value: unknown): LocalEdit {
  const steps = walk(target.doc, path);
  if (!steps) return null;
  const found = steps.length - 1;
  if (found === path.length) return replaceNode(target, steps, value);
  const holder = steps[found];
  if (!holder) return null;
  const next = path[found];
  const rest = nest(path.slice(found + 1), value);
  const node = holder.node;
  if (isMap(node) && typeof next === 'string') {
    if (node.items.length === 0)
      return replaceNode(target, steps, Object.fromEntries([[next, rest]]));
    return insertPair(target, node, next, rest, holder.context);
  }
  if (isSeq(node) && typeof next === 'number' && next === node.items.length) {
    return insertItem(target, steps, next, rest);
  }
  if ((isScalar(node) && (node.value === null || node.value === undefined)) || node === null) {
    return replaceNode(target, steps, nest(path.slice(found), value));
  }
  return null;
}

/**
 * Edits the text to insert `value` into the list at `path`, before `index`.
 *
 * @param target - The document.
 * @param path - The full path of the list.
 * @param index - Where the item goes (`length` appends).
 * @param value - The new item.
 * @returns The edit, or null when this text layout cannot be edited in place.
 */
export function editInsert(
  target: EditableDocument,
  path: FieldPath,
  index: number,
  value: unknown,
): LocalEdit {
  const steps = walk(target.doc, path);
  if (!steps) return null;
  if (steps.length - 1 < path.length) {
    return index === 0 ? editSet(target, path, [value]) : null;
  }
  const node = steps[steps.length - 1]?.node;
  if (isScalar(node) && (node.value === null || node.value === undefined) && index === 0) {
    return replaceNode(target, steps, [value]);
  }
  if (!isSeq(node) || index < 0 || index > node.items.length) return null;
  return insertItem(target, steps, index, value);
}

/**
 * Edits the text to remove the field or list item at `path`. An emptied map or list is written
 * `{}` or `[]`.
 *
 * @param target - The document.
 * @param path - The full path of the field or item.
 * @returns The edit, or null when the path does not exist or cannot be edited in place.
 */
export function editDelete(target: EditableDocument, path: FieldPath): LocalEdit {
  const steps = walk(target.doc, path);
  if (!steps || steps.length - 1 < path.length || path.length === 0) return null;
  const parentSteps = steps.slice(0, -1);
  const parent = parentSteps[parentSteps.length - 1]?.node;
  const last = path[path.length - 1];
  const { source } = target;
  if (isMap(parent)) {
    const index = parent.items.findIndex((pair) => keyText(pair.key) === String(last));
    const pair = parent.items[index];
    if (!pair) return null;
    if (parent.items.length === 1) return replaceNode(target, parentSteps, {});
    if (parent.flow) return removeFlowItem(source, parent.items.map(pairRange), index);
    const keyStart = nodeStart(pair.key);
    if (keyStart === undefined) return null;
    const end = pairEnd(pair, source);
    if (firstOnLine(source, keyStart)) {
      return { start: lineStart(source, keyStart), end: lineEndAfter(source, end), text: '' };
    }
    // The first key of a list item (`- name: a`): the next key moves up to the dash, unless
    // comment lines sit between them (they stay, and the item's map starts on the next line).
    const following = parent.items[index + 1];
    const nextStart = following ? nodeStart(following.key) : undefined;
    if (index !== 0 || nextStart === undefined) return null;
    const afterPair = lineEndAfter(source, end);
    if (!/^\s*#/m.test(source.slice(afterPair, nextStart)))
      return { start: keyStart, end: nextStart, text: '' };
    let start = keyStart;
    while (source[start - 1] === ' ') start--;
    return { start, end: source[afterPair - 1] === '\n' ? afterPair - 1 : afterPair, text: '' };
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item: unknown = parent.items[last];
    if (item === undefined) return null;
    if (parent.items.length === 1) return replaceNode(target, parentSteps, []);
    if (parent.flow) return removeFlowItem(source, parent.items.map(itemRange), last);
    const start = nodeStart(item);
    if (start === undefined) return null;
    // The dash that introduces the item (the item itself may be a list starting with a dash).
    const dash = source.lastIndexOf('-', start - 1);
    if (dash < 0) return null;
    if (!firstOnLine(source, dash)) {
      // A list that starts on its parent's line (`- - a`): its first item gives way to the next.
      const next = nodeStart(parent.items[last + 1]);
      const nextDash = next === undefined ? -1 : source.lastIndexOf('-', next - 1);
      return last === 0 && nextDash > dash ? { start: dash, end: nextDash, text: '' } : null;
    }
    return {
      start: leadingCommentsStart(source, dash),
      end: lineEndAfter(source, contentEnd(item, source)),
      text: '',
    };
  }
  return null;
}

/**
 * Edits the text to move a list item, with its comments, to another position.
 *
 * @param target - The document.
 * @param path - The full path of the list.
 * @param from - The item's index now.
 * @param to - Its index afterwards.
 * @returns The edit, or null when the list is not a block list this can rearrange.
 */
export function editMove(
  target: EditableDocument,
  path: FieldPath,
  from: number,
  to: number,
): LocalEdit {
  const steps = walk(target.doc, path);
  const seq = steps && steps.length - 1 === path.length ? steps[steps.length - 1]?.node : undefined;
  if (!isSeq(seq) || seq.flow || from === to) return null;
  const { source } = target;
  const regions: [number, number][] = [];
  for (const item of seq.items) {
    const start = nodeStart(item);
    const dash = start === undefined ? -1 : source.lastIndexOf('-', start - 1);
    if (dash < 0 || !firstOnLine(source, dash)) return null;
    regions.push([
      leadingCommentsStart(source, dash),
      lineEndAfter(source, contentEnd(item, source)),
    ]);
  }
  const moving = regions[from];
  const anchor = regions[to];
  if (!moving || !anchor) return null;
  const piece = (start: number, end: number) => {
    const text = source.slice(start, end);
    return text.endsWith('\n') ? text : text + styleOf(target).newline;
  };
  if (from < to) {
    const text = piece(moving[1], anchor[1]) + piece(moving[0], moving[1]);
    return {
      start: moving[0],
      end: anchor[1],
      text:
        anchor[1] === source.length && !source.endsWith('\n') ? text.replace(/\r?\n$/, '') : text,
    };
  }
  const text = piece(moving[0], moving[1]) + source.slice(anchor[0], moving[0]);
  const end = moving[1];
  return {
    start: anchor[0],
    end,
    text: end === source.length && !source.endsWith('\n') ? text.replace(/\r?\n$/, '') : text,
  };
}

/** The nodes along a path: steps[0] is the root; one more per path segment found. Null if the path crosses an alias. */
function walk(doc: Document.Parsed, path: FieldPath): Step[] | null {
  const steps: Step[] = [{ node: doc.contents, pair: undefined, context: 'root' }];
  let current: unknown = doc.contents;
  let context = 'root';
  for (const key of path) {
    if (isAlias(current)) return null;
    if (isMap(current)) {
      const pair = current.items.find((item) => keyText(item.key) === String(key));
      if (!pair) break;
      current = pair.value;
      context = String(key);
      steps.push({ node: current, pair, context });
    } else if (isSeq(current) && typeof key === 'number') {
      if (key >= current.items.length) break;
      current = current.items[key];
      steps.push({ node: current, pair: undefined, context });
    } else break;
  }
  if (isAlias(current)) return null;
  return steps;
}

function replaceNode(target: EditableDocument, steps: readonly Step[], value: unknown): LocalEdit {
  const { source } = target;
  const style = styleOf(target);
  const step = steps[steps.length - 1];
  if (!step) return null;
  const { node, pair, context } = step;
  const collection = isNonEmptyCollection(value);

  if (steps.length === 1) {
    // The document root.
    const start = nodeStart(node) ?? 0;
    const end = isNode(node) ? contentEnd(node, source) : source.length;
    return { start, end, text: renderBlock(value, 0, style, 'root') };
  }
  if (!isNode(node)) {
    // `key:` with nothing after it: write the value after the colon.
    const colon = pair ? colonEnd(source, pair) : undefined;
    if (colon === undefined || !pair) return null;
    const keyColumn = column(source, nodeStart(pair.key) ?? 0);
    return { start: colon, end: colon, text: pairValueText(value, keyColumn, style, context) };
  }
  const start = nodeStart(node) ?? 0;
  const end = contentEnd(node, source);
  const blockCollection = isCollection(node) && !node.flow;
  const scalarType = isScalar(node) ? node.type : undefined;
  // A block scalar's text ends with its line break, which the replacement must keep.
  const lineBreak =
    isBlockScalar(node) && source[(node.range?.[1] ?? 0) - 1] === '\n' ? style.newline : '';
  const scalarEnd = isBlockScalar(node) ? (node.range?.[1] ?? end) : end;

  // Inside a flow collection only flow text is valid; a flow collection stays in flow style.
  const inFlow = steps
    .slice(0, -1)
    .some((ancestor) => isCollection(ancestor.node) && ancestor.node.flow);
  if (collection && (inFlow || (isCollection(node) && node.flow && node.items.length > 0))) {
    return { start, end, text: renderFlow(value, context) };
  }
  if (blockCollection && collection) {
    if (!pair)
      return { start, end, text: renderBlock(value, column(source, start), style, context) };
    // Under a key, a map is indented; a list is indented or not as the document writes lists.
    const keyColumn = column(source, nodeStart(pair.key) ?? 0);
    const wanted = Array.isArray(value) && !style.indentSeq ? keyColumn : keyColumn + 2;
    if (column(source, start) === wanted) {
      return { start, end, text: renderBlock(value, wanted, style, context) };
    }
    const from = lineStart(source, start);
    return {
      start: from,
      end,
      text: ' '.repeat(wanted) + renderBlock(value, wanted, style, context),
    };
  }
  if (!pair) {
    // A list item: the value starts after its dash.
    return collection
      ? { start, end, text: renderBlock(value, column(source, start), style, context) }
      : { start, end: scalarEnd, text: oneLine(value, scalarType) + lineBreak };
  }
  const colon = colonEnd(source, pair);
  if (colon === undefined) return null;
  if (blockCollection && source.slice(colon, start).trim() !== '') {
    // A comment sits between the key and its block value: keep it and write the value below it.
    return { start, end, text: oneLine(value, scalarType) };
  }
  if (!collection) {
    return { start: colon, end: scalarEnd, text: ' ' + oneLine(value, scalarType) + lineBreak };
  }
  const keyColumn = column(source, nodeStart(pair.key) ?? 0);
  return { start: colon, end, text: pairValueText(value, keyColumn, style, context) };
}

/** A value on one line: a scalar (keeping the quote style it replaces), `{}` or `[]`. */
function oneLine(value: unknown, previous: string | null | undefined): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return renderScalar(
    value,
    previous === 'QUOTE_DOUBLE' || previous === 'QUOTE_SINGLE' ? previous : null,
  );
}

function insertPair(
  target: EditableDocument,
  map: YAMLMap,
  key: string,
  value: unknown,
  context: string,
): LocalEdit {
  const { source } = target;
  const style = styleOf(target);
  const keys = map.items.map((item) => keyText(item.key));
  if (map.flow) {
    const last = map.items[map.items.length - 1];
    if (!last) return null;
    const end = pairEnd(last, source);
    return { start: end, end, text: `, ${renderScalar(key)}: ${renderFlow(value, key)}` };
  }
  const isGrpcMatch =
    context === 'matches' &&
    map.items.some((item) => keyText(item.key) === 'method' && isMap(item.value));
  const index = insertionIndex(keys, key, context, isGrpcMatch);
  const first = map.items[0];
  const keyStart = first ? nodeStart(first.key) : undefined;
  if (keyStart === undefined) return null;
  const keyColumn = column(source, keyStart);
  const pairText = `${renderScalar(key)}:${pairValueText(value, keyColumn, style, key)}`;
  if (index === 0) {
    return {
      start: keyStart,
      end: keyStart,
      text: pairText + style.newline + ' '.repeat(keyColumn),
    };
  }
  const previous = map.items[index - 1];
  if (!previous) return null;
  return insertLine(
    source,
    lineEndAfter(source, pairEnd(previous, source)),
    ' '.repeat(keyColumn) + pairText,
    style,
  );
}

function insertItem(
  target: EditableDocument,
  steps: readonly Step[],
  index: number,
  value: unknown,
): LocalEdit {
  const { source } = target;
  const style = styleOf(target);
  const step = steps[steps.length - 1];
  const seq = step?.node as YAMLSeq | undefined;
  if (!step || !seq) return null;
  const context = step.context;
  if (seq.items.length === 0) return replaceNode(target, steps, [value]);
  if (seq.flow) {
    if (index < seq.items.length) {
      const start = nodeStart(seq.items[index]);
      return start === undefined
        ? null
        : { start, end: start, text: `${renderFlow(value, context)}, ` };
    }
    const end = contentEnd(seq.items[seq.items.length - 1], source);
    return { start: end, end, text: `, ${renderFlow(value, context)}` };
  }
  const seqStart = nodeStart(seq);
  if (seqStart === undefined) return null;
  const dashColumn = column(source, seqStart);
  const itemText = `- ${renderBlock(value, dashColumn + 2, style, context)}`;
  if (index === 0) {
    return {
      start: seqStart,
      end: seqStart,
      text: itemText + style.newline + ' '.repeat(dashColumn),
    };
  }
  const previous: unknown = seq.items[index - 1];
  return insertLine(
    source,
    lineEndAfter(source, contentEnd(previous, source)),
    ' '.repeat(dashColumn) + itemText,
    style,
  );
}

/** The text after `key:` for a value: ` scalar`, or a block on the following lines. */
function pairValueText(
  value: unknown,
  keyColumn: number,
  style: RenderStyle,
  context: string,
): string {
  if (!isNonEmptyCollection(value)) return ` ${renderBlock(value, 0, style, context)}`;
  const childColumn = Array.isArray(value) && !style.indentSeq ? keyColumn : keyColumn + 2;
  return `${style.newline}${' '.repeat(childColumn)}${renderBlock(value, childColumn, style, context)}`;
}

function insertLine(source: string, position: number, line: string, style: RenderStyle): TextEdit {
  if (position >= source.length && source.length > 0 && !source.endsWith('\n')) {
    return { start: source.length, end: source.length, text: style.newline + line };
  }
  return { start: position, end: position, text: line + style.newline };
}

function removeFlowItem(
  source: string,
  ranges: readonly ([number, number] | undefined)[],
  index: number,
): LocalEdit {
  const range = ranges[index];
  if (!range) return null;
  if (ranges[index + 1]) {
    // Remove the item and its separator; comments before the next item stay with it.
    let end = range[1];
    while (source[end] === ' ' || source[end] === '\t') end++;
    if (source[end] !== ',') return null;
    end++;
    while (source[end] === ' ' || source[end] === '\t') end++;
    if (firstOnLine(source, range[0]) && (source[end] === '\n' || source[end] === '\r')) {
      return { start: lineStart(source, range[0]), end: lineEndAfter(source, end), text: '' };
    }
    return { start: range[0], end, text: '' };
  }
  const previous = ranges[index - 1];
  return previous ? { start: previous[1], end: range[1], text: '' } : null;
}

function pairRange(pair: Pair): [number, number] | undefined {
  const start = nodeStart(pair.key);
  const valueRange = isNode(pair.value) ? pair.value.range : undefined;
  const keyRange = isNode(pair.key) ? pair.key.range : undefined;
  const end = valueRange?.[1] ?? keyRange?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}

function itemRange(item: unknown): [number, number] | undefined {
  return isNode(item) && item.range ? [item.range[0], item.range[1]] : undefined;
}

/** Where a pair's content ends (its value, or its key when the value is empty), without trailing blanks. */
function pairEnd(pair: Pair, source: string): number {
  if (isNode(pair.value) && pair.value.range && pair.value.range[1] > pair.value.range[0]) {
    return contentEnd(pair.value, source);
  }
  const colon = colonEnd(source, pair);
  return colon ?? contentEnd(pair.key, source);
}

function nodeStart(node: unknown): number | undefined {
  return isNode(node) ? (node as Node).range?.[0] : undefined;
}

/**
 * Where a node's content ends: for a block collection, the end of its last item (its range would
 * also cover comment lines that follow, which belong to what comes next); for anything else, its
 * value range without trailing whitespace.
 */
function contentEnd(node: unknown, source: string): number {
  if (!isNode(node) || !node.range) return 0;
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    const last: unknown = node.items[node.items.length - 1];
    if (isPair(last)) return pairEnd(last, source);
    if (isNode(last)) return contentEnd(last, source);
  }
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(source[end - 1] ?? '')) end--;
  return end;
}

function isBlockScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

/** The offset just after the `:` that follows a pair's key. */
function colonEnd(source: string, pair: Pair): number | undefined {
  const keyRange = isNode(pair.key) ? pair.key.range : undefined;
  if (!keyRange) return undefined;
  let i = keyRange[1];
  while (i < source.length && (source[i] === ' ' || source[i] === '\t')) i++;
  return source[i] === ':' ? i + 1 : undefined;
}

/**
 * The start of the comment lines right above a line (same indentation, no blank line between):
 * they describe what is on that line, so they go when it is deleted.
 */
function leadingCommentsStart(source: string, offset: number): number {
  let start = lineStart(source, offset);
  const indent = offset - start;
  while (start > 0) {
    const previous = lineStart(source, start - 1);
    const line = source.slice(previous, start - 1).replace(/\r$/, '');
    if (line.length <= indent || line.slice(0, indent).trim() !== '' || line[indent] !== '#') break;
    start = previous;
  }
  return start;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the line break of the line containing `offset` (the text's end on the last line). */
function lineEndAfter(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline < 0 ? source.length : newline + 1;
}

function firstOnLine(source: string, offset: number): boolean {
  return source.slice(lineStart(source, offset), offset).trim() === '';
}

function column(source: string, offset: number): number {
  return offset - lineStart(source, offset);
}

function nest(path: FieldPath, value: unknown): unknown {
  let out = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    out = typeof key === 'number' ? [out] : Object.fromEntries([[key, out]]);
  }
  return out;
}

const styles = new WeakMap<Document.Parsed, RenderStyle>();

/**
 * The layout of a document's text: its line break and whether its lists are indented under
 * their keys (when it has no lists, indented, as the Gateway API documentation writes them).
 *
 * @param target - The document.
 */
export function styleOf(target: EditableDocument): RenderStyle {
  const known = styles.get(target.doc);
  if (known) return known;
  const { source } = target;
  let indentSeq: boolean | undefined;
  const visit = (node: unknown, keyColumn: number | undefined): void => {
    if (indentSeq !== undefined) return;
    if (isSeq(node) && !node.flow && keyColumn !== undefined && node.range) {
      indentSeq = column(source, node.range[0]) > keyColumn;
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const start = nodeStart(pair.key);
        visit(pair.value, start === undefined ? undefined : column(source, start));
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, undefined);
    }
  };
  visit(target.doc.contents, undefined);
  const style: RenderStyle = {
    indentSeq: indentSeq ?? true,
    newline: source.includes('\r\n') ? '\r\n' : '\n',
  };
  styles.set(target.doc, style);
  return style;
}
