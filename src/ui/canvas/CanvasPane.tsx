import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';
import type { AppState } from '../store/store.ts';
import './canvas.css';
import { CanvasBar } from './CanvasBar.tsx';
import {
  selectCollapsed,
  selectFilter,
  selectFitting,
  selectLayoutPending,
  selectStale,
} from './canvasSelectors.ts';
import { GraphCanvas, type MenuRequest } from './GraphCanvas.tsx';
import { useCanvasGraph } from './useCanvasGraph.ts';
import { visibleGraph } from './visibleGraph.ts';

// The menu and the dialogs edit the document: they load with the editing actions, on first use.
const NodeMenu = lazy(() =>
  import('./NodeMenu.tsx').then(({ NodeMenu }) => ({ default: NodeMenu })),
);
const DesignerDialogs = lazy(() =>
  import('./DesignerDialogs.tsx').then(({ DesignerDialogs }) => ({ default: DesignerDialogs })),
);

const selectDialogOpen = (state: AppState) => state.dialog !== null;

/**
 * The designer's canvas, for the `Route graph` region: the tools bar, the graph (the last good
 * state of the document, marked stale while the text does not read), the node menu and the
 * designer's dialogs. `aria-busy` is true until every node is placed and the view has settled.
 */
export function CanvasPane() {
  const t = useT();
  const graph = useCanvasGraph();
  const collapsed = useAppStore(selectCollapsed);
  const filter = useAppStore(selectFilter);
  const visible = useMemo(
    () => visibleGraph(graph, { collapsed, filter }),
    [graph, collapsed, filter],
  );
  const stale = useAppStore(selectStale);
  const pending = useAppStore(selectLayoutPending);
  const unplaced = useAppStore((state: AppState) =>
    visible.nodes.some((node) => !state.positions.has(node.id)),
  );
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const dialogOpen = useAppStore(selectDialogOpen);
  const fitting = useAppStore(selectFitting);
  const placing = pending || unplaced;
  return (
    <div className="sy-canvas">
      <CanvasBar graph={graph} visible={visible} />
      <div
        className={stale ? 'sy-canvas-body is-stale' : 'sy-canvas-body'}
        aria-busy={placing || fitting}
      >
        {stale && (
          <div className="sy-stale" role="status">
            {t('canvas.stale')}
          </div>
        )}
        <ReactFlowProvider>
          <GraphCanvas graph={graph} visible={visible} onMenu={setMenu} />
        </ReactFlowProvider>
        {placing && graph.nodes.length > 0 && (
          <div className="sy-busy" role="status">
            {t('canvas.busy')}
          </div>
        )}
      </div>
      <Suspense fallback={null}>
        {menu && <NodeMenu request={menu} onClose={() => setMenu(null)} />}
        {dialogOpen && <DesignerDialogs />}
      </Suspense>
    </div>
  );
}
