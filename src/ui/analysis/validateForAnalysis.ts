import { type Workspace, validate } from '../../core/index.ts';
import type { Validation } from './createAnalyzer.ts';
import type { Channel, ComputedStatus } from './protocol.ts';

/**
 * The core validator, as the analyzer runs it: findings, and the status a conformant controller
 * would write for each route and Gateway, keyed by resource.
 *
 * @param workspace - The documents.
 * @param channel - The Gateway API channel to check against.
 */
export function validateForAnalysis(workspace: Workspace, channel: Channel): Validation {
  const report = validate(workspace, { channel });
  const statuses: ComputedStatus[] = [];
  // The report lists every resource of the workspace, in the same order.
  report.resources.forEach((resource, index) => {
    const entry = workspace.resources[index];
    if (entry && resource.status !== undefined)
      statuses.push({ resourceKey: entry.key, status: resource.status });
  });
  return { diagnostics: report.diagnostics, statuses };
}
