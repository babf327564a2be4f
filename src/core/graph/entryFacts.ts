import type { HTTPRouteFilter } from '../model/filters.ts';
import type { Listener } from '../model/gateway.ts';
import { type ResourceId, resourceKey } from '../model/identity.ts';
import type { ReferenceGrantFrom, ReferenceGrantTo } from '../model/policy.ts';
import type { BackendObjectReference } from '../model/references.ts';
import type { Route, RouteKind } from '../model/resource.ts';
import { assertNever } from '../util/assertNever.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import {
  type ListenerHandle,
  type RuleHandle,
  type ServicePortSummary,
  listenerHandle,
  ruleHandle,
} from './graph.ts';
import { listenerRouteKinds } from './listenerRouteKinds.ts';
import { grpcMatchSummary, httpMatchSummary, ruleSummary } from './matchSummary.ts';
import { backendRefTarget, parentRefTarget } from './refTargets.ts';
import { shareLabel } from './shareLabel.ts';

/** A listener with what the graph needs to connect it. */
export interface ListenerFact extends ListenerHandle {
  readonly routeKinds: readonly RouteKind[];
  /** Certificate Secrets in other namespaces (their permission is a ReferenceGrant). */
  readonly foreignSecrets: readonly ResourceId[];
}

/** A parentRef of a route, defaults applied. */
export interface ParentFact {
  readonly index: number;
  readonly target: ResourceId;
  readonly targetKey: string;
  readonly sectionName: string | undefined;
  readonly port: number | undefined;
}

/** A backendRef of a rule, with its share of the rule's traffic. */
export interface BackendFact {
  readonly rule: number;
  readonly index: number;
  readonly ref: BackendObjectReference;
  readonly target: ResourceId;
  readonly targetKey: string;
  readonly weight: number;
  readonly share: number;
  readonly label: string;
}

/** A RequestMirror filter of a rule or of a backendRef. */
export interface MirrorFact {
  readonly rule: number;
  readonly filter: number;
  readonly backendRef: number | null;
  readonly ref: BackendObjectReference;
  readonly target: ResourceId;
  readonly targetKey: string;
  readonly percent: number;
}

/** What one resource contributes to the graph, read from its own document only. */
export type EntryFacts =
  | { readonly type: 'gatewayClass'; readonly controllerName: string }
  | {
      readonly type: 'gateway';
      readonly gatewayClassName: string;
      readonly listeners: readonly ListenerFact[];
    }
  | {
      readonly type: 'listenerSet';
      readonly parent: ResourceId;
      readonly parentKey: string;
      readonly listeners: readonly ListenerFact[];
    }
  | {
      readonly type: 'route';
      readonly kind: RouteKind;
      readonly hostnames: readonly string[];
      readonly rules: readonly RuleHandle[];
      readonly parents: readonly ParentFact[];
      readonly backends: readonly BackendFact[];
      readonly mirrors: readonly MirrorFact[];
    }
  | {
      readonly type: 'service';
      readonly serviceType: string;
      readonly clusterIP: string | undefined;
      readonly ports: readonly ServicePortSummary[];
    }
  | {
      readonly type: 'referenceGrant';
      readonly from: readonly ReferenceGrantFrom[];
      readonly to: readonly ReferenceGrantTo[];
    }
  | { readonly type: 'policy'; readonly targets: readonly ResourceId[] }
  | { readonly type: 'namespace' }
  | { readonly type: 'plain' };

// Entries are stable across edits of other documents, so their facts are computed once.
const cache = new WeakMap<ResourceEntry, EntryFacts>();

/**
 * What a resource contributes to the graph (memoised per entry).
 *
 * @param entry - A resource of the workspace.
 * @returns Its facts.
 */
export function factsOf(entry: ResourceEntry): EntryFacts {
  let facts = cache.get(entry);
  if (!facts) {
    facts = computeFacts(entry);
    cache.set(entry, facts);
  }
  return facts;
}

function computeFacts(entry: ResourceEntry): EntryFacts {
  const resource = entry.resource;
  if (!resource) return { type: 'plain' };
  const namespace = entry.id.namespace;
  switch (resource.kind) {
    case 'GatewayClass':
      return { type: 'gatewayClass', controllerName: resource.spec.controllerName };
    case 'Gateway':
      return {
        type: 'gateway',
        gatewayClassName: resource.spec.gatewayClassName,
        listeners: listenerFacts(resource.spec.listeners, namespace),
      };
    case 'ListenerSet': {
      const parent = parentRefTarget(namespace, resource.spec.parentRef);
      return {
        type: 'listenerSet',
        parent,
        parentKey: resourceKey(parent),
        listeners: listenerFacts(resource.spec.listeners, namespace),
      };
    }
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      return routeFacts(resource, namespace);
    case 'Service':
      return {
        type: 'service',
        serviceType: resource.spec.type ?? 'ClusterIP',
        clusterIP: resource.spec.clusterIP,
        ports: (resource.spec.ports ?? []).map((port) => ({
          ...(port.name === undefined ? {} : { name: port.name }),
          port: port.port,
          ...(port.protocol === undefined ? {} : { protocol: port.protocol }),
          ...(port.appProtocol === undefined ? {} : { appProtocol: port.appProtocol }),
        })),
      };
    case 'ReferenceGrant':
      return { type: 'referenceGrant', from: resource.spec.from, to: resource.spec.to };
    case 'BackendTLSPolicy':
      return {
        type: 'policy',
        targets: resource.spec.targetRefs.map((ref) => ({
          group: ref.group,
          kind: ref.kind,
          namespace,
          name: ref.name,
        })),
      };
    case 'Namespace':
      return { type: 'namespace' };
    default:
      return assertNever(resource);
  }
}

