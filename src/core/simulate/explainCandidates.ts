import type { CompiledMatch } from './compiledRoute.ts';
import type { ExplainStep, SpecGap, StepRef } from './decision.ts';
import { describeMatch, listText, matchName, mismatch, plural, routeName } from './describe.ts';
import { describeHostname, hostnameMatches, matchingHostnamePatterns } from './hostnames.ts';
import { tierFor } from './hostTiers.ts';
import type { GrpcIndex, HttpIndex } from './matchIndex.ts';
import type { Location } from './locate.ts';
import {
  type PrecedenceCriterion,
  grpcDecidingCriterion,
  httpDecidingCriterion,
} from './precedence.ts';

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
        steps.push({
          kind: 'candidate',
          message: `${matchName(match)} (${describeMatch(match)}) does not match: ${reason}`,
          refs: [matchRef(match)],
        });
      } else skippedBefore++;
    } else if (reason === null && winner) {
      if (after++ < LIMIT) steps.push(lossStep(candidates, winner, candidate));
      else skippedAfter++;
    }
  }
  if (skippedBefore > 0)
    steps.push({
      kind: 'candidate',
      message: `${skippedBefore} more matches of higher precedence do not match`,
      refs: [],
    });
  if (skippedAfter > 0)
    steps.push({
      kind: 'candidate',
      message: `${skippedAfter} more matches also match but lose on precedence`,
      refs: [],
    });
  if (winner) {
    steps.push({
      kind: 'match',
      message: `${matchName(winner)} wins: ${describeMatch(winner)}`,
      refs: [matchRef(winner)],
    });
    if (winner.protocol === 'http' && winner.pathMatch.type === 'RegularExpression') {
      steps.push(
        gapStep(
          'RegexSemantics',
          'The RegularExpression is matched against the whole path with RE2 syntax; the spec leaves regular expressions to implementations',
          winner,
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
    steps.push({
      kind: 'gap',
      message:
        protocol === 'grpc'
          ? 'A gRPC call: only GRPCRoutes for this host compete; HTTPRoutes and GRPCRoutes are never merged (G1)'
          : 'A gRPC call, but no GRPCRoute serves this host: HTTPRoutes route it as an HTTP/2 request (G4 lets implementations choose)',
      refs: [],
      gap: 'GrpcAndHttpOnOneHostname',
    });
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
    steps.push({
      kind: 'hostname',
      message: `Not for host ${host}: ${listText(offHost.map((a) => `${routeName(a.route.id)} (${listText(a.effectiveHostnames, 3)})`))}`,
      refs: offHost.map((a) => ({ resource: a.route.id, path: ['spec', 'hostnames'] })),
    });
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
  const name = `${matchName(loser.match)} (${describeMatch(loser.match)}) also matches but loses`;
  const refs = [matchRef(loser.match), matchRef(winner)];
  if (winnerHostname !== undefined && loser.hostname !== winnerHostname) {
    return {
      kind: 'candidate',
      message: `${name}: the winner's hostname ${describeHostname(winnerHostname)} is more specific than ${describeHostname(loser.hostname ?? '')} (A3)`,
      refs,
    };
  }
  const criterion =
    winner.protocol === 'http' && loser.match.protocol === 'http'
      ? httpDecidingCriterion(winner, loser.match)
      : winner.protocol === 'grpc' && loser.match.protocol === 'grpc'
        ? grpcDecidingCriterion(winner, loser.match)
        : 'ruleOrder';
  const { text, gap } = criterionText(criterion, winner, loser.match);
  return { kind: 'candidate', message: `${name}: ${text}`, refs, ...(gap ? { gap } : {}) };
}

function criterionText(
  criterion: PrecedenceCriterion,
  winner: CompiledMatch,
  loser: CompiledMatch,
): { readonly text: string; readonly gap?: SpecGap } {
  const w = winner.protocol === 'http' ? winner : undefined;
  const l = loser.protocol === 'http' ? loser : undefined;
  const a = winner.rule.route;
  const b = loser.rule.route;
  switch (criterion) {
    case 'hostname':
      return { text: 'the winner has a more specific hostname (A3)' };
    case 'exactPath':
      return { text: 'an Exact path match beats any other path match (A4)' };
    case 'regexPath':
      return {
        text: "a RegularExpression path match ranks before every PathPrefix match: the spec leaves this to implementations (A4), and this is the simulator's choice",
        gap: 'RegexPathPrecedence',
      };
    case 'prefixLength':
      return {
        text: `its prefix ${l?.pathMatch.value ?? ''} (${plural(l?.pathMatch.value.length ?? 0, 'character')}) is shorter than ${w?.pathMatch.value ?? ''} (${w?.pathMatch.value.length ?? 0}) (A4)`,
      };
    case 'regexLength':
      return {
        text: "its RegularExpression is shorter; longer patterns rank first, the simulator's choice (A4)",
        gap: 'RegexPathPrecedence',
      };
    case 'method':
      return { text: 'the winner also matches the method, which ranks next after the path (A4)' };
    case 'headers':
      return {
        text: `it matches ${plural(loser.headers.length, 'header')}, the winner ${winner.headers.length} (more header matches win)`,
      };
    case 'queryParams':
      return {
        text: `it matches ${plural(l?.queryParams.length ?? 0, 'query parameter')}, the winner ${w?.queryParams.length ?? 0} (more query parameter matches win)`,
      };
    case 'grpcService':
      return { text: 'the winner matches a longer service name (G1)' };
    case 'grpcMethod':
      return { text: 'the winner matches a longer method name (G1)' };
    case 'creationTimestamp':
      if (a.createdAt === undefined || b.createdAt === undefined) {
        return {
          text: `${routeName(a.id)} is older: a route without creationTimestamp counts as newer than one with it (the simulator's choice for drafts, A5)`,
          gap: 'MissingCreationTimestamp',
        };
      }
      return { text: `${routeName(a.id)} is older (oldest creationTimestamp wins ties, A5)` };
    case 'name':
      return {
        text: `equal precedence and age; ${a.id.namespace}/${a.id.name} sorts before ${b.id.namespace}/${b.id.name} (A5)`,
      };
    case 'ruleOrder':
    case 'matchOrder':
      return { text: `equal precedence; rule ${winner.rule.index} comes first in the route (A6)` };
  }
}

function gapStep(gap: SpecGap, message: string, match: CompiledMatch): ExplainStep {
  return { kind: 'gap', message, refs: [matchRef(match)], gap };
}
