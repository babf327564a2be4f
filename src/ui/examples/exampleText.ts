import { type Translate, isMessageKey } from '../i18n/translate.ts';

/**
 * The title of an example in the interface language (its id when it has no translation).
 *
 * @param id - The example's id.
 * @param t - The translator.
 */
export function exampleTitle(id: string, t: Translate): string {
  const key = `examples.${id}.title`;
  return isMessageKey(key) ? t(key) : id;
}

/**
 * The one-paragraph description of an example in the interface language (empty without one).
 *
 * @param id - The example's id.
 * @param t - The translator.
 */
export function exampleDescription(id: string, t: Translate): string {
  const key = `examples.${id}.description`;
  return isMessageKey(key) ? t(key) : '';
}
