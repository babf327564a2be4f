import { useMemo, useState } from 'react';
import { type ResourceEntry, isCommandFailure } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { selectLastGood } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { sendTo } from './canvasActions.ts';
import { backendOptions } from './connectTargets.ts';
import { DialogFrame } from './DialogFrame.tsx';
import { ruleSummaries } from './ruleSummaries.ts';

/**
 * "Send to…": the keyboard way to add a backend to a rule, by picking the rule and a Service
 * (and its port) from lists.
 */
export function SendToDialog({
  entry,
  rule,
  preset,
  onClose,
}: {
  readonly entry: ResourceEntry;
  readonly rule: number | undefined;
  readonly preset: string | undefined;
  readonly onClose: () => void;
}) {
  const t = useT();
  const workspace = useAppStore(selectLastGood);
  const options = useMemo(() => backendOptions(workspace, t), [workspace, t]);
  const rules = useMemo(() => ruleSummaries(entry, t), [entry, t]);
  const [ruleIndex, setRuleIndex] = useState(rule ?? 0);
  const [value, setValue] = useState(
    () => options.find((option) => option.key === preset)?.value ?? options[0]?.value ?? '',
  );
  const chosen = options.find((option) => option.value === value);
  return (
    <DialogFrame
      title={t('canvas.sendTo.title', { name: entry.id.name })}
      submitLabel={t('canvas.sendTo.submit')}
      canSubmit={chosen !== undefined && rules.length > 0}
      onSubmit={() => {
        if (!chosen) return false;
        const result = sendTo(entry.key, ruleIndex, chosen.key, chosen.port);
        return result !== null && !isCommandFailure(result);
      }}
      onClose={onClose}
    >
      {rules.length > 1 && (
        <label className="sy-field">
          <span>{t('canvas.sendTo.rule')}</span>
          <select value={ruleIndex} onChange={(event) => setRuleIndex(Number(event.target.value))}>
            {rules.map((summary, index) => (
              <option key={index} value={index}>
                {summary}
              </option>
            ))}
          </select>
        </label>
      )}
      {options.length === 0 ? (
        <p>{t('canvas.sendTo.none')}</p>
      ) : (
        <label className="sy-field">
          <span>{t('canvas.sendTo.field')}</span>
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
