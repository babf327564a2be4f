import { useCallback } from 'react';
import { selectLastGood } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import type { AppState } from '../store/store.ts';
import { AttachDialog } from './AttachDialog.tsx';
import { RenameDialog } from './RenameDialog.tsx';
import { SendToDialog } from './SendToDialog.tsx';

const selectDialog = (state: AppState) => state.dialog;

/** The open designer dialog (rename, "Attach to…", "Send to…"), for the canvas and the inspector. */
export function DesignerDialogs() {
  const dialog = useAppStore(selectDialog);
  const workspace = useAppStore(selectLastGood);
  const onClose = useCallback(() => appStore.getState().openDialog(null), []);
  if (!dialog) return null;
  const entry = workspace.resources.find((candidate) => candidate.key === dialog.key);
  if (!entry) return null;
  switch (dialog.kind) {
    case 'rename':
      return <RenameDialog key={entry.key} entry={entry} onClose={onClose} />;
    case 'attach':
      return (
        <AttachDialog key={entry.key} entry={entry} preset={dialog.target} onClose={onClose} />
      );
    case 'sendTo':
      return (
        <SendToDialog
          key={entry.key}
          entry={entry}
          rule={dialog.rule}
          preset={dialog.target}
          onClose={onClose}
        />
      );
  }
}
