import { readFile, readdir, stat, writeFile } from 'node:fs/promises';

/** What a command reads and writes, so tests can run commands without a terminal or files. */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Size in bytes and whether the path is a directory; null when it does not exist. */
  readonly stat: (
    path: string,
  ) => Promise<{ readonly size: number; readonly directory: boolean } | null>;
  readonly readDir: (path: string) => Promise<readonly string[]>;
}

/**
 * The real terminal and file system.
 *
 * @returns An IO for `process`.
 */
export function createNodeIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    stat: async (path) => {
      try {
        const info = await stat(path);
        return { size: info.size, directory: info.isDirectory() };
      } catch {
        return null;
      }
    },
    readDir: (path) => readdir(path),
  };
}
