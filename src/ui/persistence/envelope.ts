import { type FieldPath, applyEdit, diffTexts } from '../../core/index.ts';

/** Where the canvas looked and what was selected: kept beside the text, not in it. */
export interface SavedSession {
  readonly selection: { readonly key: string; readonly path: FieldPath } | null;
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number } | null;
  /** Node positions by node id. */
  readonly positions: readonly (readonly [string, { readonly x: number; readonly y: number }])[];
  /** Namespaces collapsed (true) or expanded (false) by the person. */
  readonly collapsed: readonly (readonly [string, boolean])[];
}

/** The work kept in the browser: the document, its baseline and the session beside it. */
export interface SavedWork {
  readonly text: string;
  /** The text as last imported or opened ("What changed" compares against it). */
  readonly baseline: string;
  /** The name of the file it came from, for the name of a download. */
  readonly documentName: string | null;
  readonly session: SavedSession;
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
}

/** The marker of Switchyard's saved data, so data of anything else is never read as ours. */
export const ENVELOPE_APP = 'switchyard';

/** The version of the saved data's shape this code writes. */
export const ENVELOPE_VERSION = 1;

/** Upgrades the saved data of one version to the next (from version `n` to `n + 1`). */
export type Migration = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The envelope's shape versions this code can read, and how to bring each up to date. */
export interface EnvelopeSchema {
  readonly version: number;
  /** Migrations by the version they upgrade from. */
  readonly migrations: ReadonlyMap<number, Migration>;
}

/** The shape written today (no older shapes exist yet). */
export const CURRENT_SCHEMA: EnvelopeSchema = { version: ENVELOPE_VERSION, migrations: new Map() };

/** Why saved data could not be read. */
export type UnreadableReason = 'corrupt' | 'foreign' | 'newer';

/** The result of reading saved data. */
export type DecodeResult =
  | { readonly ok: true; readonly work: SavedWork; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly version?: number };

/**
 * Writes work into a versioned envelope.
 *
 * @param work - The work.
 * @param schema - The envelope version to write (today's by default).
 * @returns The JSON text to store.
 */
export function encodeEnvelope(work: SavedWork, schema: EnvelopeSchema = CURRENT_SCHEMA): string {
  // The baseline is mostly the text itself: keep only the edit that turns the text into it, so
  // a large document takes its size once in the storage quota, not twice.
  const { baseline, ...rest } = work;
  const stored = { ...rest, baselineEdit: diffTexts(work.text, baseline) };
  return JSON.stringify({ app: ENVELOPE_APP, version: schema.version, work: stored });
}

/**
 * Reads saved data. Never throws: data that is not JSON, not Switchyard's, from a newer version,
 * or damaged is reported with its reason (the caller keeps it for download); older versions are
 * migrated; fields are read tolerantly (a bad session never costs the text).
 *
 * @param raw - The stored text.
 * @param schema - The version this code reads and the migrations to it.
 * @returns The work, or why it could not be read.
 */
export function decodeEnvelope(raw: string, schema: EnvelopeSchema = CURRENT_SCHEMA): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isRecord(parsed) || get(parsed, 'app') !== ENVELOPE_APP)
    return { ok: false, reason: 'foreign' };
  const version = get(parsed, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'corrupt' };
  if (version > schema.version) return { ok: false, reason: 'newer', version };
  let data: Readonly<Record<string, unknown>> = parsed;
  for (let from = version; from < schema.version; from++) {
    const migrate = schema.migrations.get(from);
    if (!migrate) return { ok: false, reason: 'corrupt', version };
    data = migrate(data);
  }
  const work = readWork(get(data, 'work'));
  return work
    ? { ok: true, work, migrated: version < schema.version }
    : { ok: false, reason: 'corrupt' };
}

function readWork(value: unknown): SavedWork | null {
  if (!isRecord(value)) return null;
  const text = get(value, 'text');
  if (typeof text !== 'string') return null;
  const documentName = get(value, 'documentName');
  const savedAt = get(value, 'savedAt');
  return {
    text,
    baseline: readBaseline(text, get(value, 'baselineEdit')),
    documentName: typeof documentName === 'string' ? documentName : null,
    session: readSession(get(value, 'session')),
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
  };
}

// The baseline is stored as the edit from the text to it (null when they are equal).
function readBaseline(text: string, edit: unknown): string {
  if (!isRecord(edit)) return text;
  const start = get(edit, 'start');
  const end = get(edit, 'end');
  const inserted = get(edit, 'text');
  const valid =
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    typeof inserted === 'string' &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (end as number) <= text.length;
  return valid
    ? applyEdit(text, { start: start as number, end: end as number, text: inserted })
    : text;
}

/** An empty session: nothing selected, the canvas laid out afresh. */
export const EMPTY_SESSION: SavedSession = {
  selection: null,
  viewport: null,
  positions: [],
  collapsed: [],
};

function readSession(value: unknown): SavedSession {
  if (!isRecord(value)) return EMPTY_SESSION;
  return {
    selection: readSelection(get(value, 'selection')),
    viewport: readViewport(get(value, 'viewport')),
    positions: readPairs(get(value, 'positions'), (position) =>
      isRecord(position) && isFiniteNumber(get(position, 'x')) && isFiniteNumber(get(position, 'y'))
        ? { x: get(position, 'x') as number, y: get(position, 'y') as number }
        : null,
    ),
    collapsed: readPairs(get(value, 'collapsed'), (flag) =>
      typeof flag === 'boolean' ? flag : null,
    ),
  };
}

function readSelection(value: unknown): SavedSession['selection'] {
  if (!isRecord(value)) return null;
  const key = get(value, 'key');
  const path = get(value, 'path');
  if (typeof key !== 'string' || !Array.isArray(path)) return null;
  const segments = path as readonly unknown[];
  const valid = segments.every(
    (segment) =>
      typeof segment === 'string' || (Number.isInteger(segment) && (segment as number) >= 0),
  );
  return valid ? { key, path: segments as FieldPath } : { key, path: [] };
}

function readViewport(value: unknown): SavedSession['viewport'] {
  if (!isRecord(value)) return null;
  const x = get(value, 'x');
  const y = get(value, 'y');
  const zoom = get(value, 'zoom');
  return isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(zoom) && zoom > 0
    ? { x, y, zoom }
    : null;
}

function readPairs<T>(value: unknown, read: (item: unknown) => T | null): [string, T][] {
  if (!Array.isArray(value)) return [];
  const out: [string, T][] = [];
  for (const pair of value as readonly unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    const [key, item] = pair as readonly unknown[];
    const parsed = read(item);
    if (typeof key === 'string' && parsed !== null) out.push([key, parsed]);
  }
  return out;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// Saved data is untrusted: read own properties only (`__proto__` is plain data here).
function get(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
