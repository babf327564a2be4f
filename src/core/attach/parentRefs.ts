import { type ResourceId, displayName, resourceKey } from '../model/identity.ts';
import type { ParentReference } from '../model/references.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type Explanation, explain, joinExplanations } from './explanation.ts';
import { type MeshBinding, bindServiceParent } from './mesh.ts';
import {
  type GatewayOutcome,
  type ListenerOutcome,
  type ListenerSetOutcome,
  type ParentRefFailure,
  SIMULATED_CONTROLLER_NAME,
  type StatusParentReference,
} from './outcomes.ts';
import type { ResourceIndex } from './resourceIndex.ts';
import { type AdmissionResult, type RouteCandidate, admitRoute } from './routeAdmission.ts';

type AdmissionFailure = Extract<AdmissionResult, { admitted: false }>;
import type { ResolvedListener } from './types.ts';

/** What parentRef matching needs: the index and the decided Gateways and ListenerSets, by key. */
export interface ParentContext {
  readonly index: ResourceIndex;
  readonly gateways: ReadonlyMap<string, GatewayOutcome>;
  readonly listenerSets: ReadonlyMap<string, ListenerSetOutcome>;
}

/** A listener that accepted the route, with the route's effective hostnames on it. */
export interface ListenerMatch {
  readonly listener: ResolvedListener;
  readonly effectiveHostnames: readonly string[];
}

/** What one parentRef attaches to. */
export type ParentMatch =
  | {
      readonly type: 'listeners';
      readonly controllerName: string;
      readonly matches: readonly ListenerMatch[];
    }
  | { readonly type: 'mesh'; readonly binding: MeshBinding }
  | {
      readonly type: 'failed';
      readonly controllerName: string;
      readonly failure: ParentRefFailure;
    };

/**
 * A parentRef with its defaults applied (semantics.md F1): group `gateway.networking.k8s.io`,
 * kind `Gateway`, the route's namespace; `sectionName` and `port` only when given.
 *
 * @param route - The route.
 * @param ref - The parentRef as written.
 */
export function normalizeParentRef(
  route: ResourceEntry,
  ref: ParentReference,
): StatusParentReference {
  return {
    group: ref.group ?? GATEWAY_GROUP,
    kind: ref.kind ?? 'Gateway',
    namespace: ref.namespace ?? route.id.namespace,
    name: ref.name,
    ...(ref.sectionName === undefined ? {} : { sectionName: ref.sectionName }),
    ...(ref.port === undefined ? {} : { port: ref.port }),
  };
}

/**
 * Matches one parentRef of a route (semantics.md F2, F3, F5, F12, E1): a Gateway's own listeners
 * (never those of its ListenerSets), an attached ListenerSet's listeners, or a Service frontend.
 * `sectionName` selects the listener of that name, `port` the listeners on that port; the
 * parentRef is accepted when at least one selected listener accepts the route.
 *
 * @param context - The index and the decided Gateways and ListenerSets.
 * @param route - The route.
 * @param parentRefIndex - Index of the parentRef.
 * @param ref - The parentRef with defaults applied.
 * @returns The listeners or Service it attaches to, or why it does not.
 */
export function matchParentRef(
  context: ParentContext,
  route: RouteCandidate,
  parentRefIndex: number,
  ref: StatusParentReference,
): ParentMatch {
  const id: ResourceId = {
    group: ref.group,
    kind: ref.kind,
    namespace: ref.namespace,
    name: ref.name,
  };
  const parent = displayName(id);
  if (ref.group === CORE_GROUP && ref.kind === 'Service') {
    const bound = bindServiceParent(context.index, route, parentRefIndex, ref);
    return 'accepted' in bound ? failed(bound) : { type: 'mesh', binding: bound };
  }
  if (ref.group === GATEWAY_GROUP && ref.kind === 'Gateway') {
    const gateway = context.gateways.get(resourceKey(id));
    if (!gateway) return notFound(parent);
    const result = matchListeners(context.index, route, ref, parent, gateway.listeners, gateway);
    return 'failure' in result
      ? failed(result.failure, gateway.controllerName)
      : { type: 'listeners', controllerName: gateway.controllerName, matches: result.matches };
  }
  if (ref.group === GATEWAY_GROUP && ref.kind === 'ListenerSet') {
    const set = context.listenerSets.get(resourceKey(id));
    if (!set) return notFound(parent);
    const controllerName =
      (set.gateway && context.gateways.get(set.gateway.key)?.controllerName) ??
      SIMULATED_CONTROLLER_NAME;
    if (set.rejection) {
      return failed(
        {
          reason: 'NoMatchingParent',
          explanation: explain('listenerSetNotAttached', {
            parent,
            why: set.rejection.explanation.text,
          }),
          severity: 'error',
        },
        controllerName,
      );
    }
    const result = matchListeners(context.index, route, ref, parent, set.listeners, undefined);
    return 'failure' in result
      ? failed(result.failure, controllerName)
      : { type: 'listeners', controllerName, matches: result.matches };
  }
  return failed({
    reason: 'NoMatchingParent',
    explanation:
      ref.group === 'core' && ref.kind === 'Service'
        ? explain('parentCoreGroup', {})
        : explain('parentKindUnsupported', { kind: ref.kind, group: ref.group }),
    severity: 'error',
  });
}

