import type { FieldPath } from '../../yaml/fieldPath.ts';
import type { ParsedSegment } from '../../yaml/parseSegment.ts';
import { documentOf, locateField } from '../../yaml/sourceMap.ts';
import type { TextRange } from '../../yaml/textRange.ts';
import type { ResourceEntry, Workspace } from '../../yaml/workspace.ts';
import { type SourceLine, splitLines } from './blockLines.ts';
import { type LocalLocation, locateInBlockYaml } from './locateInBlockYaml.ts';

/**
 * Text ranges of findings. Same answer as `locateField`, but block-style documents are read
 * from their lines ({@link locateInBlockYaml}) instead of the full parse tree, which would cost
 * more than the whole validation on a large document set; other documents use `locateField`.
 * Places are cached per parsed document (relative to it), so after an edit elsewhere only the
 * document's offset changes.
 */

const lineCache = new WeakMap<ParsedSegment, SourceLine[]>();
const placeCache = new WeakMap<ParsedSegment, Map<string, LocalLocation | null>>();

function localLocation(
  workspace: Workspace,
  entry: ResourceEntry,
  path: FieldPath,
): LocalLocation | null {
  const { segment } = entry;
  let places = placeCache.get(segment);
  if (!places) {
    places = new Map();
    placeCache.set(segment, places);
  }
  const full = entry.basePath.length === 0 ? path : [...entry.basePath, ...path];
  const key = JSON.stringify(full);
  const cached = places.get(key);
  if (cached !== undefined) return cached;
  let lines = lineCache.get(segment);
  if (!lines) {
    lines = splitLines(segment.source);
    lineCache.set(segment, lines);
  }
  let local: LocalLocation | null | undefined = locateInBlockYaml(lines, full);
  if (local === undefined) {
    const start = documentOf(workspace, segment)?.start ?? 0;
    const found = locateField(workspace, entry, path);
    const shift = (range: TextRange): TextRange => ({
      start: range.start - start,
      end: range.end - start,
    });
    local = found
      ? {
          range: shift(found.range),
          valueRange: shift(found.valueRange),
          exact: found.exact,
          depth: found.depth + entry.basePath.length,
        }
      : null;
  }
  places.set(key, local);
  return local;
}

/**
 * Where a finding about a field is shown, relative to its document: the field's first line (a
 * key and its value, or the first line of a collection), or of its deepest existing ancestor
 * when the field is absent. Add the document's offset in the workspace for an absolute range.
 *
 * @param workspace - The workspace (for documents the fast reader leaves to the full parser).
 * @param entry - The resource.
 * @param path - The field path in the resource; null for the resource itself.
 * @returns The range in the document's text, or null when the resource is not in the workspace.
 */
export function localFindingRange(
  workspace: Workspace,
  entry: ResourceEntry,
  path: FieldPath | null,
): TextRange | null {
  const local = localLocation(workspace, entry, path ?? []);
  if (!local) return null;
  const { start, end } = local.range;
  const lineEnd = entry.segment.source.indexOf('\n', start);
  return { start, end: lineEnd >= 0 && lineEnd < end ? lineEnd : end };
}

/**
 * The full location of a field, as `locateField` reports it (for the equivalence tests and for
 * callers that need the value's range).
 *
 * @param workspace - The workspace.
 * @param entry - The resource.
 * @param path - The field path in the resource.
 * @returns Absolute ranges, or null.
 */
export function locateFindingField(
  workspace: Workspace,
  entry: ResourceEntry,
  path: FieldPath,
): { range: TextRange; valueRange: TextRange; exact: boolean; depth: number } | null {
  const placed = documentOf(workspace, entry.segment);
  if (!placed) return null;
  const local = localLocation(workspace, entry, path);
  if (!local) return null;
  const shift = (range: TextRange): TextRange => ({
    start: range.start + placed.start,
    end: range.end + placed.start,
  });
  return {
    range: shift(local.range),
    valueRange: shift(local.valueRange),
    exact: local.exact,
    depth: Math.max(0, local.depth - entry.basePath.length),
  };
}
