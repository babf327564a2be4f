import {
  type Workspace,
  LIMITS,
  createWorkspace,
  formatBytes,
  lineColumnOf,
  sortDiagnostics,
} from '../../core/index.ts';
import type { MessageKey, MessageParams } from '../i18n/translate.ts';

/** The result of checking a file before it replaces the document. */
export type ImportCheck =
  | { readonly ok: true; readonly text: string; readonly workspace: Workspace }
  | { readonly ok: false; readonly message: MessageKey; readonly params: MessageParams };

/**
 * Checks a file a person wants to import: not larger than the limit, text (not binary), UTF-8,
 * and YAML that holds at least one Kubernetes resource. A file that fails is refused with a
 * message naming it and the problem; the document is not touched.
 *
 * A file that holds resources but also has errors is accepted: the person can fix it in the
 * editor, and the Problems panel shows where the errors are.
 *
 * @param name - The file's name, for messages.
 * @param bytes - Its content.
 * @param limit - The largest size accepted, in bytes.
 * @returns The text and the workspace read from it, or why it is refused.
 */
export function checkImportedFile(
  name: string,
  bytes: Uint8Array,
  limit: number = LIMITS.maxTextBytes,
): ImportCheck {
  const file = name;
  if (bytes.length > limit) {
    return refuse('import.tooLarge', {
      file,
      size: formatBytes(bytes.length),
      limit: formatBytes(limit),
    });
  }
  // A NUL byte never appears in YAML text (the YAML spec excludes it); in binaries it is common.
  if (bytes.includes(0)) return refuse('import.binary', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('import.notUtf8', { file });
  }
  if (text.trim() === '') return refuse('import.empty', { file });
  const workspace = createWorkspace(text);
  if (workspace.resources.length > 0) return { ok: true, text, workspace };
  const first = sortDiagnostics(workspace.diagnostics).find(
    (diagnostic) => diagnostic.severity === 'error' && diagnostic.code.startsWith('YAML'),
  );
  if (!first) return refuse('import.noResources', { file });
  const line = first.range ? lineColumnOf(workspace, first.range.start).line : 1;
  return refuse('import.notYaml', { file, line, detail: first.message });
}

function refuse(message: MessageKey, params: MessageParams): ImportCheck {
  return { ok: false, message, params };
}
