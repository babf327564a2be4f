import { useId, useMemo } from 'react';
import { useT } from '../i18n/useT.ts';
import { selectLastGood } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { selectSimulatorSettings } from './currentSettings.ts';
import { entryChoices, entryValue, parseEntryValue } from './entryChoice.ts';
import { METHODS, type RequestDraft, typedMethod, withMethod } from './requestDraft.ts';
import { traceRequest } from './simulatorService.ts';

function setDraft(change: (draft: RequestDraft) => RequestDraft): void {
  const state = appStore.getState();
  const settings = selectSimulatorSettings(state);
  state.setSimulatorSettings({ ...settings, draft: change(settings.draft) });
}

/**
 * The request composer: method, the `Request` field (a URL, or a method and a URL), the entry (a
 * Gateway, or the mesh callers of a namespace), headers, and a gRPC service and method; `Trace
 * request` routes it once and explains the decision.
 */
export function RequestComposer() {
  const t = useT();
  const ids = useId();
  const { draft } = useAppStore(selectSimulatorSettings);
  const workspace = useAppStore(selectLastGood);
  const choices = useMemo(() => entryChoices(workspace, draft.entry), [workspace, draft.entry]);
  const method = typedMethod(draft.line) ?? draft.method;
  const methods = METHODS.includes(method as (typeof METHODS)[number])
    ? METHODS
    : [method, ...METHODS];
  return (
    <div className="sy-sim-column sy-sim-composer">
      <h3 className="visually-hidden">{t('simulator.composer')}</h3>
      <div className="sy-sim-row">
        <label className="sy-sim-field sy-sim-method">
          <span>{t('simulator.method')}</span>
          <select
            value={method}
            onChange={(event) => setDraft((d) => withMethod(d, event.target.value))}
          >
            {methods.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="sy-sim-field sy-sim-grow">
          <span>{t('simulator.request')}</span>
          <input
            type="text"
            spellCheck={false}
            value={draft.line}
            title={t('simulator.requestHint')}
            aria-describedby={`${ids}-request-hint`}
            onChange={(event) => setDraft((d) => ({ ...d, line: event.target.value }))}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void traceRequest();
              }
            }}
          />
        </label>
      </div>
      <p id={`${ids}-request-hint`} className="visually-hidden">
        {t('simulator.requestHint')}
      </p>
      <label className="sy-sim-field">
        <span>{t('simulator.entry')}</span>
        <select
          value={entryValue(draft.entry)}
          onChange={(event) => {
            const entry = parseEntryValue(event.target.value);
            if (entry) setDraft((d) => ({ ...d, entry }));
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.entry.kind === 'gateway'
                ? t('simulator.entry.gateway', {
                    name: `${choice.entry.namespace}/${choice.entry.name}`,
                  })
                : t('simulator.entry.mesh', { namespace: choice.entry.from })}
            </option>
          ))}
        </select>
      </label>
      <label className="sy-sim-field">
        <span>{t('simulator.headers')}</span>
        <textarea
          rows={1}
          spellCheck={false}
          value={draft.headers}
          placeholder={t('simulator.headersHint')}
          onChange={(event) => setDraft((d) => ({ ...d, headers: event.target.value }))}
        />
      </label>
      <div className="sy-sim-row" title={t('simulator.grpcHint')}>
        <label className="sy-sim-field sy-sim-grow">
          <span>{t('simulator.grpcService')}</span>
          <input
            type="text"
            spellCheck={false}
            value={draft.grpcService}
            onChange={(event) => setDraft((d) => ({ ...d, grpcService: event.target.value }))}
          />
        </label>
        <label className="sy-sim-field sy-sim-grow">
          <span>{t('simulator.grpcMethod')}</span>
          <input
            type="text"
            spellCheck={false}
            value={draft.grpcMethod}
            onChange={(event) => setDraft((d) => ({ ...d, grpcMethod: event.target.value }))}
          />
        </label>
      </div>
    </div>
  );
}
