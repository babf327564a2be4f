import { describe, expect, it } from 'vitest';
import { locateField, locateOffset } from './sourceMap.ts';
import { createWorkspace } from './workspace.ts';

const text = `apiVersion: v1
kind: Service
metadata: {name: first}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  rules:
    - backendRefs:
        - name: web-v1
          port: 8080
        - name: web-v2
          weight: 10
  "odd key": 1
`;

describe('source map', () => {
  const workspace = createWorkspace(text);
  const route = workspace.resources[1];
  if (!route) throw new Error('fixture');

  it.each([
    [['spec', 'rules', 0, 'backendRefs', 1, 'weight'], 'weight: 10', '10'],
    [
      ['spec', 'rules', 0, 'backendRefs', 0],
      'name: web-v1\n          port: 8080',
      'name: web-v1\n          port: 8080',
    ],
    [['metadata', 'name'], 'name: web', 'web'],
    [['spec', 'odd key'], '"odd key": 1', '1'],
  ])('finds %j in the text', (path, whole, value) => {
    const location = locateField(workspace, route, path);
    expect(location?.exact).toBe(true);
    expect(text.slice(location?.range.start, location?.range.end)).toBe(whole);
    expect(text.slice(location?.valueRange.start, location?.valueRange.end)).toBe(value);
  });

  it('falls back to the deepest existing part of a missing path', () => {
    const location = locateField(workspace, route, ['spec', 'rules', 0, 'backendRefs', 1, 'port']);
    expect(location?.exact).toBe(false);
    expect(location?.depth).toBe(5);
  });

  it.each([
    ['web-v2', ['spec', 'rules', 0, 'backendRefs', 1, 'name']],
    ['weight: 10', ['spec', 'rules', 0, 'backendRefs', 1, 'weight']],
    ['kind: HTTPRoute', ['kind']],
    ['first', ['metadata', 'name']],
  ])('finds what is at %j', (needle, path) => {
    const location = locateOffset(workspace, text.indexOf(needle) + 1);
    expect(location?.path).toEqual(path);
  });

  it('maps a position in a document back to its resource', () => {
    expect(locateOffset(workspace, text.indexOf('first'))?.entry.id.name).toBe('first');
    expect(locateOffset(workspace, text.indexOf('web-v1'))?.entry.id.name).toBe('web');
  });
});
