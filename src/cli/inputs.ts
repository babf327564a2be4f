import { LIMITS, formatBytes } from '../core/index.ts';
import { UsageError } from './args.ts';
import type { CliIO } from './io.ts';

/** One input text and where it came from (a path, or `-` for stdin). */
export interface InputSource {
  readonly name: string;
  readonly text: string;
}

/** An input that could not be read: the message names the file and the reason; exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const extensions = /\.(ya?ml|json)$/i;

/**
 * Reads the inputs of a command: files, directories (recursively: `*.yaml`, `*.yml`, `*.json`,
 * in name order) and `-` for stdin. A file over the size limit is refused before it is read.
 *
 * @param paths - The positional arguments.
 * @param io - Where to read from.
 * @throws UsageError when there are no inputs; InputError when one cannot be read.
 */
export async function readInputs(paths: readonly string[], io: CliIO): Promise<InputSource[]> {
  if (paths.length === 0)
    throw new UsageError('no inputs: give files, directories, or - for stdin');
  const out: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      const text = await io.readStdin();
      checkSize('stdin', Buffer.byteLength(text, 'utf8'));
      out.push({ name: '-', text });
      continue;
    }
    const info = await io.stat(path);
    if (!info) throw new InputError(`${path}: no such file or directory`);
    if (info.directory) {
      for (const file of await listFiles(path, io)) out.push(await readOne(file, io));
    } else out.push(await readOne(path, io));
  }
  return out;
}

async function readOne(path: string, io: CliIO): Promise<InputSource> {
  const info = await io.stat(path);
  if (info) checkSize(path, info.size);
  try {
    return { name: path, text: stripBom(await io.readFile(path)) };
  } catch (error) {
    throw new InputError(
      `${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function listFiles(directory: string, io: CliIO): Promise<string[]> {
  const names = [...(await io.readDir(directory))].sort();
  const files: string[] = [];
  for (const name of names) {
    const path = `${directory.replace(/\/$/, '')}/${name}`;
    const info = await io.stat(path);
    if (info?.directory) files.push(...(await listFiles(path, io)));
    else if (extensions.test(name)) files.push(path);
  }
  return files;
}

function checkSize(name: string, bytes: number): void {
  if (bytes > LIMITS.maxTextBytes) {
    throw new InputError(
      `${name}: the file is ${formatBytes(bytes)}, more than the limit of ${formatBytes(LIMITS.maxTextBytes)}; it was not read`,
    );
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
