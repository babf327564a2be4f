import { describe, expect, it } from 'vitest';
import { EMPTY_SESSION, type SavedWork, encodeEnvelope } from './envelope.ts';
import { type KeyValueStorage, WORK_KEYS, loadWork, readHead, saveWork } from './workStorage.ts';

/** An in-memory storage with a quota in characters, like localStorage's. */
function memoryStorage(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  const size = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const storage: KeyValueStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const before = items.get(key);
      items.set(key, value);
      if (size() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items };
}

const workOf = (text: string, savedAt = 1): SavedWork => ({
  text,
  baseline: text,
  documentName: null,
  session: EMPTY_SESSION,
  savedAt,
});

describe('saving work', () => {
  it('writes the other slot first, then moves the head to it', () => {
    const { storage, items } = memoryStorage();
    const first = saveWork(storage, workOf('one'), 'tab', 0);
    expect(first).toEqual({ ok: true, head: { slot: 'a', generation: 1, writer: 'tab' } });
    const second = saveWork(storage, workOf('two'), 'tab', 1);
    expect(second).toEqual({ ok: true, head: { slot: 'b', generation: 2, writer: 'tab' } });
    // The save before the newest one is still there until the next save replaces it.
    expect(items.get(WORK_KEYS.a)).toBe(encodeEnvelope(workOf('one')));
    expect(loadWork(storage).work?.text).toBe('two');
  });

  it('does not overwrite a save another tab made since', () => {
    const { storage } = memoryStorage();
    saveWork(storage, workOf('mine'), 'tab-1', 0);
    saveWork(storage, workOf('theirs'), 'tab-2', 1);
    const outcome = saveWork(storage, workOf('mine again'), 'tab-1', 1);
    expect(outcome).toEqual({
      ok: false,
      reason: 'conflict',
      head: { slot: 'b', generation: 2, writer: 'tab-2' },
    });
    expect(loadWork(storage).work?.text).toBe('theirs');
  });

  it('makes room by dropping the older copy, never the newest', () => {
    const big = 'x'.repeat(800);
    const sizeOf = (text: string) => WORK_KEYS.a.length + encodeEnvelope(workOf(text)).length;
    // Room for the newest save and the big one (and the head), but not for three copies.
    const { storage, items } = memoryStorage(sizeOf('second') + sizeOf(big) + 100);
    saveWork(storage, workOf('first'), 'tab', 0);
    saveWork(storage, workOf('second'), 'tab', 1);
    expect(saveWork(storage, workOf(big), 'tab', 2)).toMatchObject({
      ok: true,
      head: { slot: 'a' },
    });
    expect(loadWork(storage).work?.text).toBe(big);
    expect(items.get(WORK_KEYS.b)).toBe(encodeEnvelope(workOf('second')));
  });

  it('reports a full storage and keeps the last save', () => {
    const { storage } = memoryStorage(1000);
    saveWork(storage, workOf('small'), 'tab', 0);
    expect(saveWork(storage, workOf('x'.repeat(2000)), 'tab', 1)).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(loadWork(storage).work?.text).toBe('small');
  });
});

describe('loading work', () => {
  it('finds nothing in an empty storage', () => {
    expect(loadWork(memoryStorage().storage)).toEqual({
      work: null,
      generation: 0,
      unreadable: null,
      fellBack: false,
    });
  });

  it('reports a damaged newest save, keeps it aside, and restores the one before', () => {
    const { storage, items } = memoryStorage();
    saveWork(storage, workOf('good'), 'tab', 0);
    saveWork(storage, workOf('newer'), 'tab', 1);
    items.set(WORK_KEYS.b, '{"app":"switchyard"');
    const loaded = loadWork(storage);
    expect(loaded.work?.text).toBe('good');
    expect(loaded.fellBack).toBe(true);
    expect(loaded.unreadable).toEqual({ reason: 'corrupt', raw: '{"app":"switchyard"' });
    expect(items.get(WORK_KEYS.unreadable)).toBe('{"app":"switchyard"');
    expect(items.get(WORK_KEYS.b)).toBe('{"app":"switchyard"');
  });

  it('reports work saved by a newer version without reading it', () => {
    const { storage, items } = memoryStorage();
    items.set(WORK_KEYS.head, JSON.stringify({ slot: 'a', generation: 4, writer: 'x' }));
    items.set(WORK_KEYS.a, JSON.stringify({ app: 'switchyard', version: 7, work: {} }));
    const loaded = loadWork(storage);
    expect(loaded.work).toBeNull();
    expect(loaded.generation).toBe(4);
    expect(loaded.unreadable).toMatchObject({ reason: 'newer', version: 7 });
  });

  it('picks the most recent save when the head is damaged, and saves over the older one', () => {
    const { storage, items } = memoryStorage();
    items.set(WORK_KEYS.a, encodeEnvelope(workOf('later', 20)));
    items.set(WORK_KEYS.b, encodeEnvelope(workOf('earlier', 10)));
    items.set(WORK_KEYS.head, 'not json');
    expect(readHead(storage)).toBeNull();
    expect(loadWork(storage).work?.text).toBe('later');
    expect(saveWork(storage, workOf('new', 30), 'tab', 0)).toMatchObject({
      ok: true,
      head: { slot: 'b' },
    });
    expect(items.get(WORK_KEYS.a)).toBe(encodeEnvelope(workOf('later', 20)));
  });
});
