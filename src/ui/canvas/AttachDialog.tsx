import { useMemo, useState } from 'react';
import { type ResourceEntry, isCommandFailure } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { selectLastGood } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { attachTo } from './canvasActions.ts';
import { attachOptions } from './connectTargets.ts';
import { DialogFrame } from './DialogFrame.tsx';

/**
 * "Attach to…": the keyboard way to attach a route, by picking a Gateway listener or a Service
 * frontend (and port) from a list.
 */
export function AttachDialog({
  entry,
  preset,
  onClose,
}: {
  readonly entry: ResourceEntry;
  /** A parent chosen already (a drag onto a Service with several ports). */
  readonly preset: string | undefined;
  readonly onClose: () => void;
}) {
  const t = useT();
  const workspace = useAppStore(selectLastGood);
  const options = useMemo(() => attachOptions(workspace, entry, t), [workspace, entry, t]);
  const [value, setValue] = useState(
    () => options.find((option) => option.key === preset)?.value ?? options[0]?.value ?? '',
  );
  const chosen = options.find((option) => option.value === value);
  return (
    <DialogFrame
      title={t('canvas.attach.title', { name: entry.id.name })}
      submitLabel={t('canvas.attach.submit')}
      canSubmit={chosen !== undefined}
      onSubmit={() => {
        if (!chosen) return false;
        const choice = {
          ...(chosen.listener === undefined ? {} : { listener: chosen.listener }),
          ...(chosen.port === undefined ? {} : { port: chosen.port }),
        };
        const result = attachTo(entry.key, chosen.key, choice);
        return result !== null && !isCommandFailure(result);
      }}
      onClose={onClose}
    >
      {options.length === 0 ? (
        <p>{t('canvas.attach.none')}</p>
      ) : (
        <label className="sy-field">
          <span>{t('canvas.attach.field')}</span>
          <select value={value} autoFocus onChange={(event) => setValue(event.target.value)}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </DialogFrame>
  );
}
