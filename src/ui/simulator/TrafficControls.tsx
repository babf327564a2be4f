import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { MAX_RATE, selectSimulatorSettings } from './currentSettings.ts';
import { changeRate, sendTraffic, stopTraffic } from './simulatorService.ts';
import { selectSimulatorRunning, selectTraffic } from './simulatorSlice.ts';

/**
 * The traffic run's controls: the traffic mix, the rate, `Send traffic` and `Stop`, and what is
 * being sent.
 */
export function TrafficControls() {
  const t = useT();
  const hintId = useId();
  const settings = useAppStore(selectSimulatorSettings);
  const running = useAppStore(selectSimulatorRunning);
  const traffic = useAppStore(selectTraffic);
  const status = running
    ? t('simulator.status.running', { rate: settings.rate, sent: traffic?.sent ?? 0 })
    : traffic
      ? t('simulator.status.stopped', { sent: traffic.sent })
      : t('simulator.status.idle');
  return (
    <div className="sy-sim-column sy-sim-traffic">
      <h3 className="visually-hidden">{t('simulator.traffic')}</h3>
      <label className="sy-sim-field">
        <span>{t('simulator.mix')}</span>
        <textarea
          rows={3}
          spellCheck={false}
          wrap="off"
          value={settings.mix}
          aria-describedby={hintId}
          placeholder={t('simulator.mixHint')}
          onChange={(event) => {
            appStore.getState().setSimulatorSettings({ ...settings, mix: event.target.value });
          }}
        />
      </label>
      <p id={hintId} className="visually-hidden">
        {t('simulator.mixHint')}
      </p>
      <div className="sy-sim-row sy-sim-actions">
        <label className="sy-sim-field sy-sim-rate">
          <span>{t('simulator.rate')}</span>
          <input
            type="number"
            min={1}
            max={MAX_RATE}
            step={1}
            value={settings.rate}
            onChange={(event) => {
              const rate = Math.round(Number(event.target.value));
              if (!Number.isFinite(rate) || rate < 1) return;
              appStore
                .getState()
                .setSimulatorSettings({ ...settings, rate: Math.min(rate, MAX_RATE) });
              changeRate(rate);
            }}
          />
        </label>
        <button type="button" className="primary" onClick={() => void sendTraffic()}>
          {t('simulator.send')}
        </button>
        <button type="button" disabled={!running} onClick={stopTraffic}>
          {t('simulator.stop')}
        </button>
      </div>
      <p className="sy-sim-status">{status}</p>
    </div>
  );
}
