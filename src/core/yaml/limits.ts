/**
 * Bounds on untrusted input. Each is checked before the work it protects, so a hostile text costs
 * at most a bounded amount of time and memory.
 */
export const LIMITS = {
  /** Largest text accepted, in bytes of UTF-8, checked before parsing (the API server takes 3 MiB per request). */
  maxTextBytes: 5 * 1024 * 1024,
  /** Most alias expansions a document may need; a "billion laughs" bomb needs millions. */
  maxAliasExpansions: 1000,
  /** Deepest nesting of collections in a document. */
  maxDepth: 128,
} as const;

/**
 * The UTF-8 size of a text, computed without allocating it.
 *
 * @param text - Any text.
 */
export function utf8Length(text: string): number {
  // Most YAML is ASCII, one byte a character: one pattern scan is much faster than the loop.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A size in bytes for messages: `6.0 MiB`, `512 KiB`, `300 bytes`.
 *
 * @param bytes - A size.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
