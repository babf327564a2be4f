import type { CompiledMatch, CompiledRule } from './compiledRoute.ts';
import { covers } from './coverage.ts';
import { describeMatch, listText, matchName } from './describe.ts';

/**
 * Explains why a rule can never match, in the words a reviewer would use. The common mistake of
 * writing each weighted backend in a rule of its own (a widely copied mesh example has `echo-v1`
 * weight 9 and `echo-v2` weight 1 in two rules without matches) gets a message that says where
 * the traffic goes and how to fix it.
 *
 * @param rule - The rule that never matches.
 * @param by - A match of higher precedence that matches every request the rule would.
 * @returns The message.
 */
export function shadowMessage(rule: CompiledRule, by: CompiledMatch): string {
  const winner = by.rule;
  const sameMatches =
    winner.route === rule.route &&
    rule.matches.every((m) => winner.matches.some((w) => covers(w, m))) &&
    winner.matches.every((w) => rule.matches.some((m) => covers(m, w)));
  if (sameMatches && rule.hasBackends && winner.hasBackends) {
    const noMatches =
      rule.matches.every((m) => m.implicit) && winner.matches.every((m) => m.implicit);
    const same = noMatches
      ? 'neither has matches, so both match every request'
      : 'both have the same matches';
    const winnerBackends = winner.split.drawable.map((b) => b.key);
    const all = [...winner.split.backends, ...rule.split.backends].map(
      (b) =>
        `{name: ${b.target.name}${b.target.port === null ? '' : `, port: ${b.target.port}`}, weight: ${b.weight}}`,
    );
    return (
      `Rule ${rule.index} never receives traffic: rule ${winner.index} comes first and ${same}, ` +
      `so every request goes to ${listText(winnerBackends) || 'rule ' + String(winner.index)} and the weights of rule ${rule.index} have no effect. ` +
      `Weights only split traffic between the backendRefs of one rule: to split it, put them in one rule, ` +
      `backendRefs: [${all.join(', ')}]`
    );
  }
  return (
    `Rule ${rule.index} can never match: ${matchName(by)} (${describeMatch(by)}) matches every request it would ` +
    `and takes precedence`
  );
}
