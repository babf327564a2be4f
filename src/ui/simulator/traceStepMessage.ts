import { type ExplainStep, renderStepText } from '../../core/index.ts';
import type { Language } from '../i18n/translate.ts';
import { traceTranslations } from './traceTranslations.ts';

/**
 * An explanation step's message in the interface language: the core's English message, or its
 * translation when the step has an `i18n` key and every template it needs (its own and those of
 * its parts) is translated and filled by its parameters (otherwise the English message, which is
 * always complete, rather than a sentence in two languages).
 *
 * @param step - The step.
 * @param language - The interface language.
 * @returns The message to show.
 */
export function traceStepMessage(step: ExplainStep, language: Language): string {
  if (language === 'en' || !step.i18n) return step.message;
  const translations: Readonly<Record<string, string>> = traceTranslations[language];
  const lookup = (key: string) =>
    Object.hasOwn(translations, key) ? translations[key] : undefined;
  return renderStepText(step.i18n, lookup) ?? step.message;
}
