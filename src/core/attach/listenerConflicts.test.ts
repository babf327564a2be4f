import { describe, expect, it } from 'vitest';
import { type ConflictCandidate, clash, findConflicts } from './listenerConflicts.ts';

const l = (port: number, protocol: string, hostname?: string, group = 0): ConflictCandidate => ({
  port,
  protocol,
  hostname,
  group,
});

describe('clash (semantics.md F11)', () => {
  it.each([
    ['HTTP on different hostnames', l(80, 'HTTP', 'a.com'), l(80, 'HTTP', 'b.com'), undefined],
    [
      'HTTP with the same hostname',
      l(80, 'HTTP', 'a.com'),
      l(80, 'HTTP', 'a.com'),
      'HostnameConflict',
    ],
    ['HTTP, both without hostname', l(80, 'HTTP'), l(80, 'HTTP'), 'HostnameConflict'],
    ['HTTP on different ports', l(80, 'HTTP'), l(81, 'HTTP'), undefined],
    [
      'HTTPS and TLS on different hostnames',
      l(443, 'HTTPS', 'a.com'),
      l(443, 'TLS', 'b.com'),
      undefined,
    ],
    [
      'HTTPS and TLS with the same hostname',
      l(443, 'HTTPS', 'a.com'),
      l(443, 'TLS', 'a.com'),
      'HostnameConflict',
    ],
    [
      'HTTP and HTTPS on one port',
      l(443, 'HTTP', 'a.com'),
      l(443, 'HTTPS', 'b.com'),
      'ProtocolConflict',
    ],
    ['TCP beside HTTP on one port', l(80, 'TCP'), l(80, 'HTTP', 'a.com'), 'ProtocolConflict'],
    ['two TCP listeners on one port', l(9000, 'TCP'), l(9000, 'TCP'), 'HostnameConflict'],
    [
      'TCP and UDP on one port number (different transports)',
      l(53, 'TCP'),
      l(53, 'UDP'),
      undefined,
    ],
  ])('%s: %s', (_, a, b, expected) => {
    expect(clash(a, b)).toBe(expected);
    expect(clash(b, a)).toBe(expected);
  });
});

describe('findConflicts (semantics.md F10, F12)', () => {
  it('conflicts every indistinct listener of the Gateway itself', () => {
    const result = findConflicts([
      l(80, 'HTTP', 'a.com'),
      l(80, 'HTTP', 'a.com'),
      l(80, 'HTTP', 'b.com'),
    ]);
    expect(result.map((c) => c?.reason)).toEqual([
      'HostnameConflict',
      'HostnameConflict',
      undefined,
    ]);
    expect(result.map((c) => c?.precedence)).toEqual([false, false, undefined]);
  });

  it('lets the earlier listener win against a later ListenerSet, and only the winners count', () => {
    const result = findConflicts([
      l(80, 'HTTP', 'a.com', 0),
      l(80, 'HTTP', 'a.com', 1), // loses to the Gateway
      l(80, 'HTTP', 'b.com', 1), // wins
      l(80, 'HTTP', 'b.com', 2), // loses to group 1
      l(80, 'TCP', undefined, 3), // loses on protocol
    ]);
    expect(result.map((c) => (c ? `${c.reason}@${c.other}` : 'ok'))).toEqual([
      'ok',
      'HostnameConflict@0',
      'ok',
      'HostnameConflict@2',
      'ProtocolConflict@0',
    ]);
  });

  it('resolves clashes inside one ListenerSet by list order', () => {
    const result = findConflicts([l(80, 'HTTP', 'a.com', 1), l(80, 'HTTP', 'a.com', 1)]);
    expect(result.map((c) => c?.reason)).toEqual([undefined, 'HostnameConflict']);
  });
});
