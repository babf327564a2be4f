import { backendRefTarget, isCoreGroup, parentRefTarget } from '../graph/refTargets.ts';
import type { HTTPRouteFilter } from '../model/filters.ts';
import { type ResourceId, sameResource } from '../model/identity.ts';
import type { BackendObjectReference } from '../model/references.ts';
import { GATEWAY_GROUP, type Route } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';

/** How one resource refers to another by name. */
export type ReferenceKind =
  | 'parentRef'
  | 'backendRef'
  | 'mirror'
  | 'listenerSetParent'
  | 'grantTo'
  | 'gatewayClassName'
  | 'policyTarget';

/** A place in a resource that names another resource. */
export interface Reference {
  readonly referrer: ResourceEntry;
  readonly kind: ReferenceKind;
  /** The field holding the referenced name (what a rename sets). */
  readonly namePath: FieldPath;
  /**
   * The list item whose removal removes the reference (a parentRef, a backendRef, the mirror
   * filter, a grant's `to` entry, a policy's target); null for a required field (a ListenerSet's
   * parentRef, a Gateway's class), which cannot be removed.
   */
  readonly item: { readonly list: FieldPath; readonly index: number } | null;
}

/**
 * Every reference by name to a resource: parentRefs, backendRefs and mirror backendRefs of
 * routes, ListenerSet parents, ReferenceGrant `to` entries that name it, BackendTLSPolicy
 * targets and Gateway classes.
 *
 * @param workspace - The documents.
 * @param target - The referenced resource.
 * @returns The references, in document order.
 */
export function findReferences(workspace: Workspace, target: ResourceId): Reference[] {
  const out: Reference[] = [];
  for (const referrer of workspace.resources) {
    const resource = referrer.resource;
    if (!resource) continue;
    const namespace = referrer.id.namespace;
    const add = (kind: ReferenceKind, namePath: FieldPath, item: Reference['item']): void => {
      out.push({ referrer, kind, namePath, item });
    };
    switch (resource.kind) {
      case 'HTTPRoute':
      case 'GRPCRoute':
      case 'TLSRoute':
      case 'TCPRoute':
      case 'UDPRoute':
        routeReferences(resource, namespace, target, add);
        break;
      case 'ListenerSet':
        if (sameResource(parentRefTarget(namespace, resource.spec.parentRef), target)) {
          add('listenerSetParent', ['spec', 'parentRef', 'name'], null);
        }
        break;
      case 'Gateway':
        if (
          target.group === GATEWAY_GROUP &&
          target.kind === 'GatewayClass' &&
          resource.spec.gatewayClassName === target.name
        ) {
          add('gatewayClassName', ['spec', 'gatewayClassName'], null);
        }
        break;
      case 'ReferenceGrant':
        if (namespace !== target.namespace) break;
        resource.spec.to.forEach((to, index) => {
          if (
            sameGroup(to.group, target.group) &&
            to.kind === target.kind &&
            to.name === target.name
          ) {
            add('grantTo', ['spec', 'to', index, 'name'], { list: ['spec', 'to'], index });
          }
        });
        break;
      case 'BackendTLSPolicy':
        if (namespace !== target.namespace) break;
        resource.spec.targetRefs.forEach((ref, index) => {
          if (
            sameGroup(ref.group, target.group) &&
            ref.kind === target.kind &&
            ref.name === target.name
          ) {
            const list = ['spec', 'targetRefs'];
            add('policyTarget', [...list, index, 'name'], { list, index });
          }
        });
        break;
      case 'GatewayClass':
      case 'Service':
      case 'Namespace':
        break;
    }
  }
  return out;
}

type Add = (kind: ReferenceKind, namePath: FieldPath, item: Reference['item']) => void;

function routeReferences(route: Route, namespace: string, target: ResourceId, add: Add): void {
  (route.spec.parentRefs ?? []).forEach((ref, index) => {
    if (sameResource(parentRefTarget(namespace, ref), target)) {
      add('parentRef', ['spec', 'parentRefs', index, 'name'], {
        list: ['spec', 'parentRefs'],
        index,
      });
    }
  });
  const rules: readonly {
    readonly filters?: readonly HTTPRouteFilter[];
    readonly backendRefs?: readonly (BackendObjectReference & {
      readonly filters?: readonly HTTPRouteFilter[];
    })[];
  }[] = route.spec.rules ?? [];
  rules.forEach((rule, r) => {
    const rulePath = ['spec', 'rules', r];
    (rule.backendRefs ?? []).forEach((ref, b) => {
      const list = [...rulePath, 'backendRefs'];
      if (sameResource(backendRefTarget(namespace, ref), target)) {
        add('backendRef', [...list, b, 'name'], { list, index: b });
      }
      mirrorReferences(ref.filters, [...list, b], namespace, target, add);
    });
    mirrorReferences(rule.filters, rulePath, namespace, target, add);
  });
}

function mirrorReferences(
  filters: readonly HTTPRouteFilter[] | undefined,
  owner: FieldPath,
  namespace: string,
  target: ResourceId,
  add: Add,
): void {
  (filters ?? []).forEach((filter, index) => {
    const mirror = filter.type === 'RequestMirror' ? filter.requestMirror : undefined;
    if (mirror && sameResource(backendRefTarget(namespace, mirror.backendRef), target)) {
      const list = [...owner, 'filters'];
      add('mirror', [...list, index, 'requestMirror', 'backendRef', 'name'], { list, index });
    }
  });
}

function sameGroup(written: string, group: string): boolean {
  return written === group || (isCoreGroup(written) && isCoreGroup(group));
}
