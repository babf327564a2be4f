/**
 * A share of traffic as a person reads it: whole percents where exact, otherwise one decimal
 * (`33.3%`); a share too small to show reads `<0.1%` rather than a misleading `0%`.
 *
 * @param share - A fraction from 0 to 1.
 * @returns The percentage text.
 */
export function formatShare(share: number): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.05) return '<0.1%';
  const rounded = Math.round(percent * 10) / 10;
  return `${rounded}%`;
}

/**
 * The label of a backendRef edge: its share of the rule's traffic and its raw weight
 * (semantics.md (c) C1: the share is weight / sum of the rule's weights).
 *
 * @param weight - The backendRef's weight (default 1 applied).
 * @param total - The sum of the weights of the rule's backendRefs.
 * @returns E.g. `90% (w 90)`.
 */
export function shareLabel(weight: number, total: number): string {
  return `${formatShare(total > 0 ? weight / total : 0)} (w ${weight})`;
}
