import type { ResolvedListener } from '../attach/types.ts';
import type { ExplainStep, StepRef } from './decision.ts';
import { describeHostname, hostnameMatches } from './hostnames.ts';
import { listText, routeName } from './describe.ts';
import type { GatewayLocation, MeshLocation } from './locate.ts';
import type { GatewayRoutes, MeshRouteGroup } from './routeTable.ts';
import { parseServiceAddress } from './mesh.ts';
import { formatRequestLine } from './request.ts';

function listenerRef(listener: ResolvedListener): StepRef {
  return { resource: listener.owner, path: ['spec', 'listeners', listener.index] };
}

function listenerText(listener: ResolvedListener): string {
  const owner =
    listener.owner.kind === 'ListenerSet' ? ` of ListenerSet ${listener.owner.name}` : '';
  return `listener ${listener.name}${owner} (${listener.protocol} port ${listener.port}, ${describeHostname(listener.hostname ?? '')})`;
}

/**
 * Steps for how a north-south request reaches a listener (A1, B4, F10).
 *
 * @param location - Where the request went.
 * @returns The steps, in order.
 */
export function explainGatewayEntry(location: GatewayLocation): ExplainStep[] {
  const { view, gateway } = location;
  const request = view.request;
  const entry = request.entry;
  if (!gateway) {
    const name = entry.kind === 'gateway' ? `${entry.namespace}/${entry.name}` : '';
    return [step('entry', `There is no Gateway ${name} in the documents: 404`, [])];
  }
  const hostNote = view.host === request.host ? '' : ` (Host header ${view.hostHeader})`;
  const { namespace, name } = gateway.id;
  return [
    step(
      'entry',
      `${formatRequestLine(request)}${hostNote} enters Gateway ${namespace}/${name} on port ${request.port}`,
      [{ resource: gateway.id, path: null }],
    ),
    ...rejectedListeners(location, gateway),
    ...chosenListenerSteps(location, gateway),
  ];
}

/** The listeners on the port that cannot take the request, and why. */
function rejectedListeners(location: GatewayLocation, gateway: GatewayRoutes): ExplainStep[] {
  const request = location.view.request;
  const protocol = request.scheme === 'https' ? 'HTTPS' : 'HTTP';
  return (gateway.byPort.get(request.port) ?? []).flatMap(({ listener }) => {
    const reason =
      listener.protocol !== protocol
        ? `its protocol ${listener.protocol} does not take ${request.scheme} requests`
        : listener.conflicted
          ? 'it is Conflicted, and a conflicted listener never receives traffic (F10)'
          : !listener.ready
            ? 'it is not accepted or programmed'
            : null;
    return reason
      ? [step('listener', `Not ${listenerText(listener)}: ${reason}`, [listenerRef(listener)])]
      : [];
  });
}

/** The listener that takes the request, the ones it beat, and a misdirected request (B4). */
function chosenListenerSteps(location: GatewayLocation, gateway: GatewayRoutes): ExplainStep[] {
  const { view } = location;
  const request = view.request;
  const protocol = request.scheme === 'https' ? 'HTTPS' : 'HTTP';
  const onPort = gateway.byPort.get(request.port) ?? [];
  // For HTTPS the TLS server name picks the listener (A1, B4).
  const name = request.scheme === 'https' ? request.host : view.host;
  const chosen = location.listener?.listener;
  if (!chosen) {
    const ports = [...gateway.byPort.keys()].sort((a, b) => a - b).join(', ');
    const some = onPort.some(({ listener }) => listener.protocol === protocol);
    const message = some
      ? `No ${protocol} listener on port ${request.port} matches host ${name}: 404`
      : `Gateway ${gateway.id.name} has no ${protocol} listener on port ${request.port} (ports: ${ports || 'none'}): 404`;
    return [step('listener', message, [{ resource: gateway.id, path: ['spec', 'listeners'] }])];
  }
  const by = request.scheme === 'https' ? `TLS server name ${name}` : `host ${name}`;
  const steps = [
    step(
      'listener',
      `${listenerText(chosen)} takes the request: the most specific listener hostname matching ${by} (A1)`,
      [listenerRef(chosen)],
    ),
  ];
  const others = onPort
    .map(({ listener }) => listener)
    .filter(
      (listener) =>
        listener !== chosen &&
        listener.protocol === protocol &&
        listener.ready &&
        !listener.conflicted &&
        hostnameMatches(listener.hostname ?? '', name),
    );
  if (others.length > 0) {
    steps.push(
      step(
        'listener',
        `Also matching but less specific: ${listText(others.map((l) => l.name))}; only routes attached to the chosen listener are candidates (listener isolation)`,
        others.map(listenerRef),
      ),
    );
  }
  if (location.misdirected) {
    steps.push(
      step(
        'outcome',
        `Host ${view.host} belongs to another listener than the one the TLS server name chose: 421 Misdirected Request (B4)`,
        [listenerRef(chosen)],
      ),
    );
  }
  return steps;
}

