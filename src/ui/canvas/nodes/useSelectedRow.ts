import { formatPath } from '../../../core/index.ts';
import type { AppState } from '../../store/store.ts';
import { useAppStore } from '../../store/store.ts';

/**
 * The row of this node that the selection points into (`spec.rules[1]`, `spec.listeners[0]`),
 * or null: a rule chosen in the inspector or the YAML shows on the canvas too. Re-renders the
 * node only when that row changes.
 *
 * @param id - The node's id (its resource key).
 */
export function useSelectedRow(id: string): string | null {
  return useAppStore((state: AppState) => {
    const selection = state.selection;
    if (selection?.key !== id || selection.path.length < 3) return null;
    return formatPath(selection.path.slice(0, 3));
  });
}
