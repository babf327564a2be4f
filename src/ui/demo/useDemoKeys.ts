import { useEffect } from 'react';
import { endDemo, goToStep } from './startDemo.ts';
import { appStore } from '../store/store.ts';

/** Whether a key press belongs to what has focus rather than to the demo. */
function ownedByTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  // Focused canvas nodes move with the arrow keys; an open dialog has its own keys.
  if (target.closest('.react-flow__node, dialog[open], [role="menu"], [role="tablist"]'))
    return true;
  // Space presses the focused button (Next and Previous do the same as the keys).
  return event.key === ' ' && target.closest('button, a, [role="button"]') !== null;
}

/**
 * The presenter's keys while a demo runs: → or Space for the next step, ← for the previous one,
 * Esc to leave — anywhere on the page except in fields, on canvas nodes and in dialogs.
 *
 * @param active - Whether a demo is being presented.
 */
export function useDemoKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownedByTarget(event)) return;
      const demo = appStore.getState().demo;
      if (!demo) return;
      if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown')
        goToStep(demo.step + 1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') goToStep(demo.step - 1);
      else if (event.key === 'Escape') endDemo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
