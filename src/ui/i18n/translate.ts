import { type Language, type MessageKey, englishCatalog } from './catalog.ts';
import { translationsOf } from './loadTranslations.ts';

export { LANGUAGES, type Language, type MessageKey } from './catalog.ts';

/** Parameters of a message: values for its `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Translates a key into the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Fills a message template's `{name}` placeholders. Numbers are formatted for the language.
 *
 * @param template - The message text.
 * @param params - Values by placeholder name.
 * @param language - For number formatting.
 */
export function format(
  template: string,
  params: MessageParams | undefined,
  language: Language,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? value.toLocaleString(language) : String(value);
  });
}

/**
 * A translator for one language: English until that language's messages have loaded
 * (`loadTranslations`); make a new one when they arrive.
 *
 * @param language - The interface language.
 */
export function createTranslate(language: Language): Translate {
  return translateWith(catalogOf(language), language);
}

/**
 * The messages of a language as they are now: English until its messages have loaded.
 *
 * @param language - The interface language.
 * @returns The catalog (the same object until the language's messages arrive).
 */
export function catalogOf(language: Language): Readonly<Record<MessageKey, string>> {
  if (language === 'en') return englishCatalog;
  return translationsOf(language)?.messages ?? englishCatalog;
}

/**
 * A translator reading one catalog.
 *
 * @param catalog - The messages (see {@link catalogOf}).
 * @param language - For number formatting.
 */
export function translateWith(
  catalog: Readonly<Record<MessageKey, string>>,
  language: Language,
): Translate {
  return (key, params) => format(catalog[key], params, language);
}

/**
 * Whether a string is a message key (for messages whose key is computed, such as diagnostic codes).
 *
 * @param key - A candidate key.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(englishCatalog, key);
}

/**
 * The plural key for a count: `base_one` or `base_other` as the language's plural rules say.
 *
 * @param base - The key without its suffix.
 * @param count - The number.
 * @param language - The interface language.
 */
export function pluralKey(base: string, count: number, language: Language): MessageKey | undefined {
  const rule = new Intl.PluralRules(language).select(count);
  const key = `${base}_${rule === 'one' ? 'one' : 'other'}`;
  return isMessageKey(key) ? key : undefined;
}

/**
 * The language to start in: the browser's, when it is one of ours.
 *
 * @param preferred - `navigator.languages`.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo' || lower.startsWith('zh-hant'))
      return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
