/**
 * A feature's messages. Each feature (toolbar, canvas, editor…) owns a `…Messages.ts` file with
 * its English messages, which load with the page, and a `…Translations.ts` file with the same
 * messages in Chinese, which loads only when the interface language is Chinese
 * (`loadTranslations.ts`). English is the source: a translation must have exactly its keys, so a
 * missing or stray translation is a type error.
 *
 * Placeholders are written `{name}`. Plurals use two keys, `…_one` and `…_other`.
 */
export type Messages<K extends string> = Readonly<Record<K, string>>;

/** The interface languages other than English, whose messages load on demand. */
export type TranslatedLanguage = 'zh-Hans' | 'zh-Hant';

/** A feature's messages in every language other than English. */
export type FeatureTranslations<K extends string> = {
  readonly [L in TranslatedLanguage]: Messages<K>;
};

/**
 * Declares a feature's English messages.
 *
 * @param english - The messages, by key.
 * @returns The same messages, typed by their keys.
 */
export function defineMessages<const K extends string>(english: Messages<K>): Messages<K> {
  return english;
}

/**
 * Declares a feature's translations, checking that every language has exactly the English keys.
 *
 * @param english - The feature's English messages (for their keys).
 * @param translations - The messages by language.
 * @returns The translations, typed by the English keys.
 */
export function defineTranslations<K extends string>(
  english: Messages<K>,
  translations: FeatureTranslations<NoInfer<K>>,
): FeatureTranslations<K> {
  return translations;
}
