import {
  type HeaderField,
  type RequestEntry,
  type RouteDecision,
  type RouteTable,
  type TrafficResult,
  compileRouteTable,
  createRandom,
  createWorkspace,
  parseHeaderLine,
  parseRequestLine,
  route,
  runTraffic,
} from '../../core/index.ts';
import { UsageError, choice, parseArgs } from '../args.ts';
import { InputError, readInputs } from '../inputs.ts';
import type { CliIO } from '../io.ts';
import { joinSources } from '../sourceSet.ts';

export const routeUsage = `switchyard route <inputs…> --request "<METHOD> <URL>" [options]

Simulates a request through the resources and explains the decision.

  --request "<METHOD> <URL>"  the request, e.g. "GET http://www.example.com/app?x=1"
  -H, --header "Name: value"  a request header (repeatable); content-type application/grpc
                              makes it a gRPC call to /<service>/<method>
  --gateway <namespace>/<name>
                              enter through this Gateway (north-south): the URL host is the
                              Host header and TLS server name, its port picks the listener.
                              Without it the request is a mesh call: the URL host names a
                              Service (name, name.ns, name.ns.svc, name.ns.svc.cluster.local)
  --from <namespace>          the calling workload's namespace for mesh calls (default: --namespace)
  --namespace <namespace>     namespace of resources that do not name one (default: default)
  --count N                   send N requests (default 1); prints counts per backend and status
  --seed S                    seed of the weighted choices (default 1)
  --format text|json          output format (default text)

Exit status: 0 forwarded or redirected, 1 the request fails (404, 5xx, a gRPC error),
2 usage error or unreadable input.`;

const MAX_COUNT = 10_000_000;

/**
 * `switchyard route`: simulates one request, or N, through the documents (contract.md 1.2).
 *
 * @param argv - Arguments after `route`.
 * @param io - Terminal and files.
 * @returns 0 when every request is forwarded or redirected, 1 when one fails, 2 on usage errors.
 */
export async function runRoute(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {
    values: ['request', 'gateway', 'from', 'namespace', 'count', 'seed', 'format'],
    repeated: ['header'],
    aliases: { '-H': '--header' },
  });
  const format = choice(args, 'format', ['text', 'json']);
  const line = args.options.get('request');
  if (line === undefined)
    throw new UsageError('--request is required, e.g. --request "GET http://www.example.com/"');
  const headers = (args.lists.get('header') ?? []).map((text): HeaderField => {
    const parsed = parseHeaderLine(text);
    if (!parsed.ok) throw new UsageError(`-H: ${parsed.error}`);
    return parsed.header;
  });
  const namespace = name(args.options.get('namespace') ?? 'default', '--namespace');
  const entry = readEntry(args.options.get('gateway'), args.options.get('from'), namespace);
  const count = integer(args.options.get('count') ?? '1', '--count', 1, MAX_COUNT);
  const seed = integer(args.options.get('seed') ?? '1', '--seed', 0, 0xffff_ffff);
  const parsed = parseRequestLine(line, headers, entry);
  if (!parsed.ok) throw new UsageError(`--request: ${parsed.error}`);

  const source = joinSources(await readInputs(args.positional, io));
  const workspace = createWorkspace(source.text, { defaultNamespace: namespace });
  if (workspace.broken) {
    const problems = workspace.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => {
        const at = d.range ? source.positionOf(d.range.start) : null;
        return `${at ? `${at.file}:${at.line}:${at.column}: ` : ''}${d.message}`;
      });
    throw new InputError(`the input cannot be read:\n  ${problems.join('\n  ')}`);
  }
  const table = compileRouteTable(workspace);
  if (entry.kind === 'gateway') checkGateway(table, entry);

  if (count === 1) {
    const decision = route(table, parsed.request, { random: createRandom(seed) });
    io.out(
      format === 'json'
        ? `${JSON.stringify(decisionJson(decision), null, 2)}\n`
        : decisionText(decision),
    );
    return succeeded(decision.status, decision.grpcStatus) ? 0 : 1;
  }
  const result = runTraffic(table, { templates: [{ request: parsed.request }] }, count, seed);
  io.out(format === 'json' ? `${JSON.stringify(countJson(result), null, 2)}\n` : countText(result));
  const failed =
    Object.keys(result.statuses).some((status) => !succeeded(Number(status), null)) ||
    Object.keys(result.grpcStatuses).some((status) => status !== 'OK');
  return failed ? 1 : 0;
}

function readEntry(
  gateway: string | undefined,
  from: string | undefined,
  namespace: string,
): RequestEntry {
  if (gateway === undefined) return { kind: 'mesh', from: name(from ?? namespace, '--from') };
  if (from !== undefined)
    throw new UsageError('--from is for mesh calls; it cannot be used with --gateway');
  const parts = gateway.split('/');
  if (parts.length === 1) return { kind: 'gateway', namespace, name: name(gateway, '--gateway') };
  if (parts.length !== 2)
    throw new UsageError(`--gateway must be <namespace>/<name> (got "${gateway}")`);
  return {
    kind: 'gateway',
    namespace: name(parts[0] ?? '', '--gateway namespace'),
    name: name(parts[1] ?? '', '--gateway name'),
  };
}

