import type { CompiledRule } from './compiledRoute.ts';
import {
  type ExplainStep,
  type MirrorResult,
  type RouteDecision,
  type SplitShare,
  backendKey,
} from './decision.ts';
import { explainCandidates } from './explainCandidates.ts';
import { explainGatewayEntry, explainMeshEntry } from './explainEntry.ts';
import { locate } from './locate.ts';
import { type RandomSource, chance, createRandom } from './random.ts';
import type { SimRequest } from './request.ts';
import type { Outcome } from './outcome.ts';
import { drawOutcome, resolve } from './resolve.ts';
import type { RouteTable } from './routeTable.ts';
import { type Phrase, phrase, phraseList, textStep } from './stepText.ts';
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
  const parts = split.backends.map((backend): Phrase => {
    const params = { backend: backend.key, weight: backend.weight };
    const share = percent(shareOf(split, backend));
    if (backend.weight === 0) return phrase('simulate.part.splitZero', { backend: backend.key });
    return backend.valid
      ? phrase('simulate.part.splitShare', { ...params, share })
      : phrase('simulate.part.splitInvalid', { ...params, share, reason: backend.reason ?? '' });
  });
  const steps: ExplainStep[] = [
    textStep(
      'split',
      phrase('simulate.step.split', {
        rule: rule.index,
        parts: phraseList(parts, 'simulate.list.semicolon'),
      }),
      [ref],
    ),
  ];
  const chosen = outcome.backend;
  if (chosen) {
    steps.push(
      textStep(
        'backend',
        split.drawable.length === 1
          ? phrase('simulate.step.everyRequest', { backend: chosen.key })
          : phrase('simulate.step.drawn', {
              backend: chosen.key,
              share: percent(shareOf(split, chosen)),
            }),
        [{ resource: rule.route.id, path: chosen.path }],
      ),
    );
  }
  return steps;
}

function policySteps(rule: CompiledRule): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const ref = { resource: rule.route.id, path: ['spec', 'rules', rule.index] };
  const { timeouts, retry } = rule;
  if (timeouts && (timeouts.request !== undefined || timeouts.backendRequest !== undefined)) {
    const parts = [
      ...(timeouts.request !== undefined
        ? [phrase('simulate.part.timeoutRequest', { duration: timeouts.request })]
        : []),
      ...(timeouts.backendRequest !== undefined
        ? [phrase('simulate.part.timeoutBackendRequest', { duration: timeouts.backendRequest })]
        : []),
    ];
    steps.push(
      textStep('timeout', phrase('simulate.step.timeouts', { timeouts: phraseList(parts) }), [
        { ...ref, path: [...ref.path, 'timeouts'] },
      ]),
    );
  }
  if (retry) {
    const sentence = phrase('simulate.step.retry', {
      attempts: retry.attempts ?? 1,
      codes: retry.codes ? phraseList(retry.codes.map(String)) : phrase('simulate.part.none'),
      backoff: retry.backoff ? phrase('simulate.part.backoff', { duration: retry.backoff }) : '',
    });
    steps.push(textStep('retry', sentence, [{ ...ref, path: [...ref.path, 'retry'] }]));
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
  let sentence: Phrase;
  if (outcome.forwarded && outcome.target) {
    const { method, scheme, host, path } = outcome.forwarded;
    sentence = phrase('simulate.step.forwarded', {
      status,
      backend: backendKey(outcome.target),
      request: `${method} ${scheme}://${host}${path}`,
    });
  } else if (outcome.redirect) {
    sentence = phrase('simulate.step.redirected', {
      status,
      location: outcome.redirect.location,
    });
  } else if (outcome.grpcStatus === 'UNIMPLEMENTED' || outcome.status === 404) {
    sentence = phrase('simulate.step.noRoute', {
      status,
      sections: outcome.grpcStatus ? 'A7, G3' : 'A7',
    });
  } else {
    sentence = phrase('simulate.step.answered', { status });
  }
  return textStep('outcome', sentence, []);
}
