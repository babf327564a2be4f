import {
  type FieldPath,
  type ResourceId,
  type RouteDecision,
  backendKey,
  displayName,
  formatPath,
  resourceKey,
} from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { selectLanguage } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { clearTrace, traceRequest } from './simulatorService.ts';
import { selectTrace } from './simulatorSlice.ts';
import { traceStepMessage } from './traceStepMessage.ts';

function select(resource: ResourceId, path: FieldPath | null): void {
  appStore.getState().select({ key: resourceKey(resource), path: path ?? [], origin: 'simulator' });
}

/** A button that selects a resource (on the canvas, in the YAML and the inspector). */
function ResourceButton({
  resource,
  path,
  label,
}: {
  readonly resource: ResourceId;
  readonly path: FieldPath | null;
  readonly label?: string;
}) {
  const t = useT();
  const name = displayName(resource);
  const where = path && path.length > 0 ? formatPath(path) : '';
  return (
    <button
      type="button"
      className="sy-sim-ref"
      title={t('simulator.trace.select', { name })}
      onClick={() => select(resource, path)}
    >
      <bdi>{label ?? name}</bdi>
      {where && !label && <span className="sy-sim-ref-path">{where}</span>}
    </button>
  );
}

function backendResource(decision: RouteDecision): ResourceId | null {
  const backend = decision.backend;
  if (!backend) return null;
  return {
    group: backend.group ?? '',
    kind: backend.kind,
    namespace: backend.namespace,
    name: backend.name,
  };
}

/** `Trace request` and, once there is a trace, `Clear trace`. */
function TraceActions({ traced }: { readonly traced: boolean }) {
  const t = useT();
  return (
    <div className="sy-sim-actions">
      <h3 className="sy-sim-heading">{t('simulator.traceTitle')}</h3>
      <button type="button" onClick={() => void traceRequest()}>
        {t('simulator.trace')}
      </button>
      {traced && (
        <button type="button" onClick={clearTrace}>
          {t('simulator.clearTrace')}
        </button>
      )}
    </div>
  );
}

/**
 * `Trace request` and the traced request: its status, route, rule and backend, and each step of
 * the explanation with the resources it concerns (a click selects them).
 */
export function TraceView() {
  const t = useT();
  const trace = useAppStore(selectTrace);
  const language = useAppStore(selectLanguage);
  if (!trace) {
    return (
      <div className="sy-sim-column sy-sim-trace">
        <TraceActions traced={false} />
        <p className="sy-sim-empty">{t('simulator.trace.empty')}</p>
      </div>
    );
  }
  const { decision } = trace;
  const backend = backendResource(decision);
  const status = decision.grpcStatus
    ? `${decision.status} · gRPC ${decision.grpcStatus}`
    : String(decision.status);
  return (
    <div className="sy-sim-column sy-sim-trace">
      <TraceActions traced />
      <dl className="sy-sim-summary">
        <dt>{t('simulator.trace.request')}</dt>
        <dd>
          <bdi>{trace.request}</bdi>
        </dd>
        <dt>{t('simulator.trace.status')}</dt>
        <dd>{status}</dd>
        <dt>{t('simulator.trace.route')}</dt>
        <dd>
          {decision.route ? (
            <ResourceButton resource={decision.route} path={null} />
          ) : (
            t('simulator.trace.none')
          )}
        </dd>
        <dt>{t('simulator.trace.rule')}</dt>
        <dd>
          {decision.route && decision.rule !== null ? (
            <ResourceButton
              resource={decision.route}
              path={['spec', 'rules', decision.rule]}
              label={t('simulator.trace.ruleIndex', { index: decision.rule })}
            />
          ) : (
            t('simulator.trace.none')
          )}
        </dd>
        <dt>{t('simulator.trace.backend')}</dt>
        <dd>
          {backend && decision.backend ? (
            <ResourceButton resource={backend} path={null} label={backendKey(decision.backend)} />
          ) : (
            t('simulator.trace.none')
          )}
        </dd>
      </dl>
      <h4 className="sy-sim-subheading">{t('simulator.trace.steps')}</h4>
      <ol className="sy-sim-steps">
        {decision.steps.map((step, index) => (
          <li key={index} className={`sy-sim-step sy-sim-step--${step.kind}`}>
            <span className="sy-sim-step-message">{traceStepMessage(step, language)}</span>
            {step.gap && (
              <span className="sy-sim-gap" title={t('simulator.trace.gap')}>
                {t('simulator.trace.gap')}
              </span>
            )}
            {step.refs.length > 0 && (
              <span className="sy-sim-step-refs">
                {step.refs.map((ref, refIndex) => (
                  <ResourceButton key={refIndex} resource={ref.resource} path={ref.path} />
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
