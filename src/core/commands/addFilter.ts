import { backendRefTarget } from '../graph/refTargets.ts';
import type { HTTPRouteFilterType } from '../model/filters.ts';
import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import type { LocalObjectReference } from '../model/references.ts';
import type { Route } from '../model/resource.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { CommandFailure, CommandResult } from './commandResult.ts';
import { valueAt } from './listRemovals.ts';
import { choosePort, requireRoute, requireRule, requireService } from './workspaceQueries.ts';

/** Arguments of {@link addFilter}. */
export interface AddFilterArgs {
  readonly route: ResourceId;
  readonly rule: number;
  readonly type: HTTPRouteFilterType;
  /** Add it to this backendRef's filters instead of the rule's. */
  readonly backendRef?: number;
  /** RequestMirror and ExternalAuth: the Service (and port) to send to; one is picked by default. */
  readonly service?: ResourceId;
  readonly port?: number;
  /** ExtensionRef: the implementation's filter resource. */
  readonly extensionRef?: LocalObjectReference;
}

// Filter types that may appear once per list (CRD rules; semantics.md (d)).
const once = new Set<string>([
  'CORS',
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestRedirect',
  'URLRewrite',
]);
const grpcTypes = new Set<string>([
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestMirror',
  'ExtensionRef',
]);

/**
 * Adds a filter with valid defaults: header modifiers and URL rewrite empty (they change
 * nothing until filled in), a redirect to HTTPS with 301, CORS with no origins yet, a mirror or
 * external auth to a Service of the route's namespace (the one given, else one the rule does
 * not already send to), an ExtensionRef to the given resource. The CRD's rules are kept: a
 * redirect replaces the backends (so a rule with backends is refused), a redirect and a rewrite
 * exclude each other, and the single-use types appear once per list.
 *
 * @param workspace - The documents.
 * @param args - The route, rule, type and the type's target.
 * @returns The patch (selecting the new filter), or why it cannot be added.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutefilter
 */
export function addFilter(workspace: Workspace, args: AddFilterArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute')
    return { error: `${route.kind} rules have no filters` };
  if (route.kind === 'GRPCRoute' && !grpcTypes.has(args.type)) {
    return { error: `GRPCRoutes have no ${args.type} filter` };
  }
  const ruleProblem = requireRule(route, entry.id, args.rule);
  if (ruleProblem) return ruleProblem;
  const rulePath = ['spec', 'rules', args.rule];
  const owner =
    args.backendRef === undefined ? rulePath : [...rulePath, 'backendRefs', args.backendRef];
  if (args.backendRef !== undefined && valueAt(entry.raw, owner) === undefined) {
    return { error: `Rule ${args.rule} has no backendRef ${args.backendRef}` };
  }
  const list = valueAt(entry.raw, [...owner, 'filters']);
  const filters = Array.isArray(list) ? (list as readonly unknown[]) : [];
  const types = filters.map((filter) => valueAt(filter, ['type']));
  if (filters.length >= 16) return { error: 'A filter list holds at most 16 filters' };
  if (once.has(args.type) && types.includes(args.type))
    return { error: `There is already a ${args.type} filter here` };
  const clash =
    args.type === 'RequestRedirect'
      ? 'URLRewrite'
      : args.type === 'URLRewrite'
        ? 'RequestRedirect'
        : undefined;
  if (clash && types.includes(clash))
    return { error: `A ${args.type} filter cannot be used together with ${clash}` };
  if (args.type === 'RequestRedirect' && args.backendRef === undefined) {
    const backends = valueAt(entry.raw, [...rulePath, 'backendRefs']);
    if (Array.isArray(backends) && backends.length > 0) {
      return {
        error: `A redirect answers instead of forwarding: remove rule ${args.rule}'s backendRefs first`,
      };
    }
  }
  const made = filterValue(workspace, entry, route, args);
  if ('error' in made) return made;
  const { value } = made;
  const path = [...owner, 'filters'];
  return {
    patches: [{ op: 'insert', target: entry.id, path, index: filters.length, value }],
    select: { target: entry.id, path: [...path, filters.length] },
  };
}

/** A value made for the new filter. */
interface Made {
  readonly value: Readonly<Record<string, unknown>>;
}

function filterValue(
  workspace: Workspace,
  entry: ResourceEntry,
  route: Route,
  args: AddFilterArgs,
): Made | CommandFailure {
  const { type } = args;
  switch (type) {
    case 'RequestHeaderModifier':
      return { value: { type, requestHeaderModifier: {} } };
    case 'ResponseHeaderModifier':
      return { value: { type, responseHeaderModifier: {} } };
    case 'RequestRedirect':
      return { value: { type, requestRedirect: { scheme: 'https', statusCode: 301 } } };
    case 'URLRewrite':
      return { value: { type, urlRewrite: {} } };
    case 'CORS':
      return { value: { type, cors: {} } };
    case 'ExtensionRef':
      return args.extensionRef
        ? { value: { type, extensionRef: { ...args.extensionRef } } }
        : {
            error:
              "An ExtensionRef filter names your implementation's filter resource: give its group, kind and name",
          };
    case 'RequestMirror':
    case 'ExternalAuth': {
      const side = sideBackend(workspace, entry, route, args);
      if ('error' in side) return side;
      const backendRef = side.value;
      return {
        value:
          type === 'RequestMirror'
            ? { type, requestMirror: { backendRef } }
            : { type, externalAuth: { protocol: 'HTTP', backendRef, http: {} } },
      };
    }
  }
}

/** The Service a mirror or external auth sends to, as a backendRef. */
function sideBackend(
  workspace: Workspace,
  entry: ResourceEntry,
  route: Route,
  args: AddFilterArgs,
): Made | CommandFailure {
  const namespace = entry.id.namespace;
  const asRef = (id: ResourceId, port: number): Made => ({
    value: {
      name: id.name,
      ...(id.namespace === namespace ? {} : { namespace: id.namespace }),
      port,
    },
  });
  if (args.service) {
    const service = requireService(workspace, args.service);
    if ('error' in service) return service;
    const port = choosePort(service.service, service.entry.id, args.port);
    return typeof port === 'number' ? asRef(service.entry.id, port) : port;
  }
  const rule: { readonly backendRefs?: readonly { readonly name: string }[] } =
    route.spec.rules?.[args.rule] ?? {};
  const used = (rule.backendRefs ?? []).map((ref) => backendRefTarget(namespace, ref));
  const candidates = workspace.resources.filter(
    (candidate) =>
      candidate.resource?.kind === 'Service' &&
      candidate.id.namespace === namespace &&
      (candidate.resource.spec.ports?.length ?? 0) > 0,
  );
  const pick =
    candidates.find((candidate) => !used.some((id) => sameResource(id, candidate.id))) ??
    candidates[0];
  const port = pick?.resource?.kind === 'Service' ? pick.resource.spec.ports?.[0]?.port : undefined;
  if (!pick || port === undefined) {
    return {
      error: `${displayName(entry.id)}'s namespace has no Service with a port to send to: add one first`,
    };
  }
  return asRef(pick.id, port);
}
