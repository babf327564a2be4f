import type * as Yaml from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { isYamlLoaded } from '../shell/yamlOnDemand.ts';
import { createAppStore } from './store.ts';

// As in the page's bundle: the `yaml` library refuses to work until `loadYaml` has loaded it.
vi.mock('yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof Yaml>();
  const onDemand = await import('../shell/yamlOnDemand.ts');
  const gated =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      if (!onDemand.isYamlLoaded()) throw new onDemand.YamlNotLoadedError();
      return call(...args);
    };
  return {
    ...actual,
    parseDocument: gated(actual.parseDocument),
    parseAllDocuments: gated(actual.parseAllDocuments),
    stringify: gated(actual.stringify),
  };
});

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web # the route
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
const weight = ['spec', 'rules', 0, 'backendRefs', 0, 'weight'];

describe('an edit made before the yaml library has loaded', () => {
  it('waits for the library, then is made, in the order the edits came', async () => {
    const store = createAppStore();
    // A document that reads cleanly does not need the library.
    store.getState().setText(ROUTE, 'yaml');
    expect(isYamlLoaded()).toBe(false);

    const patch = { op: 'set', target, path: weight, value: 3 } as const;
    expect(store.getState().applyPatches([patch], 'canvas')).toBeNull();
    const broken = `${ROUTE.replace('weight: 9', 'weight: 3')}  oops: [\n`;
    store.getState().setText(broken, 'yaml');
    expect(store.getState().text).toBe(ROUTE);

    await vi.waitFor(() => expect(store.getState().text).toBe(broken));
    expect(store.getState().workspace.broken).toBe(true);
    store.getState().undo();
    // The patch kept the comment: it was made by the library, not by rewriting the text.
    expect(store.getState().text).toBe(ROUTE.replace('weight: 9', 'weight: 3'));
    store.getState().undo();
    expect(store.getState().text).toBe(ROUTE);
  });
});
