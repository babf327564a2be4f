import type { ResourceEntry } from '../yaml/workspace.ts';
import type { BackendFact, EntryFacts, MirrorFact } from './entryFacts.ts';
import type { GrantMatch } from './grantIndex.ts';
import { type GraphContext, factsAt, referenceMissing, usageOf, vote } from './graphContext.ts';
import { isServiceId } from './refTargets.ts';
import type { Referrer } from './routeEdges.ts';

/**
 * Records what a route's references tell the rest of the graph: missing objects, the lane votes
 * and mesh parents of Services, mesh callers, and the grants its references use. This runs on
 * every projection, also when the route's edges are reused.
 *
 * @param context - The projection.
 * @param referrer - The route and its lane.
 * @param facts - Its facts.
 */
export function applyRouteEffects(
  context: GraphContext,
  referrer: Referrer,
  facts: Extract<EntryFacts, { type: 'route' }>,
): void {
  const { route, lane } = referrer;
  for (const parent of facts.parents) {
    const found = factsAt(context, parent.targetKey);
    if (!found) {
      referenceMissing(context, parent.target, 'parent');
    } else if (found.facts.type === 'service' && isServiceId(parent.target)) {
      const usage = usageOf(context.usage, parent.targetKey);
      usage.meshParents++;
      vote(usage, 'east-west');
      let called = context.meshCallers.get(route.id.namespace);
      if (!called) {
        called = new Set();
        context.meshCallers.set(route.id.namespace, called);
      }
      called.add(parent.targetKey);
    }
  }
  const granted = new Set<string>();
  for (const ref of [...facts.backends, ...facts.mirrors]) {
    if (!factsAt(context, ref.targetKey)) referenceMissing(context, ref.target, 'backend');
    const usage = usageOf(context.usage, ref.targetKey);
    usage.backendRefs++;
    vote(usage, lane);
    const match = grantFor(context, route, ref);
    if (match && !granted.has(match.grant.key)) {
      granted.add(match.grant.key);
      vote(usageOf(context.grantVotes, match.grant.key), lane);
    }
  }
}

/**
 * The grant that permits a route's reference into another namespace, if any.
 *
 * @param context - The projection.
 * @param route - The route.
 * @param ref - One of its backend references.
 */
export function grantFor(
  context: GraphContext,
  route: ResourceEntry,
  ref: BackendFact | MirrorFact,
): GrantMatch | undefined {
  return ref.target.namespace === route.id.namespace
    ? undefined
    : context.grants.permits(route.id, ref.target);
}
