import {
  type ResourceEntry,
  type Workspace,
  displayName,
  isRouteKind,
  listenerRouteKinds,
} from '../../core/index.ts';
import type { Translate } from '../i18n/translate.ts';

/** One choice of an "Attach to…" or "Send to…" picker. */
export interface TargetOption {
  /** A unique value for the `<select>`. */
  readonly value: string;
  readonly label: string;
  /** The parent's (or Service's) resource key. */
  readonly key: string;
  readonly listener?: string;
  readonly port?: number;
}

function servicePorts(entry: ResourceEntry): readonly number[] {
  return entry.resource?.kind === 'Service'
    ? (entry.resource.spec.ports ?? []).map((port) => port.port)
    : [];
}

/**
 * What a route can attach to: each listener of a Gateway or ListenerSet whose protocol (or
 * `allowedRoutes.kinds`) takes the route's kind, and for HTTP and gRPC routes each port of each
 * Service frontend (mesh).
 *
 * @param workspace - The documents.
 * @param route - The route.
 * @param t - The translator (for the labels).
 * @returns The choices, Gateways first.
 */
export function attachOptions(
  workspace: Workspace,
  route: ResourceEntry,
  t: Translate,
): TargetOption[] {
  const kind = route.id.kind;
  if (!isRouteKind(kind)) return [];
  const listeners: TargetOption[] = [];
  const services: TargetOption[] = [];
  for (const entry of workspace.resources) {
    const resource = entry.resource;
    if (resource?.kind === 'Gateway' || resource?.kind === 'ListenerSet') {
      for (const listener of resource.spec.listeners) {
        if (!listenerRouteKinds(listener).includes(kind)) continue;
        listeners.push({
          value: `listener|${entry.key}|${listener.name}`,
          label: t('canvas.listener.option', {
            gateway: displayName(entry.id),
            listener: listener.name,
            protocol: listener.protocol,
            port: String(listener.port),
          }),
          key: entry.key,
          listener: listener.name,
        });
      }
    } else if (resource?.kind === 'Service' && (kind === 'HTTPRoute' || kind === 'GRPCRoute')) {
      const ports = servicePorts(entry);
      const service = displayName(entry.id);
      if (ports.length <= 1) {
        services.push({
          value: `frontend|${entry.key}|`,
          label: t('canvas.frontend.option', { service }),
          key: entry.key,
        });
      } else {
        for (const port of ports) {
          services.push({
            value: `frontend|${entry.key}|${port}`,
            label: t('canvas.frontend.port', { service, port: String(port) }),
            key: entry.key,
            port,
          });
        }
      }
    }
  }
  return [...listeners, ...services];
}

/**
 * What a rule can send to: each Service (one choice per port when it has several).
 *
 * @param workspace - The documents.
 * @param t - The translator (for the labels).
 * @returns The choices, in document order.
 */
export function backendOptions(workspace: Workspace, t: Translate): TargetOption[] {
  const out: TargetOption[] = [];
  for (const entry of workspace.resources) {
    if (entry.resource?.kind !== 'Service') continue;
    const ports = servicePorts(entry);
    const service = displayName(entry.id);
    if (ports.length <= 1) {
      out.push({ value: `backend|${entry.key}|`, label: service, key: entry.key });
      continue;
    }
    for (const port of ports) {
      out.push({
        value: `backend|${entry.key}|${port}`,
        label: t('canvas.sendTo.portOption', { service, port: String(port) }),
        key: entry.key,
        port,
      });
    }
  }
  return out;
}
