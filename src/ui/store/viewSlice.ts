import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** A point on the canvas, in flow coordinates. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** The canvas viewport: pan offset and zoom. */
export interface CanvasViewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** What the canvas shows: nodes whose name contains `query`, of these kinds, in these namespaces. */
export interface GraphFilter {
  readonly query: string;
  /** Kinds to show; empty shows every kind. */
  readonly kinds: readonly string[];
  /** Namespaces to show; empty shows every namespace. */
  readonly namespaces: readonly string[];
}

/** A dialog of the designer, for the resource with this key. */
export interface DesignerDialog {
  readonly kind: 'rename' | 'attach' | 'sendTo';
  readonly key: string;
  /** For `sendTo`: the rule to send from. */
  readonly rule?: number;
  /** The parent or Service chosen already (a drag that still needs a port). */
  readonly target?: string;
}

/** The empty filter: everything shows. */
export const NO_FILTER: GraphFilter = { query: '', kinds: [], namespaces: [] };

/**
 * Session state of the canvas (not part of the document): node positions by node id (a
 * resource's `resourceKey`, so a position follows the resource across edits), which namespaces
 * are collapsed, the filter, the viewport, and requests for an automatic layout or a fit.
 * `positions`, `collapsed`, `filter` and `viewport` are what the persistence layer keeps beside
 * the text (plain data: maps keyed by node or group id, numbers, strings); the rest is transient.
 */
export interface ViewSlice {
  /** Positions of nodes that have one (laid out or dragged), by node id. */
  readonly positions: ReadonlyMap<string, XY>;
  /**
   * Namespaces the person collapsed (true) or expanded (false); namespaces not listed follow the
   * default, which collapses every namespace of a graph too large to draw at once.
   */
  readonly collapsed: ReadonlyMap<string, boolean>;
  readonly filter: GraphFilter;
  readonly viewport: CanvasViewport | null;
  /** Increases each time a full automatic layout is asked for (the `Auto layout` button). */
  readonly layoutRequest: number;
  /** True while a layout is being computed. */
  readonly layoutPending: boolean;
  /** Increases each time the canvas should fit the whole graph in view. */
  readonly fitRequest: number;
  /** The last fit request the canvas has carried out; the view is settling while it is behind. */
  readonly fitDone: number;
  /** The open designer dialog (rename, attach, send to), not persisted. */
  readonly dialog: DesignerDialog | null;
  /** Sets positions; `replace` drops every position not given (after a full layout). */
  readonly setPositions: (positions: ReadonlyMap<string, XY>, replace?: boolean) => void;
  /** Moves a position to another node id (a renamed resource keeps its place). */
  readonly movePosition: (from: string, to: string) => void;
  /** Collapses (or expands) namespace groups, by group id. */
  readonly setCollapsed: (groups: string | readonly string[], collapsed: boolean) => void;
  readonly setFilter: (filter: GraphFilter) => void;
  readonly setViewport: (viewport: CanvasViewport) => void;
  readonly requestLayout: () => void;
  readonly requestFit: () => void;
  readonly finishFit: (request: number) => void;
  readonly openDialog: (dialog: DesignerDialog | null) => void;
  readonly setLayoutPending: (pending: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  positions: new Map(),
  collapsed: new Map(),
  filter: NO_FILTER,
  viewport: null,
  layoutRequest: 0,
  layoutPending: false,
  fitRequest: 0,
  fitDone: 0,
  dialog: null,
  setPositions(positions, replace = false) {
    if (positions.size === 0 && !replace) return;
    const next = new Map(replace ? [] : get().positions);
    for (const [id, position] of positions) next.set(id, position);
    set({ positions: next });
  },
  movePosition(from, to) {
    const { positions } = get();
    const position = positions.get(from);
    if (!position || from === to) return;
    const next = new Map(positions);
    next.delete(from);
    next.set(to, position);
    set({ positions: next });
  },
  setCollapsed(groups, collapsed) {
    const next = new Map(get().collapsed);
    for (const group of typeof groups === 'string' ? [groups] : groups) next.set(group, collapsed);
    set({ collapsed: next });
  },
  setFilter: (filter) => set({ filter }),
  setViewport: (viewport) => set({ viewport }),
  requestLayout: () => set({ layoutRequest: get().layoutRequest + 1 }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
  finishFit: (request) => set({ fitDone: Math.max(get().fitDone, request) }),
  openDialog: (dialog) => set({ dialog }),
  setLayoutPending: (layoutPending) => set({ layoutPending }),
});
