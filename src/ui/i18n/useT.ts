import { useMemo } from 'react';
import { selectLanguage } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { type Translate, createTranslate } from './translate.ts';

/**
 * The translator for the current interface language; components re-render when it changes.
 *
 * @returns `t(key, params)`.
 */
export function useT(): Translate {
  const language = useAppStore(selectLanguage);
  return useMemo(() => createTranslate(language), [language]);
}
