import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { type ExampleEntry, loadExampleIndex } from './exampleIndex.ts';
import { exampleDescription, exampleTitle } from './exampleText.ts';
import { ExamplePreview } from './ExamplePreview.tsx';
import './examples.css';
import { openExample } from './openExample.ts';

/**
 * The Examples gallery: a modal dialog listing the built-in examples with a title, a paragraph
 * and a preview of each; `Open` opens one, `Present` starts its demo.
 *
 * @param props.onClose - Closes the dialog.
 */
export function ExamplesDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [examples, setExamples] = useState<readonly ExampleEntry[] | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    let live = true;
    void loadExampleIndex().then((list) => {
      if (live) setExamples(list);
    });
    return () => {
      live = false;
    };
  }, []);

  const open = (example: ExampleEntry, present: boolean) => {
    onClose();
    if (present) {
      void import('../demo/startDemo.ts').then(({ startDemo }) =>
        startDemo(example, { opened: false }),
      );
    } else void openExample(example.id);
  };

  return (
    <dialog
      ref={dialog}
      className="sy-dialog sy-examples"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId} className="sy-dialog-title">
        {t('examples.title')}
      </h2>
      <p className="sy-examples-intro">{t('examples.intro')}</p>
      {examples === null && <p role="status">{t('examples.loading')}</p>}
      {examples?.length === 0 && (
        <p role="alert">{t('examples.unavailable', { detail: './examples/index.json' })}</p>
      )}
      <ul className="sy-examples-list">
        {examples?.map((example) => {
          const title = exampleTitle(example.id, t);
          const headingId = `${titleId}-${example.id}`;
          return (
            <li key={example.id} className="sy-example" aria-labelledby={headingId}>
              <ExamplePreview example={example} title={title} />
              <div className="sy-example-text">
                <h3 id={headingId}>{title}</h3>
                <p>{exampleDescription(example.id, t)}</p>
                <div className="sy-example-actions">
                  <button
                    type="button"
                    className="primary"
                    aria-describedby={headingId}
                    onClick={() => open(example, false)}
                  >
                    {t('examples.open')}
                  </button>
                  {example.demo.length > 0 && (
                    <button
                      type="button"
                      aria-describedby={headingId}
                      title={t('examples.presentNamed', { title })}
                      onClick={() => open(example, true)}
                    >
                      {t('examples.present')}
                    </button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="sy-dialog-actions">
        <button type="button" onClick={onClose}>
          {t('examples.close')}
        </button>
      </div>
    </dialog>
  );
}
