import type { Diagnostic } from '../../diagnostics/diagnostic.ts';

const featureCodes = new Set(['ExtendedFeature', 'ImplementationSpecific']);

/**
 * Folds the notes about optional features into one per feature for the whole document set: a set
 * of a thousand routes that all match on methods needs one note that says so, not a thousand. The
 * note stays at the first use (in document order) and counts the resources that use the feature.
 *
 * @param diagnostics - Every finding, in document order.
 * @returns The findings with each feature's notes folded into its first.
 */
export function aggregateFeatureNotes(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const first = new Map<string, number>();
  const users = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const feature = featureCodes.has(diagnostic.code)
      ? diagnostic.i18n?.params['feature']
      : undefined;
    if (typeof feature !== 'string') {
      out.push(diagnostic);
      continue;
    }
    const key = `${diagnostic.code}\u0000${feature}`;
    users.set(key, (users.get(key) ?? 0) + 1);
    if (!first.has(key)) {
      first.set(key, out.length);
      out.push(diagnostic);
    }
  }
  for (const [key, index] of first) {
    const count = users.get(key) ?? 1;
    const note = out[index];
    if (!note || count < 2) continue;
    const others = count - 1;
    out[index] = {
      ...note,
      message: `${note.message} (used by ${count} resources; this is the first)`,
      ...(note.i18n
        ? { i18n: { key: note.i18n.key, params: { ...note.i18n.params, others, users: count } } }
        : {}),
    };
  }
  return out;
}
