import { diagnosticMessage } from '../../problems/diagnosticMessage.ts';
import type { Problem } from '../../analysis/protocol.ts';
import { useT } from '../../i18n/useT.ts';
import { selectLanguage } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** The findings about a field, under it: severity word and message, errors in red. */
export function ProblemList({
  problems,
  id,
}: {
  readonly problems: readonly Problem[];
  readonly id?: string;
}) {
  const t = useT();
  const language = useAppStore(selectLanguage);
  if (problems.length === 0) return null;
  return (
    <ul className="sy-field-problems" id={id}>
      {problems.map((problem, index) => (
        <li key={index} className={`sy-field-problem is-${problem.diagnostic.severity}`}>
          {t(`inspector.severity.${problem.diagnostic.severity}`)}:{' '}
          {diagnosticMessage(problem.diagnostic, language)}
        </li>
      ))}
    </ul>
  );
}
