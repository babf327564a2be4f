import type { MarkerSeverity, editor } from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { Severity } from '../../core/index.ts';
import type { Problem } from '../analysis/protocol.ts';

/**
 * Turns the analysis's problems into editor markers (squiggles with their message on hover).
 * Messages are plain text: Monaco renders a marker's message as text, never as markup.
 *
 * @param problems - Problems of the analysis of the text the editor shows.
 * @param severities - Monaco's `MarkerSeverity` values by severity.
 * @param message - The message to show for a problem (in the interface language).
 * @returns One marker per problem that has a place in the text.
 */
export function toMarkerData(
  problems: readonly Problem[],
  severities: Readonly<Record<Severity, MarkerSeverity>>,
  message: (problem: Problem) => string,
): editor.IMarkerData[] {
  const markers: editor.IMarkerData[] = [];
  for (const problem of problems) {
    const { start, end, diagnostic } = problem;
    if (!start || !end) continue;
    markers.push({
      severity: severities[diagnostic.severity],
      message: message(problem),
      code: diagnostic.code,
      source: 'Switchyard',
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: end.column,
    });
  }
  return markers;
}
