import { createWorkspace, formatDocuments, lineColumnOf } from '../../core/index.ts';
import { parseArgs } from '../args.ts';
import { readInputs } from '../inputs.ts';
import type { CliIO } from '../io.ts';

// Findings that stop a document from being formatted (resource-level findings are validate's job).
const unreadable = new Set([
  'YAMLSyntax',
  'YAMLAliasLimit',
  'YAMLAliasCycle',
  'YAMLTooDeep',
  'YAMLMerge',
  'TextTooLarge',
]);

export const fmtUsage = `switchyard fmt <inputs…> [--write]

Prints the documents in canonical form: keys in kubectl order, two-space indentation,
--- between documents, every comment kept. --write rewrites the files in place.
A document that does not parse is left exactly as it is, and the exit status is 1.`;

/**
 * `switchyard fmt`: canonical formatting that keeps comments.
 *
 * @param argv - Arguments after `fmt`.
 * @param io - Terminal and files.
 * @returns The exit status.
 */
export async function runFmt(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['write'] });
  const write = args.flags.has('write');
  const inputs = await readInputs(args.positional, io);
  let status = 0;
  const outputs: string[] = [];
  for (const input of inputs) {
    // Unsafe or broken documents are reported with their place and left untouched.
    const workspace = createWorkspace(input.text);
    for (const diagnostic of workspace.diagnostics) {
      if (diagnostic.severity !== 'error' || !unreadable.has(diagnostic.code)) continue;
      const at = diagnostic.range ? lineColumnOf(workspace, diagnostic.range.start) : null;
      io.err(
        `${input.name}${at ? `:${at.line}:${at.column}` : ''}: error: ${diagnostic.message}\n`,
      );
      status = 1;
    }
    const { text } = formatDocuments(input.text);
    if (write && input.name !== '-') {
      if (text !== input.text) await io.writeFile(input.name, text);
    } else outputs.push(text);
  }
  if (outputs.length > 0) io.out(outputs.filter((text) => text !== '').join('---\n'));
  return status;
}
