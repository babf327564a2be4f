import { useMemo, useState } from 'react';
import { type Graph, projectGraph, withProblemCounts } from '../../core/index.ts';
import type { AppState } from '../store/store.ts';
import { useAppStore } from '../store/store.ts';
import { selectLastGood } from '../store/selectors.ts';
import { acceptedLookup } from './acceptedLookup.ts';
import { createGraphStabilizer } from './stableGraph.ts';

const selectAnalysis = (state: AppState) => state.analysis;

/**
 * The graph of the last good workspace, with problem counts and Accepted conditions from the
 * newest analysis (the parse findings until the first analysis arrives). The documents are
 * projected again only when they or the Accepted conditions change; new findings alone only count
 * again (an analysis arrives after every edit, and mostly changes a node or two). The projection
 * keeps the node objects of unchanged resources, and a graph equal to the last one is the last
 * one (see `stableGraph`).
 *
 * @returns The graph.
 */
export function useCanvasGraph(): Graph {
  const workspace = useAppStore(selectLastGood);
  const analysis = useAppStore(selectAnalysis);
  const [stabilize] = useState(createGraphStabilizer);
  const diagnostics = useMemo(
    () => analysis?.problems.map((problem) => problem.diagnostic) ?? workspace.diagnostics,
    [analysis, workspace],
  );
  // The same statuses (an analysis that changed findings only) keep the same lookup.
  const statuses = analysis?.statuses;
  const accepted = useMemo(() => (statuses ? acceptedLookup(statuses) : undefined), [statuses]);
  const projected = useMemo(
    () => projectGraph(workspace, accepted ? { accepted } : {}),
    [workspace, accepted],
  );
  return useMemo(
    () => stabilize(withProblemCounts(projected, diagnostics, workspace.options.defaultNamespace)),
    [stabilize, projected, diagnostics, workspace],
  );
}
