import { useEffect, useRef } from 'react';
import { isMessageKey } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';
import './demo.css';
import { selectDemo } from './demoSlice.ts';
import { endDemo, goToStep } from './startDemo.ts';
import { useDemoKeys } from './useDemoKeys.ts';

/**
 * The demo's caption bar, over the bottom of the route graph while a story is presented: the
 * step's caption, where the story is, and Previous / Next / End demo (also on the keyboard). The
 * caption is announced when the step changes; Next has the focus when the demo starts.
 */
export function DemoControls() {
  const t = useT();
  const demo = useAppStore(selectDemo);
  const next = useRef<HTMLButtonElement>(null);
  const active = demo !== null;
  useDemoKeys(active);
  useEffect(() => {
    if (active) next.current?.focus();
  }, [active]);
  if (!demo) return null;
  const total = demo.example.demo.length;
  const step = demo.example.demo[demo.step];
  const key = `demo.${demo.example.id}.${step?.caption ?? ''}`;
  const caption = isMessageKey(key) ? t(key) : (step?.caption ?? '');
  return (
    <section className="sy-demo" aria-label={t('demo.region')}>
      <p className="sy-demo-step">
        {t('demo.step', { step: demo.step + 1, total })} ·{' '}
        <span className="sy-demo-keys">{t('demo.keys')}</span>
      </p>
      <p className="sy-demo-caption" aria-live="polite">
        {caption}
      </p>
      {demo.problem && (
        <p className="sy-demo-problem" role="alert">
          {t('demo.failed', { detail: demo.problem })}
        </p>
      )}
      <div className="sy-demo-actions">
        <button type="button" disabled={demo.step === 0} onClick={() => goToStep(demo.step - 1)}>
          {t('demo.previous')}
        </button>
        <button
          ref={next}
          type="button"
          className="primary"
          disabled={demo.step >= total - 1}
          onClick={() => goToStep(demo.step + 1)}
        >
          {t('demo.next')}
        </button>
        <button type="button" onClick={endDemo}>
          {t('demo.end')}
        </button>
      </div>
    </section>
  );
}
