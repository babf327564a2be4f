import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import { locateField } from '../yaml/sourceMap.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { Explanation } from './explanation.ts';

/**
 * A diagnostic about a field of a resource, placed in the text.
 *
 * @param workspace - The workspace (for the text range).
 * @param entry - The resource.
 * @param path - The offending field.
 * @param severity - How serious it is.
 * @param code - The condition reason (or another code).
 * @param explanation - The message.
 * @returns The diagnostic.
 */
export function finding(
  workspace: Workspace,
  entry: ResourceEntry,
  path: FieldPath,
  severity: Severity,
  code: string,
  explanation: Explanation,
): Diagnostic {
  return {
    severity,
    code,
    message: explanation.text,
    resource: { kind: entry.id.kind, namespace: entry.id.namespace, name: entry.id.name },
    path: formatPath(path),
    range: locateField(workspace, entry, path)?.range ?? null,
    i18n: { key: explanation.key, params: explanation.params },
  };
}
