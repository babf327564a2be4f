import type { ConditionStatus, ParentRefStatus } from '../../core/index.ts';
import type { ComputedStatus } from '../analysis/protocol.ts';

type Lookup = (routeKey: string, parentRefIndex: number) => ParentRefStatus | undefined;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function isConditionStatus(value: unknown): value is ConditionStatus {
  return value === 'True' || value === 'False' || value === 'Unknown';
}

/**
 * The Accepted condition of each route parentRef, read from the computed statuses. The status
 * has one `parents[]` entry per declared parentRef, in the order they are declared, so entry `i`
 * belongs to `spec.parentRefs[i]`.
 *
 * @param statuses - The analysis' computed statuses.
 * @returns A lookup for `projectGraph`'s `accepted` option.
 */
export function acceptedLookup(statuses: readonly ComputedStatus[]): Lookup {
  const byKey = new Map<string, unknown>();
  for (const entry of statuses) byKey.set(entry.resourceKey, entry.status);
  return (routeKey, parentRefIndex) => {
    const parents = field(byKey.get(routeKey), 'parents');
    if (!Array.isArray(parents)) return undefined;
    const conditions = field(parents[parentRefIndex], 'conditions');
    if (!Array.isArray(conditions)) return undefined;
    const accepted: unknown = conditions.find((c) => field(c, 'type') === 'Accepted');
    const status = field(accepted, 'status');
    if (!isConditionStatus(status)) return undefined;
    const reason = field(accepted, 'reason');
    return typeof reason === 'string' ? { status, reason } : { status };
  };
}
