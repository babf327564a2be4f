import { appStore } from '../store/store.ts';
import type * as Importer from './importFiles.ts';

/**
 * Runs something with the importer (import, drop and paste of YAML), which loads when it is first
 * used: the page shows without it. When it cannot load (offline), the person is told.
 *
 * @param use - What to do with it.
 */
export function withImporter(use: (importer: typeof Importer) => unknown): void {
  void import('./importFiles.ts').then(use, () =>
    appStore.getState().notify({ id: 'import', tone: 'error', message: 'import.loadFailed' }),
  );
}
