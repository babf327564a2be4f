import {
  type CommandResult,
  type ResourceId,
  type Workspace,
  isCommandFailure,
  resourceKey,
} from '../../core/index.ts';
import type { NoticeAction } from '../shell/noticesSlice.ts';
import { appStore } from '../store/store.ts';

/** Who runs a command: the canvas or the inspector (the change's origin). */
export type CommandOrigin = 'canvas' | 'inspector';

/**
 * The workspace commands run on, or null (with a notice) while the text does not read: the
 * designer edits only a document it can see whole.
 */
export function editableWorkspace(): Workspace | null {
  const state = appStore.getState();
  if (!state.workspace.broken) return state.workspace;
  state.notify({ id: 'designer', tone: 'warning', message: 'canvas.stale', transient: true });
  return null;
}

/**
 * Applies a command's result as one undoable change and selects what it says; a failure (or
 * patches that cannot apply) becomes an error notice in words a person understands.
 *
 * @param result - The command's result.
 * @param origin - Who ran it.
 * @param actions - Buttons for the confirmation notice (offers such as "Add ReferenceGrant").
 * @returns True when the change was made.
 */
export function applyCommand(
  result: CommandResult,
  origin: CommandOrigin,
  actions: readonly NoticeAction[] = [],
): boolean {
  const state = appStore.getState();
  if (isCommandFailure(result)) {
    state.notify({
      id: 'designer',
      tone: 'error',
      message: 'canvas.error',
      params: { message: result.error },
    });
    return false;
  }
  const error = state.applyPatches(result.patches, origin);
  if (error !== null) {
    state.notify({
      id: 'designer',
      tone: 'error',
      message: 'canvas.error',
      params: { message: error },
    });
    return false;
  }
  if (result.select) {
    state.select({ key: resourceKey(result.select.target), path: result.select.path, origin });
  }
  if (result.message || actions.length > 0) {
    state.notify({
      id: 'designer',
      tone: 'info',
      message: 'canvas.done',
      params: { message: result.message ?? '' },
      actions,
      transient: actions.length === 0,
    });
  }
  return true;
}

/**
 * The identity of a node's resource: the workspace entry with that key, or the key read back
 * (`group/kind/namespace/name`) for objects the documents only reference.
 *
 * @param workspace - The documents.
 * @param key - A resource key.
 */
export function idOfKey(workspace: Workspace, key: string): ResourceId | null {
  const entry = workspace.resources.find((candidate) => candidate.key === key);
  if (entry) return entry.id;
  const parts = key.split('/');
  if (parts.length !== 4) return null;
  const [group = '', kind = '', namespace = '', name = ''] = parts;
  return kind && name ? { group, kind, namespace, name } : null;
}
