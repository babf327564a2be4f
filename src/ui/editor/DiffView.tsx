import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useResolvedTheme } from '../shell/useResolvedTheme.ts';
import { selectText } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { type DiffViewState, createDiffView } from './createDiffView.ts';

const selectBaseline = (state: { baseline: string }) => state.baseline;

/** The diff editor of "What changed" (in the lazily loaded editor chunk). */
export function DiffView() {
  const t = useT();
  const theme = useResolvedTheme();
  const baseline = useAppStore(selectBaseline);
  // The diff follows typing at the pace the page can afford, not on every keystroke.
  const text = useDeferredValue(useAppStore(selectText));
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<ReturnType<typeof createDiffView> | null>(null);
  const state = useMemo<DiffViewState>(
    () => ({ original: baseline, modified: text, theme, ariaLabel: t('changes.label') }),
    [baseline, text, theme, t],
  );
  const initial = useRef(state);

  useEffect(() => {
    if (!container.current) return;
    const created = createDiffView(container.current, initial.current);
    view.current = created;
    return () => {
      created.dispose();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    view.current?.update(state);
  }, [state]);

  return <div ref={container} className="diff-view" />;
}
