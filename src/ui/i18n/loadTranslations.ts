import type { MessageKey } from './catalog.ts';
import type { TranslatedLanguage } from './defineMessages.ts';
import type * as ChineseCatalogs from './chineseCatalogs.ts';

/**
 * The translations, on demand: English loads with the page; the Chinese catalogs (interface
 * messages and diagnostic messages) are a chunk of their own that loads when the interface
 * language is Chinese. Until they have loaded, everything reads in English.
 */
let loaded: typeof ChineseCatalogs | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** A language's messages other than English. */
export interface Translations {
  /** The interface messages. */
  readonly messages: Readonly<Record<MessageKey, string>>;
  /** The diagnostic messages, by the diagnostic's `i18n.key` (see `diagnosticTranslations.ts`). */
  readonly diagnostics: Readonly<Record<string, string>>;
  /** Appended to a diagnostic message that stands for several. */
  readonly othersSuffix: string;
}

/**
 * Loads the Chinese catalogs (once; a failed load is tried again on the next call).
 *
 * @returns Resolves when they are in use; rejects when the chunk cannot load.
 */
export function loadTranslations(): Promise<void> {
  loading ??= import('./chineseCatalogs.ts').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the Chinese catalogs have loaded. */
export function translationsLoaded(): boolean {
  return loaded !== null;
}

/**
 * Calls a function once the Chinese catalogs have loaded (for `useSyncExternalStore`).
 *
 * @param listener - The function.
 * @returns Stops calling it.
 */
export function subscribeTranslations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The loaded messages of a language other than English.
 *
 * @param language - The language.
 * @returns The interface messages, the diagnostic messages and the suffix for joined diagnostic
 *   messages; null while they have not loaded.
 */
export function translationsOf(language: TranslatedLanguage): Translations | null {
  if (loaded === null) return null;
  return {
    messages: loaded.catalogs[language],
    diagnostics: loaded.diagnosticTranslations[language],
    othersSuffix: loaded.othersSuffix[language],
  };
}
