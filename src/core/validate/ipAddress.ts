/**
 * IP address syntax as the API server checks it: Go's `netip.ParseAddr` for the CEL `isIP`
 * function, and the more lenient `net.ParseIP` (leading zeros allowed in IPv4) for the OpenAPI
 * `ipv4`/`ipv6` formats.
 */

/** How strictly dotted IPv4 is read. */
type V4Mode = 'strict' | 'sloppy';

function parseV4(text: string, mode: V4Mode): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return null;
    if (mode === 'strict' && part.length > 1 && part.startsWith('0')) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

/** The 16 bytes of an IPv6 address (without zone), or null. */
function parseV6(text: string, mode: V4Mode): number[] | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): (number[] | null)[] =>
    half === ''
      ? []
      : half.split(':').map((group, i, all) => readGroup(group, i === all.length - 1, mode));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (head.includes(null) || tail.includes(null)) return null;
  const flatten = (list: (number[] | null)[]): number[] => list.flatMap((bytes) => bytes ?? []);
  const headBytes = flatten(head);
  const tailBytes = flatten(tail);
  // An embedded IPv4 part may only end the address.
  if (halves.length === 2 && head.some((bytes) => bytes?.length === 4)) return null;
  const used = headBytes.length + tailBytes.length;
  if (halves.length === 1) return used === 16 ? headBytes : null;
  if (used > 14) return null;
  return [...headBytes, ...new Array<number>(16 - used).fill(0), ...tailBytes];
}

function readGroup(group: string, last: boolean, mode: V4Mode): number[] | null {
  if (last && group.includes('.')) return parseV4(group, mode);
  if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return null;
  const value = parseInt(group, 16);
  return [value >> 8, value & 0xff];
}

function isV4Mapped(bytes: readonly number[]): boolean {
  return bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * The Kubernetes CEL `isIP(string)`: an IPv4 or IPv6 address as `netip.ParseAddr` reads it,
 * without a zone and not IPv4-mapped IPv6.
 *
 * @param text - The candidate address.
 * @see https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-ip-address-library
 */
export function isCelIP(text: string): boolean {
  if (text.includes('%')) return false;
  if (text.includes(':')) {
    const bytes = parseV6(text, 'strict');
    return bytes !== null && !isV4Mapped(bytes);
  }
  return parseV4(text, 'strict') !== null;
}

/**
 * The OpenAPI `ipv4` format as the API server checks it.
 *
 * @param text - The candidate address.
 */
export function isIPv4Format(text: string): boolean {
  return parseV4(text, 'sloppy') !== null;
}

/**
 * The OpenAPI `ipv6` format as the API server checks it (an embedded IPv4 part allowed).
 *
 * @param text - The candidate address.
 */
export function isIPv6Format(text: string): boolean {
  return text.includes(':') && parseV6(text, 'sloppy') !== null;
}
