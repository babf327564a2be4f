import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { selectLanguage } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { loadTranslations, subscribeTranslations } from './loadTranslations.ts';
import { type Translate, catalogOf, translateWith } from './translate.ts';

/**
 * The translator for the current interface language; components re-render when it changes and
 * when its messages arrive (a language other than English loads on demand, English meanwhile).
 *
 * @returns `t(key, params)`.
 */
export function useT(): Translate {
  const language = useAppStore(selectLanguage);
  const current = useCallback(() => catalogOf(language), [language]);
  const catalog = useSyncExternalStore(subscribeTranslations, current);
  useEffect(() => {
    // When the chunk cannot load (offline), the page stays in English; the next switch retries.
    if (language !== 'en') void loadTranslations().catch(() => undefined);
  }, [language]);
  return useMemo(() => translateWith(catalog, language), [catalog, language]);
}
