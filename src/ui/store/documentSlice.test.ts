import { afterEach, describe, expect, it } from 'vitest';
import { setPendingEditsFlusher } from '../editor/pendingEdits.ts';
import { createAppStore } from './store.ts';

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  rules:
    - backendRefs:
        - name: v1
          port: 80
          weight: 9
`;
const target = {
  group: 'gateway.networking.k8s.io',
  kind: 'HTTPRoute',
  namespace: 'default',
  name: 'web',
};

/** A store whose editor holds `typed` and has not handed it over yet. */
function storeWithUnsentTyping(typed: string) {
  const store = createAppStore();
  store.getState().loadText(ROUTE);
  let pending = true;
  setPendingEditsFlusher(() => {
    if (!pending) return;
    pending = false;
    store.getState().setText(typed, 'yaml');
  });
  return store;
}

afterEach(() => setPendingEditsFlusher(null));

describe('a change from elsewhere never drops keystrokes the editor has not sent yet', () => {
  const typed = `# typed before the change\n${ROUTE}`;

  it('keeps them under a canvas patch', () => {
    const store = storeWithUnsentTyping(typed);
    const path = ['spec', 'rules', 0, 'backendRefs', 0, 'weight'];
    expect(store.getState().applyPatches([{ op: 'set', target, path, value: 3 }], 'canvas')).toBe(
      null,
    );
    expect(store.getState().text).toBe(typed.replace('weight: 9', 'weight: 3'));
  });

  it('keeps them as their own undo step before undo', () => {
    const store = storeWithUnsentTyping(typed);
    store.getState().undo();
    // The typing was the newest change, so it is what undo takes back; redo brings it again.
    expect(store.getState().text).toBe(ROUTE);
    store.getState().redo();
    expect(store.getState().text).toBe(typed);
  });

  it('keeps them in the history before a new document is loaded', () => {
    const store = storeWithUnsentTyping(typed);
    store.getState().loadText('kind: Namespace\n');
    store.getState().undo();
    expect(store.getState().text).toBe(typed);
  });
});
