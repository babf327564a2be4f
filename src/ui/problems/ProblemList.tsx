import { memo, useState } from 'react';
import { type Severity, displayName, parsePath } from '../../core/index.ts';
import type { Problem } from '../analysis/protocol.ts';
import type { Language, Translate } from '../i18n/translate.ts';
import { appStore } from '../store/store.ts';
import { diagnosticMessage } from './diagnosticMessage.ts';

/** Rows drawn at first (and added by each "Show more"): a large set can hold thousands. */
const PAGE = 200;

const severityWord = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
} as const satisfies Record<Severity, string>;

interface Props {
  readonly problems: readonly Problem[];
  readonly language: Language;
  readonly t: Translate;
}

/**
 * The list of the Problems panel: one item per finding, starting with its severity word; each
 * is a button that goes to its text and selects its resource. Memoised: it redraws only when the
 * findings or the language change, not while an analysis is on its way.
 */
export const ProblemList = memo(function ProblemList({ problems, language, t }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const rest = problems.length - limit;
  return (
    <>
      <ul className="problems-list">
        {problems.slice(0, limit).map((problem, index) => (
          <li key={index}>
            <button type="button" className="problem" onClick={() => goTo(problem)}>
              <span className={`severity severity-${problem.diagnostic.severity}`}>
                {t(severityWord[problem.diagnostic.severity])}
              </span>{' '}
              <span className="problem-message">
                {diagnosticMessage(problem.diagnostic, language)}
              </span>{' '}
              <span className="problem-where">{where(problem, t)}</span>
            </button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="problems-more" onClick={() => setLimit(limit + PAGE)}>
          {t('problems.more', { count: Math.min(rest, PAGE), total: rest })}
        </button>
      )}
    </>
  );
});

function where(problem: Problem, t: Translate): string {
  const { resource, path } = problem.diagnostic;
  const parts: string[] = [];
  if (resource?.name) {
    const { kind, namespace, name } = resource;
    parts.push(displayName({ group: '', kind, namespace, name }));
  }
  if (path) parts.push(path);
  // A line number is a place, not a quantity: no thousands separators.
  if (problem.start) parts.push(t('problems.line', { line: String(problem.start.line) }));
  return parts.join(' · ');
}

function goTo(problem: Problem): void {
  const state = appStore.getState();
  const { range, path } = problem.diagnostic;
  if (problem.resourceKey)
    state.select({
      key: problem.resourceKey,
      path: (path ? parsePath(path) : null) ?? [],
      origin: 'problems',
    });
  if (range) state.revealInEditor(range, true);
}
