import type { CompiledMatch, CompiledRule } from './compiledRoute.ts';
import { covers } from './coverage.ts';
import { tierIndexes } from './hostTiers.ts';
import type { ListenerRoutes, RouteTable, ServiceRoutes } from './routeTable.ts';

/** How a rule fares across the competition sets it appears in. */
export interface ShadowState {
  sets: number;
  shadowedSets: number;
  /** The first match found to shadow the rule. */
  by: CompiledMatch | undefined;
}

/**
 * For each attached rule, in how many competition sets it appears and in how many every usable
 * match of it is covered by an earlier match of another rule (which then always wins first). Empty
 * when no rule is covered in any set, the common case, answered from cached verdicts: then no rule
 * is shadowed, and no caller needs the states of the others.
 *
 * @param table - The route table.
 * @returns The state of each rule, in order of first appearance.
 */
export function findShadowedRules(table: RouteTable): Map<CompiledRule, ShadowState> {
  const states = new Map<CompiledRule, ShadowState>();
  if (!someRuleCovered(table)) return states;
  for (const set of competitionSets(table)) {
    for (const [rule, by] of shadowedInSet(set)) {
      let state = states.get(rule);
      if (!state) {
        state = { sets: 0, shadowedSets: 0, by: undefined };
        states.set(rule, state);
      }
      state.sets++;
      if (by) {
        state.shadowedSets++;
        state.by ??= by;
      }
    }
  }
  return states;
}

/** Every list of matches that compete for the same requests, in precedence order. */
function* competitionSets(table: RouteTable): Generator<readonly CompiledMatch[]> {
  for (const gateway of table.gateways.values()) {
    for (const listener of gateway.listeners) {
      for (const index of tierIndexes(listener.http)) yield index.all;
      for (const index of tierIndexes(listener.grpc)) yield index.all;
    }
  }
  yield* meshSets(table.services);
}

// The mesh table is kept while the Services and their routes are unchanged (see `meshTable.ts`),
// so its competition sets are listed once.
const meshSetLists = new WeakMap<
  ReadonlyMap<string, ServiceRoutes>,
  readonly (readonly CompiledMatch[])[]
>();

function meshSets(
  services: ReadonlyMap<string, ServiceRoutes>,
): readonly (readonly CompiledMatch[])[] {
  let sets = meshSetLists.get(services);
  if (!sets) {
    const list: (readonly CompiledMatch[])[] = [];
    for (const service of services.values()) {
      for (const port of service.byPort.values()) {
        const groups = [...(port.producer ? [port.producer] : []), ...port.consumers.values()];
        for (const group of groups) {
          if (group.http) list.push(group.http.all);
          if (group.grpc) list.push(group.grpc.all);
        }
      }
    }
    sets = list;
    meshSetLists.set(services, sets);
  }
  return sets;
}

/** Whether some rule is covered in some competition set. */
function someRuleCovered(table: RouteTable): boolean {
  for (const gateway of table.gateways.values()) {
    for (const listener of gateway.listeners) if (listenerCovers(listener)) return true;
  }
  for (const set of meshSets(table.services)) if (setCovers(set)) return true;
  return false;
}

// The route table keeps a listener's indexes while its routes are unchanged (see
// `gatewayTable.ts`), so the answer for a listener is kept with it.
const listenerAnswers = new WeakMap<ListenerRoutes, boolean>();

function listenerCovers(listener: ListenerRoutes): boolean {
  let answer = listenerAnswers.get(listener);
  if (answer === undefined) {
    answer =
      tierIndexes(listener.http).some((index) => setCovers(index.all)) ||
      tierIndexes(listener.grpc).some((index) => setCovers(index.all));
    listenerAnswers.set(listener, answer);
  }
  return answer;
}

function setCovers(set: readonly CompiledMatch[]): boolean {
  for (const by of shadowedInSet(set).values()) if (by) return true;
  return false;
}

// The verdicts of a competition set depend on its matches alone, and the sets are kept with their
// listener's indexes: each set is judged once.
const verdicts = new WeakMap<
  readonly CompiledMatch[],
  ReadonlyMap<CompiledRule, CompiledMatch | undefined>
>();

/**
 * For each rule of a competition set, in order of first appearance: the first match found to
 * shadow it in this set when every usable match of it is covered by an earlier match of another
 * rule, else undefined.
 */
function shadowedInSet(
  set: readonly CompiledMatch[],
): ReadonlyMap<CompiledRule, CompiledMatch | undefined> {
  const known = verdicts.get(set);
  if (known) return known;
  const shadowedHere = new Map<CompiledRule, { all: boolean; by: CompiledMatch | undefined }>();
  set.forEach((match, position) => {
    let here = shadowedHere.get(match.rule);
    if (!here) {
      here = { all: true, by: undefined };
      shadowedHere.set(match.rule, here);
    }
    if (!match.usable || !here.all) return;
    let by: CompiledMatch | undefined;
    for (let i = 0; i < position && !by; i++) {
      const earlier = set[i];
      if (earlier && earlier.rule !== match.rule && covers(earlier, match)) by = earlier;
    }
    if (by) here.by ??= by;
    else here.all = false;
  });
  const out = new Map<CompiledRule, CompiledMatch | undefined>();
  for (const [rule, here] of shadowedHere) {
    const usable = rule.matches.some((m) => m.usable);
    out.set(rule, usable && here.all ? here.by : undefined);
  }
  verdicts.set(set, out);
  return out;
}
