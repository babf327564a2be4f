import type { CompiledHttpMatch } from './compiledRoute.ts';

/**
 * A node of the PathPrefix trie: one path element deeper than its parent. Children are found by
 * a hash of the element computed over the request path in place, so a lookup cuts no strings.
 */
export interface PrefixNode {
  /**
   * The elements this node adds (`""` for the root): one element, or several joined by `/` where
   * a chain of nodes without matches was merged into one.
   */
  element: string;
  /** Children by {@link elementHash}; a bucket holds the rare elements whose hashes collide. */
  children: Map<number, PrefixNode[]>;
  /** The child, when there is exactly one. */
  only: PrefixNode | undefined;
  /** The node one step up (undefined for the root). */
  parent: PrefixNode | undefined;
  /** The matches whose prefix ends at this node, in precedence order. */
  matches: CompiledHttpMatch[] | undefined;
}

/**
 * A hash of `text[start, end)`, kept within V8's small-integer range so map lookups stay fast.
 *
 * @param text - A path.
 * @param start - First character of the element.
 * @param end - One past its last character.
 */
export function elementHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x3fff_ffff;
}

/**
 * Creates an empty trie.
 *
 * @returns The root node (the prefix `/`).
 */
export function createPrefixTrie(): PrefixNode {
  return {
    element: '',
    children: new Map(),
    only: undefined,
    parent: undefined,
    matches: undefined,
  };
}

/**
 * The trie node of a prefix, created with the nodes above it when missing. Call
 * {@link compress} once every prefix is in.
 *
 * @param root - The trie.
 * @param key - A prefix in `normalizePrefix` form (`""` is the root).
 * @returns Its node.
 */
export function prefixNode(root: PrefixNode, key: string): PrefixNode {
  let node = root;
  if (key === '') return node;
  for (const element of key.slice(1).split('/')) {
    let child = node.children
      .get(elementHash(element, 0, element.length))
      ?.find((candidate) => candidate.element === element);
    if (!child) {
      child = { element, children: new Map(), only: undefined, parent: node, matches: undefined };
      const hash = elementHash(element, 0, element.length);
      const bucket = node.children.get(hash);
      if (bucket) bucket.push(child);
      else node.children.set(hash, [child]);
    }
    node = child;
  }
  return node;
}

/**
 * The child of a node for the path element `text[start, end)`, and where its elements end in the
 * path. A merged child matches when all its elements follow in the path.
 */
function childOf(
  node: PrefixNode,
  text: string,
  start: number,
  end: number,
): PrefixNode | undefined {
  // Below the first levels most nodes have one child: compare it directly, without hashing.
  const only = node.only;
  if (only) return holds(only, text, start, end) ? only : undefined;
  const bucket = node.children.get(elementHash(text, start, end));
  if (!bucket) return undefined;
  for (const child of bucket) if (holds(child, text, start, end)) return child;
  return undefined;
}

/** Whether a child's elements follow in the path at `start` (the first ending at `end`). */
function holds(child: PrefixNode, text: string, start: number, end: number): boolean {
  const after = start + child.element.length;
  return (
    after >= end &&
    (after === text.length || text.charCodeAt(after) === 47) &&
    text.startsWith(child.element, start)
  );
}

/**
 * Merges chains of nodes that have no matches and one child, so lookups take fewer steps, and
 * notes single children. Run once, after every prefix is in.
 *
 * @param node - The trie (or a subtree).
 */
export function compress(node: PrefixNode): void {
  for (const bucket of node.children.values()) {
    for (const child of bucket) {
      let only = singleChild(child);
      while (!child.matches && only) {
        child.element = `${child.element}/${only.element}`;
        child.children = only.children;
        child.matches = only.matches;
        for (const grandchildren of child.children.values()) {
          for (const grandchild of grandchildren) grandchild.parent = child;
        }
        only = singleChild(child);
      }
      compress(child);
    }
  }
  // Merging changed the children's elements, not which children there are.
  node.only = singleChild(node);
}

function singleChild(node: PrefixNode): PrefixNode | undefined {
  if (node.children.size !== 1) return undefined;
  const [bucket] = node.children.values();
  return bucket?.length === 1 ? bucket[0] : undefined;
}

/**
 * The deepest node whose prefix the path starts with, element-wise (the root when none deeper).
 * Its ancestors hold the shorter prefixes.
 *
 * @param root - The trie.
 * @param path - The request path, starting with `/`.
 */
export function deepestPrefix(root: PrefixNode, path: string): PrefixNode {
  let node = root;
  let start = 1;
  while (node.children.size > 0 && start < path.length) {
    let end = path.indexOf('/', start);
    if (end < 0) end = path.length;
    // An empty element (`//`) matches no prefix element; the prefixes so far still apply.
    const child = end > start ? childOf(node, path, start, end) : undefined;
    if (!child) break;
    node = child;
    start += child.element.length + 1;
  }
  return node;
}
