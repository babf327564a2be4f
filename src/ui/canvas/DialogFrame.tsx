import { type ReactNode, type SubmitEvent, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * A modal dialog (the native `<dialog>`: focus stays inside, Escape closes, focus returns to
 * where it was) holding a form with Cancel and a submit button.
 */
export function DialogFrame({
  title,
  submitLabel,
  canSubmit,
  onSubmit,
  onClose,
  children,
}: {
  readonly title: string;
  readonly submitLabel: string;
  readonly canSubmit: boolean;
  /** Returns true when the dialog's work is done (it then closes). */
  readonly onSubmit: () => boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canSubmit && onSubmit()) onClose();
  };
  return (
    <dialog ref={dialog} className="sy-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId} className="sy-dialog-title">
          {title}
        </h2>
        <div className="sy-dialog-body">{children}</div>
        <div className="sy-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('canvas.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
