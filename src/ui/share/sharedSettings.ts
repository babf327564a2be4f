import type { RequestEntry } from '../../core/index.ts';
import { MAX_RATE } from '../simulator/currentSettings.ts';
import type { SimulatorSettings } from '../simulator/simulatorSlice.ts';

type Json = Readonly<Record<string, unknown>>;

function field(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEntry(value: unknown): RequestEntry | null {
  if (!isJson(value)) return null;
  const kind = field(value, 'kind');
  if (kind === 'mesh') {
    const from = field(value, 'from');
    return typeof from === 'string' && from !== '' ? { kind: 'mesh', from } : null;
  }
  const namespace = field(value, 'namespace');
  const name = field(value, 'name');
  if (kind !== 'gateway' || typeof namespace !== 'string' || typeof name !== 'string') return null;
  return { kind: 'gateway', namespace, name };
}

/**
 * Reads the simulator settings a share link carries (untrusted data from a URL).
 *
 * @param value - The payload's `simulator` field.
 * @returns The settings, or null when they are absent or not the expected shape.
 */
export function readSharedSettings(value: unknown): SimulatorSettings | null {
  if (!isJson(value)) return null;
  const draft = field(value, 'draft');
  const mix = field(value, 'mix');
  const rate = field(value, 'rate');
  if (!isJson(draft) || typeof mix !== 'string' || typeof rate !== 'number' || !(rate >= 1))
    return null;
  const entry = readEntry(field(draft, 'entry'));
  const texts = ['method', 'line', 'headers', 'grpcService', 'grpcMethod'].map((key) =>
    field(draft, key),
  );
  if (!entry || !texts.every((text): text is string => typeof text === 'string')) return null;
  const [method = 'GET', line = '', headers = '', grpcService = '', grpcMethod = ''] = texts;
  return {
    draft: { method, line, headers, grpcService, grpcMethod, entry },
    mix,
    rate: Math.min(Math.round(rate), MAX_RATE),
  };
}
