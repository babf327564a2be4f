import { Document, Scalar, type Scalar as ScalarNode, stringify, visit } from 'yaml';
import { orderKeys } from './keyOrder.ts';

/** How new text is laid out, read from the document it goes into. */
export interface RenderStyle {
  /** Whether block sequences under a key are indented (`key:\n  - a`) or not (`key:\n- a`). */
  readonly indentSeq: boolean;
  /** The document's line break. */
  readonly newline: '\n' | '\r\n';
}

// Plain scalars that YAML 1.1 (and so kubectl) reads as booleans or null: quote them in new text.
const yaml11Special =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/**
 * Renders a scalar for a place that held a scalar of the given style, keeping the quoting style
 * where the value allows it.
 *
 * @param value - The new value (string, number, boolean or null).
 * @param previous - The style of the scalar it replaces, if any.
 * @returns Single-line YAML text.
 */
export function renderScalar(value: unknown, previous?: ScalarNode.Type | null): string {
  const node = new Scalar(value);
  if (typeof value === 'string') {
    if (previous === 'QUOTE_DOUBLE' || previous === 'QUOTE_SINGLE') node.type = previous;
    else if (yaml11Special.test(value) || value.includes('\n')) node.type = 'QUOTE_DOUBLE';
  }
  return stringify(node, { lineWidth: 0 }).replace(/\n$/, '');
}

/**
 * Renders a value as block YAML (keys in kubectl order) to be placed at a column. The first line
 * has no indentation (it goes where the caller puts it); the following lines are indented by
 * `column` spaces. Empty collections and scalars are one line.
 *
 * @param value - Any JSON-like value.
 * @param column - The column the first line starts at.
 * @param style - Layout of the target document.
 * @param context - The key the value sits under, for kubectl key order.
 */
export function renderBlock(
  value: unknown,
  column: number,
  style: RenderStyle,
  context: string,
): string {
  if (!isNonEmptyCollection(value)) return renderScalarOrEmpty(value);
  const text = toDocument(value, context)
    .toString({ indent: 2, lineWidth: 0, indentSeq: style.indentSeq })
    .replace(/\n$/, '');
  const pad = ' '.repeat(column);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join(style.newline);
}

/**
 * Renders a value on one line in flow style, for flow collections (`{a: 1}`, `[1, 2]`).
 *
 * @param value - Any JSON-like value.
 * @param context - The key the value sits under, for kubectl key order.
 */
export function renderFlow(value: unknown, context: string): string {
  if (!isNonEmptyCollection(value)) return renderScalarOrEmpty(value);
  return toDocument(value, context)
    .toString({ collectionStyle: 'flow', lineWidth: 0 })
    .replace(/\n$/, '');
}

/** A document for new text: keys in kubectl order, strings YAML 1.1 would misread quoted. */
function toDocument(value: unknown, context: string): Document {
  const doc = new Document(orderKeys(value, context));
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && yaml11Special.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

function renderScalarOrEmpty(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return renderScalar(value);
}

/**
 * Whether a value is a collection with at least one entry (rendered as a block).
 *
 * @param value - Any value.
 */
export function isNonEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}
