import {
  type ResourceId,
  type RouteDecision,
  type TrafficTemplate,
  backendKey,
} from '../../core/index.ts';
import type { TrafficCounts } from './trafficWindow.ts';

/** What a row of `Traffic results` counts: a backend, an HTTP status, or a gRPC status. */
export type RowKind = 'backend' | 'status' | 'grpc';

/** A row of the `Traffic results` table. */
export interface ResultRow {
  /** `backend:<namespace>/<name>:<port>`, `status:<code>` or `grpc:<status>`. */
  readonly key: string;
  readonly kind: RowKind;
  /** The backend's `namespace/name:port`, the status code, or the gRPC status. */
  readonly name: string;
  /** Requests in the window. */
  readonly requests: number;
  /** requests / requests in the window (null before any request is counted). */
  readonly observed: number | null;
  /** The share the routing promises (null while it is being worked out). */
  readonly expected: number | null;
}

/** Expected shares by row key. */
export type ExpectedShares = ReadonlyMap<string, number>;

function rowKey(kind: RowKind, name: string): string {
  return `${kind}:${name}`;
}

/**
 * The shares a profile should produce, from one traced decision per template: a rule's split
 * gives each backend the template's share times the backend's weight share (semantics.md (c) C1),
 * an invalid backend's share also counts as 500 (C4, gRPC UNAVAILABLE); a request whose outcome
 * does not depend on the draw (a redirect, 404, all weights 0) counts entirely to its status.
 * The other backends of the routes the requests reach expect 0 % (a weight of 0, a rule that
 * never matches), so the table shows that they get nothing.
 *
 * @param templates - The profile's templates (weights relative).
 * @param decisions - One decision per template, in the same order.
 * @param routeBackends - Every backend a route names (`namespace/name:port`).
 * @returns Shares by row key.
 */
export function expectedShares(
  templates: readonly TrafficTemplate[],
  decisions: readonly RouteDecision[],
  routeBackends: (route: ResourceId) => readonly string[] = () => [],
): ExpectedShares {
  const shares = new Map<string, number>();
  for (const decision of decisions) {
    for (const name of decision.route ? routeBackends(decision.route) : []) {
      shares.set(rowKey('backend', name), 0);
    }
  }
  const add = (kind: RowKind, name: string, share: number) => {
    if (share <= 0) return;
    const key = rowKey(kind, name);
    shares.set(key, (shares.get(key) ?? 0) + share);
  };
  const total = templates.reduce((sum, template) => sum + Math.max(0, template.weight ?? 1), 0);
  if (total <= 0) return shares;
  templates.forEach((template, index) => {
    const decision = decisions[index];
    const fraction = Math.max(0, template.weight ?? 1) / total;
    if (!decision || fraction === 0) return;
    const drawn = decision.split.find(
      (share) =>
        decision.backend !== null && backendKey(share.backend) === backendKey(decision.backend),
    );
    const dependsOnDraw =
      decision.split.some((share) => share.share > 0) &&
      (decision.status === 200 || (drawn !== undefined && !drawn.valid));
    if (dependsOnDraw) {
      for (const share of decision.split) {
        const part = fraction * share.share;
        add('backend', backendKey(share.backend), part);
        if (!share.valid) {
          add('status', '500', part);
          if (decision.grpcStatus !== null) add('grpc', 'UNAVAILABLE', part);
        }
      }
      return;
    }
    if (decision.backend) add('backend', backendKey(decision.backend), fraction);
    if (decision.status !== 200) add('status', String(decision.status), fraction);
    if (decision.grpcStatus !== null && decision.grpcStatus !== 'OK') {
      add('grpc', decision.grpcStatus, fraction);
    }
  });
  return shares;
}

const kindOrder: Readonly<Record<RowKind, number>> = { backend: 0, status: 1, grpc: 2 };

/**
 * The rows of `Traffic results`: one per backend, then one per HTTP status other than 200 and
 * per gRPC status other than OK, each with its requests in the window, its observed share and
 * the share expected. Rows expected but not yet seen show 0 requests.
 *
 * @param counts - The window's counts.
 * @param expected - The expected shares, or null while unknown.
 * @returns The rows, in a stable order (kind, then name).
 */
export function resultRows(counts: TrafficCounts, expected: ExpectedShares | null): ResultRow[] {
  const requests = new Map<string, { kind: RowKind; name: string; requests: number }>();
  const count = (kind: RowKind, name: string, n: number) => {
    requests.set(rowKey(kind, name), { kind, name, requests: n });
  };
  for (const [name, n] of counts.backends) count('backend', name, n);
  for (const [name, n] of counts.statuses) if (name !== '200') count('status', name, n);
  for (const [name, n] of counts.grpcStatuses) if (name !== 'OK') count('grpc', name, n);
  for (const key of expected?.keys() ?? []) {
    if (requests.has(key)) continue;
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon) as RowKind;
    requests.set(key, { kind, name: key.slice(colon + 1), requests: 0 });
  }
  return [...requests]
    .map(([key, row]) => ({
      key,
      ...row,
      observed: counts.count > 0 ? row.requests / counts.count : null,
      expected: expected ? (expected.get(key) ?? 0) : null,
    }))
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || compareNames(a, b));
}

function compareNames(a: ResultRow, b: ResultRow): number {
  if (a.kind === 'status') return Number(a.name) - Number(b.name);
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Rows of the backends (and statuses) left out of a long table, added up. */
export interface OtherRows {
  readonly rows: number;
  readonly requests: number;
  readonly observed: number | null;
  readonly expected: number | null;
}

/**
 * The rows a table shows: all of them up to `max`; beyond, the status rows and the backends with
 * the largest shares (observed or expected), in the usual order, and the rest added up — a
 * profile across a thousand routes would otherwise redraw thousands of rows a second.
 *
 * @param rows - Every row, in table order.
 * @param max - How many rows to show at most.
 * @returns The rows to show and the sum of the others (null when none are left out).
 */
export function shownRows(
  rows: readonly ResultRow[],
  max: number,
): { readonly rows: readonly ResultRow[]; readonly others: OtherRows | null } {
  if (rows.length <= max) return { rows, others: null };
  const weight = (row: ResultRow) => Math.max(row.observed ?? 0, row.expected ?? 0);
  const keep = new Set(
    [...rows]
      .sort(
        (a, b) =>
          (a.kind === 'backend' ? 1 : 0) - (b.kind === 'backend' ? 1 : 0) || weight(b) - weight(a),
      )
      .slice(0, max)
      .map((row) => row.key),
  );
  const left = rows.filter((row) => !keep.has(row.key));
  const sum = (pick: (row: ResultRow) => number | null) =>
    left.some((row) => pick(row) !== null)
      ? left.reduce((total, row) => total + (pick(row) ?? 0), 0)
      : null;
  return {
    rows: rows.filter((row) => keep.has(row.key)),
    others: {
      rows: left.length,
      requests: left.reduce((total, row) => total + row.requests, 0),
      observed: sum((row) => row.observed),
      expected: sum((row) => row.expected),
    },
  };
}
