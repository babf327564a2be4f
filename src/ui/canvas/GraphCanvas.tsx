import {
  Background,
  type Connection,
  Controls,
  type EdgeMouseHandler,
  type EdgeTypes,
  MiniMap,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  ReactFlow,
  type ReactFlowState,
  type Viewport,
  useStore,
} from '@xyflow/react';
import { type FocusEvent, type KeyboardEvent, memo, useCallback, useMemo, useState } from 'react';
import { type Graph, parsePath } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { selectTheme } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import type { XY } from '../store/viewSlice.ts';
import { connectionIntent } from './connectionIntent.ts';
import { selectPositions, selectSelectedKey, selectStale } from './canvasSelectors.ts';
import { withCanvasActions } from './lazyCanvasActions.ts';
import { TrafficEdge } from './edges/TrafficEdge.tsx';
import { type CanvasEdge, type CanvasNode, createFlowConverter } from './flowElements.ts';
import { BoxCard } from './nodes/BoxCard.tsx';
import { CollapsedCard } from './nodes/CollapsedCard.tsx';
import { ListenersCard } from './nodes/ListenersCard.tsx';
import { RouteCard } from './nodes/RouteCard.tsx';
import { ServiceCard } from './nodes/ServiceCard.tsx';
import { SimpleCard } from './nodes/SimpleCard.tsx';
import { useAriaLabelConfig } from './useAriaLabelConfig.ts';
import { useEdgeDescriber } from './useEdgeDescriber.ts';
import { useGraphLayout } from './useGraphLayout.ts';
import { useKeepViewOnResize } from './useKeepViewOnResize.ts';
import { useRevealSelection } from './useRevealSelection.ts';
import { READABLE_ZOOM } from './viewGeometry.ts';
import { type VisibleGraph, collapsedGroupOf } from './visibleGraph.ts';

const nodeTypes: NodeTypes = {
  listeners: ListenersCard,
  route: RouteCard,
  service: ServiceCard,
  simple: SimpleCard,
  collapsed: CollapsedCard,
  box: BoxCard,
};

const edgeTypes: EdgeTypes = { traffic: TrafficEdge };

/** Graphs with more nodes than this draw only what is in view. */
const VIRTUALISE_ABOVE = 150;

const selectFar = (state: ReactFlowState) => state.transform[2] < READABLE_ZOOM;

/** Where the canvas opens a node's action menu, in page coordinates. */
export interface MenuRequest {
  readonly key: string;
  readonly at: XY;
}

function nodeElement(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>('.react-flow__node');
  if (!element || element.classList.contains('react-flow__node-box')) return null;
  return element;
}

function isResourceKey(id: string): boolean {
  return !id.startsWith('entry:') && collapsedGroupOf(id) === null;
}

/**
 * The route graph: React Flow, controlled, on the projection of the last good workspace.
 * Positions live in the view slice, selection in the selection slice, and every edit is a core
 * command whose patches go through the document's history.
 *
 * @param props.graph - The projected graph.
 * @param props.visible - What of it shows (filtered, namespaces collapsed).
 * @param props.onMenu - Opens a node's action menu (right click, the context-menu key, Shift+F10).
 */
