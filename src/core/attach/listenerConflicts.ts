/**
 * Listener conflicts (semantics.md F10, F11, F12). Listeners on one port must be told apart: by
 * hostname for HTTP, HTTPS and TLS, by port alone for TCP and UDP. Listeners on one port must
 * also be compatible: all HTTP, or all HTTPS/TLS (the grouping the API text gives as its example
 * of "compatible" listeners), or a single TCP or UDP listener.
 *
 * NOTE: UDP listens on another transport than the others, so a UDP listener never conflicts with
 * a TCP-based listener on the same port number (the spec does not say; this is Switchyard's choice).
 */

/** A listener as conflict detection sees it. */
export interface ConflictCandidate {
  readonly port: number;
  readonly protocol: string;
  readonly hostname: string | undefined;
  /**
   * Candidates of the first group (a Gateway's own listeners) conflict with each other
   * symmetrically: every indistinct one is Conflicted. Every later candidate loses to any earlier
   * listener it clashes with that is not itself conflicted (precedence, F12).
   */
  readonly group: number;
}

/** A conflict: its reason and the listener it clashes with. */
export interface ListenerConflict {
  readonly reason: 'HostnameConflict' | 'ProtocolConflict';
  /** Index (in the candidate list) of the other listener. */
  readonly other: number;
  /** True when the other listener won by precedence; false when both are Conflicted. */
  readonly precedence: boolean;
}

type ProtocolClass = 'http' | 'tls' | 'tcp' | 'udp';

function protocolClass(protocol: string): ProtocolClass {
  switch (protocol) {
    case 'HTTP':
      return 'http';
    case 'HTTPS':
    case 'TLS':
      return 'tls';
    case 'UDP':
      return 'udp';
    default:
      return 'tcp';
  }
}

function transport(protocol: string): 'udp' | 'tcp' {
  return protocol === 'UDP' ? 'udp' : 'tcp';
}

/**
 * How two listeners on the same port clash, if they do.
 *
 * @param a - One listener.
 * @param b - Another, on the same port.
 * @returns The conflict reason, or undefined when the two are distinct and compatible.
 */
export function clash(
  a: ConflictCandidate,
  b: ConflictCandidate,
): ListenerConflict['reason'] | undefined {
  if (a.port !== b.port || transport(a.protocol) !== transport(b.protocol)) return undefined;
  const classA = protocolClass(a.protocol);
  if (classA !== protocolClass(b.protocol)) return 'ProtocolConflict';
  // TCP and UDP listeners have no hostname to tell them apart: one per port.
  if (classA === 'tcp' || classA === 'udp') return 'HostnameConflict';
  return (a.hostname ?? '') === (b.hostname ?? '') ? 'HostnameConflict' : undefined;
}

/**
 * Finds the conflicted listeners of one Gateway's merged listener list.
 *
 * @param candidates - The listeners in precedence order: the Gateway's own (group 0), then each
 *   ListenerSet's (groups 1, 2, … in ListenerSet precedence order).
 * @returns For each candidate, its conflict or undefined.
 */
export function findConflicts(
  candidates: readonly ConflictCandidate[],
): (ListenerConflict | undefined)[] {
  const result: (ListenerConflict | undefined)[] = candidates.map(() => undefined);
  const winnersByPort = new Map<number, number[]>();
  const own: number[] = [];
  candidates.forEach((candidate, i) => {
    if (candidate.group === 0) own.push(i);
  });
  // Inside one Gateway every indistinct listener is Conflicted, whichever comes first.
  for (const i of own) {
    const a = candidates[i];
    if (!a) continue;
    for (const j of own) {
      const b = candidates[j];
      if (j === i || !b) continue;
      const reason = clash(a, b);
      if (reason) {
        result[i] = { reason, other: j, precedence: false };
        break;
      }
    }
    if (!result[i]) pushTo(winnersByPort, a.port, i);
  }
  // Then each later listener loses to an earlier winner it clashes with.
  candidates.forEach((candidate, i) => {
    if (candidate.group === 0) return;
    for (const j of winnersByPort.get(candidate.port) ?? []) {
      const winner = candidates[j];
      const reason = winner && clash(candidate, winner);
      if (reason) {
        result[i] = { reason, other: j, precedence: true };
        return;
      }
    }
    pushTo(winnersByPort, candidate.port, i);
  });
  return result;
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
