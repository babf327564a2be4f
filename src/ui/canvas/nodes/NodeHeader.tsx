import type { ProblemCounts } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';

/** The title block of a node: its kind, its name, and badges counting its problems. */
export function NodeHeader({
  kind,
  name,
  problems,
}: {
  readonly kind: string;
  readonly name: string;
  readonly problems: ProblemCounts | undefined;
}) {
  const t = useT();
  const errors = problems?.errors ?? 0;
  const warnings = problems?.warnings ?? 0;
  return (
    <div className="sy-node-header">
      <div className="sy-node-kind">
        <span>{kind}</span>
        {errors > 0 && (
          <span
            className="sy-badge sy-badge--error"
            title={t('canvas.problems.errors', { count: errors })}
          >
            {errors}
          </span>
        )}
        {warnings > 0 && (
          <span
            className="sy-badge sy-badge--warning"
            title={t('canvas.problems.warnings', { count: warnings })}
          >
            {warnings}
          </span>
        )}
      </div>
      <bdi className="sy-node-name" title={name}>
        {name}
      </bdi>
    </div>
  );
}
