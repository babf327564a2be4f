import { UsageError } from './args.ts';
import { runFmt, fmtUsage } from './commands/fmt.ts';
import { graphUsage, runGraph } from './commands/graph.ts';
import { routeUsage, runRoute } from './commands/route.ts';
import { runValidate, validateUsage } from './commands/validate.ts';
import { InputError } from './inputs.ts';
import { type CliIO, createNodeIO } from './io.ts';

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIO) => Promise<number>;
}

const commands: Readonly<Record<string, Command>> = {
  fmt: {
    summary: 'print documents in canonical form, keeping comments',
    usage: fmtUsage,
    run: runFmt,
  },
  graph: {
    summary: 'print the graph the canvas shows, as Mermaid, Graphviz or JSON',
    usage: graphUsage,
    run: runGraph,
  },
  route: {
    summary: 'simulate a request through the resources and explain the decision',
    usage: routeUsage,
    run: runRoute,
  },
  validate: {
    summary: 'check schemas, CEL rules, references and attachment; compute status',
    usage: validateUsage,
    run: runValidate,
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return `switchyard — design, validate and simulate Kubernetes Gateway API routing

Usage: switchyard <command> [options]

Commands:
${lines.join('\n')}

Run "switchyard <command> --help" for a command's options.
Exit status: 0 success, 1 the input has errors or the finding is negative, 2 usage error or unreadable input.
`;
}

/**
 * Runs the `switchyard` command line. Errors become messages on stderr, never stack traces.
 *
 * @param argv - Arguments after the program name.
 * @param io - Terminal and files (the real ones by default).
 * @returns The exit status: 0 success, 1 negative finding, 2 usage error or unreadable input.
 */
export async function main(argv: readonly string[], io: CliIO = createNodeIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`switchyard: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`switchyard ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`switchyard ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`switchyard ${name}: internal error: ${message}\n`);
    return 2;
  }
}
