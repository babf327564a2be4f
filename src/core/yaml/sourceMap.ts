import { type Node, isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { FieldPath } from './fieldPath.ts';
import type { ParsedSegment } from './parseSegment.ts';
import type { TextRange } from './textRange.ts';
import type { ResourceEntry, Workspace, WorkspaceDocument } from './workspace.ts';

/** Where a field is in the text. */
export interface FieldLocation {
  /** The whole field: for a map key, from the key to the end of its value; for a list item, the item. */
  readonly range: TextRange;
  /** The value alone (equal to `range` for list items). */
  readonly valueRange: TextRange;
  /** False when the path does not exist and this is the deepest part of it that does. */
  readonly exact: boolean;
  /** How many segments of the path were found. */
  readonly depth: number;
}

const starts = new WeakMap<Workspace, Map<ParsedSegment, WorkspaceDocument>>();

/**
 * The workspace document that holds a parsed segment.
 *
 * @param workspace - The workspace.
 * @param segment - One of its parsed documents.
 */
export function documentOf(
  workspace: Workspace,
  segment: ParsedSegment,
): WorkspaceDocument | undefined {
  let map = starts.get(workspace);
  if (!map) {
    map = new Map(workspace.documents.map((placed) => [placed.segment, placed]));
    starts.set(workspace, map);
  }
  return map.get(segment);
}

/**
 * Finds the text of a resource's field.
 *
 * @param workspace - The workspace.
 * @param entry - The resource.
 * @param path - A field path in the resource, e.g. `['spec', 'rules', 0, 'backendRefs', 1, 'weight']`.
 * @returns Where the field is (or its deepest existing ancestor), or null when the resource is not in the workspace.
 */
export function locateField(
  workspace: Workspace,
  entry: ResourceEntry,
  path: FieldPath,
): FieldLocation | null {
  const placed = documentOf(workspace, entry.segment);
  if (!placed) return null;
  const { doc, source } = entry.segment;
  const full = [...entry.basePath, ...path];
  let node: unknown = doc.contents;
  let range = wholeRange(node, source);
  let valueRange = range;
  let depth = 0;
  for (const key of full) {
    const resolved = isAlias(node) ? node.resolve(doc) : node;
    let next: unknown;
    if (isMap(resolved)) {
      const pair = resolved.items.find((item) => keyText(item.key) === String(key));
      if (!pair) break;
      next = pair.value;
      const keyRange = wholeRange(pair.key, source);
      const value = wholeRange(pair.value, source);
      valueRange = value ?? keyRange;
      range = keyRange && value ? { start: keyRange.start, end: value.end } : keyRange;
    } else if (isSeq(resolved) && typeof key === 'number') {
      next = resolved.items[key];
      if (next === undefined) break;
      range = wholeRange(next, source);
      valueRange = range;
    } else break;
    node = next;
    depth++;
  }
  if (!range || !valueRange) return null;
  const shift = (r: TextRange): TextRange => ({
    start: r.start + placed.start,
    end: r.end + placed.start,
  });
  const baseDepth = entry.basePath.length;
  return {
    range: shift(range),
    valueRange: shift(valueRange),
    exact: depth === full.length,
    depth: Math.max(0, depth - baseDepth),
  };
}

/** What is at a place in the text. */
export interface TextLocation {
  readonly entry: ResourceEntry;
  /** The field path inside the resource (`[]` for the resource itself). */
  readonly path: FieldPath;
}

/**
 * Finds the resource and field at an offset of the text.
 *
 * @param workspace - The workspace.
 * @param offset - An offset in its text.
 * @returns The resource and the deepest field containing the offset, or null outside any resource.
 */
export function locateOffset(workspace: Workspace, offset: number): TextLocation | null {
  const placed = documentAt(workspace, offset);
  if (!placed) return null;
  const local = offset - placed.start;
  const { doc, source } = placed.segment;
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    const resolved = isAlias(node) ? node.resolve(doc) : node;
    let next: unknown;
    if (isMap(resolved)) {
      const pair = resolved.items.find((item) => {
        const keyRange = wholeRange(item.key, source);
        const end = wholeRange(item.value, source)?.end ?? keyRange?.end ?? -1;
        return keyRange !== null && keyRange.start <= local && local <= end;
      });
      if (!pair) break;
      path.push(keyText(pair.key));
      const value = wholeRange(pair.value, source);
      if (!value || local < value.start) break;
      next = pair.value;
    } else if (isSeq(resolved)) {
      const index = resolved.items.findIndex((item) => {
        const range = wholeRange(item, source);
        return range !== null && range.start <= local && local <= range.end;
      });
      if (index < 0) break;
      path.push(index);
      next = resolved.items[index];
    } else break;
    node = next;
  }
  const entry = placed.entries.find((candidate) =>
    candidate.basePath.every((segment, i) => path[i] === segment),
  );
  if (!entry) return null;
  return { entry, path: path.slice(entry.basePath.length) };
}

/**
 * The workspace document whose slice contains an offset.
 *
 * @param workspace - The workspace.
 * @param offset - An offset in its text.
 */
export function documentAt(workspace: Workspace, offset: number): WorkspaceDocument | undefined {
  const { documents } = workspace;
  let low = 0;
  let high = documents.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((documents[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return documents[low];
}

/**
 * The text of a map key as a path segment.
 *
 * @param key - A key node or value.
 */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  if (isNode(key)) return String(key.toJSON());
  return String(key);
}

/** A node's range without trailing line breaks and spaces (block collections end after their last line). */
function wholeRange(node: unknown, source: string): TextRange | null {
  if (!isNode(node)) return null;
  const range = (node as Node).range;
  if (!range) return null;
  let end = range[1];
  while (end > range[0] && /\s/.test(source[end - 1] ?? '')) end--;
  return { start: range[0], end };
}
