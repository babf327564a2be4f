import type { Diagnostic } from '../../core/index.ts';
import { type Language, type MessageParams, format } from '../i18n/translate.ts';
import { translationsOf } from '../i18n/loadTranslations.ts';

const placeholder = /\{(\w+)\}/g;

/**
 * A diagnostic's message in the interface language: the core's English message, or its
 * translation when the diagnostic's `i18n.key` has one and the diagnostic fills every
 * placeholder of it (otherwise the English message, which is always complete). The translations
 * load on demand (`loadTranslations`): until they have, the message is in English.
 *
 * @param diagnostic - The finding.
 * @param language - The interface language.
 * @returns The message to show.
 */
export function diagnosticMessage(diagnostic: Diagnostic, language: Language): string {
  if (language === 'en' || !diagnostic.i18n) return diagnostic.message;
  const loaded = translationsOf(language);
  if (!loaded) return diagnostic.message;
  const translations = loaded.diagnostics;
  const { key } = diagnostic.i18n;
  if (!Object.hasOwn(translations, key)) return diagnostic.message;
  const others = Object.hasOwn(diagnostic.i18n.params, 'others')
    ? diagnostic.i18n.params['others']
    : undefined;
  const template =
    (translations[key] ?? '') +
    (typeof others === 'number' && others > 0 ? loaded.othersSuffix : '');
  const params: MessageParams = { ...diagnostic.i18n.params, message: diagnostic.message };
  for (const [, name] of template.matchAll(placeholder)) {
    if (name === undefined || !Object.hasOwn(params, name)) return diagnostic.message;
  }
  return format(template, params, language);
}
