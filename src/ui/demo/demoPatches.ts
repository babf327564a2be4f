import {
  GATEWAY_GROUP,
  type Patch,
  type Workspace,
  isCommandFailure,
  setBackendWeight,
} from '../../core/index.ts';
import type { DemoStep } from '../examples/exampleIndex.ts';

/**
 * The patches of a demo step: every weight it sets, through the same command as the inspector's
 * `Weight <name>` fields, to be applied as one undoable change.
 *
 * @param workspace - The documents.
 * @param step - The step.
 * @returns The patches, or why the step does not apply to these documents (a route or a
 *   backendRef it names is gone).
 */
export function demoPatches(
  workspace: Workspace,
  step: DemoStep,
): { readonly patches: readonly Patch[] } | { readonly error: string } {
  const patches: Patch[] = [];
  for (const change of step.weights) {
    const route = {
      group: GATEWAY_GROUP,
      kind: change.kind,
      namespace: change.namespace,
      name: change.name,
    };
    for (const [backendRef, weight] of change.weights.entries()) {
      const result = setBackendWeight(workspace, { route, rule: change.rule, backendRef, weight });
      if (isCommandFailure(result)) return { error: result.error };
      patches.push(...result.patches);
    }
  }
  return { patches };
}
