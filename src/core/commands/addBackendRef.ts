import { createGrantIndex } from '../graph/grantIndex.ts';
import { backendRefTarget, isServiceId } from '../graph/refTargets.ts';
import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import type { BackendRef } from '../model/references.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandOffer, CommandResult } from './commandResult.ts';
import { choosePort, requireRoute, requireRule, requireService } from './workspaceQueries.ts';

/** Arguments of {@link addBackendRef}. */
export interface AddBackendRefArgs {
  readonly route: ResourceId;
  /** The rule's index. */
  readonly rule: number;
  readonly service: ResourceId;
  /** The Service port (asked for when the Service has several). */
  readonly port?: number;
  /** The weight; see {@link addBackendRef} for the default. */
  readonly weight?: number;
}

/**
 * Makes a rule send to a Service: a backendRef with the Service's port (a choice is asked for
 * when it has several) and its namespace when it is another. When other backendRefs of the rule
 * have explicit weights, the new one gets weight 0, so adding a backend never moves traffic by
 * itself (the person then sets its weight); otherwise the default weight applies. A reference
 * to another namespace that no ReferenceGrant permits comes with an offer of
 * `addReferenceGrantFor` (semantics.md (f) F7).
 *
 * @param workspace - The documents.
 * @param args - The route, rule, Service, and optionally port and weight.
 * @returns The patch (selecting the new backendRef), or why it cannot be added.
 */
export function addBackendRef(workspace: Workspace, args: AddBackendRefArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  const ruleProblem = requireRule(route, entry.id, args.rule);
  if (ruleProblem) return ruleProblem;
  if (!isServiceId(args.service)) return { error: 'Routes send to Services: choose a Service' };
  const service = requireService(workspace, args.service);
  if ('error' in service) return service;
  const port = choosePort(service.service, service.entry.id, args.port);
  if (typeof port !== 'number') return port;
  if (args.weight !== undefined && !validWeight(args.weight)) {
    return { error: 'A weight is a whole number from 0 to 1,000,000' };
  }
  const rule: {
    readonly backendRefs?: readonly BackendRef[];
    readonly filters?: readonly { readonly type: string }[];
  } = route.spec.rules?.[args.rule] ?? {};
  if (rule.filters?.some((filter) => filter.type === 'RequestRedirect')) {
    return {
      error: `Rule ${args.rule} redirects (RequestRedirect), and a redirecting rule has no backends`,
    };
  }
  const refs = rule.backendRefs ?? [];
  const namespace = entry.id.namespace;
  const target = service.entry.id;
  if (
    refs.some((ref) => sameResource(backendRefTarget(namespace, ref), target) && ref.port === port)
  ) {
    return { error: `Rule ${args.rule} already sends to ${displayName(target)} port ${port}` };
  }
  if (refs.length >= 16)
    return { error: `Rule ${args.rule} has 16 backends, the most a rule can have` };
  const weight = args.weight ?? (refs.some((ref) => ref.weight !== undefined) ? 0 : undefined);
  const value = {
    name: target.name,
    ...(target.namespace === namespace ? {} : { namespace: target.namespace }),
    port,
    ...(weight === undefined ? {} : { weight }),
  };
  const path = ['spec', 'rules', args.rule, 'backendRefs'];
  const offers: CommandOffer[] = [];
  if (
    target.namespace !== namespace &&
    !createGrantIndex(workspace.resources).permits(entry.id, target)
  ) {
    offers.push({
      command: 'addReferenceGrantFor',
      args: { from: entry.id, to: target },
      message: `Permit ${displayName(entry.id)} to send to ${displayName(target)} with a ReferenceGrant in ${target.namespace}`,
    });
  }
  return {
    patches: [{ op: 'insert', target: entry.id, path, index: refs.length, value }],
    select: { target: entry.id, path: [...path, refs.length] },
    ...(offers.length > 0 ? { offers } : {}),
  };
}

/**
 * Whether a weight is valid: an integer from 0 to 1,000,000 (semantics.md (c) C1).
 *
 * @param weight - The weight.
 */
export function validWeight(weight: number): boolean {
  return Number.isInteger(weight) && weight >= 0 && weight <= 1_000_000;
}
