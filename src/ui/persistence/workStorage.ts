import {
  type SavedWork,
  type UnreadableReason,
  decodeEnvelope,
  encodeEnvelope,
} from './envelope.ts';

/** The part of the Web Storage API the work store uses (localStorage, or a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

type Slot = 'a' | 'b';

/** Which slot holds the newest save, which save it is, and which tab wrote it. */
export interface Head {
  readonly slot: Slot;
  readonly generation: number;
  readonly writer: string;
}

/** The keys Switchyard keeps its work under. */
export const WORK_KEYS = {
  head: 'switchyard:work:head',
  a: 'switchyard:work:a',
  b: 'switchyard:work:b',
  /** A copy of saved data that could not be read, kept so it can still be downloaded. */
  unreadable: 'switchyard:work:unreadable',
} as const;

/** Saved data that could not be read: why, and the data itself (for download). */
export interface Unreadable {
  readonly reason: UnreadableReason;
  readonly raw: string;
  readonly version?: number;
}

/** What loading found. */
export interface LoadOutcome {
  readonly work: SavedWork | null;
  /** The generation of the newest save (0 when nothing was saved). */
  readonly generation: number;
  readonly unreadable: Unreadable | null;
  /** True when the newest save could not be read and the one before it was restored. */
  readonly fellBack: boolean;
}

/** What saving did. */
export type SaveOutcome =
  | { readonly ok: true; readonly head: Head }
  /** Another tab saved since this one last read or wrote: nothing was written. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly head: Head }
  /** The browser's storage is full (or refuses writes): nothing was written. */
  | { readonly ok: false; readonly reason: 'full' };

/**
 * Reads which save is the newest.
 *
 * @param storage - The storage.
 * @returns The head, or null when there is none or it is damaged.
 */
export function readHead(storage: KeyValueStorage): Head | null {
  const raw = storage.getItem(WORK_KEYS.head);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { slot, generation, writer } = value as Record<string, unknown>;
    if ((slot !== 'a' && slot !== 'b') || typeof generation !== 'number') return null;
    return { slot, generation, writer: typeof writer === 'string' ? writer : '' };
  } catch {
    return null;
  }
}

/**
 * Loads the newest readable save. A save that cannot be read is copied aside (best effort) and
 * reported, never deleted; the save before it is restored when it reads.
 *
 * @param storage - The storage.
 * @returns The work found, the generation, and anything unreadable.
 */
export function loadWork(storage: KeyValueStorage): LoadOutcome {
  const head = readHead(storage);
  const order: Slot[] = head?.slot === 'b' ? ['b', 'a'] : ['a', 'b'];
  let unreadable: Unreadable | null = null;
  const found: { work: SavedWork; slot: Slot }[] = [];
  for (const slot of order) {
    const raw = storage.getItem(WORK_KEYS[slot]);
    if (raw === null) continue;
    const decoded = decodeEnvelope(raw);
    if (decoded.ok) found.push({ work: decoded.work, slot });
    else if (!unreadable && (!head || slot === head.slot)) {
      unreadable = {
        reason: decoded.reason,
        raw,
        ...(decoded.version ? { version: decoded.version } : {}),
      };
      keepAside(storage, raw);
    }
  }
  // Without a head (or with a damaged one), the most recently saved slot is the newest.
  const newest = head
    ? found[0]
    : found.sort((left, right) => right.work.savedAt - left.work.savedAt)[0];
  return {
    work: newest?.work ?? null,
    generation: head?.generation ?? 0,
    unreadable,
    fellBack: unreadable !== null && newest !== undefined,
  };
}

function keepAside(storage: KeyValueStorage, raw: string): void {
  try {
    storage.setItem(WORK_KEYS.unreadable, raw);
  } catch {
    // No room for a copy: the data stays where it is and the notice offers it for download.
  }
}

/**
 * Saves work without ever overwriting the newest save in place: the work goes to the other slot
 * first, and only then does the head point at it (write, then swap). When another tab has saved
 * since `expectedGeneration`, nothing is written and the conflict is reported.
 *
 * @param storage - The storage.
 * @param work - The work to save.
 * @param writer - This tab's id.
 * @param expectedGeneration - The generation this tab last read or wrote.
 * @returns The new head, or why nothing was written.
 */
export function saveWork(
  storage: KeyValueStorage,
  work: SavedWork,
  writer: string,
  expectedGeneration: number,
): SaveOutcome {
  const head = readHead(storage);
  if (head && head.generation !== expectedGeneration)
    return { ok: false, reason: 'conflict', head };
  const slot: Slot = head ? (head.slot === 'a' ? 'b' : 'a') : olderSlot(storage);
  const value = encodeEnvelope(work);
  if (!tryWrite(storage, WORK_KEYS[slot], value)) {
    // The other slot holds the save before the newest one; dropping it makes room safely.
    storage.removeItem(WORK_KEYS[slot]);
    if (!tryWrite(storage, WORK_KEYS[slot], value)) return { ok: false, reason: 'full' };
  }
  const next: Head = { slot, generation: (head?.generation ?? 0) + 1, writer };
  if (!tryWrite(storage, WORK_KEYS.head, JSON.stringify(next)))
    return { ok: false, reason: 'full' };
  return { ok: true, head: next };
}

// Without a head, the slot to write is the empty one, else the one saved longer ago.
function olderSlot(storage: KeyValueStorage): Slot {
  const savedAt = (slot: Slot): number => {
    const raw = storage.getItem(WORK_KEYS[slot]);
    if (raw === null) return Number.NEGATIVE_INFINITY;
    const decoded = decodeEnvelope(raw);
    return decoded.ok ? decoded.work.savedAt : Number.NEGATIVE_INFINITY;
  };
  return savedAt('a') <= savedAt('b') ? 'a' : 'b';
}

function tryWrite(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    // QuotaExceededError (its name differs between browsers) or storage switched off.
    return false;
  }
}
