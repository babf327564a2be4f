import { monaco } from './monacoSetup.ts';

/** What the diff view shows. */
export interface DiffViewState {
  readonly original: string;
  readonly modified: string;
  readonly theme: 'light' | 'dark';
  readonly ariaLabel: string;
}

/**
 * The "What changed" view: Monaco's diff editor, read-only, between the document as it was opened
 * or imported and the document now.
 *
 * @param container - Where to mount it.
 * @param initial - What to show first.
 * @returns `update` and `dispose`.
 */
export function createDiffView(
  container: HTMLElement,
  initial: DiffViewState,
): { update: (state: DiffViewState) => void; dispose: () => void } {
  // Models with no file name: the Gateway API schema (and its markers) applies to the document only.
  const original = monaco.editor.createModel(initial.original, 'yaml');
  const modified = monaco.editor.createModel(initial.modified, 'yaml');
  const diff = monaco.editor.createDiffEditor(container, {
    readOnly: true,
    originalEditable: false,
    automaticLayout: true,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    ariaLabel: initial.ariaLabel,
    originalAriaLabel: initial.ariaLabel,
    hideUnchangedRegions: { enabled: true },
    theme: initial.theme === 'dark' ? 'vs-dark' : 'vs',
  });
  diff.setModel({ original, modified });
  let current = initial;
  return {
    update(next) {
      if (next.original !== current.original) original.setValue(next.original);
      if (next.modified !== current.modified) modified.setValue(next.modified);
      if (next.theme !== current.theme)
        monaco.editor.setTheme(next.theme === 'dark' ? 'vs-dark' : 'vs');
      if (next.ariaLabel !== current.ariaLabel) diff.updateOptions({ ariaLabel: next.ariaLabel });
      current = next;
    },
    dispose() {
      diff.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
