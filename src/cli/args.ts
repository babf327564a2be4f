/** A command-line usage error: the message says what is wrong; the exit status is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The options a command accepts: which take a value, which repeat, and short aliases. */
export interface OptionSpec {
  readonly values?: readonly string[];
  readonly repeated?: readonly string[];
  readonly flags?: readonly string[];
  readonly aliases?: Readonly<Record<string, string>>;
}

/** Parsed arguments: positional inputs and option values (repeated options collect into lists). */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/**
 * Parses `--name value`, `--name=value`, short aliases such as `-H value`, flags, and positional
 * arguments (`-` alone is stdin, and `--` ends the options).
 *
 * @param argv - The arguments after the command name.
 * @param spec - What the command accepts.
 * @throws UsageError for unknown options and missing values.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const repeated = new Set(spec.repeated ?? []);
  const flagNames = new Set(spec.flags ?? []);
  const positional: string[] = [];
  const options = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const flags = new Set<string>();
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const equals = arg.indexOf('=');
    let name = equals > 0 ? arg.slice(0, equals) : arg;
    name = spec.aliases?.[name] ?? name;
    const key = name.replace(/^--?/, '');
    if (flagNames.has(key)) {
      if (equals > 0) throw new UsageError(`${name} takes no value`);
      flags.add(key);
      continue;
    }
    if (!values.has(key) && !repeated.has(key))
      throw new UsageError(`unknown option ${arg.slice(0, equals > 0 ? equals : undefined)}`);
    let value: string | undefined;
    if (equals > 0) value = arg.slice(equals + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    if (repeated.has(key)) {
      const list = lists.get(key) ?? [];
      list.push(value);
      lists.set(key, list);
    } else options.set(key, value);
  }
  return { positional, options, lists, flags };
}

/**
 * Reads an option that must be one of a few words.
 *
 * @param args - Parsed arguments.
 * @param name - The option name.
 * @param allowed - The allowed values; the first is the default.
 * @throws UsageError for any other value.
 */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly [T, ...T[]],
): T {
  const value = args.options.get(name);
  if (value === undefined) return allowed[0];
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
