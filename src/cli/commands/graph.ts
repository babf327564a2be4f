import { createWorkspace, projectGraph, toDot, toMermaid } from '../../core/index.ts';
import { choice, parseArgs } from '../args.ts';
import { readInputs } from '../inputs.ts';
import type { CliIO } from '../io.ts';
import { joinSources } from '../sourceSet.ts';

export const graphUsage = `switchyard graph <inputs…> [--format mermaid|dot|json] [--namespace ns]

Prints the graph the canvas shows: Gateways and their listeners, routes and their rules,
Services (frontend and backend), ReferenceGrants, entry points, and the edges between them,
with each backend's share of its rule's traffic.
  --format     mermaid (a flowchart, the default), dot (Graphviz) or json
  --namespace  the namespace of resources that do not name one (default: default)
Documents that cannot be read are reported on stderr and the exit status is 1; the graph of
the rest is still printed.`;

/**
 * `switchyard graph`: the canvas's graph as Mermaid, Graphviz or JSON.
 *
 * @param argv - Arguments after `graph`.
 * @param io - Terminal and files.
 * @returns The exit status.
 */
export async function runGraph(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['format', 'namespace'] });
  const format = choice(args, 'format', ['mermaid', 'dot', 'json']);
  const defaultNamespace = args.options.get('namespace') ?? 'default';
  const sources = joinSources(await readInputs(args.positional, io));
  const workspace = createWorkspace(sources.text, { defaultNamespace });
  let status = 0;
  for (const diagnostic of workspace.diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const at = diagnostic.range ? sources.positionOf(diagnostic.range.start) : null;
    io.err(`${at ? `${at.file}:${at.line}:${at.column}: ` : ''}error: ${diagnostic.message}\n`);
    status = 1;
  }
  const graph = projectGraph(workspace);
  switch (format) {
    case 'mermaid':
      io.out(toMermaid(graph));
      break;
    case 'dot':
      io.out(toDot(graph));
      break;
    case 'json':
      io.out(
        `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges, groups: graph.groups }, null, 2)}\n`,
      );
      break;
  }
  return status;
}
