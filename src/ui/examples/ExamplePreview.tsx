import { useEffect, useState } from 'react';
import { type Graph, createWorkspace, projectGraph } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { type ExampleEntry, fetchExampleText } from './exampleIndex.ts';
import { type PreviewLayout, previewLayout } from './previewLayout.ts';

const graphs = new Map<string, Promise<Graph | null>>();

function graphOf(example: ExampleEntry): Promise<Graph | null> {
  let graph = graphs.get(example.id);
  if (!graph) {
    graph = fetchExampleText(example).then(
      (text) => projectGraph(createWorkspace(text)),
      () => null,
    );
    graphs.set(example.id, graph);
  }
  return graph;
}

/**
 * A small picture of what an example holds: its resources in the canvas's columns (entry,
 * Gateways and Services' frontends, routes, backends), and how traffic flows between them.
 *
 * @param props.example - The example.
 * @param props.title - Its title, for the picture's accessible name.
 */
export function ExamplePreview({
  example,
  title,
}: {
  readonly example: ExampleEntry;
  readonly title: string;
}) {
  const t = useT();
  const [layout, setLayout] = useState<PreviewLayout | null>(null);
  useEffect(() => {
    let live = true;
    void graphOf(example).then((graph) => {
      if (live && graph) setLayout(previewLayout(graph));
    });
    return () => {
      live = false;
    };
  }, [example]);
  return (
    <svg
      className="sy-example-preview"
      viewBox={`0 0 ${layout?.width ?? 220} ${layout?.height ?? 110}`}
      role="img"
      aria-label={t('examples.preview', { title })}
    >
      {layout?.edges.map((edge) => (
        <path
          key={edge.id}
          className={`sy-preview-edge sy-preview-edge--${edge.kind}`}
          d={edge.d}
        />
      ))}
      {layout?.nodes.map((node) => (
        <g key={node.id} className={`sy-preview-node sy-preview-node--${node.lane}`}>
          <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={3} />
          <text x={node.x + 4} y={node.y + node.height / 2} dominantBaseline="central">
            {node.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
