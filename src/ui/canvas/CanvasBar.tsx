import { type ChangeEvent, useMemo } from 'react';
import type { Graph } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { NO_FILTER } from '../store/viewSlice.ts';
import { AddMenu } from './AddMenu.tsx';
import { selectFilter, selectStale } from './canvasSelectors.ts';
import type { VisibleGraph } from './visibleGraph.ts';

/**
 * The tools above the graph: the palette, search and filters by kind and namespace (with how
 * many nodes show), and collapsing or expanding every namespace.
 */
export function CanvasBar({
  graph,
  visible,
}: {
  readonly graph: Graph;
  readonly visible: VisibleGraph;
}) {
  const t = useT();
  const filter = useAppStore(selectFilter);
  const stale = useAppStore(selectStale);
  const { kinds, namespaces } = useMemo(() => {
    const kindSet = new Set<string>();
    for (const node of graph.nodes) if (node.type !== 'entry') kindSet.add(node.kind);
    return {
      kinds: [...kindSet].sort(),
      namespaces: graph.groups.map((group) => group.namespace).filter((ns) => ns !== ''),
    };
  }, [graph]);
  const filtering =
    filter.query.trim() !== '' || filter.kinds.length > 0 || filter.namespaces.length > 0;
  const setFilter = (change: Partial<typeof filter>) =>
    appStore.getState().setFilter({ ...appStore.getState().filter, ...change });
  const onKind = (event: ChangeEvent<HTMLSelectElement>) =>
    setFilter({ kinds: event.target.value ? [event.target.value] : [] });
  const onNamespace = (event: ChangeEvent<HTMLSelectElement>) =>
    setFilter({ namespaces: event.target.value ? [event.target.value] : [] });
  const setAllCollapsed = (collapsed: boolean) => {
    const groups = graph.groups.filter((group) => group.namespace !== '').map((group) => group.id);
    appStore.getState().setCollapsed(groups, collapsed);
  };
  return (
    <div className="sy-canvas-bar" role="toolbar" aria-label={t('canvas.bar.label')}>
      <AddMenu disabled={stale} />
      <input
        type="search"
        aria-label={t('canvas.search')}
        placeholder={t('canvas.search.placeholder')}
        value={filter.query}
        onChange={(event) => setFilter({ query: event.target.value })}
      />
      <select aria-label={t('canvas.filter.kind')} value={filter.kinds[0] ?? ''} onChange={onKind}>
        <option value="">{t('canvas.filter.allKinds')}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </select>
      <select
        aria-label={t('canvas.filter.namespace')}
        value={filter.namespaces[0] ?? ''}
        onChange={onNamespace}
      >
        <option value="">{t('canvas.filter.allNamespaces')}</option>
        {namespaces.map((namespace) => (
          <option key={namespace} value={namespace}>
            {namespace}
          </option>
        ))}
      </select>
      {filtering && (
        <>
          <span className="sy-count" role="status">
            {t('canvas.search.count', {
              shown: graph.nodes.length - visible.hidden,
              total: graph.nodes.length,
            })}
          </span>
          <button type="button" onClick={() => appStore.getState().setFilter(NO_FILTER)}>
            {t('canvas.filter.clear')}
          </button>
        </>
      )}
      <span className="sy-bar-spacer" />
      {namespaces.length > 0 && (
        <>
          <button
            type="button"
            className="sy-icon-button"
            aria-label={t('canvas.collapseAll')}
            title={t('canvas.collapseAll')}
            onClick={() => setAllCollapsed(true)}
          >
            ⊟
          </button>
          <button
            type="button"
            className="sy-icon-button"
            aria-label={t('canvas.expandAll')}
            title={t('canvas.expandAll')}
            onClick={() => setAllCollapsed(false)}
          >
            ⊞
          </button>
        </>
      )}
    </div>
  );
}
