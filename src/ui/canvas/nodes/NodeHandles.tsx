import { Handle, Position } from '@xyflow/react';
import type { NodeGeometry } from '../nodeGeometry.ts';

/**
 * The handles of a node, placed where its geometry says (the same places the layout and the
 * edges use before the DOM is measured).
 */
export function NodeHandles({
  geometry,
  connectable,
}: {
  readonly geometry: NodeGeometry;
  readonly connectable: boolean;
}) {
  return (
    <>
      {geometry.handles.map((handle) => (
        <Handle
          key={`${handle.type}:${handle.id}`}
          id={handle.id}
          type={handle.type}
          position={handle.side === 'left' ? Position.Left : Position.Right}
          isConnectable={connectable}
          className={`sy-handle sy-handle--${handle.type}`}
          style={{ top: handle.y }}
        />
      ))}
    </>
  );
}