function failed(
  failure: Omit<ParentRefFailure, 'accepted'>,
  controllerName = SIMULATED_CONTROLLER_NAME,
): ParentMatch {
  return { type: 'failed', controllerName, failure: { accepted: false, ...failure } };
}

function notFound(parent: string): ParentMatch {
  return failed({
    reason: 'NoMatchingParent',
    explanation: explain('parentNotFound', { parent }),
    // The parent may be managed elsewhere (another repository, the platform team).
    severity: 'warning',
  });
}

type ListenersResult =
  | { readonly matches: readonly ListenerMatch[] }
  | { readonly failure: Omit<ParentRefFailure, 'accepted'> };

const stageRank: Readonly<Record<'kind' | 'namespace' | 'hostname', number>> = {
  kind: 1,
  namespace: 2,
  hostname: 3,
};

function matchListeners(
  index: ResourceIndex,
  route: RouteCandidate,
  ref: StatusParentReference,
  parent: string,
  listeners: readonly ListenerOutcome[],
  gateway: GatewayOutcome | undefined,
): ListenersResult {
  const { sectionName, port } = ref;
  const selected = listeners.filter(
    (listener) =>
      (sectionName === undefined || listener.spec.name === sectionName) &&
      (port === undefined || listener.spec.port === port),
  );
  if (selected.length === 0) {
    return {
      failure: {
        reason: 'NoMatchingParent',
        explanation: noListenerExplanation(parent, ref, listeners, gateway),
        severity: 'error',
      },
    };
  }
  const matches: ListenerMatch[] = [];
  const failures: { listener: ListenerOutcome; result: AdmissionFailure }[] = [];
  for (const listener of selected) {
    const result = admitRoute(index, route, listener);
    if (result.admitted) {
      matches.push({ listener: listener.listener, effectiveHostnames: result.effectiveHostnames });
    } else failures.push({ listener, result });
  }
  if (matches.length > 0) return { matches };
  const furthest = Math.max(...failures.map(({ result }) => stageRank[result.stage]));
  const reported = failures.filter(({ result }) => stageRank[result.stage] === furthest);
  if (furthest === stageRank.hostname) {
    return {
      failure: {
        reason: 'NoMatchingListenerHostname',
        explanation:
          reported.length === 1 && reported[0]
            ? reported[0].result.explanation
            : explain('hostnameNoIntersectionMany', {
                route: displayName(route.entry.id),
                hostnames: (route.hostnames ?? []).join(', '),
                parent,
                listeners: reported
                  .map(
                    ({ listener }) =>
                      `${listener.spec.name} (${listener.listener.hostname ?? 'no hostname'})`,
                  )
                  .join(', '),
              }),
        severity: 'error',
      },
    };
  }
  return {
    failure: {
      reason: 'NotAllowedByListeners',
      explanation: joinExplanations(reported.map(({ result }) => result.explanation)),
      severity: 'error',
    },
  };
}

function noListenerExplanation(
  parent: string,
  ref: StatusParentReference,
  listeners: readonly ListenerOutcome[],
  gateway: GatewayOutcome | undefined,
): Explanation {
  const { sectionName, port } = ref;
  if (sectionName === undefined) {
    return port === undefined
      ? explain('parentNoListeners', { parent })
      : explain('noListenerOnPort', { parent, port });
  }
  const named = listeners.find((listener) => listener.spec.name === sectionName);
  if (named && port !== undefined) {
    return explain('listenerNotOnPort', {
      parent,
      section: sectionName,
      listenerPort: named.spec.port,
      port,
    });
  }
  // A Gateway parentRef naming a listener of one of its ListenerSets (semantics.md F12).
  const inSet = gateway?.listenerSets.find((set) =>
    set.listeners.some((listener) => listener.spec.name === sectionName),
  );
  return inSet
    ? explain('listenerOfListenerSet', {
        parent,
        section: sectionName,
        owner: displayName(inSet.listenerSet.id),
      })
    : explain('noListenerNamed', { parent, section: sectionName });
}
