import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { appStore } from '../../store/store.ts';
import type { ResourceFlowNode } from '../flowElements.ts';
import { collapsedGroupOf } from '../visibleGraph.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './nodeClass.ts';

/** A collapsed namespace: what it holds, by kind, and a button to expand it. */
export const CollapsedCard = memo(function CollapsedCard({ data }: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const { node, geometry } = data;
  if (node.type !== 'collapsed') return null;
  const groupId = collapsedGroupOf(node.id) ?? '';
  const problems = { errors: node.errors, warnings: node.warnings };
  return (
    <div className={nodeClass('collapsed', node.lane, problems)}>
      <div className="sy-node-header">
        <div className="sy-node-kind">
          <span>{t('canvas.namespace.kind')}</span>
          {node.errors > 0 && (
            <span
              className="sy-badge sy-badge--error"
              title={t('canvas.problems.errors', { count: node.errors })}
            >
              {node.errors}
            </span>
          )}
          {node.warnings > 0 && (
            <span
              className="sy-badge sy-badge--warning"
              title={t('canvas.problems.warnings', { count: node.warnings })}
            >
              {node.warnings}
            </span>
          )}
        </div>
        <div className="sy-node-title-row">
          <bdi className="sy-node-name">{node.label}</bdi>
          <button
            type="button"
            className="sy-mini-button nodrag"
            aria-label={t('canvas.namespace.expand', { namespace: node.label })}
            title={t('canvas.namespace.expand', { namespace: node.label })}
            onClick={() => appStore.getState().setCollapsed(groupId, false)}
          >
            +
          </button>
        </div>
      </div>
      <ul className="sy-rows">
        {node.kinds.map(({ kind, count }) => (
          <li key={kind} className="sy-row">
            <span className="sy-row-name">{kind}</span>
            <span className="sy-row-detail">{count}</span>
          </li>
        ))}
      </ul>
      <NodeHandles geometry={geometry} connectable={false} />
    </div>
  );
});