export const GraphCanvas = memo(function GraphCanvas({
  graph,
  visible,
  onMenu,
}: {
  readonly graph: Graph;
  readonly visible: VisibleGraph;
  readonly onMenu: (request: MenuRequest) => void;
}) {
  const t = useT();
  useGraphLayout(visible);
  useRevealSelection(graph);
  useKeepViewOnResize();

  const positions = useAppStore(selectPositions);
  const selected = useAppStore(selectSelectedKey);
  const stale = useAppStore(selectStale);
  const theme = useAppStore(selectTheme);
  const describeEdge = useEdgeDescriber(graph);
  const ariaLabelConfig = useAriaLabelConfig();
  const [toFlow] = useState(createFlowConverter);
  const describeNamespace = useCallback(
    (namespace: string) => `${t('canvas.namespace.kind')} ${namespace}`,
    [t],
  );
  const { nodes, edges } = useMemo(
    () => toFlow({ visible, positions, selected, describeEdge, describeNamespace }),
    [toFlow, visible, positions, selected, describeEdge, describeNamespace],
  );
  const [defaultViewport] = useState<Viewport>(
    () => appStore.getState().viewport ?? { x: 0, y: 0, zoom: 1 },
  );

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const moved = new Map<string, XY>();
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        moved.set(change.id, {
          x: Math.round(change.position.x),
          y: Math.round(change.position.y),
        });
      }
    }
    if (moved.size > 0) appStore.getState().setPositions(moved);
  }, []);

  const onNodeClick: NodeMouseHandler<CanvasNode> = useCallback((event, node) => {
    if (node.type === 'box' || !isResourceKey(node.id)) return;
    const row = event.target instanceof Element ? event.target.closest('[data-path]') : null;
    const path = parsePath(row?.getAttribute('data-path') ?? '') ?? [];
    appStore.getState().select({ key: node.id, path, origin: 'canvas' });
  }, []);

  const onNodeDoubleClick: NodeMouseHandler<CanvasNode> = useCallback((_event, node) => {
    const group = collapsedGroupOf(node.id);
    if (group !== null) appStore.getState().setCollapsed(group, false);
  }, []);

  const onEdgeClick: EdgeMouseHandler<CanvasEdge> = useCallback((_event, edge) => {
    const graphEdge = edge.data?.visible.edge;
    if (graphEdge?.kind === 'backendRef') {
      const path = ['spec', 'rules', graphEdge.ruleIndex, 'backendRefs', graphEdge.backendRefIndex];
      appStore.getState().select({ key: graphEdge.route, path, origin: 'canvas' });
    } else if (graphEdge?.kind === 'parentRef') {
      const path = ['spec', 'parentRefs', graphEdge.parentRefIndex];
      appStore.getState().select({ key: graphEdge.route, path, origin: 'canvas' });
    }
  }, []);

  const onPaneClick = useCallback(() => appStore.getState().select(null), []);

  const onNodeContextMenu: NodeMouseHandler<CanvasNode> = useCallback(
    (event, node) => {
      if (node.type === 'box' || !isResourceKey(node.id)) return;
      event.preventDefault();
      appStore.getState().select({ key: node.id, path: [], origin: 'canvas' });
      onMenu({ key: node.id, at: { x: event.clientX, y: event.clientY } });
    },
    [onMenu],
  );

  const isValidConnection = useCallback(
    (connection: Connection | CanvasEdge) => connectionIntent(graph, connection) !== null,
    [graph],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const intent = connectionIntent(graph, connection);
      if (intent) withCanvasActions((actions) => actions.connect(intent));
    },
    [graph],
  );

  const onFocus = useCallback((event: FocusEvent) => {
    const element = nodeElement(event.target);
    const id = element?.dataset['id'];
    if (!element || event.target !== element || !id || !isResourceKey(id)) return;
    if (appStore.getState().selection?.key !== id) {
      appStore.getState().select({ key: id, path: [], origin: 'canvas' });
    }
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const element = nodeElement(event.target);
      const id = element?.dataset['id'];
      if (!element || event.target !== element || !id || !isResourceKey(id)) return;
      const state = appStore.getState();
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        withCanvasActions((actions) => actions.deleteNode(id));
      } else if (event.key === 'F2') {
        event.preventDefault();
        state.openDialog({ kind: 'rename', key: id });
      } else if (ctrl && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        withCanvasActions((actions) => actions.duplicateNode(id));
      } else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
        event.preventDefault();
        const rect = element.getBoundingClientRect();
        onMenu({ key: id, at: { x: rect.left + 16, y: rect.top + 24 } });
      }
    },
    [onMenu],
  );

  const far = useStore(selectFar);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    appStore.getState().setViewport(viewport);
  }, []);

  return (
    <div
      className={far ? 'sy-flow is-far' : 'sy-flow'}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      style={{ height: '100%' }}
    >
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes as CanvasNode[]}
        edges={edges as CanvasEdge[]}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onMoveEnd={onMoveEnd}
        defaultViewport={defaultViewport}
        minZoom={0.05}
        maxZoom={2}
        nodesConnectable={!stale}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        edgesFocusable={false}
        onlyRenderVisibleElements={nodes.length > VIRTUALISE_ABOVE}
        colorMode={theme}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} size={1} />
        <MiniMap
          pannable
          zoomable
          ariaLabel={t('canvas.rf.minimap')}
          style={{ width: 150, height: 96 }}
        />
        <Controls showInteractive={false} showFitView={false} />
      </ReactFlow>
    </div>
  );
});
