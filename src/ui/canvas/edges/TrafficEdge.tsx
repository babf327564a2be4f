import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import type { CanvasEdge } from '../flowElements.ts';
import { edgeClass } from './edgeClass.ts';

/**
 * An edge of the route graph: a curve styled by kind and state, with its label (a backend's
 * share and weight, a mirror's percentage, a merged edge's count) drawn in SVG, which costs far
 * less than HTML labels on large graphs.
 */
export const TrafficEdge = memo(function TrafficEdge(props: EdgeProps<CanvasEdge>) {
  const { data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected } =
    props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  if (!data) return null;
  const visible = data.visible;
  const text = visible.edge ? visible.edge.label : visible.count > 1 ? `×${visible.count}` : '';
  return (
    <g className={`${edgeClass(visible)}${selected ? ' sy-edge--selected' : ''}`}>
      <BaseEdge path={path} interactionWidth={12} />
      {text && (
        <text className="sy-edge-label" x={labelX} y={labelY} textAnchor="middle" dy="0.35em">
          {text}
        </text>
      )}
    </g>
  );
});