function listenerFacts(listeners: readonly Listener[], namespace: string): ListenerFact[] {
  return listeners.map((listener, index) => ({
    handle: listenerHandle(listener.name),
    index,
    name: listener.name,
    protocol: listener.protocol,
    port: listener.port,
    ...(listener.hostname === undefined ? {} : { hostname: listener.hostname }),
    routeKinds: listenerRouteKinds(listener),
    foreignSecrets: (listener.tls?.certificateRefs ?? [])
      .filter((ref) => ref.namespace !== undefined && ref.namespace !== namespace)
      .map((ref) => ({
        group: ref.group ?? '',
        kind: ref.kind ?? 'Secret',
        namespace: ref.namespace ?? namespace,
        name: ref.name,
      })),
  }));
}

interface AnyRule {
  readonly name?: string;
  readonly matches?: readonly unknown[];
  readonly filters?: readonly HTTPRouteFilter[];
  readonly backendRefs?: readonly (BackendObjectReference & {
    readonly weight?: number;
    readonly filters?: readonly HTTPRouteFilter[];
  })[];
}

function routeFacts(route: Route, namespace: string): EntryFacts {
  const rules: RuleHandle[] = [];
  const backends: BackendFact[] = [];
  const mirrors: MirrorFact[] = [];
  // NOTE: GRPCRoute filters are a subset of HTTPRoute filters with the same fields, so one
  // reading serves both; L4 rules have no matches and no filters.
  const routeRules: readonly AnyRule[] = route.spec.rules ?? [];
  routeRules.forEach((rule, ruleIndex) => {
    const matches = matchSummaries(route, ruleIndex);
    rules.push({
      handle: ruleHandle(ruleIndex),
      index: ruleIndex,
      ...(rule.name === undefined ? {} : { name: rule.name }),
      matches,
      summary: ruleSummary(matches),
      filters: (rule.filters ?? []).map((filter) => filter.type),
    });
    const refs = rule.backendRefs ?? [];
    const total = refs.reduce((sum, ref) => sum + (ref.weight ?? 1), 0);
    refs.forEach((ref, index) => {
      const target = backendRefTarget(namespace, ref);
      const weight = ref.weight ?? 1;
      backends.push({
        rule: ruleIndex,
        index,
        ref,
        target,
        targetKey: resourceKey(target),
        weight,
        share: total > 0 ? weight / total : 0,
        label: shareLabel(weight, total),
      });
      collectMirrors(ref.filters, ruleIndex, index, namespace, mirrors);
    });
    collectMirrors(rule.filters, ruleIndex, null, namespace, mirrors);
  });
  return {
    type: 'route',
    kind: route.kind,
    hostnames: route.spec.hostnames ?? [],
    rules,
    parents: (route.spec.parentRefs ?? []).map((ref, index) => {
      const target = parentRefTarget(namespace, ref);
      return {
        index,
        target,
        targetKey: resourceKey(target),
        sectionName: ref.sectionName,
        port: ref.port,
      };
    }),
    backends,
    mirrors,
  };
}

function matchSummaries(route: Route, ruleIndex: number): string[] {
  switch (route.kind) {
    case 'HTTPRoute':
      return (route.spec.rules?.[ruleIndex]?.matches ?? []).map(httpMatchSummary);
    case 'GRPCRoute':
      return (route.spec.rules?.[ruleIndex]?.matches ?? []).map(grpcMatchSummary);
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      return [];
    default:
      return assertNever(route);
  }
}

function collectMirrors(
  filters: readonly HTTPRouteFilter[] | undefined,
  rule: number,
  backendRef: number | null,
  namespace: string,
  out: MirrorFact[],
): void {
  (filters ?? []).forEach((filter, index) => {
    const mirror = filter.type === 'RequestMirror' ? filter.requestMirror : undefined;
    if (!mirror || mirror.backendRef.name === '') return;
    const target = backendRefTarget(namespace, mirror.backendRef);
    out.push({
      rule,
      filter: index,
      backendRef,
      ref: mirror.backendRef,
      target,
      targetKey: resourceKey(target),
      percent: mirrorPercent(mirror.percent, mirror.fraction),
    });
  });
}

/** Neither percent nor fraction set mirrors every request (semantics.md (d) D4). */
function mirrorPercent(
  percent: number | undefined,
  fraction: { readonly numerator: number; readonly denominator?: number } | undefined,
): number {
  if (percent !== undefined) return percent;
  if (!fraction) return 100;
  const denominator = fraction.denominator ?? 100;
  return denominator > 0 ? (fraction.numerator / denominator) * 100 : 0;
}
