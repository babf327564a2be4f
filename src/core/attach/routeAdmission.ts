import { displayName } from '../model/identity.ts';
import type { RouteKind } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type Explanation, explain, listText } from './explanation.ts';
import { effectiveHostnames } from './hostnames.ts';
import { formatLabelSelector, formatLabels, matchesLabelSelector } from './labelSelector.ts';
import type { ListenerOutcome } from './outcomes.ts';
import type { ResourceIndex } from './resourceIndex.ts';

/** A route that asks to attach to listeners. */
export interface RouteCandidate {
  readonly entry: ResourceEntry;
  readonly kind: RouteKind;
  /** `spec.hostnames` for kinds that have them (HTTPRoute, GRPCRoute, TLSRoute); undefined otherwise. */
  readonly hostnames: readonly string[] | undefined;
}

/**
 * How far a route got with a listener. The stages are checked in this order, and when no
 * listener of a parentRef accepts the route, the failure of the furthest stage is reported.
 */
export type AdmissionResult =
  | { readonly admitted: true; readonly effectiveHostnames: readonly string[] }
  | {
      readonly admitted: false;
      readonly stage: 'kind' | 'namespace' | 'hostname';
      readonly explanation: Explanation;
    };

/**
 * Whether a listener accepts a route (semantics.md F3, F4, F5, B3): the route's kind is among
 * the listener's supported kinds; the route's namespace is allowed by
 * `allowedRoutes.namespaces.from` (default `Same`, meaning the namespace of the Gateway or
 * ListenerSet that declares the listener; `Selector` matches the namespace's labels, which
 * always include `kubernetes.io/metadata.name`); and one of the route's hostnames intersects the
 * listener's. The listener's own status does not matter: attachment depends only on
 * allowedRoutes and the parentRef (the CRD text of `attachedRoutes`).
 *
 * @param index - The admitted resources (for namespace labels).
 * @param route - The route.
 * @param listener - The listener.
 * @returns Admitted with the effective hostnames, or the stage that failed and why.
 */
export function admitRoute(
  index: ResourceIndex,
  route: RouteCandidate,
  listener: ListenerOutcome,
): AdmissionResult {
  const labels = { listener: listener.spec.name, parent: displayName(listener.owner.id) };
  const { supportedKinds } = listener.listener;
  if (!supportedKinds.includes(route.kind)) {
    return {
      admitted: false,
      stage: 'kind',
      explanation: explain('kindNotAllowed', {
        ...labels,
        kinds: supportedKinds.length > 0 ? listText(supportedKinds) : 'no route kind',
        routeKind: route.kind,
      }),
    };
  }
  const namespaces = listener.spec.allowedRoutes?.namespaces;
  const ownerNamespace = listener.owner.id.namespace;
  const routeNamespace = route.entry.id.namespace;
  switch (namespaces?.from ?? 'Same') {
    case 'All':
      break;
    case 'Same':
      if (routeNamespace !== ownerNamespace) {
        return {
          admitted: false,
          stage: 'namespace',
          explanation: explain('namespaceNotSame', {
            ...labels,
            namespace: ownerNamespace,
            route: displayName(route.entry.id),
            routeNamespace,
          }),
        };
      }
      break;
    case 'Selector': {
      const namespaceLabels = index.namespaceLabels(routeNamespace);
      if (!matchesLabelSelector(namespaces?.selector, namespaceLabels)) {
        return {
          admitted: false,
          stage: 'namespace',
          explanation: explain('namespaceNotSelected', {
            ...labels,
            selector: formatLabelSelector(namespaces?.selector),
            routeNamespace,
            labels: formatLabels(namespaceLabels),
          }),
        };
      }
      break;
    }
  }
  if (route.hostnames === undefined) return { admitted: true, effectiveHostnames: [] };
  const effective = effectiveHostnames(listener.listener.hostname, route.hostnames);
  if (!effective.matched) {
    return {
      admitted: false,
      stage: 'hostname',
      explanation: explain('hostnameNoIntersection', {
        ...labels,
        route: displayName(route.entry.id),
        hostnames: route.hostnames.join(', '),
        listenerHostname: listener.listener.hostname ?? '(none)',
      }),
    };
  }
  return { admitted: true, effectiveHostnames: effective.hostnames };
}
