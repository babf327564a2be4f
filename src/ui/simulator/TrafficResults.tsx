import { formatShare } from '../../core/index.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { selectLanguage } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { type ResultRow, shownRows } from './resultRows.ts';
import { selectTraffic } from './simulatorSlice.ts';

/** More rows than this are summed up in one (a profile across many routes). */
const MAX_ROWS = 40;

function rowName(row: ResultRow, t: Translate): string {
  switch (row.kind) {
    case 'backend':
      return row.name;
    case 'status':
      return t('simulator.row.status', { code: row.name });
    case 'grpc':
      return t('simulator.row.grpc', { status: row.name });
  }
}

/**
 * The table `Traffic results`: one row per backend and one per error status, with the requests
 * counted (the most recent ones), the observed share and the share the weights promise, both as
 * percentages.
 */
export function TrafficResults() {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const traffic = useAppStore(selectTraffic);
  const shown = traffic ? shownRows(traffic.rows, MAX_ROWS) : null;
  const share = (value: number | null) =>
    value === null ? t('simulator.unknown') : formatShare(value);
  return (
    // The column scrolls when the rows outgrow it: it takes the focus, so the keyboard can scroll it.
    <div
      className="sy-sim-column sy-sim-results"
      tabIndex={0}
      role="group"
      aria-label={t('simulator.results')}
    >
      <table aria-label={t('simulator.results')} className="sy-sim-table">
        <caption>
          {traffic
            ? t('simulator.results.caption', { count: traffic.counted })
            : t('simulator.results')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('simulator.col.backend')}</th>
            <th scope="col">{t('simulator.col.requests')}</th>
            <th scope="col">{t('simulator.col.observed')}</th>
            <th scope="col">{t('simulator.col.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {shown?.rows.map((row) => (
            <tr key={row.key} className={`sy-sim-row--${row.kind}`}>
              <th scope="row">
                <bdi>{rowName(row, t)}</bdi>
              </th>
              <td>{row.requests.toLocaleString(language)}</td>
              <td>
                <span className="sy-sim-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round((row.observed ?? 0) * 100)}%` }} />
                </span>
                {share(row.observed)}
              </td>
              <td>{share(row.expected)}</td>
            </tr>
          ))}
          {shown?.others && (
            <tr className="sy-sim-row--others">
              <th scope="row">{t('simulator.row.others', { count: shown.others.rows })}</th>
              <td>{shown.others.requests.toLocaleString(language)}</td>
              <td>{share(shown.others.observed)}</td>
              <td>{share(shown.others.expected)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {!traffic && <p className="sy-sim-empty">{t('simulator.results.empty')}</p>}
    </div>
  );
}
