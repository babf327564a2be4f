import { type FieldPath, startsWithPath } from '../../../core/index.ts';
import type { Problem } from '../../analysis/protocol.ts';
import { useInspectorScope } from '../InspectorContext.ts';

/**
 * The findings whose path is this field or inside it (`spec.rules[0]` has the findings of
 * `spec.rules[0].matches[1].path.value`).
 *
 * @param path - The field's path.
 * @param exact - Only findings at exactly this path (for a container that lists its own).
 */
export function useFieldProblems(path: FieldPath, exact = false): readonly Problem[] {
  const { problems } = useInspectorScope();
  return problems
    .filter(
      ({ path: at }) =>
        at !== null &&
        (exact ? at.length === path.length && startsWithPath(path, at) : startsWithPath(path, at)),
    )
    .map(({ problem }) => problem);
}
