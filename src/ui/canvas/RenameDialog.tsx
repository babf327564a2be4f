import { useId, useState } from 'react';
import type { ResourceEntry } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { checkName } from '../inspector/fieldValidation.ts';
import { renameNode } from './canvasActions.ts';
import { DialogFrame } from './DialogFrame.tsx';

/** Renames a resource (F2): the name is checked as it is typed; references follow the rename. */
export function RenameDialog({
  entry,
  onClose,
}: {
  readonly entry: ResourceEntry;
  readonly onClose: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(entry.id.name);
  const problemId = useId();
  const problem = checkName(entry.id.kind, name);
  const changed = name !== entry.id.name;
  return (
    <DialogFrame
      title={t('canvas.rename.title', { name: entry.id.name })}
      submitLabel={t('canvas.rename.submit')}
      canSubmit={changed && problem === null}
      onSubmit={() => renameNode(entry.key, name)}
      onClose={onClose}
    >
      <label className="sy-field">
        <span>{t('canvas.rename.field')}</span>
        <input
          type="text"
          value={name}
          // The dialog's purpose is this one field.
          autoFocus
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {problem && (
        <p id={problemId} className="sy-field-problem">
          {t(problem.key, problem.params)}
        </p>
      )}
    </DialogFrame>
  );
}
