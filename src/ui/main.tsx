import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { preloadCanvasActions } from './canvas/lazyCanvasActions.ts';
import { loadTranslations } from './i18n/loadTranslations.ts';
import { startingLanguage } from './persistence/preferencesStorage.ts';
import { preloadYamlAfterFirstPaint } from './shell/preloadYaml.ts';
import { appStore } from './store/store.ts';
import './styles/app.css';

/**
 * Renders the page. A person whose language is not English sees it in their language from the
 * first paint: its messages load first (English needs nothing more).
 *
 * @param root - The element the page renders in.
 */
async function start(root: HTMLElement): Promise<void> {
  const language = startingLanguage();
  if (language !== 'en') {
    // Offline, the page starts in English rather than not at all.
    await loadTranslations().catch(() => undefined);
    appStore.getState().setLanguage(language);
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  preloadYamlAfterFirstPaint(appStore);
  preloadCanvasActions();
}

const root = document.getElementById('root');
if (root) void start(root);
