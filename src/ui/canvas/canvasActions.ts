import {
  type CommandOffer,
  type CommandResult,
  type KnownKind,
  addBackendRef,
  addReferenceGrantFor,
  addResource,
  attachRouteToParent,
  deleteResource,
  duplicateResource,
  isCommandFailure,
  renameResource,
  resourceKey,
} from '../../core/index.ts';
import type { NoticeAction } from '../shell/noticesSlice.ts';
import { appStore } from '../store/store.ts';
import type { ConnectionIntent } from './connectionIntent.ts';
import { type CommandOrigin, applyCommand, editableWorkspace, idOfKey } from './runCommand.ts';

/**
 * The designer's actions: each runs one core command on the current document and applies its
 * patches as one undoable change. The canvas (gestures, keys, menus) and the inspector call the
 * same functions.
 */

/** Deletes a resource and the references that would dangle. */
export function deleteNode(key: string, origin: CommandOrigin = 'canvas'): boolean {
  const workspace = editableWorkspace();
  const target = workspace && idOfKey(workspace, key);
  if (!workspace || !target) return false;
  const done = applyCommand(deleteResource(workspace, { target }), origin);
  if (done && appStore.getState().selection?.key === key) appStore.getState().select(null);
  return done;
}

/** Duplicates a resource (selecting the copy, which is placed next to what it connects to). */
export function duplicateNode(key: string, origin: CommandOrigin = 'canvas'): boolean {
  const workspace = editableWorkspace();
  const target = workspace && idOfKey(workspace, key);
  if (!workspace || !target) return false;
  return applyCommand(duplicateResource(workspace, { target }), origin);
}

/** Renames a resource, updating every reference; its position follows it. */
export function renameNode(key: string, name: string, origin: CommandOrigin = 'canvas'): boolean {
  const workspace = editableWorkspace();
  const target = workspace && idOfKey(workspace, key);
  if (!workspace || !target) return false;
  const done = applyCommand(renameResource(workspace, { target, name }), origin);
  if (done) appStore.getState().movePosition(key, resourceKey({ ...target, name }));
  return done;
}

/** Adds a resource of a kind with its defaults, in a namespace, and selects it. */
export function addKind(kind: KnownKind, namespace: string): boolean {
  const workspace = editableWorkspace();
  if (!workspace) return false;
  return applyCommand(addResource(workspace, { kind, namespace }), 'canvas');
}

/** Attaches a route to a Gateway or ListenerSet listener, or to a Service frontend (and port). */
export function attachTo(
  routeKey: string,
  parentKey: string,
  choice: { readonly listener?: string; readonly port?: number },
  origin: CommandOrigin = 'canvas',
): CommandResult | null {
  const workspace = editableWorkspace();
  const route = workspace && idOfKey(workspace, routeKey);
  const parent = workspace && idOfKey(workspace, parentKey);
  if (!workspace || !route || !parent) return null;
  const result = attachRouteToParent(workspace, { route, parent, ...choice });
  return settle(result, origin);
}

/** Makes a rule send to a Service (with a port when it has several). */
export function sendTo(
  routeKey: string,
  rule: number,
  serviceKey: string,
  port: number | undefined,
  origin: CommandOrigin = 'canvas',
): CommandResult | null {
  const workspace = editableWorkspace();
  const route = workspace && idOfKey(workspace, routeKey);
  const service = workspace && idOfKey(workspace, serviceKey);
  if (!workspace || !route || !service) return null;
  const result = addBackendRef(workspace, {
    route,
    rule,
    service,
    ...(port === undefined ? {} : { port }),
  });
  return settle(result, origin);
}

/**
 * Applies a result unless it asks for a choice (several ports): then it is returned for the
 * caller to ask the person, without an error notice.
 */
function settle(result: CommandResult, origin: CommandOrigin): CommandResult {
  if (isCommandFailure(result) && result.choices && result.choices.length > 0) return result;
  applyCommand(result, origin, isCommandFailure(result) ? [] : offerActions(result.offers ?? []));
  return result;
}

function offerActions(offers: readonly CommandOffer[]): NoticeAction[] {
  return offers.flatMap((offer): NoticeAction[] => {
    if (offer.command !== 'addReferenceGrantFor') return [];
    const { from, to } = offer.args as { from?: unknown; to?: unknown };
    if (!isId(from) || !isId(to)) return [];
    return [
      {
        label: 'canvas.offer.grant',
        dismisses: true,
        run() {
          const workspace = editableWorkspace();
          if (workspace) applyCommand(addReferenceGrantFor(workspace, { from, to }), 'canvas');
        },
      },
    ];
  });
}

function isId(
  value: unknown,
): value is { group: string; kind: string; namespace: string; name: string } {
  if (typeof value !== 'object' || value === null) return false;
  return ['group', 'kind', 'namespace', 'name'].every(
    (field) => typeof (value as Record<string, unknown>)[field] === 'string',
  );
}

/**
 * Carries out a connection drawn on the canvas. When it needs a choice (a Service with several
 * ports), the matching dialog opens with the rest filled in.
 */
export function connect(intent: ConnectionIntent): void {
  const state = appStore.getState();
  switch (intent.kind) {
    case 'attachListener':
      attachTo(intent.route, intent.parent, { listener: intent.listener });
      return;
    case 'attachFrontend': {
      const result = attachTo(intent.route, intent.service, {});
      if (result && isCommandFailure(result) && result.choices) {
        state.openDialog({ kind: 'attach', key: intent.route, target: intent.service });
      }
      return;
    }
    case 'sendToBackend': {
      const result = sendTo(intent.route, intent.rule, intent.service, undefined);
      if (result && isCommandFailure(result) && result.choices) {
        state.openDialog({
          kind: 'sendTo',
          key: intent.route,
          rule: intent.rule,
          target: intent.service,
        });
      }
      return;
    }
  }
}
