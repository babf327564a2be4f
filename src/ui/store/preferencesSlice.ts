import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/catalog.ts';
import type { AppState } from './store.ts';

/** Light, dark, or as the operating system says. */
export type ThemePreference = 'light' | 'dark' | 'system';

/** The person's preferences (kept across sessions). */
export interface PreferencesSlice {
  readonly language: Language;
  readonly theme: ThemePreference;
  /** Which Gateway API channel the CRDs are validated against. */
  readonly channel: 'standard' | 'experimental';
  readonly setLanguage: (language: Language) => void;
  readonly setTheme: (theme: ThemePreference) => void;
  readonly setChannel: (channel: 'standard' | 'experimental') => void;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  language: 'en',
  theme: 'system',
  channel: 'standard',
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  setChannel: (channel) => set({ channel }),
});
