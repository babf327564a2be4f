import { useCallback, useMemo, useState } from 'react';
import type { Severity } from '../../core/index.ts';
import { selectAnalysisBehind, selectProblems } from '../analysis/analysisSlice.ts';
import { useT } from '../i18n/useT.ts';
import { selectLanguage } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { ProblemList } from './ProblemList.tsx';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const filterLabel = {
  error: 'problems.errors',
  warning: 'problems.warnings',
  info: 'problems.infos',
} as const;

const selectAnalysisError = (state: { analysisError: string | null }) => state.analysisError;

/**
 * The Problems panel: every finding of the analysis with its severity, message, resource and
 * line, errors first, then warnings, then information (each in text order); filters by severity
 * with their counts.
 */
export function ProblemsPanel() {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const problems = useAppStore(selectProblems);
  const behind = useAppStore(selectAnalysisBehind);
  const failure = useAppStore(selectAnalysisError);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(() => new Set());
  const counts = useMemo(() => {
    const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const problem of problems) out[problem.diagnostic.severity]++;
    return out;
  }, [problems]);
  const shown = useMemo(
    () =>
      problems
        .filter((problem) => !hidden.has(problem.diagnostic.severity))
        // Array sort is stable: within a severity the analysis's text order stays.
        .sort((a, b) => rank[a.diagnostic.severity] - rank[b.diagnostic.severity]),
    [problems, hidden],
  );
  const toggle = useCallback((severity: Severity) => {
    setHidden((previous) => {
      const next = new Set(previous);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  }, []);

  return (
    <section className="problems" aria-label={t('problems.region')} aria-busy={behind}>
      <div className="problems-filters" role="group" aria-label={t('problems.filters')}>
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`filter filter-${severity}`}
            aria-pressed={!hidden.has(severity)}
            onClick={() => toggle(severity)}
          >
            {t(filterLabel[severity], { count: counts[severity] })}
          </button>
        ))}
        {behind && <span className="problems-checking">{t('problems.checking')}</span>}
      </div>
      {failure && (
        <p className="problems-failure" role="alert">
          {t('problems.failed', { error: failure })}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="problems-empty">
          {problems.length === 0 ? t('problems.none') : t('problems.allHidden')}
        </p>
      ) : (
        <ProblemList problems={shown} language={language} t={t} />
      )}
    </section>
  );
}
