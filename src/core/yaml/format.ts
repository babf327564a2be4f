import { type Node, isMap, isNode, isPair, isSeq, parseDocument } from 'yaml';
import { keyOrderFor, sortKeys } from './keyOrder.ts';
import { PARSE_OPTIONS, parseSegment } from './parseSegment.ts';
import { keyText } from './sourceMap.ts';
import { splitDocuments } from './splitDocuments.ts';

/** The result of formatting: the canonical text, and whether some documents had to be left as they were. */
export interface FormatResult {
  readonly text: string;
  /** Documents that could not be formatted because they do not parse (0-based), kept byte for byte. */
  readonly unformatted: readonly number[];
}

/**
 * Formats documents in canonical form: keys in kubectl order, two-space indentation (lists
 * indented under their keys), `---` between documents, every comment kept. A document that does
 * not parse is kept exactly as it is.
 *
 * @param text - YAML text of any number of documents.
 * @returns The formatted text.
 */
export function formatDocuments(text: string): FormatResult {
  const parts: string[] = [];
  const unformatted: number[] = [];
  const segments = splitDocuments(text);
  segments.forEach(({ source }, index) => {
    const parsed = parseSegment(source);
    if (parsed.broken) {
      unformatted.push(index);
      parts.push(withoutMarker(source).replace(/\s*$/, '\n'));
      return;
    }
    const doc = parseDocument(source, PARSE_OPTIONS);
    // A comment above the first key describes the document: it stays at the top.
    const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
    const firstKey = isPair(first) && isNode(first.key) ? first.key : undefined;
    if (firstKey?.commentBefore && !doc.commentBefore) {
      doc.commentBefore = firstKey.commentBefore;
      firstKey.commentBefore = null;
    }
    keepKeyLineComments(doc.contents, source);
    reorder(doc.contents, 'root');
    const out = withoutMarker(doc.toString({ indent: 2, indentSeq: true, lineWidth: 0 }));
    if (out.trim() !== '' || index === 0) parts.push(out);
  });
  return { text: parts.filter((part) => part.trim() !== '').join('---\n'), unformatted };
}

function withoutMarker(text: string): string {
  return text.replace(/^(?:%.*\n)*---[ \t]*(?:\n|$)/, '');
}

function reorder(node: unknown, context: string): void {
  if (isMap(node)) {
    const isGrpcMatch = node.items.some(
      (pair) => keyText(pair.key) === 'method' && isMap(pair.value),
    );
    const order = keyOrderFor(context, isGrpcMatch);
    const keys = node.items.map((pair) => keyText(pair.key));
    const sorted = sortKeys(keys, order);
    const byKey = new Map(node.items.map((pair, i) => [keys[i], pair]));
    if (sorted.some((key, i) => key !== keys[i])) {
      // Blank lines and comments before the first key belong to the map's position, not to the pair.
      const first = node.items[0];
      node.items = sorted.map((key) => byKey.get(key)).filter(isPair);
      moveLeadingSpace(first, node.items[0]);
    }
    for (const pair of node.items) reorder(pair.value, keyText(pair.key));
  } else if (isSeq(node)) {
    for (const item of node.items) reorder(item, context);
  }
}

/**
 * `key: # note` over a block value: the parser stores the note before the value, which would
 * print it on a line of its own; keep it on the key's line.
 */
function keepKeyLineComments(node: unknown, source: string): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isNode(pair.key) ? pair.key : undefined;
      const value = isNode(pair.value) ? pair.value : undefined;
      const comment = value?.commentBefore;
      if (key?.range && value?.range && comment && !comment.includes('\n') && !key.comment) {
        if (/^[ \t]*:[ \t]*#/.test(source.slice(key.range[1], value.range[0]))) {
          key.comment = comment;
          value.commentBefore = null;
        }
      }
      keepKeyLineComments(pair.value, source);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) keepKeyLineComments(item, source);
  }
}

function moveLeadingSpace(from: unknown, to: unknown): void {
  if (from === to || !isPair(from) || !isPair(to)) return;
  const fromKey = from.key as Node | null;
  const toKey = to.key as Node | null;
  if (!fromKey || !toKey) return;
  if (fromKey.spaceBefore) {
    toKey.spaceBefore = true;
    fromKey.spaceBefore = false;
  }
}
