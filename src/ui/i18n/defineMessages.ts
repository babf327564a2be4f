/**
 * A feature's messages in every interface language. Each feature (toolbar, canvas, editor…) owns
 * one such file; `catalog.ts` merges them. English is the source: the other languages must have
 * exactly its keys, so a missing translation is a type error.
 *
 * Placeholders are written `{name}`. Plurals use two keys, `…_one` and `…_other`.
 */
export interface FeatureMessages<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly 'zh-Hans': Readonly<Record<K, string>>;
  readonly 'zh-Hant': Readonly<Record<K, string>>;
}

/**
 * Declares a feature's messages, checking that every language has every key.
 *
 * @param messages - The messages by language.
 * @returns The same messages, typed by their keys.
 */
export function defineMessages<const K extends string>(
  messages: FeatureMessages<K>,
): FeatureMessages<K> {
  return messages;
}
