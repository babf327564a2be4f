import { useMemo, useState } from 'react';
import { type Graph, projectGraph } from '../../core/index.ts';
import type { AppState } from '../store/store.ts';
import { useAppStore } from '../store/store.ts';
import { selectLastGood } from '../store/selectors.ts';
import { acceptedLookup } from './acceptedLookup.ts';
import { createGraphStabilizer } from './stableGraph.ts';

const selectAnalysis = (state: AppState) => state.analysis;

/**
 * The graph of the last good workspace, with problem counts and Accepted conditions from the
 * newest analysis (the parse findings until the first analysis arrives). Re-projected only when
 * one of them changes; the projection keeps the node objects of unchanged resources, and a
 * projection equal to the last one is the last one (see `stableGraph`).
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
  const accepted = useMemo(
    () => (analysis ? acceptedLookup(analysis.statuses) : undefined),
    [analysis],
  );
  return useMemo(
    () =>
      stabilize(projectGraph(workspace, accepted ? { diagnostics, accepted } : { diagnostics })),
    [stabilize, workspace, diagnostics, accepted],
  );
}
