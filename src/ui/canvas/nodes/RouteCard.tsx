import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ANY_MATCH } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import type { ResourceFlowNode } from '../flowElements.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { nodeClass } from './nodeClass.ts';
import { useSelectedRow } from './useSelectedRow.ts';

/** A route: its hostnames, then a row (with a handle) per rule showing its matches. */
export const RouteCard = memo(function RouteCard({ id, data }: NodeProps<ResourceFlowNode>) {
  const t = useT();
  const selectedRow = useSelectedRow(id);
  const { node, geometry } = data;
  if (node.type !== 'route') return null;
  const hostnames = node.hostnames.join(', ');
  return (
    <div className={nodeClass('route', node.lane, node.problems)}>
      <NodeHeader kind={node.kind} name={node.name} problems={node.problems} />
      <ul className="sy-rows">
        {hostnames && (
          <li className="sy-row sy-row--hosts" title={hostnames}>
            <bdi className="sy-row-name">{hostnames}</bdi>
          </li>
        )}
        {node.rules.length === 0 && (
          <li className="sy-row sy-row--empty">{t('canvas.rules.none')}</li>
        )}
        {node.rules.map((rule) => {
          const summary = rule.summary === ANY_MATCH ? t('canvas.rules.any') : rule.summary;
          const filters = rule.filters.join(', ');
          return (
            <li
              key={rule.handle}
              className={
                selectedRow === `spec.rules[${rule.index}]` ? 'sy-row is-selected' : 'sy-row'
              }
              data-path={`spec.rules[${rule.index}]`}
              title={filters ? `${summary} · ${filters}` : summary}
            >
              <span className="sy-rule-index">{rule.name ?? rule.index + 1}</span>
              <bdi className="sy-row-name">{summary}</bdi>
              {filters && <span className="sy-row-extra">{filters}</span>}
            </li>
          );
        })}
      </ul>
      <NodeHandles geometry={geometry} connectable />
    </div>
  );
});
