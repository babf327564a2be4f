import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPath } from '../yaml/fieldPath.ts';
import type { TextRange } from '../yaml/textRange.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { Finding } from './finding.ts';
import { localFindingRange } from './locate/locateFinding.ts';
import type { Channel } from './schemaData.ts';

interface PlacedFindings {
  readonly start: number;
  readonly channel: Channel;
  readonly diagnostics: readonly Diagnostic[];
}

// The diagnostics of a resource, kept while its document stays at the same offset.
const placed = new WeakMap<ResourceEntry, PlacedFindings>();

/** A finding's place in its document and its path as text, computed once per finding. */
interface LocalPlace {
  readonly range: TextRange | null;
  readonly path: string | null;
}

// Findings are cached per entry, so their places are stable too.
const localPlaces = new WeakMap<Finding, LocalPlace>();

function localPlaceOf(workspace: Workspace, entry: ResourceEntry, finding: Finding): LocalPlace {
  let place = localPlaces.get(finding);
  if (!place) {
    const { path } = finding;
    place = {
      range: localFindingRange(workspace, entry, path),
      path: path === null || path.length === 0 ? null : formatPath(path),
    };
    localPlaces.set(finding, place);
  }
  return place;
}

/**
 * The diagnostics of a resource's findings, placed in the current text. They are kept per entry
 * while its document stays at the same offset, and each finding's place in its document is found
 * once, so validating again after an edit elsewhere costs almost nothing.
 *
 * @param workspace - The workspace.
 * @param entry - The resource.
 * @param start - The offset of the entry's document in the workspace text.
 * @param channel - The channel the findings are for.
 * @param findings - Its findings.
 * @returns One diagnostic per finding.
 */
export function placeFindings(
  workspace: Workspace,
  entry: ResourceEntry,
  start: number,
  channel: Channel,
  findings: readonly Finding[],
): readonly Diagnostic[] {
  const cached = placed.get(entry);
  if (cached && cached.start === start && cached.channel === channel) return cached.diagnostics;
  const { kind, namespace, name } = entry.id;
  const resource = { kind, namespace, name };
  const diagnostics = findings.map((finding): Diagnostic => {
    const place = localPlaceOf(workspace, entry, finding);
    const local = place.range;
    return {
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      resource,
      path: place.path,
      range: local ? { start: local.start + start, end: local.end + start } : null,
      i18n: { key: `validate.${finding.code}`, params: finding.params },
    };
  });
  placed.set(entry, { start, channel, diagnostics });
  return diagnostics;
}