function name(value: string, option: string): string {
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value)) {
    throw new UsageError(
      `${option} must be a Kubernetes name (lower case letters, digits, "-" and "."), got "${value}"`,
    );
  }
  return value;
}

function integer(text: string, option: string, min: number, max: number): number {
  const value = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
}

function checkGateway(table: RouteTable, entry: Extract<RequestEntry, { kind: 'gateway' }>): void {
  const key = `${entry.namespace}/${entry.name}`;
  const known = table.workspace.resources
    .filter((r) => r.id.kind === 'Gateway')
    .map((r) => `${r.id.namespace}/${r.id.name}`);
  if (known.includes(key)) return;
  throw new UsageError(
    `--gateway ${key}: no such Gateway in the inputs (${known.length > 0 ? `Gateways: ${known.join(', ')}` : 'there are none'})`,
  );
}

function succeeded(status: number, grpcStatus: string | null): boolean {
  return status >= 200 && status < 400 && (grpcStatus === null || grpcStatus === 'OK');
}

/** The JSON of contract.md 1.2 for one request. */
function decisionJson(decision: RouteDecision): Record<string, unknown> {
  return {
    status: decision.status,
    grpcStatus: decision.grpcStatus,
    parent: decision.parent,
    route: decision.route
      ? {
          kind: decision.route.kind,
          namespace: decision.route.namespace,
          name: decision.route.name,
        }
      : null,
    rule: decision.rule,
    match: decision.match,
    split: decision.split,
    backend: decision.backend,
    forwarded: decision.forwarded,
    redirect: decision.redirect,
    mirrors: decision.mirrors,
    responseHeaders: decision.responseHeaders,
    explain: decision.explain,
  };
}

function countJson(result: TrafficResult): Record<string, unknown> {
  const grpc =
    Object.keys(result.grpcStatuses).length > 0 ? { grpcStatuses: result.grpcStatuses } : {};
  return { count: result.count, backends: result.backends, statuses: result.statuses, ...grpc };
}

function statusText(decision: RouteDecision): string {
  return decision.grpcStatus
    ? `${decision.status} (gRPC ${decision.grpcStatus})`
    : String(decision.status);
}

function decisionText(decision: RouteDecision): string {
  const lines: string[] = [];
  const target = decision.backend;
  const where = decision.redirect
    ? `redirect to ${decision.redirect.location}`
    : decision.forwarded && target
      ? `forwarded to ${target.namespace}/${target.name}${target.port === null ? '' : `:${target.port}`}`
      : 'not forwarded';
  lines.push(`Status: ${statusText(decision)}, ${where}`, '', 'Why:');
  decision.explain.forEach((text, i) => lines.push(`  ${i + 1}. ${text}`));
  if (decision.split.length > 0) {
    lines.push('', `Split (rule ${decision.rule ?? ''}):`);
    for (const share of decision.split) {
      const b = share.backend;
      const label = `${b.namespace}/${b.name}${b.port === null ? '' : `:${b.port}`}`;
      const percent = `${(Math.round(share.share * 1000) / 10).toFixed(1)}%`;
      const invalid = share.valid ? '' : `  invalid: ${share.reason ?? ''}`;
      lines.push(
        `  ${label.padEnd(40)} weight ${String(share.weight).padStart(7)}  ${percent.padStart(6)}${invalid}`,
      );
    }
  }
  const forwarded = decision.forwarded;
  if (forwarded) {
    lines.push(
      '',
      `Forwarded: ${forwarded.method} ${forwarded.scheme}://${forwarded.host}${forwarded.path}`,
    );
    for (const [header, value] of Object.entries(forwarded.headers))
      lines.push(`  ${header}: ${value}`);
  }
  for (const mirror of decision.mirrors) {
    const b = mirror.backend;
    lines.push(
      `Mirror: ${b.namespace}/${b.name}${b.port === null ? '' : `:${b.port}`} (${Math.round(mirror.fraction * 1000) / 10}% of requests${mirror.sent ? ', this one copied' : ''})`,
    );
  }
  const response = Object.entries(decision.responseHeaders);
  if (response.length > 0) {
    lines.push('', 'Response headers:');
    for (const [header, value] of response) lines.push(`  ${header}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

function countText(result: TrafficResult): string {
  const lines = [`${result.count} requests`, '', 'Backends:'];
  const backends = Object.entries(result.backends).sort((a, b) => b[1] - a[1]);
  if (backends.length === 0) lines.push('  (none)');
  for (const [backend, n] of backends) {
    lines.push(
      `  ${backend.padEnd(40)} ${String(n).padStart(9)}  ${((n / result.count) * 100).toFixed(1).padStart(5)}%`,
    );
  }
  lines.push('', 'Statuses:');
  for (const [status, n] of Object.entries(result.statuses))
    lines.push(`  ${status.padEnd(40)} ${String(n).padStart(9)}`);
  const grpc = Object.entries(result.grpcStatuses);
  if (grpc.length > 0) {
    lines.push('', 'gRPC statuses:');
    for (const [status, n] of grpc) lines.push(`  ${status.padEnd(40)} ${String(n).padStart(9)}`);
  }
  return `${lines.join('\n')}\n`;
}
