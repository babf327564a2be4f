import type { ProblemCounts } from '../../../core/index.ts';

/**
 * The class names of a node's frame: its variant, its lane, and a red or amber outline when it
 * has errors or warnings.
 *
 * @param variant - The node variant (`gateway`, `route`…).
 * @param lane - Its lane.
 * @param problems - Its problem counts.
 */
export function nodeClass(
  variant: string,
  lane: string,
  problems: ProblemCounts | undefined,
): string {
  const severity =
    (problems?.errors ?? 0) > 0
      ? ' sy-node--error'
      : (problems?.warnings ?? 0) > 0
        ? ' sy-node--warning'
        : '';
  return `sy-node sy-node--${variant} sy-lane--${lane}${severity}`;
}