/**
 * Steps for how a mesh request reaches a Service port and which routes apply (E2–E5, E7, E8).
 *
 * @param location - Where the request went.
 * @returns The steps, in order.
 */
export function explainMeshEntry(location: MeshLocation): ExplainStep[] {
  const { view, service, from } = location;
  const request = view.request;
  const line = formatRequestLine(request);
  if (!service) {
    const address = parseServiceAddress(request.host, from);
    const what = address
      ? `Service ${address.namespace}/${address.name}`
      : `a Service (expected name, name.namespace, name.namespace.svc or name.namespace.svc.cluster.local)`;
    return [
      step(
        'gap',
        `${line} from namespace ${from}: ${request.host} is not ${what} in the documents. A real client would fail to resolve or connect; the simulator answers 503`,
        [],
        'UnknownService',
      ),
    ];
  }
  const steps = [
    step(
      'entry',
      `${line} from namespace ${from} goes to Service ${service.id.namespace}/${service.id.name} port ${request.port}: mesh routes are chosen by destination, not by Host header (E2)`,
      [{ resource: service.id, path: null }],
    ),
  ];
  if (!location.portKnown) {
    const ports = service.ports.map((p) => p.port).join(', ');
    steps.push(
      step(
        'outcome',
        `Service ${service.id.name} has no port ${request.port} (ports: ${ports}): 503`,
        [{ resource: service.id, path: ['spec', 'ports'] }],
      ),
    );
    return steps;
  }
  const group = location.group;
  if (!group) {
    steps.push(
      step(
        'entry',
        `No route is bound to Service ${service.id.name} port ${request.port} for this caller: the Service sends to its own endpoints as usual (E3)`,
        [{ resource: service.id, path: null }],
      ),
    );
    return steps;
  }
  return [...steps, ...meshGroupSteps(group, from)];
}

/** Which mesh routes apply to the caller, which lost the port (E7), and ignored hostnames (E8). */
function meshGroupSteps(group: MeshRouteGroup, from: string): ExplainStep[] {
  const routes = group.attachments.map((a) => a.route.id);
  const names = listText(routes.map(routeName));
  const steps = [
    step(
      'entry',
      group.role === 'consumer'
        ? `Consumer routes of namespace ${from} apply (they replace the producer routes for callers in ${from}, E5): ${names}`
        : `Producer routes apply (routes in the Service's namespace, for every caller, E5): ${names}`,
      routes.map((id) => ({ resource: id, path: ['spec', 'parentRefs'] })),
    ),
  ];
  if (group.conflicted.length > 0) {
    steps.push(
      step(
        'candidate',
        `${listText(group.conflicted.map((r) => routeName(r.id)))} lose the port to GRPCRoutes: only one route kind applies, GRPCRoute before HTTPRoute (E7)`,
        group.conflicted.map((r) => ({ resource: r.id, path: null })),
      ),
    );
  }
  const withHostnames = group.attachments.filter((a) => {
    const resource = a.route.resource;
    return (
      (resource?.kind === 'HTTPRoute' || resource?.kind === 'GRPCRoute') &&
      (resource.spec.hostnames?.length ?? 0) > 0
    );
  });
  if (withHostnames.length > 0) {
    steps.push(
      step(
        'hostname',
        `Route hostnames are ignored for mesh routes (E8): ${listText(withHostnames.map((a) => routeName(a.route.id)))}`,
        withHostnames.map((a) => ({ resource: a.route.id, path: ['spec', 'hostnames'] })),
      ),
    );
  }
  return steps;
}

function step(
  kind: ExplainStep['kind'],
  message: string,
  refs: readonly StepRef[],
  gap?: ExplainStep['gap'],
): ExplainStep {
  return { kind, message, refs, ...(gap ? { gap } : {}) };
}
