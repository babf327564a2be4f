import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import { deepEqual } from '../util/deepEqual.ts';
import { type DataChange, changeIn } from '../util/setIn.ts';
import type { FieldPath } from './fieldPath.ts';
import { orderKeys } from './keyOrder.ts';
import {
  type EditableDocument,
  type LocalEdit,
  editDelete,
  editInsert,
  editMove,
  editSet,
  styleOf,
} from './nodeEdits.ts';
import { PARSE_OPTIONS, type ParsedSegment, parseSegment } from './parseSegment.ts';
import { renderBlock } from './render.ts';
import { documentOf } from './sourceMap.ts';
import { type TextEdit, applyEdit } from './textRange.ts';
import { type ResourceEntry, type Workspace, updateWorkspace } from './workspace.ts';
import { isSeq, parseDocument } from 'yaml';

/**
 * One change to the document set, addressed by resource identity and field path. Commands
 * produce patches; applying them edits the text in place, so that everything a patch does not
 * touch (comments, blank lines, key order, quoting, anchors, other documents) keeps its bytes.
 */
export type Patch =
  | {
      readonly op: 'set';
      readonly target: ResourceId;
      readonly path: FieldPath;
      readonly value: unknown;
    }
  | {
      readonly op: 'insert';
      readonly target: ResourceId;
      readonly path: FieldPath;
      readonly index: number;
      readonly value: unknown;
    }
  | { readonly op: 'delete'; readonly target: ResourceId; readonly path: FieldPath }
  | {
      readonly op: 'move';
      readonly target: ResourceId;
      /** The list. */
      readonly path: FieldPath;
      /** The item's index now, and its index afterwards. */
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly op: 'addResource';
      readonly value: Readonly<Record<string, unknown>>;
      /** Place the new document right after this resource's document; at the end when left out. */
      readonly after?: ResourceId;
    }
  | { readonly op: 'removeResource'; readonly target: ResourceId }
  | { readonly op: 'renameResource'; readonly target: ResourceId; readonly name: string }
  | {
      readonly op: 'moveResource';
      readonly target: ResourceId;
      /** The resource whose document it goes before; null moves it to the end. */
      readonly before: ResourceId | null;
    };

/** The result of applying patches: the new workspace and the text edits that made it, in order. */
export type PatchResult =
  | { readonly ok: true; readonly workspace: Workspace; readonly edits: readonly TextEdit[] }
  | { readonly ok: false; readonly error: string };

/**
 * Applies patches one after the other (each sees the result of the ones before it).
 *
 * @param workspace - The workspace to change.
 * @param patches - The patches, in order.
 * @returns The new workspace and the edits in application order, or why a patch could not apply.
 */
export function applyPatches(workspace: Workspace, patches: readonly Patch[]): PatchResult {
  let current = workspace;
  const edits: TextEdit[] = [];
  for (const patch of patches) {
    const result = patchEdits(current, patch);
    if (typeof result === 'string') return { ok: false, error: result };
    for (const edit of result) {
      current = updateWorkspace(current, applyEdit(current.text, edit));
      edits.push(edit);
    }
  }
  return { ok: true, workspace: current, edits };
}

function patchEdits(workspace: Workspace, patch: Patch): readonly TextEdit[] | string {
  switch (patch.op) {
    case 'set':
      return fieldEdit(workspace, patch.target, patch.path, { op: 'set', value: patch.value });
    case 'insert':
      return fieldEdit(workspace, patch.target, patch.path, {
        op: 'insert',
        index: patch.index,
        value: patch.value,
      });
    case 'delete':
      return fieldEdit(workspace, patch.target, patch.path, { op: 'delete' });
    case 'move':
      return fieldEdit(workspace, patch.target, patch.path, {
        op: 'move',
        from: patch.from,
        to: patch.to,
      });
    case 'renameResource':
      return fieldEdit(workspace, patch.target, ['metadata', 'name'], {
        op: 'set',
        value: patch.name,
      });
    case 'addResource':
      return addResource(workspace, patch.value, patch.after);
    case 'removeResource':
      return removeResource(workspace, patch.target);
    case 'moveResource':
      return moveResource(workspace, patch.target, patch.before);
  }
}

function find(workspace: Workspace, target: ResourceId): ResourceEntry | string {
  return (
    workspace.resources.find((entry) => sameResource(entry.id, target)) ??
    `${displayName(target)} is not in the documents`
  );
}

function fieldEdit(
  workspace: Workspace,
  target: ResourceId,
  path: FieldPath,
  change: DataChange,
): TextEdit[] | string {
  const entry = find(workspace, target);
  if (typeof entry === 'string') return entry;
  const placed = documentOf(workspace, entry.segment);
  if (!placed) return `${displayName(target)} is not in the documents`;
  const full = [...entry.basePath, ...path];
  const editable: EditableDocument = entry.segment;
  const expected = changeIn(entry.segment.data, full, change);
  const local = inPlace(editable, full, change);
  const source = entry.segment.source;
  if (local && producesData(applyEdit(source, local), expected)) {
    return [{ start: placed.start + local.start, end: placed.start + local.end, text: local.text }];
  }
  // The text layout was too unusual to edit in place; rewrite this one document (its comments
  // are kept by the YAML library, its exact spacing may not be).
  const rewritten = rewrite(source, full, change);
  if (rewritten === null || !producesData(rewritten, expected)) {
    return `Could not change ${path.join('.')} of ${displayName(target)} in this text`;
  }
  return [{ start: placed.start, end: placed.start + source.length, text: rewritten }];
}

