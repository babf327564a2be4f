import { useEffect } from 'react';
import { selectSessionReady } from '../persistence/persistenceSlice.ts';
import { appStore } from '../store/store.ts';

/**
 * Opens a share link from the address bar once the saved session has started (so the work it
 * replaces is known and kept aside), and again whenever the fragment changes to another link.
 */
export function useShareLink(): void {
  useEffect(() => {
    // The link's code loads only when the address holds a link.
    const open = () => {
      if (!window.location.hash.startsWith('#share=')) return;
      void import('./shareLink.ts').then(({ openSharedLink }) => openSharedLink());
    };
    let unsubscribe = () => {};
    if (selectSessionReady(appStore.getState())) open();
    else {
      unsubscribe = appStore.subscribe((state) => {
        if (!selectSessionReady(state)) return;
        unsubscribe();
        open();
      });
    }
    window.addEventListener('hashchange', open);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', open);
    };
  }, []);
}
