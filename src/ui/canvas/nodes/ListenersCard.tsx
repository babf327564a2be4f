import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { ResourceFlowNode } from '../flowElements.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { nodeClass } from './nodeClass.ts';
import { useSelectedRow } from './useSelectedRow.ts';

/** A Gateway or ListenerSet: a row (with handles on both sides) per listener. */
export const ListenersCard = memo(function ListenersCard({
  id,
  data,
}: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const selectedRow = useSelectedRow(id);
  const { node, geometry } = data;
  if (node.type !== 'gateway' && node.type !== 'listenerSet') return null;
  return (
    <div className={nodeClass(node.type, node.lane, node.problems)}>
      <NodeHeader kind={node.kind} name={node.name} problems={node.problems} />
      <ul className="sy-rows">
        {node.listeners.length === 0 && (
          <li className="sy-row sy-row--empty">{t('canvas.listeners.none')}</li>
        )}
        {node.listeners.map((listener) => (
          <li
            key={listener.handle}
            className={
              selectedRow === `spec.listeners[${listener.index}]` ? 'sy-row is-selected' : 'sy-row'
            }
            data-path={`spec.listeners[${listener.index}]`}
            title={`${listener.name} · ${listener.protocol} :${listener.port}${listener.hostname ? ` · ${listener.hostname}` : ''}`}
          >
            <bdi className="sy-row-name">{listener.name}</bdi>
            <span className="sy-row-detail">
              {listener.protocol} :{listener.port}
            </span>
            {listener.hostname && <bdi className="sy-row-extra">{listener.hostname}</bdi>}
          </li>
        ))}
      </ul>
      <NodeHandles geometry={geometry} connectable />
    </div>
  );
});
