import type { Service } from '../model/core.ts';
import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import type { KnownResource, Route } from '../model/resource.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { CommandFailure } from './commandResult.ts';

/**
 * The resource a patch addressed to `id` edits (the first definition, as `applyPatches` finds it).
 *
 * @param workspace - The documents.
 * @param id - The identity.
 */
export function findResource(workspace: Workspace, id: ResourceId): ResourceEntry | undefined {
  return workspace.resources.find((entry) => sameResource(entry.id, id));
}

/**
 * A resource of a known kind, or a failure that says it is not there.
 *
 * @param workspace - The documents.
 * @param id - The identity.
 */
export function requireResource(
  workspace: Workspace,
  id: ResourceId,
): { entry: ResourceEntry; resource: KnownResource } | CommandFailure {
  const entry = findResource(workspace, id);
  if (!entry) return { error: `${displayName(id)} is not in the documents` };
  if (!entry.resource) return { error: `${displayName(id)} is of a kind Switchyard cannot edit` };
  return { entry, resource: entry.resource };
}

/**
 * A route, or a failure.
 *
 * @param workspace - The documents.
 * @param id - The route's identity.
 */
export function requireRoute(
  workspace: Workspace,
  id: ResourceId,
): { entry: ResourceEntry; route: Route } | CommandFailure {
  const found = requireResource(workspace, id);
  if ('error' in found) return found;
  const { resource } = found;
  switch (resource.kind) {
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      return { entry: found.entry, route: resource };
    case 'GatewayClass':
    case 'Gateway':
    case 'ListenerSet':
    case 'ReferenceGrant':
    case 'BackendTLSPolicy':
    case 'Service':
    case 'Namespace':
      return { error: `${displayName(id)} is not a route` };
  }
}

/**
 * A rule of a route, or a failure.
 *
 * @param route - The route.
 * @param id - Its identity (for the message).
 * @param rule - The rule index.
 */
export function requireRule(route: Route, id: ResourceId, rule: number): CommandFailure | null {
  const count = route.spec.rules?.length ?? 0;
  if (!Number.isInteger(rule) || rule < 0 || rule >= count) {
    return { error: `${displayName(id)} has no rule ${rule} (it has ${count})` };
  }
  return null;
}

/**
 * A Service of the documents, or a failure.
 *
 * @param workspace - The documents.
 * @param id - The Service's identity.
 */
export function requireService(
  workspace: Workspace,
  id: ResourceId,
): { entry: ResourceEntry; service: Service } | CommandFailure {
  const found = requireResource(workspace, id);
  if ('error' in found) return found;
  if (found.resource.kind !== 'Service') return { error: `${displayName(id)} is not a Service` };
  return { entry: found.entry, service: found.resource };
}

/**
 * The port a reference to a Service should name: the one asked for (if the Service has it), the
 * only one, or a failure that asks to choose among several.
 *
 * @param service - The Service.
 * @param id - Its identity (for the message).
 * @param port - The port asked for, if any.
 * @returns The port number, or a failure with the choices.
 */
export function choosePort(
  service: Service,
  id: ResourceId,
  port: number | undefined,
): number | CommandFailure {
  const ports = service.spec.ports ?? [];
  const list = ports.map((item) => item.port).join(', ');
  if (port !== undefined) {
    return ports.some((item) => item.port === port)
      ? port
      : { error: `${displayName(id)} has no port ${port} (its ports: ${list || 'none'})` };
  }
  const [only, ...others] = ports;
  if (!only) return { error: `${displayName(id)} has no ports: add one first` };
  if (others.length === 0) return only.port;
  return {
    error: `${displayName(id)} has several ports: choose one`,
    choices: ports.map((item) => ({
      arg: 'port',
      value: item.port,
      label: item.name === undefined ? String(item.port) : `${item.name} (${item.port})`,
    })),
  };
}

/**
 * A name for a new resource that no resource of the same kind and namespace has: `base`, then
 * `base-2`, `base-3`…
 *
 * @param workspace - The documents.
 * @param like - The group, kind and namespace of the new resource.
 * @param base - The preferred name.
 */
export function uniqueName(
  workspace: Workspace,
  like: Omit<ResourceId, 'name'>,
  base: string,
): string {
  const taken = new Set(
    workspace.resources
      .filter(
        (entry) =>
          entry.id.group === like.group &&
          entry.id.kind === like.kind &&
          entry.id.namespace === like.namespace,
      )
      .map((entry) => entry.id.name),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base}-${n}`;
    if (!taken.has(name)) return name;
  }
}

const subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Why a name is not valid for a kind, or null when it is: Services need an RFC 1035 label,
 * Namespaces an RFC 1123 label, other kinds an RFC 1123 subdomain (what the API server checks).
 *
 * @param kind - The resource kind.
 * @param name - The proposed name.
 */
export function nameProblem(kind: string, name: string): string | null {
  if (kind === 'Service') {
    return name.length <= 63 && dns1035Label.test(name)
      ? null
      : `"${name}" is not a valid Service name: up to 63 lowercase letters, digits and '-', starting with a letter`;
  }
  if (kind === 'Namespace') {
    return name.length <= 63 && dns1123Label.test(name)
      ? null
      : `"${name}" is not a valid Namespace name: up to 63 lowercase letters, digits and '-'`;
  }
  return name.length <= 253 && subdomain.test(name)
    ? null
    : `"${name}" is not a valid name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit`;
}
