import type { CompiledRule } from './compiledRoute.ts';
import type { ExplainStep, MirrorResult, RouteDecision, SplitShare } from './decision.ts';
import { explainCandidates } from './explainCandidates.ts';
import { explainGatewayEntry, explainMeshEntry } from './explainEntry.ts';
import { locate } from './locate.ts';
import { type RandomSource, chance, createRandom } from './random.ts';
import type { SimRequest } from './request.ts';
import type { Outcome } from './outcome.ts';
import { drawOutcome, resolve } from './resolve.ts';
import type { RouteTable } from './routeTable.ts';
import { type CompiledSplit, shareOf } from './weights.ts';

/** Options of {@link route}. */
export interface RouteOptions {
  /** Draws the weighted backend and percentage mirrors (default: a generator seeded with 1). */
  readonly random?: RandomSource;
}

/**
 * Routes one request through the compiled table and explains the decision: the entry (listener
 * or Service port), the candidate routes and why each other one lost, the winning route, rule and
 * match, the backend split, the backend drawn, the filters, and the status the client sees.
 *
 * @param table - The compiled route table.
 * @param request - The request.
 * @param options - The random source for the weighted choice.
 * @returns The decision with its explanation.
 * @example
 * const table = compileRouteTable(workspace);
 * const decision = route(table, request);
 * decision.status; // 200
 * decision.explain; // ['GET http://www.example.com/ enters Gateway infra/edge on port 80', …]
 */
export function route(
  table: RouteTable,
  request: SimRequest,
  options: RouteOptions = {},
): RouteDecision {
  const random = options.random ?? createRandom(1);
  const location = locate(table, request);
  const resolution = resolve(location);
  const final = drawOutcome(resolution, random);
  const mirrors: MirrorResult[] = final.mirrors.map((mirror) => {
    const sent = mirror.backend.valid && chance(random, mirror.numerator, mirror.denominator);
    return {
      backend: mirror.backend.target,
      fraction: Math.min(1, mirror.numerator / mirror.denominator),
      sent,
      valid: mirror.backend.valid,
      ...(mirror.backend.reason ? { reason: mirror.backend.reason } : {}),
    };
  });
  const rule = resolution.match?.rule;
  const steps: ExplainStep[] = [
    ...(location.kind === 'gateway' ? explainGatewayEntry(location) : explainMeshEntry(location)),
    ...explainCandidates(location),
    ...(rule && resolution.split ? splitSteps(rule, resolution.split, final) : []),
    ...final.steps,
    ...(rule ? policySteps(rule) : []),
    outcomeStep(final),
  ];
  const edges = [
    ...(resolution.entryEdge ? [resolution.entryEdge] : []),
    ...(resolution.parentEdge ? [resolution.parentEdge] : []),
    ...(final.backend && final.forwarded ? [final.backend.edgeId] : []),
    ...final.mirrors.filter((_, i) => mirrors[i]?.sent === true).map((m) => m.edgeId),
  ];
  const match = resolution.match;
  return {
    status: final.status,
    grpcStatus: final.grpcStatus,
    parent: resolution.parent,
    route: match ? match.rule.route.id : null,
    rule: match ? match.rule.index : null,
    match: match ? match.index : null,
    split: rule ? splitShares(rule.split) : [],
    backend: final.target,
    forwarded: final.forwarded,
    redirect: final.redirect,
    mirrors,
    responseHeaders: final.responseHeaders,
    steps,
    explain: steps.map((s) => s.message),
    edges,
  };
}

/**
 * Every backendRef of a rule with its share (contract.md 1.2 `split`).
 *
 * @param split - The rule's split.
 */
export function splitShares(split: CompiledSplit): SplitShare[] {
  return split.backends.map((backend) => ({
    backend: backend.target,
    weight: backend.weight,
    share: shareOf(split, backend),
    valid: backend.valid,
    ...(backend.reason ? { reason: backend.reason } : {}),
  }));
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

function splitSteps(rule: CompiledRule, split: CompiledSplit, outcome: Outcome): ExplainStep[] {
  const ref = { resource: rule.route.id, path: ['spec', 'rules', rule.index, 'backendRefs'] };
  const parts = split.backends.map((backend) => {
    const share = shareOf(split, backend);
    if (backend.weight === 0) return `${backend.key} weight 0 gets no traffic (C2)`;
    const invalid = backend.valid
      ? ''
      : `, invalid (${backend.reason ?? ''}): its share gets 500 (C4)`;
    return `${backend.key} weight ${backend.weight} (${percent(share)}${invalid})`;
  });
  const steps: ExplainStep[] = [
    {
      kind: 'split',
      message: `Rule ${rule.index} splits traffic: ${parts.join('; ')}`,
      refs: [ref],
    },
  ];
  const chosen = outcome.backend;
  if (chosen) {
    steps.push({
      kind: 'backend',
      message:
        split.drawable.length === 1
          ? `Every request goes to ${chosen.key}`
          : `This request was drawn for ${chosen.key} (${percent(shareOf(split, chosen))} of requests)`,
      refs: [{ resource: rule.route.id, path: chosen.path }],
    });
  }
  return steps;
}

function policySteps(rule: CompiledRule): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const ref = { resource: rule.route.id, path: ['spec', 'rules', rule.index] };
  const { timeouts, retry } = rule;
  if (timeouts && (timeouts.request !== undefined || timeouts.backendRequest !== undefined)) {
    const parts = [
      ...(timeouts.request !== undefined ? [`request ${timeouts.request}`] : []),
      ...(timeouts.backendRequest !== undefined
        ? [`backendRequest ${timeouts.backendRequest}`]
        : []),
    ];
    steps.push({
      kind: 'timeout',
      message: `Timeouts ${parts.join(', ')}: a backend slower than that would make the gateway answer 504 ("0s" disables a timeout, D8). The simulated backend answers at once, so no timeout fires`,
      refs: [{ ...ref, path: [...ref.path, 'timeouts'] }],
    });
  }
  if (retry) {
    const codes = retry.codes?.join(', ') ?? 'none';
    steps.push({
      kind: 'retry',
      message: `Retry: up to ${retry.attempts ?? 1} retries on ${codes}${retry.backoff ? `, backoff ${retry.backoff}` : ''}; when they run out the client gets the last error (D9). The simulated backend answers 200, so nothing is retried`,
      refs: [{ ...ref, path: [...ref.path, 'retry'] }],
    });
  }
  return steps;
}

function outcomeStep(outcome: Outcome): ExplainStep {
  const status =
    outcome.grpcStatus && outcome.grpcStatus !== 'OK'
      ? `gRPC ${outcome.grpcStatus}`
      : outcome.grpcStatus === 'OK'
        ? 'gRPC OK'
        : String(outcome.status);
  let message: string;
  if (outcome.forwarded && outcome.target) {
    const { method, scheme, host, path } = outcome.forwarded;
    const target = outcome.target;
    message = `${status}: forwarded to ${target.namespace}/${target.name}${target.port === null ? '' : `:${target.port}`} as ${method} ${scheme}://${host}${path}`;
  } else if (outcome.redirect) {
    message = `${status}: redirect to ${outcome.redirect.location}`;
  } else if (outcome.grpcStatus === 'UNIMPLEMENTED' || outcome.status === 404) {
    message = `${status}: no route matches the request (A7${outcome.grpcStatus ? ', G3' : ''})`;
  } else {
    message = `${status}: answered by the gateway`;
  }
  return { kind: 'outcome', message, refs: [] };
}
