import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNode } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ResourceFlowNode } from '../flowElements.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { nodeClass } from './nodeClass.ts';

/** A small node: GatewayClass, ReferenceGrant, an entry, a missing object, any other kind. */
export const SimpleCard = memo(function SimpleCard({ data }: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const { node, geometry } = data;
  if (node.type === 'collapsed') return null;
  const detail = detailOf(node, t);
  const title = node.type === 'entry' ? entryTitle(node, t) : node.name;
  const kind = node.type === 'entry' ? t('canvas.entry.kind') : node.kind;
  return (
    <div className={nodeClass(node.type, node.lane, node.problems)}>
      <NodeHeader kind={kind} name={title} problems={node.problems} />
      {detail !== null && (
        <div className="sy-rows">
          <div className="sy-row" title={detail}>
            <bdi className="sy-row-name">{detail}</bdi>
          </div>
        </div>
      )}
      <NodeHandles geometry={geometry} connectable={false} />
    </div>
  );
});

function entryTitle(node: Extract<GraphNode, { type: 'entry' }>, t: Translate): string {
  return node.entry === 'internet'
    ? t('canvas.entry.internet')
    : t('canvas.entry.mesh', { namespace: node.namespace });
}

function detailOf(node: GraphNode, t: Translate): string | null {
  switch (node.type) {
    case 'gatewayClass':
      return node.controllerName;
    case 'referenceGrant':
      return t('canvas.grant.summary', {
        from: [...new Set(node.from.map((from) => from.namespace))].join(', '),
        to: [...new Set(node.to.map((to) => to.kind))].join(', '),
      });
    case 'missing':
      return t('canvas.missing', { count: node.references });
    case 'plain':
      return node.apiVersion;
    case 'entry':
    case 'gateway':
    case 'listenerSet':
    case 'route':
    case 'service':
      return null;
  }
}
