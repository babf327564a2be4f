import { type Node, isMap, isPair, isSeq, parseDocument } from 'yaml';
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
