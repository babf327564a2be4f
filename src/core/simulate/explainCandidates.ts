import type { CompiledMatch } from './compiledRoute.ts';
import type { ExplainStep, SpecGap, StepRef } from './decision.ts';
import { describeMatchPhrase, matchNamePhrase, mismatch, routeName } from './describe.ts';
import { describeHostname, hostnameMatches, matchingHostnamePatterns } from './hostnames.ts';
import { tierFor } from './hostTiers.ts';
import type { GrpcIndex, HttpIndex } from './matchIndex.ts';
import type { Location } from './locate.ts';
import {
  type PrecedenceCriterion,
  grpcDecidingCriterion,
  httpDecidingCriterion,
} from './precedence.ts';
import { type Phrase, counted, phrase, shortList, textStep } from './stepText.ts';

const LIMIT = 12;

interface Candidate {
  readonly match: CompiledMatch;
  /** The effective hostname it competes under (A3); undefined in the mesh. */
  readonly hostname: string | undefined;
}

function matchRef(match: CompiledMatch): StepRef {
  return { resource: match.rule.route.id, path: match.path };
}

/**
 * Steps for the competition between routes on the chosen parent: which routes do not serve the
 * host, which matches do not hold, and why each match that also holds loses to the winner.
 *
 * @param location - Where the request went (with its winner, if any).
 * @returns The steps, in order.
 */
export function explainCandidates(location: Location): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const candidates = collectCandidates(location, steps);
  const winner = location.match;
  const view = location.view;
  let before = 0;
  let skippedBefore = 0;
  let after = 0;
  let skippedAfter = 0;
  let passedWinner = false;
  const seen = new Set<CompiledMatch>();
  for (const candidate of candidates) {
    const { match } = candidate;
    if (seen.has(match)) continue;
    seen.add(match);
    if (match === winner) {
      passedWinner = true;
      continue;
    }
    // Other matches of the winning rule lead to the same place (A6).
    if (winner && match.rule === winner.rule) continue;
    const reason = mismatch(match, view);
    if (!passedWinner) {
      if (reason === null) continue;
      if (before++ < LIMIT) {
        steps.push(
          textStep(
            'candidate',
            phrase('simulate.step.noMatch', {
              match: matchNamePhrase(match),
              conditions: describeMatchPhrase(match),
              reason,
            }),
            [matchRef(match)],
          ),
        );
      } else skippedBefore++;
    } else if (reason === null && winner) {
      if (after++ < LIMIT) steps.push(lossStep(candidates, winner, candidate));
      else skippedAfter++;
    }
  }
  if (skippedBefore > 0)
    steps.push(
      textStep('candidate', phrase('simulate.step.moreNoMatch', { count: skippedBefore }), []),
    );
  if (skippedAfter > 0)
    steps.push(
      textStep('candidate', phrase('simulate.step.moreLosers', { count: skippedAfter }), []),
    );
  if (winner) {
    steps.push(
      textStep(
        'match',
        phrase('simulate.step.wins', {
          match: matchNamePhrase(winner),
          conditions: describeMatchPhrase(winner),
        }),
        [matchRef(winner)],
      ),
    );
    if (winner.protocol === 'http' && winner.pathMatch.type === 'RegularExpression') {
      steps.push(
        textStep(
          'gap',
          phrase('simulate.step.regexSemantics'),
          [matchRef(winner)],
          'RegexSemantics',
        ),
      );
    }
  }
  return steps;
}

function collectCandidates(location: Location, steps: ExplainStep[]): Candidate[] {
  const host = location.view.host;
  if (location.kind === 'mesh') {
    const group = location.group;
    const index: HttpIndex | GrpcIndex | undefined =
      location.protocol === 'grpc' ? group?.grpc : group?.http;
    return (index?.all ?? []).map((match) => ({ match, hostname: undefined }));
  }
  const listener = location.listener;
  if (!listener || location.misdirected || !location.protocol) return [];
  const protocol = location.protocol;
  const kind = protocol === 'grpc' ? 'GRPCRoute' : 'HTTPRoute';
  if (location.view.grpc !== null) {
    steps.push(
      textStep(
        'gap',
        phrase(protocol === 'grpc' ? 'simulate.step.grpcOnly' : 'simulate.step.grpcAsHttp'),
        [],
        'GrpcAndHttpOnOneHostname',
      ),
    );
  }
  const tiers = protocol === 'grpc' ? listener.grpc : listener.http;
  const offHost = listener.attachments.filter(
    (a) =>
      a.route.id.kind === kind &&
      !(a.effectiveHostnames.length === 0 ? [''] : a.effectiveHostnames).some((h) =>
        hostnameMatches(h, host),
      ),
  );
  if (offHost.length > 0) {
    const routes = offHost.map((a) =>
      phrase('simulate.part.routeHostnames', {
        route: routeName(a.route.id),
        hostnames: shortList(a.effectiveHostnames, 3),
      }),
    );
    steps.push(
      textStep(
        'hostname',
        phrase('simulate.step.notForHost', {
          host,
          routes: shortList(routes),
        }),
        offHost.map((a) => ({ resource: a.route.id, path: ['spec', 'hostnames'] })),
      ),
    );
  }
  const out: Candidate[] = [];
  for (const pattern of matchingHostnamePatterns(host)) {
    const index: HttpIndex | GrpcIndex | undefined = tierFor<HttpIndex | GrpcIndex>(tiers, pattern);
    if (!index) continue;
    for (const match of index.all) out.push({ match, hostname: pattern });
  }
  return out;
}

