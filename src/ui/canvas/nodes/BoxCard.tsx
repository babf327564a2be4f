import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { CLUSTER_GROUP } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { appStore } from '../../store/store.ts';
import type { BoxFlowNode } from '../flowElements.ts';

/** The frame of a namespace (with its collapse button) or of a traffic lane, behind its nodes. */
export const BoxCard = memo(function BoxCard({ data }: NodeProps<BoxFlowNode>) {
  const t = useT();
  if (data.box === 'lane') {
    return (
      <div className={`sy-box sy-box--lane sy-lane--${data.label}`}>
        <span className="sy-box-title">
          {data.label === 'east-west' ? t('canvas.lane.eastWest') : t('canvas.lane.northSouth')}
        </span>
      </div>
    );
  }
  const label = data.groupId === CLUSTER_GROUP ? t('canvas.namespace.cluster') : data.label;
  return (
    <div className="sy-box sy-box--namespace">
      <span className="sy-box-title">
        <bdi>{label}</bdi>
        {data.groupId !== CLUSTER_GROUP && (
          <button
            type="button"
            className="sy-mini-button nodrag"
            aria-label={t('canvas.namespace.collapse', { namespace: label })}
            title={t('canvas.namespace.collapse', { namespace: label })}
            onClick={() => appStore.getState().setCollapsed(data.groupId, true)}
          >
            −
          </button>
        )}
      </span>
    </div>
  );
});
