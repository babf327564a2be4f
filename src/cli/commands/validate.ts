import {
  type Diagnostic,
  type Severity,
  type ValidationReport,
  createWorkspace,
  validate,
} from '../../core/index.ts';
import { UsageError, choice, parseArgs } from '../args.ts';
import { readInputs } from '../inputs.ts';
import type { CliIO } from '../io.ts';
import { type SourcePosition, type SourceSet, joinSources } from '../sourceSet.ts';

export const validateUsage = `switchyard validate <inputs…> [--format text|json] [--channel standard|experimental] [--namespace ns] [--min-severity info|warning|error]

Checks the documents as a cluster with the Gateway API v1.6.1 CRDs and a conformant controller
would: YAML syntax, the CRD schemas and their CEL rules, references, attachment and listener
conflicts, and computes the status the controller would write. Also points out what a careful
reviewer would (shadowed rules, unquoted YAML 1.1 booleans, Extended features…).

  --format         text (default) or json (contract.md 1.1)
  --channel        standard (default) or experimental: which CRDs the cluster has
  --namespace      namespace of resources that name none (default "default")
  --min-severity   leave out findings below this severity (default info); the exit status
                   still counts every error

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable input.`;

const severities = ['info', 'warning', 'error'] as const;
const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * `switchyard validate`: validation and computed status, as text or JSON.
 *
 * @param argv - Arguments after `validate`.
 * @param io - Terminal and files.
 * @returns 0 when no diagnostic is an error, 1 otherwise.
 */
export async function runValidate(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['format', 'channel', 'namespace', 'min-severity'] });
  const format = choice(args, 'format', ['text', 'json']);
  const channel = choice(args, 'channel', ['standard', 'experimental']);
  const minimum = rank[choice(args, 'min-severity', ['info', 'warning', 'error'])];
  const namespace = args.options.get('namespace') ?? 'default';
  if (namespace === '') throw new UsageError('--namespace needs a namespace name');
  const sources = joinSources(await readInputs(args.positional, io));
  const workspace = createWorkspace(sources.text, { defaultNamespace: namespace });
  const report = validate(workspace, { channel });
  const shown = report.diagnostics.filter((diagnostic) => rank[diagnostic.severity] >= minimum);
  if (format === 'json') io.out(`${JSON.stringify(toJson(report, shown, sources), null, 2)}\n`);
  else io.out(toText(report, shown, sources));
  return report.ok ? 0 : 1;
}

function positionOf(sources: SourceSet, diagnostic: Diagnostic): SourcePosition | null {
  return diagnostic.range ? sources.positionOf(diagnostic.range.start) : null;
}

function toJson(
  report: ValidationReport,
  shown: readonly Diagnostic[],
  sources: SourceSet,
): unknown {
  return {
    ok: report.ok,
    diagnostics: shown.map((diagnostic) => {
      const position = positionOf(sources, diagnostic);
      return {
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
        resource: diagnostic.resource,
        path: diagnostic.path,
        file: position?.file ?? null,
        line: position?.line ?? null,
        column: position?.column ?? null,
      };
    }),
    resources: report.resources,
  };
}

function describeResource(diagnostic: Diagnostic): string {
  const { resource, path } = diagnostic;
  if (!resource) return path ? ` (${path})` : '';
  const name = resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name;
  return ` (${resource.kind} ${name}${path ? `, ${path}` : ''})`;
}

function toText(
  report: ValidationReport,
  shown: readonly Diagnostic[],
  sources: SourceSet,
): string {
  const lines = shown.map((diagnostic) => {
    const position = positionOf(sources, diagnostic);
    const where = position ? `${position.file}:${position.line}:${position.column}: ` : '';
    return `${where}${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${describeResource(diagnostic)}`;
  });
  const counts = severities
    .slice()
    .reverse()
    .map((severity) => {
      const count = report.diagnostics.filter(
        (diagnostic) => diagnostic.severity === severity,
      ).length;
      return `${count} ${severity}${count === 1 || severity === 'info' ? '' : 's'}`;
    });
  const resources = report.resources.length;
  const verdict = report.ok ? 'ok' : 'invalid';
  lines.push(
    `${verdict}: ${counts.join(', ')} in ${resources} resource${resources === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