function lossStep(
  candidates: readonly Candidate[],
  winner: CompiledMatch,
  loser: Candidate,
): ExplainStep {
  const winnerHostname = candidates.find((c) => c.match === winner)?.hostname;
  const refs = [matchRef(loser.match), matchRef(winner)];
  const loses = (reason: Phrase, gap?: SpecGap): ExplainStep =>
    textStep(
      'candidate',
      phrase('simulate.step.loses', {
        match: matchNamePhrase(loser.match),
        conditions: describeMatchPhrase(loser.match),
        reason,
      }),
      refs,
      gap,
    );
  if (winnerHostname !== undefined && loser.hostname !== winnerHostname) {
    return loses(
      phrase('simulate.part.loseHostname', {
        winner: describeHostname(winnerHostname),
        loser: describeHostname(loser.hostname ?? ''),
      }),
    );
  }
  const criterion =
    winner.protocol === 'http' && loser.match.protocol === 'http'
      ? httpDecidingCriterion(winner, loser.match)
      : winner.protocol === 'grpc' && loser.match.protocol === 'grpc'
        ? grpcDecidingCriterion(winner, loser.match)
        : 'ruleOrder';
  const { reason, gap } = criterionReason(criterion, winner, loser.match);
  return loses(reason, gap);
}

function criterionReason(
  criterion: PrecedenceCriterion,
  winner: CompiledMatch,
  loser: CompiledMatch,
): { readonly reason: Phrase; readonly gap?: SpecGap } {
  const w = winner.protocol === 'http' ? winner : undefined;
  const l = loser.protocol === 'http' ? loser : undefined;
  const a = winner.rule.route;
  const b = loser.rule.route;
  switch (criterion) {
    case 'hostname':
      return { reason: phrase('simulate.part.loseMoreSpecificHostname') };
    case 'exactPath':
      return { reason: phrase('simulate.part.loseExactPath') };
    case 'regexPath':
      return { reason: phrase('simulate.part.loseRegexPath'), gap: 'RegexPathPrecedence' };
    case 'prefixLength':
      return {
        reason: phrase('simulate.part.losePrefixLength', {
          prefix: l?.pathMatch.value ?? '',
          length: counted(l?.pathMatch.value.length ?? 0, 'characters'),
          winnerPrefix: w?.pathMatch.value ?? '',
          winnerLength: w?.pathMatch.value.length ?? 0,
        }),
      };
    case 'regexLength':
      return { reason: phrase('simulate.part.loseRegexLength'), gap: 'RegexPathPrecedence' };
    case 'method':
      return { reason: phrase('simulate.part.loseMethod') };
    case 'headers':
      return {
        reason: phrase('simulate.part.loseHeaders', {
          count: counted(loser.headers.length, 'headers'),
          winnerCount: winner.headers.length,
        }),
      };
    case 'queryParams':
      return {
        reason: phrase('simulate.part.loseQueryParams', {
          count: counted(l?.queryParams.length ?? 0, 'queryParams'),
          winnerCount: w?.queryParams.length ?? 0,
        }),
      };
    case 'grpcService':
      return { reason: phrase('simulate.part.loseGrpcService') };
    case 'grpcMethod':
      return { reason: phrase('simulate.part.loseGrpcMethod') };
    case 'creationTimestamp':
      if (a.createdAt === undefined || b.createdAt === undefined) {
        return {
          reason: phrase('simulate.part.loseAgeDraft', { route: routeName(a.id) }),
          gap: 'MissingCreationTimestamp',
        };
      }
      return { reason: phrase('simulate.part.loseAge', { route: routeName(a.id) }) };
    case 'name':
      return {
        reason: phrase('simulate.part.loseName', {
          winner: `${a.id.namespace}/${a.id.name}`,
          loser: `${b.id.namespace}/${b.id.name}`,
        }),
      };
    case 'ruleOrder':
    case 'matchOrder':
      return { reason: phrase('simulate.part.loseRuleOrder', { rule: winner.rule.index }) };
  }
}
