import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';
import { RequestComposer } from './RequestComposer.tsx';
import './simulator.css';
import { selectSimulatorProblem } from './simulatorSlice.ts';
import { TraceView } from './TraceView.tsx';
import { TrafficControls } from './TrafficControls.tsx';
import { TrafficResults } from './TrafficResults.tsx';

/**
 * The `Traffic simulator` region: compose a request and trace it, send a traffic mix and watch
 * the results against the expected shares.
 */
export function SimulatorPanel() {
  const t = useT();
  const problem = useAppStore(selectSimulatorProblem);
  return (
    <section className="sy-simulator" aria-label={t('simulator.region')}>
      {problem && (
        <p className="sy-sim-problem" role="alert">
          {t(problem.key, problem.params)}
        </p>
      )}
      <div className="sy-sim-grid">
        <RequestComposer />
        <TrafficControls />
        <TrafficResults />
        <TraceView />
      </div>
    </section>
  );
}
