import { useEffect, useSyncExternalStore } from 'react';
import { selectLanguage, selectTheme } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * Keeps the page's `lang` and colour theme in step with the preferences.
 */
export function useDocumentAttributes(): void {
  const language = useAppStore(selectLanguage);
  const theme = useAppStore(selectTheme);
  const systemDark = useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia(darkQuery).matches,
  );
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.documentElement.dataset['theme'] = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);
}
