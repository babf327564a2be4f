import { appStore } from '../store/store.ts';
import type * as Importer from './importFiles.ts';

let loading: Promise<typeof Importer> | null = null;

/** Loads the importer once; a failed load is tried again next time (the network may be back). */
function loadImporter(): Promise<typeof Importer> {
  loading ??= import('./importFiles.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Starts loading the importer before it is needed: while the file picker is open, or while files
 * are dragged over the page, so the chosen files are read at once.
 */
export function preloadImporter(): void {
  loadImporter().catch(() => undefined);
}

/**
 * Runs something with the importer (import, drop and paste of YAML), which loads when it is first
 * used: the page shows without it. When it cannot load (offline), the person is told.
 *
 * @param use - What to do with it.
 */
export function withImporter(use: (importer: typeof Importer) => unknown): void {
  loadImporter().then(use, () =>
    appStore.getState().notify({ id: 'import', tone: 'error', message: 'import.loadFailed' }),
  );
}
