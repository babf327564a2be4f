import type { ResolvedListener } from '../attach/types.ts';
import type { ExplainStep, StepRef } from './decision.ts';
import { describeHostname, hostnameMatches } from './hostnames.ts';
import { routeName } from './describe.ts';
import type { GatewayLocation, MeshLocation } from './locate.ts';
import type { GatewayRoutes, MeshRouteGroup } from './routeTable.ts';
import { parseServiceAddress } from './mesh.ts';
import { formatRequestLine } from './request.ts';
import { type Phrase, phrase, phraseList, shortList, textStep } from './stepText.ts';

function listenerRef(listener: ResolvedListener): StepRef {
  return { resource: listener.owner, path: ['spec', 'listeners', listener.index] };
}

function listenerText(listener: ResolvedListener): Phrase {
  return phrase('simulate.part.listener', {
    name: listener.name,
    owner:
      listener.owner.kind === 'ListenerSet'
        ? phrase('simulate.part.listenerSetOwner', { name: listener.owner.name })
        : '',
    protocol: listener.protocol,
    port: listener.port,
    hostname: describeHostname(listener.hostname ?? ''),
  });
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
    return [textStep('entry', phrase('simulate.step.noGateway', { gateway: name }), [])];
  }
  const hostNote =
    view.host === request.host ? '' : phrase('simulate.part.hostHeader', { host: view.hostHeader });
  const { namespace, name } = gateway.id;
  return [
    textStep(
      'entry',
      phrase('simulate.step.enters', {
        request: formatRequestLine(request),
        hostNote,
        gateway: `${namespace}/${name}`,
        port: request.port,
      }),
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
        ? phrase('simulate.part.protocolMismatch', {
            protocol: listener.protocol,
            scheme: request.scheme,
          })
        : listener.conflicted
          ? phrase('simulate.part.listenerConflicted')
          : !listener.ready
            ? phrase('simulate.part.listenerNotReady')
            : null;
    if (!reason) return [];
    const sentence = phrase('simulate.step.listenerRejected', {
      listener: listenerText(listener),
      reason,
    });
    return [textStep('listener', sentence, [listenerRef(listener)])];
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
    const ports = [...gateway.byPort.keys()].sort((a, b) => a - b).map(String);
    const some = onPort.some(({ listener }) => listener.protocol === protocol);
    const sentence = some
      ? phrase('simulate.step.noListenerForHost', { protocol, port: request.port, host: name })
      : phrase('simulate.step.noListenerOnPort', {
          gateway: gateway.id.name,
          protocol,
          port: request.port,
          ports: ports.length > 0 ? phraseList(ports) : phrase('simulate.part.none'),
        });
    return [
      textStep('listener', sentence, [{ resource: gateway.id, path: ['spec', 'listeners'] }]),
    ];
  }
  const by = phrase(
    request.scheme === 'https' ? 'simulate.part.byServerName' : 'simulate.part.byHost',
    { name },
  );
  const steps = [
    textStep(
      'listener',
      phrase('simulate.step.listenerTakes', { listener: listenerText(chosen), by }),
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
      textStep(
        'listener',
        phrase('simulate.step.alsoMatching', { listeners: shortList(others.map((l) => l.name)) }),
        others.map(listenerRef),
      ),
    );
  }
  if (location.misdirected) {
    steps.push(
      textStep('outcome', phrase('simulate.step.misdirected', { host: view.host }), [
        listenerRef(chosen),
      ]),
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
      ? phrase('simulate.part.namedService', { service: `${address.namespace}/${address.name}` })
      : phrase('simulate.part.anyService');
    const sentence = phrase('simulate.step.unknownService', {
      request: line,
      from,
      host: request.host,
      what,
    });
    return [textStep('gap', sentence, [], 'UnknownService')];
  }
  const steps = [
    textStep(
      'entry',
      phrase('simulate.step.meshEntry', {
        request: line,
        from,
        service: `${service.id.namespace}/${service.id.name}`,
        port: request.port,
      }),
      [{ resource: service.id, path: null }],
    ),
  ];
  if (!location.portKnown) {
    const ports = phraseList(service.ports.map((p) => String(p.port)));
    steps.push(
      textStep(
        'outcome',
        phrase('simulate.step.serviceNoPort', {
          service: service.id.name,
          port: request.port,
          ports,
        }),
        [{ resource: service.id, path: ['spec', 'ports'] }],
      ),
    );
    return steps;
  }
  const group = location.group;
  if (!group) {
    steps.push(
      textStep(
        'entry',
        phrase('simulate.step.noMeshRoute', { service: service.id.name, port: request.port }),
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
  const names = shortList(routes.map(routeName));
  const steps = [
    textStep(
      'entry',
      group.role === 'consumer'
        ? phrase('simulate.step.consumerRoutes', { from, routes: names })
        : phrase('simulate.step.producerRoutes', { routes: names }),
      routes.map((id) => ({ resource: id, path: ['spec', 'parentRefs'] })),
    ),
  ];
  if (group.conflicted.length > 0) {
    steps.push(
      textStep(
        'candidate',
        phrase('simulate.step.meshConflicted', {
          routes: shortList(group.conflicted.map((r) => routeName(r.id))),
        }),
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
      textStep(
        'hostname',
        phrase('simulate.step.meshHostnamesIgnored', {
          routes: shortList(withHostnames.map((a) => routeName(a.route.id))),
        }),
        withHostnames.map((a) => ({ resource: a.route.id, path: ['spec', 'hostnames'] })),
      ),
    );
  }
  return steps;
}
