import { useMemo } from 'react';
import { type Graph, formatShare } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import type { VisibleEdge } from './visibleGraph.ts';

/**
 * The accessible name of each edge, in words (`HTTPRoute default/web sends 90% to Service
 * default/web-v1`), in the interface language.
 *
 * @param graph - The graph (for the names of the nodes edges connect).
 * @returns `describe(edge)`.
 */
export function useEdgeDescriber(graph: Graph): (edge: VisibleEdge) => string {
  const t = useT();
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const node of graph.nodes) labels.set(node.id, node.label);
    const name = (id: string) => labels.get(id) ?? id;
    return (visible: VisibleEdge) => {
      const source = name(visible.source);
      const target = name(visible.target);
      const edge = visible.edge;
      if (!edge) return t('canvas.edge.merged', { count: visible.count, source, target });
      switch (edge.kind) {
        case 'parentRef':
          return t('canvas.edge.parentRef', { route: target, parent: source });
        case 'backendRef':
          return t('canvas.edge.backendRef', {
            route: source,
            share: formatShare(edge.share),
            backend: target,
          });
        case 'mirror':
          return t('canvas.edge.mirror', { route: source, backend: target });
        case 'entry':
        case 'meshEntry':
        case 'grant':
        case 'gatewayClass':
        case 'listenerSet':
        case 'policy':
          return t('canvas.edge.other', { source, target });
      }
    };
  }, [graph, t]);
}
