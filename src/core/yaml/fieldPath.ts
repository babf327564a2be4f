/** A field path in a resource: keys and list indices, e.g. `['spec', 'rules', 0, 'backendRefs']`. */
export type FieldPath = readonly (string | number)[];

const simpleKey = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way Kubernetes messages do: `spec.rules[0].backendRefs[1].weight`; keys
 * that are not simple names are quoted (`metadata.labels["app.kubernetes.io/name"]`).
 *
 * @param path - The path.
 */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (simpleKey.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Parses a path written by {@link formatPath}.
 *
 * @param text - `spec.rules[0].matches[1].path.value`, `metadata.labels["a.b/c"]`, or `""` for the root.
 * @returns The path, or null when the text is not a path.
 */
export function parsePath(text: string): FieldPath | null {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '[') {
      const close = findClose(text, i);
      if (close < 0) return null;
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) out.push(Number(inner));
      else {
        try {
          const key: unknown = JSON.parse(inner);
          if (typeof key !== 'string') return null;
          out.push(key);
        } catch {
          return null;
        }
      }
      i = close + 1;
    } else {
      if (char === '.') {
        if (out.length === 0) return null;
        i++;
      }
      const match = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(text.slice(i));
      if (!match) return null;
      out.push(match[0]);
      i += match[0].length;
    }
  }
  return out;
}

function findClose(text: string, open: number): number {
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === ']') return i;
  }
  return -1;
}

/**
 * Whether `prefix` is a prefix of (or equal to) `path`.
 *
 * @param prefix - The shorter path.
 * @param path - The longer path.
 */
export function startsWithPath(prefix: FieldPath, path: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
