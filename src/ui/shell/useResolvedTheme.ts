import { useSyncExternalStore } from 'react';
import { selectTheme } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The colour theme in effect: the person's choice, or the operating system's for "System".
 *
 * @returns `light` or `dark`.
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useAppStore(selectTheme);
  const systemDark = useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia(darkQuery).matches,
  );
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
