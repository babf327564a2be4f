/**
 * The share link's payload: the documents, the node positions and the simulator's settings,
 * as JSON compressed with raw DEFLATE and written in base64url after a version prefix
 * (`v1.<data>`), for the URL fragment (`#share=v1.…`). The fragment never reaches a server.
 */

/** What a share link carries. */
export interface SharePayload {
  readonly text: string;
  /** Node positions by node id. */
  readonly positions: readonly (readonly [string, { readonly x: number; readonly y: number }])[];
  /** The simulator's settings (plain data; checked by the reader). */
  readonly simulator?: unknown;
}

/** Why a link could not be read. */
export type ShareFailure =
  /** Not base64url, not DEFLATE, not UTF-8 JSON, or not the payload's shape. */
  | 'damaged'
  /** It inflates to more than the cap. */
  | 'tooLarge'
  /** Made by a newer version of Switchyard. */
  | 'newer';

/** The result of reading a link. */
export type ShareReadResult =
  | { readonly ok: true; readonly payload: SharePayload }
  | { readonly ok: false; readonly reason: ShareFailure };

/** The version this code writes. */
export const SHARE_VERSION = 1;

const versionPattern = /^v(\d{1,6})\.(.*)$/s;
const base64urlPattern = /^[A-Za-z0-9_-]*$/;

/**
 * Compresses a payload into the fragment's value.
 *
 * @param payload - The documents and layout.
 * @returns `v1.<base64url>`.
 */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `v${SHARE_VERSION}.${toBase64url(bytes)}`;
}

/**
 * Reads a fragment's value. Nothing is half-read: the data is inflated into memory up to
 * `maxBytes` (a link that inflates to more is refused as it inflates, so a small hostile link
 * cannot fill the memory), then decoded and checked as a whole.
 *
 * @param value - `v1.<base64url>`.
 * @param maxBytes - The most bytes the payload may inflate to.
 * @returns The payload, or why it cannot be read.
 */
export async function decodeShare(value: string, maxBytes: number): Promise<ShareReadResult> {
  const match = versionPattern.exec(value);
  if (!match?.[1] || match[2] === undefined) return { ok: false, reason: 'damaged' };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, reason: 'newer' };
  if (version !== SHARE_VERSION) return { ok: false, reason: 'damaged' };
  const bytes = fromBase64url(match[2]);
  if (!bytes) return { ok: false, reason: 'damaged' };
  const inflated = await inflate(bytes, maxBytes);
  if (inflated === 'tooLarge' || inflated === 'damaged') return { ok: false, reason: inflated };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const payload = readPayload(data);
  return payload ? { ok: true, payload } : { ok: false, reason: 'damaged' };
}

async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array | 'tooLarge' | 'damaged'> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'tooLarge';
      }
      chunks.push(value);
    }
  } catch {
    return 'damaged';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function readPayload(data: unknown): SharePayload | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Readonly<Record<string, unknown>>;
  const text = Object.hasOwn(record, 'text') ? record['text'] : undefined;
  const positions = Object.hasOwn(record, 'positions') ? record['positions'] : [];
  if (typeof text !== 'string' || !Array.isArray(positions)) return null;
  const read: [string, { x: number; y: number }][] = [];
  for (const item of positions as readonly unknown[]) {
    if (!Array.isArray(item) || item.length !== 2) return null;
    const [id, at] = item as readonly unknown[];
    if (typeof id !== 'string' || typeof at !== 'object' || at === null) return null;
    const x: unknown = Object.hasOwn(at, 'x') ? (at as Record<string, unknown>)['x'] : undefined;
    const y: unknown = Object.hasOwn(at, 'y') ? (at as Record<string, unknown>)['y'] : undefined;
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    )
      return null;
    read.push([id, { x, y }]);
  }
  const simulator = Object.hasOwn(record, 'simulator') ? record['simulator'] : undefined;
  return { text, positions: read, ...(simulator === undefined ? {} : { simulator }) };
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!base64urlPattern.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
