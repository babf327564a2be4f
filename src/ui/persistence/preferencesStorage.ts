import type { StoreApi } from 'zustand';
import { LANGUAGES, type Language, detectLanguage } from '../i18n/translate.ts';
import type { ThemePreference } from '../store/preferencesSlice.ts';
import type { AppState } from '../store/store.ts';
import type { KeyValueStorage } from './workStorage.ts';

/** The key the preferences are kept under. */
export const PREFERENCES_KEY = 'switchyard:preferences';

/** The preferences kept across sessions. */
export interface SavedPreferences {
  readonly language: Language;
  readonly theme: ThemePreference;
  readonly channel: 'standard' | 'experimental';
}

const themes: readonly string[] = ['light', 'dark', 'system'];
const channels: readonly string[] = ['standard', 'experimental'];

/**
 * Reads saved preferences; anything missing or unknown falls back to the default (the language
 * the browser prefers, the system theme, the standard channel).
 *
 * @param raw - The stored text, or null.
 * @param preferredLanguages - `navigator.languages`.
 */
export function readPreferences(
  raw: string | null,
  preferredLanguages: readonly string[],
): SavedPreferences {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    value = null;
  }
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const field = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const language = field('language');
  const theme = field('theme');
  const channel = field('channel');
  return {
    language:
      typeof language === 'string' && (LANGUAGES as readonly string[]).includes(language)
        ? (language as Language)
        : detectLanguage(preferredLanguages),
    theme:
      typeof theme === 'string' && themes.includes(theme) ? (theme as ThemePreference) : 'system',
    channel:
      typeof channel === 'string' && channels.includes(channel)
        ? (channel as SavedPreferences['channel'])
        : 'standard',
  };
}

/**
 * The language the page starts in, read before the first render: the saved preference, else the
 * browser's (as {@link syncPreferences} applies it once the session starts).
 *
 * @returns The language.
 */
export function startingLanguage(): Language {
  let raw: string | null;
  try {
    // Reading the property throws where site data is blocked.
    raw = window.localStorage.getItem(PREFERENCES_KEY);
  } catch {
    raw = null;
  }
  return readPreferences(raw, navigator.languages).language;
}

/**
 * Applies the saved preferences to the store and keeps saving them when they change.
 *
 * @param store - The store.
 * @param storage - Where they are kept (null when storage is unavailable: defaults only).
 * @returns A function that stops saving.
 */
export function syncPreferences(
  store: StoreApi<AppState>,
  storage: KeyValueStorage | null,
): () => void {
  let raw: string | null;
  try {
    raw = storage?.getItem(PREFERENCES_KEY) ?? null;
  } catch {
    raw = null;
  }
  const saved = readPreferences(raw, navigator.languages);
  const state = store.getState();
  state.setLanguage(saved.language);
  state.setTheme(saved.theme);
  state.setChannel(saved.channel);
  return store.subscribe((next, previous) => {
    if (
      next.language === previous.language &&
      next.theme === previous.theme &&
      next.channel === previous.channel
    )
      return;
    const preferences: SavedPreferences = {
      language: next.language,
      theme: next.theme,
      channel: next.channel,
    };
    try {
      storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
    } catch {
      // Preferences are a convenience: when they cannot be kept, the defaults return next time.
    }
  });
}
