import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { ResourceFlowNode } from '../flowElements.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { nodeClass } from './nodeClass.ts';

/**
 * A Service with its two faces (GEP-1324): the frontend (its address and ports; mesh routes
 * attach here) and the backend (what backendRefs send to).
 */
export const ServiceCard = memo(function ServiceCard({ data }: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const { node, geometry } = data;
  if (node.type !== 'service') return null;
  const ports = node.ports.map((port) => port.name ?? String(port.port)).join(', ');
  const portList = node.ports.map((port) => port.port).join(', ');
  return (
    <div className={nodeClass('service', node.lane, node.problems)}>
      <NodeHeader kind={node.kind} name={node.name} problems={node.problems} />
      <ul className="sy-rows">
        <li className="sy-row sy-row--frontend" title={ports}>
          <span className="sy-face">{t('canvas.service.frontend')}</span>
          <span className="sy-row-detail">{node.clusterIP ?? node.serviceType}</span>
          <span className="sy-row-extra">{portList && `:${portList}`}</span>
        </li>
        <li className="sy-row sy-row--backend">
          <span className="sy-face">{t('canvas.service.backend')}</span>
          <span className="sy-row-detail">
            {t('canvas.service.references', { count: node.backend.references })}
          </span>
        </li>
      </ul>
      <NodeHandles geometry={geometry} connectable />
    </div>
  );
});
