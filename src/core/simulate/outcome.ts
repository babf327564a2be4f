import { createDictionary } from '../util/object.ts';
import type { CompiledRule } from './compiledRoute.ts';
import type {
  BackendTarget,
  ExplainStep,
  ForwardedRequest,
  GrpcStatus,
  RedirectResult,
} from './decision.ts';
import type { CompiledMirror } from './filters/compiledFilter.ts';
import { type ForwardState, responseHeaders } from './filters/forwardState.ts';
import type { Location } from './locate.ts';
import type { HeaderField } from './request.ts';
import { phrase, textStep } from './stepText.ts';
import type { CompiledBackend } from './weights.ts';

/** What the client gets when the request ends a given way. */
export interface Outcome {
  readonly status: number;
  readonly grpcStatus: GrpcStatus | null;
  /** The backendRef chosen (null when none was drawn). */
  readonly backend: CompiledBackend | null;
  /** Where the request went: the backendRef's target, or the Service itself for a mesh call without routes. */
  readonly target: BackendTarget | null;
  readonly forwarded: ForwardedRequest | null;
  readonly redirect: RedirectResult | null;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly mirrors: readonly CompiledMirror[];
  /** Filter steps and the reason for the status. */
  readonly steps: readonly ExplainStep[];
}

export function noBackendOutcome(
  rule: CompiledRule,
  state: ForwardState,
  grpc: boolean,
): Outcome | null {
  const grpcStatus = grpc ? 'UNAVAILABLE' : null;
  const ref = { resource: rule.route.id, path: ['spec', 'rules', rule.index] };
  if (!rule.hasBackends) {
    // C4: a rule without backendRefs (and no redirect) answers 500. With other filters only,
    // the spec says nothing; 500 is the simulator's choice.
    const withFilters = rule.filters.length > 0;
    const step = withFilters
      ? textStep(
          'gap',
          phrase('simulate.step.ruleFiltersNoBackends', { rule: rule.index }),
          [ref],
          'RuleWithoutBackends',
        )
      : textStep('outcome', phrase('simulate.step.ruleNoBackends', { rule: rule.index }), [ref]);
    return fixedOutcome(500, grpcStatus, [...state.steps, step]);
  }
  if (rule.split.total === 0) {
    return fixedOutcome(500, grpcStatus, [
      ...state.steps,
      textStep(
        'gap',
        phrase('simulate.step.allWeightsZero', { rule: rule.index }),
        [{ resource: rule.route.id, path: ['spec', 'rules', rule.index, 'backendRefs'] }],
        'AllWeightsZero',
      ),
    ]);
  }
  return null;
}

export function invalidStep(rule: CompiledRule, backend: CompiledBackend): ExplainStep {
  const sentence = phrase('simulate.step.invalidBackend', {
    backend: backend.key,
    reason: backend.reason ?? phrase('simulate.part.unresolved'),
  });
  return textStep('backend', sentence, [{ resource: rule.route.id, path: backend.path }]);
}

export function answeredOutcome(
  state: ForwardState,
  grpc: boolean,
  backend: CompiledBackend | null = null,
): Outcome | null {
  const target = backend?.target ?? null;
  if (state.redirect) {
    return {
      ...fixedOutcome(state.redirect.status, null, state.steps),
      redirect: state.redirect,
      responseHeaders: toRecord(responseHeaders(state, [])),
      backend,
      target,
    };
  }
  if (state.answer !== null) {
    const status = state.answer;
    return {
      ...fixedOutcome(status, grpc && status >= 500 ? 'UNAVAILABLE' : null, state.steps),
      responseHeaders: toRecord(responseHeaders(state, [])),
      backend,
      target,
    };
  }
  return null;
}

export function forwardedOutcome(
  state: ForwardState,
  backend: CompiledBackend | null,
  target: BackendTarget,
  grpc: boolean,
  backendHeaders: readonly HeaderField[],
): Outcome {
  const headers = createDictionary<string>();
  let host = '';
  for (const [name, value] of state.headers) {
    if (name === 'host') host = value;
    else headers[name] = value;
  }
  return {
    status: 200,
    grpcStatus: grpc ? 'OK' : null,
    backend,
    target,
    forwarded: {
      method: state.method,
      scheme: state.scheme,
      host,
      path: state.query === '' ? state.path : `${state.path}?${state.query}`,
      headers,
    },
    redirect: null,
    responseHeaders: toRecord(responseHeaders(state, backendHeaders)),
    mirrors: state.mirrors,
    steps: state.steps,
  };
}

export function noRoute(grpc: boolean): Outcome {
  // A7, G3: no matching route is 404 for HTTP and UNIMPLEMENTED for gRPC.
  return grpc ? fixedOutcome(200, 'UNIMPLEMENTED', []) : fixedOutcome(404, null, []);
}

export function fixedOutcome(
  status: number,
  grpcStatus: GrpcStatus | null,
  steps: readonly ExplainStep[],
): Outcome {
  return {
    status,
    grpcStatus,
    backend: null,
    target: null,
    forwarded: null,
    redirect: null,
    responseHeaders: createDictionary<string>(),
    mirrors: [],
    steps,
  };
}

function toRecord(map: ReadonlyMap<string, string>): Record<string, string> {
  const out = createDictionary<string>();
  for (const [name, value] of map) out[name] = value;
  return out;
}

export function backendHeadersOf(location: Location): readonly HeaderField[] {
  return location.view.request.backendResponseHeaders ?? [];
}
