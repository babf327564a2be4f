import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA,
  EMPTY_SESSION,
  type EnvelopeSchema,
  type Migration,
  type SavedWork,
  decodeEnvelope,
  encodeEnvelope,
} from './envelope.ts';

const work: SavedWork = {
  text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # a comment\n',
  baseline: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
  documentName: 'routes.yaml',
  session: {
    selection: { key: '/Service/default/web', path: ['spec', 'ports', 0] },
    viewport: { x: 10, y: -20, zoom: 1.5 },
    positions: [['/Service/default/web', { x: 100, y: 200 }]],
    collapsed: [['default', true]],
  },
  savedAt: 1_700_000_000_000,
};

describe('the saved-work envelope', () => {
  it('round-trips work, session included', () => {
    expect(decodeEnvelope(encodeEnvelope(work))).toEqual({ ok: true, work, migrated: false });
  });

  it.each([
    ['not JSON', '{"app":"switchyard","version":1,"work":{"text":', 'corrupt'],
    ['empty', '', 'corrupt'],
    ['another app', JSON.stringify({ app: 'other', version: 1, work }), 'foreign'],
    ['a bare value', '"just a string"', 'foreign'],
    [
      'no text',
      JSON.stringify({ app: 'switchyard', version: 1, work: { baseline: 'x' } }),
      'corrupt',
    ],
    ['a bad version', JSON.stringify({ app: 'switchyard', version: 'one', work }), 'corrupt'],
    ['a newer version', JSON.stringify({ app: 'switchyard', version: 99, work }), 'newer'],
  ])('reports %s as %s without throwing', (_name, raw, reason) => {
    const decoded = decodeEnvelope(raw);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toBe(reason);
  });

  it('stores the baseline as the edit from the text, not a second copy', () => {
    const text = `${'x'.repeat(10_000)}weight: 25\n`;
    const raw = encodeEnvelope({ ...work, text, baseline: text.replace('25', '10') });
    expect(raw.length).toBeLessThan(text.length + 1000);
    const decoded = decodeEnvelope(raw);
    expect(decoded.ok && decoded.work.baseline).toBe(text.replace('25', '10'));
  });

  it.each([
    ['out of range', { start: 5, end: 99, text: '' }],
    ['reversed', { start: 3, end: 1, text: '' }],
    ['not an edit', 'baseline'],
  ])('reads a damaged baseline (%s) as the text itself', (_name, baselineEdit) => {
    const raw = JSON.stringify({
      app: 'switchyard',
      version: 1,
      work: { text: 'kind: Service\n', baselineEdit },
    });
    const decoded = decodeEnvelope(raw);
    expect(decoded.ok && decoded.work.baseline).toBe('kind: Service\n');
  });

  it('keeps the text when the session is damaged', () => {
    const raw = JSON.stringify({
      app: 'switchyard',
      version: 1,
      work: {
        text: 'kind: Service\n',
        session: {
          selection: { key: 7 },
          viewport: { x: 'left', y: 0, zoom: 1 },
          positions: [
            ['a', { x: 1, y: Number.NaN }],
            ['b', { x: 2, y: 3 }],
            'junk',
            [1, { x: 0, y: 0 }],
          ],
          collapsed: [
            ['default', 'yes'],
            ['team', false],
          ],
        },
      },
    });
    expect(decodeEnvelope(raw)).toEqual({
      ok: true,
      migrated: false,
      work: {
        text: 'kind: Service\n',
        baseline: 'kind: Service\n',
        documentName: null,
        savedAt: 0,
        session: {
          selection: null,
          viewport: null,
          positions: [['b', { x: 2, y: 3 }]],
          collapsed: [['team', false]],
        },
      },
    });
  });

  it('treats __proto__ and constructor as plain keys', () => {
    const raw = `{"app":"switchyard","version":1,"work":{"text":"x","session":{"positions":[["__proto__",{"x":1,"y":2}]]},"__proto__":{"polluted":true}}}`;
    const decoded = decodeEnvelope(raw);
    expect(decoded.ok && decoded.work.session.positions).toEqual([['__proto__', { x: 1, y: 2 }]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('migrates older versions step by step', () => {
    // A schema two versions ahead, to exercise the chain: v1 kept `source`, v2 `text`, v3 adds a name.
    const schema: EnvelopeSchema = {
      version: 3,
      migrations: new Map<number, Migration>([
        [1, (data) => ({ ...data, work: { text: (data['work'] as { source: string }).source } })],
        [
          2,
          (data) => ({ ...data, work: { ...(data['work'] as object), documentName: 'old.yaml' } }),
        ],
      ]),
    };
    const old = JSON.stringify({
      app: 'switchyard',
      version: 1,
      work: { source: 'kind: Service\n' },
    });
    expect(decodeEnvelope(old, schema)).toEqual({
      ok: true,
      migrated: true,
      work: {
        text: 'kind: Service\n',
        baseline: 'kind: Service\n',
        documentName: 'old.yaml',
        session: EMPTY_SESSION,
        savedAt: 0,
      },
    });
  });

  it('refuses a version it has no migration for', () => {
    const schema: EnvelopeSchema = { version: 2, migrations: new Map() };
    const raw = encodeEnvelope(work, CURRENT_SCHEMA);
    expect(decodeEnvelope(raw, schema)).toEqual({ ok: false, reason: 'corrupt', version: 1 });
  });
});
