import type { CliIO } from '../io.ts';

/** An in-memory terminal and file system for command tests. */
export interface MemoryIO extends CliIO {
  readonly files: Map<string, string>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * Creates an in-memory IO with some files (directories are implied by the paths).
 *
 * @param files - Path → content.
 * @param stdin - What stdin holds.
 */
export function createMemoryIO(files: Record<string, string> = {}, stdin = ''): MemoryIO {
  const store = new Map(Object.entries(files));
  let out = '';
  let err = '';
  const isDirectory = (path: string) =>
    [...store.keys()].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  return {
    files: store,
    stdout: () => out,
    stderr: () => err,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readStdin: () => Promise.resolve(stdin),
    readFile: (path) => {
      const text = store.get(path);
      return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(text);
    },
    writeFile: (path, text) => {
      store.set(path, text);
      return Promise.resolve();
    },
    stat: (path) => {
      const text = store.get(path);
      if (text !== undefined)
        return Promise.resolve({ size: Buffer.byteLength(text), directory: false });
      return Promise.resolve(isDirectory(path) ? { size: 0, directory: true } : null);
    },
    readDir: (path) => {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = new Set<string>();
      for (const file of store.keys()) {
        if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0] ?? '');
      }
      return Promise.resolve([...names]);
    },
  };
}
