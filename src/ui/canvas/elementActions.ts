import {
  type ElementRef,
  type FieldPath,
  type HTTPRouteFilterType,
  type ListenerProtocol,
  addFilter,
  addListener,
  addMatch,
  addRule,
  moveRule,
  deleteElement,
  deleteField,
  setBackendWeight,
  setField,
} from '../../core/index.ts';
import { type CommandOrigin, applyCommand, editableWorkspace, idOfKey } from './runCommand.ts';

/**
 * Edits inside one resource (rules, matches, listeners, fields, weights), shared by the canvas
 * menus and the inspector. Each is one core command and one undoable change.
 */

function withTarget<T>(
  key: string,
  run: (
    workspace: NonNullable<ReturnType<typeof editableWorkspace>>,
    target: NonNullable<ReturnType<typeof idOfKey>>,
  ) => T,
): T | null {
  const workspace = editableWorkspace();
  const target = workspace && idOfKey(workspace, key);
  return workspace && target ? run(workspace, target) : null;
}

/** Adds a rule at the end of a route. */
export function addRuleTo(key: string, origin: CommandOrigin): boolean {
  return (
    withTarget(key, (workspace, route) => applyCommand(addRule(workspace, { route }), origin)) ??
    false
  );
}

/** Adds a listener (HTTP on port 80 by default, else the next free port) to a Gateway or ListenerSet. */
export function addListenerTo(
  key: string,
  origin: CommandOrigin,
  protocol: ListenerProtocol = 'HTTP',
): boolean {
  return (
    withTarget(key, (workspace, target) =>
      applyCommand(addListener(workspace, { target, protocol }), origin),
    ) ?? false
  );
}

/** Adds a filter of a type with valid defaults to a rule (or to one of its backendRefs). */
export function addFilterTo(
  key: string,
  rule: number,
  type: HTTPRouteFilterType,
  backendRef?: number,
): boolean {
  return (
    withTarget(key, (workspace, route) =>
      applyCommand(
        addFilter(workspace, {
          route,
          rule,
          type,
          ...(backendRef === undefined ? {} : { backendRef }),
        }),
        'inspector',
      ),
    ) ?? false
  );
}

/** Moves a rule to another position. */
export function moveRuleOf(key: string, from: number, to: number): boolean {
  return (
    withTarget(key, (workspace, route) =>
      applyCommand(moveRule(workspace, { route, from, to }), 'inspector'),
    ) ?? false
  );
}

/** Adds a match (`PathPrefix /` by default) to a rule. */
export function addMatchTo(key: string, rule: number, origin: CommandOrigin): boolean {
  return (
    withTarget(key, (workspace, route) =>
      applyCommand(addMatch(workspace, { route, rule }), origin),
    ) ?? false
  );
}

/** Sets a field of a resource. */
export function setFieldOf(
  key: string,
  path: FieldPath,
  value: unknown,
  origin: CommandOrigin = 'inspector',
): boolean {
  return (
    withTarget(key, (workspace, target) =>
      applyCommand(setField(workspace, { target, path, value }), origin),
    ) ?? false
  );
}

/** Removes a field or list item of a resource. */
export function deleteFieldOf(
  key: string,
  path: FieldPath,
  origin: CommandOrigin = 'inspector',
): boolean {
  return (
    withTarget(key, (workspace, target) =>
      applyCommand(deleteField(workspace, { target, path }), origin),
    ) ?? false
  );
}

/** Deletes a rule, match, filter, backendRef, parentRef or listener. */
export function deleteElementOf(
  key: string,
  element: ElementRef,
  origin: CommandOrigin = 'inspector',
): boolean {
  return (
    withTarget(key, (workspace, target) =>
      applyCommand(deleteElement(workspace, { target, element }), origin),
    ) ?? false
  );
}

/** Sets the weight of a backendRef. */
export function setWeightOf(
  key: string,
  rule: number,
  backendRef: number,
  weight: number,
): boolean {
  return (
    withTarget(key, (workspace, route) =>
      applyCommand(setBackendWeight(workspace, { route, rule, backendRef, weight }), 'inspector'),
    ) ?? false
  );
}