function inPlace(target: EditableDocument, path: FieldPath, change: DataChange): LocalEdit {
  switch (change.op) {
    case 'set':
      return editSet(target, path, change.value);
    case 'insert':
      return editInsert(target, path, change.index, change.value);
    case 'delete':
      return editDelete(target, path);
    case 'move':
      return editMove(target, path, change.from, change.to);
  }
}

function producesData(source: string, expected: unknown): boolean {
  const parsed = parseSegment(source);
  return !parsed.broken && deepEqual(parsed.data, expected);
}

function rewrite(source: string, path: FieldPath, change: DataChange): string | null {
  const doc = parseDocument(source, PARSE_OPTIONS);
  if (doc.errors.length > 0 || path.length === 0) return null;
  try {
    switch (change.op) {
      case 'set':
        doc.setIn(path, doc.createNode(change.value));
        break;
      case 'insert': {
        const list: unknown = doc.getIn(path, true);
        if (isSeq(list)) list.items.splice(change.index, 0, doc.createNode(change.value));
        else if (change.index === 0 && list === undefined)
          doc.setIn(path, doc.createNode([change.value]));
        else return null;
        break;
      }
      case 'delete':
        doc.deleteIn(path);
        break;
      case 'move': {
        const list: unknown = doc.getIn(path, true);
        if (!isSeq(list)) return null;
        const [item] = list.items.splice(change.from, 1);
        list.items.splice(change.to, 0, item);
        break;
      }
    }
    return doc.toString({ indent: 2, lineWidth: 0 });
  } catch {
    // The YAML library refuses paths through scalars; the caller reports the patch as failed.
    return null;
  }
}

function addResource(
  workspace: Workspace,
  value: Readonly<Record<string, unknown>>,
  after: ResourceId | undefined,
): TextEdit[] | string {
  const { text, documents } = workspace;
  const first = documents[0];
  const style = first ? styleOf(first.segment) : { indentSeq: true, newline: '\n' as const };
  const body = renderBlock(orderKeys(value, 'root'), 0, style, 'root') + style.newline;
  if (after) {
    const entry = find(workspace, after);
    if (typeof entry === 'string') return entry;
    const placed = documentOf(workspace, entry.segment);
    if (!placed) return `${displayName(after)} is not in the documents`;
    const end = placed.start + placed.segment.source.length;
    if (end < text.length) return [{ start: end, end, text: `---${style.newline}${body}` }];
  }
  // A marker separates the new document unless the text holds no document yet (it is empty,
  // comments only, or ends with a bare `---`).
  const last = documents[documents.length - 1];
  const hasContent = (segment: ParsedSegment): boolean => segment.data != null || segment.broken;
  const needsMarker = last !== undefined && hasContent(last.segment);
  const separator = text === '' || text.endsWith('\n') ? '' : style.newline;
  return [
    {
      start: text.length,
      end: text.length,
      text: separator + (needsMarker ? `---${style.newline}` : '') + body,
    },
  ];
}

function removeResource(workspace: Workspace, target: ResourceId): TextEdit[] | string {
  const entry = find(workspace, target);
  if (typeof entry === 'string') return entry;
  if (entry.basePath.length > 0) return fieldEdit(workspace, target, [], { op: 'delete' });
  const placed = documentOf(workspace, entry.segment);
  if (!placed) return `${displayName(target)} is not in the documents`;
  return [{ start: placed.start, end: placed.start + entry.segment.source.length, text: '' }];
}

function moveResource(
  workspace: Workspace,
  target: ResourceId,
  before: ResourceId | null,
): TextEdit[] | string {
  const entry = find(workspace, target);
  if (typeof entry === 'string') return entry;
  if (entry.basePath.length > 0)
    return `${displayName(target)} is an item of a List; move the List instead`;
  const placed = documentOf(workspace, entry.segment);
  if (!placed) return `${displayName(target)} is not in the documents`;
  const newline = styleOf(entry.segment).newline;
  let moved = entry.segment.source;
  if (!hasMarker(moved)) moved = `---${newline}${moved}`;
  if (!moved.endsWith('\n')) moved += newline;
  const removal: TextEdit = {
    start: placed.start,
    end: placed.start + entry.segment.source.length,
    text: '',
  };
  const afterRemoval = applyEdit(workspace.text, removal);
  let position = afterRemoval.length;
  if (before) {
    const anchor = find(workspace, before);
    if (typeof anchor === 'string') return anchor;
    const anchorDocument = documentOf(workspace, anchor.segment);
    if (!anchorDocument) return `${displayName(before)} is not in the documents`;
    if (anchorDocument === placed) return [];
    position =
      anchorDocument.start > placed.start
        ? anchorDocument.start - entry.segment.source.length
        : anchorDocument.start;
    // The document it goes before must keep a marker of its own, or the two would merge.
    if (!hasMarker(anchor.segment.source)) moved += `---${newline}`;
  }
  const prefix =
    position === afterRemoval.length && afterRemoval !== '' && !afterRemoval.endsWith('\n')
      ? newline
      : '';
  return [removal, { start: position, end: position, text: prefix + moved }];
}

/** Whether a document's slice starts with its own `---` marker (after any directives). */
function hasMarker(source: string): boolean {
  return /^(?:%.*\r?\n)*---(?:[ \t]|\r?\n|$)/.test(source);
}
