import { describe, expect, it } from 'vitest';
import { type RequestEntry, createWorkspace } from '../../core/index.ts';
import { entryChoices, entryValue, parseEntryValue } from './entryChoice.ts';

describe('entries', () => {
  it.each<RequestEntry>([
    { kind: 'gateway', namespace: 'infra', name: 'edge' },
    { kind: 'mesh', from: 'team-a' },
  ])('write and read back %j', (entry) => {
    expect(parseEntryValue(entryValue(entry))).toEqual(entry);
  });

  it.each(['', 'gateway:', 'gateway:/x', 'gateway:ns/', 'mesh:', 'other:x'])(
    'refuse %j',
    (value) => {
      expect(parseEntryValue(value)).toBeNull();
    },
  );

  it('offers every Gateway, then the callers of every namespace', () => {
    const workspace = createWorkspace(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec: { gatewayClassName: x, listeners: [{ name: http, port: 80, protocol: HTTP }] }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
`);
    const values = entryChoices(workspace, { kind: 'mesh', from: 'default' }).map((c) => c.value);
    expect(values).toEqual(['gateway:infra/edge', 'mesh:default', 'mesh:infra', 'mesh:shop']);
  });

  it('keeps the chosen entry when the documents no longer have it', () => {
    const values = entryChoices(createWorkspace(''), {
      kind: 'gateway',
      namespace: 'x',
      name: 'gone',
    }).map((c) => c.value);
    expect(values).toEqual(['gateway:x/gone', 'mesh:default']);
  });
});
