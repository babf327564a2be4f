import { useEffect } from 'react';
import { selectLanguage } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { useResolvedTheme } from './useResolvedTheme.ts';

/**
 * Keeps the page's `lang` and colour theme in step with the preferences.
 */
export function useDocumentAttributes(): void {
  const language = useAppStore(selectLanguage);
  const resolved = useResolvedTheme();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.documentElement.dataset['theme'] = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);
}
