import type { LabelSelector } from '../model/meta.ts';

/**
 * Whether a set of labels satisfies a Kubernetes label selector: every `matchLabels` entry and
 * every `matchExpressions` requirement (`In`, `NotIn`, `Exists`, `DoesNotExist`) holds. An empty
 * selector matches everything; an absent one (undefined) matches nothing, as in Kubernetes. An
 * unknown operator matches nothing (the API server would have rejected it).
 *
 * @param selector - The selector, or undefined.
 * @param labels - The labels, keyed by name.
 * @returns True when the labels are selected.
 * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
 */
export function matchesLabelSelector(
  selector: LabelSelector | undefined,
  labels: ReadonlyMap<string, string>,
): boolean {
  if (!selector) return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels) {
    for (const key of Object.keys(matchLabels)) {
      if (labels.get(key) !== matchLabels[key]) return false;
    }
  }
  for (const requirement of matchExpressions ?? []) {
    const value = labels.get(requirement.key);
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case 'In':
        if (value === undefined || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && values.includes(value)) return false;
        break;
      case 'Exists':
        if (value === undefined) return false;
        break;
      case 'DoesNotExist':
        if (value !== undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * A selector written the way a person reads it, for messages: `{team=a, env in (dev,prod)}`.
 *
 * @param selector - The selector, or undefined.
 */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  if (!selector) return '(no selector)';
  const parts: string[] = [];
  const { matchLabels } = selector;
  if (matchLabels) {
    for (const key of Object.keys(matchLabels)) parts.push(`${key}=${matchLabels[key] ?? ''}`);
  }
  for (const requirement of selector.matchExpressions ?? []) {
    const values = requirement.values?.join(',') ?? '';
    parts.push(
      values
        ? `${requirement.key} ${requirement.operator} (${values})`
        : `${requirement.key} ${requirement.operator}`,
    );
  }
  return `{${parts.join(', ')}}`;
}

/**
 * Labels written for messages: `{a=1, b=2}`.
 *
 * @param labels - The labels.
 */
export function formatLabels(labels: ReadonlyMap<string, string>): string {
  return `{${[...labels].map(([key, value]) => `${key}=${value}`).join(', ')}}`;
}
