import { displayName } from '../model/identity.ts';
import type { BackendObjectReference, ParentReference } from '../model/references.ts';
import { CORE_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type Explanation, explain } from './explanation.ts';
import type { ReferencePermission } from './referenceGrants.ts';
import { type ResourceIndex, recordOf, routeRecordOf } from './resourceIndex.ts';
import type { BackendResolution } from './types.ts';

/** A resolution with the message that explains a failure, for status and diagnostics. */
export interface ExplainedResolution {
  readonly resolution: BackendResolution;
  readonly explanation: Explanation | undefined;
}

/** Resolves one backendRef of one route. */
export type BackendResolver = (
  route: ResourceEntry,
  ref: BackendObjectReference,
) => ExplainedResolution;

/**
 * Whether a parentRef names a Service (a mesh parent, semantics.md E1).
 *
 * @param ref - A parentRef.
 */
export function isServiceParent(ref: ParentReference): boolean {
  return ref.group === CORE_GROUP && ref.kind === 'Service';
}

/**
 * Builds the backendRef resolver (semantics.md C5, C6, F7, E6). Defaults: group `""`, kind
 * `Service`, the route's namespace. Checked in this order, so a missing grant is reported before
 * whether the target exists (a route must not learn what is in a namespace it may not see):
 * 1. the kind: only core Services are supported backends. NOTE: this is Switchyard's choice —
 *    other backend kinds (ServiceImport, XBackend, implementation CRDs) are implementation
 *    specific, so they are `InvalidKind`, as the conformance test for an unknown kind expects;
 * 2. a cross-namespace reference needs a ReferenceGrant (F7). Mesh routes are exempt (E6: "most
 *    meshes" let routes reach what their workloads can already reach): a route whose parentRefs
 *    are all Services needs no grant. A route with any Gateway or ListenerSet parent needs one,
 *    because through the Gateway it would widen reachability;
 * 3. the Service exists, is not an ExternalName Service (C6: SHOULD NOT be supported), and has
 *    the port when it declares ports.
 *
 * @param index - The admitted resources.
 * @param permits - The ReferenceGrant check.
 * @returns The resolver.
 */
export function createBackendResolver(
  index: ResourceIndex,
  permits: ReferencePermission,
): BackendResolver {
  const meshOnly = new WeakMap<ResourceEntry, boolean>();
  const isMeshOnly = (route: ResourceEntry): boolean => {
    let known = meshOnly.get(route);
    if (known === undefined) {
      const refs = routeRecordOf(route)?.spec.parentRefs ?? [];
      known = refs.length > 0 && refs.every(isServiceParent);
      meshOnly.set(route, known);
    }
    return known;
  };
  return (route, ref) => {
    const target: BackendTarget = {
      group: ref.group ?? CORE_GROUP,
      kind: ref.kind ?? 'Service',
      namespace: ref.namespace ?? route.id.namespace,
      name: ref.name,
      port: ref.port,
    };
    if (target.group !== CORE_GROUP || target.kind !== 'Service') {
      const params = {
        target: `${target.namespace}/${target.name}`,
        kind: target.kind,
        group: target.group,
      };
      return failed('InvalidKind', explain('backendInvalidKind', params), target);
    }
    const serviceId = {
      group: CORE_GROUP,
      kind: 'Service',
      namespace: target.namespace,
      name: ref.name,
    };
    const permitted =
      route.id.namespace === target.namespace ||
      isMeshOnly(route) ||
      permits(
        { group: route.id.group, kind: route.id.kind, namespace: route.id.namespace },
        serviceId,
      );
    if (!permitted) {
      const params = {
        route: displayName(route.id),
        target: displayName(serviceId),
        namespace: target.namespace,
        routeKind: route.id.kind,
        routeNamespace: route.id.namespace,
      };
      return failed('RefNotPermitted', explain('backendRefNotPermitted', params), target);
    }
    const service = recordOf(index.find(serviceId), 'Service');
    if (!service) {
      return failed(
        'BackendNotFound',
        explain('backendNotFound', { target: displayName(serviceId) }),
        target,
      );
    }
    if (service.spec.type === 'ExternalName') {
      return failed(
        'InvalidKind',
        explain('backendExternalName', { target: displayName(serviceId) }),
        target,
      );
    }
    if (target.port !== undefined && !hasPort(service.spec.ports, target.port)) {
      const params = { target: displayName(serviceId), port: target.port };
      return failed('BackendNotFound', explain('backendPortNotFound', params), target);
    }
    return {
      resolution: { valid: true, service: serviceId, port: target.port },
      explanation: undefined,
    };
  };
}

type BackendTarget = Extract<BackendResolution, { valid: false }>['target'];

function failed(
  reason: 'BackendNotFound' | 'InvalidKind' | 'RefNotPermitted',
  explanation: Explanation,
  target: BackendTarget,
): ExplainedResolution {
  return { resolution: { valid: false, reason, message: explanation.text, target }, explanation };
}

/** Whether a Service has a port; a Service that declares no ports is not checked. */
function hasPort(ports: readonly { readonly port: number }[] | undefined, port: number): boolean {
  if (!ports) return true;
  for (const candidate of ports) if (candidate.port === port) return true;
  return false;
}
