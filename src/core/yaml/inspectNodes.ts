import { type Document, type Node, isAlias, isCollection, isNode, isPair } from 'yaml';
import { LIMITS } from './limits.ts';

/** What makes a document unsafe to turn into data, with the node that shows it. */
export type NodeHazard =
  | { readonly kind: 'aliasBomb'; readonly node: Node }
  | { readonly kind: 'aliasCycle'; readonly node: Node }
  | { readonly kind: 'tooDeep'; readonly node: Node };

interface Measure {
  /** Alias dereferences a full expansion of the node performs. */
  readonly expansions: number;
  /** Nesting depth of the expanded value. */
  readonly depth: number;
}

class HazardFound extends Error {
  constructor(readonly hazard: NodeHazard) {
    super(hazard.kind);
  }
}

const leaf: Measure = { expansions: 0, depth: 0 };

/**
 * Checks a parsed document before it is turned into data: counts the alias expansions a full
 * conversion would perform (so a "billion laughs" bomb is refused in time proportional to the
 * text, not to the expansion), finds aliases that refer to a node containing themselves, and
 * bounds the nesting depth.
 *
 * @param doc - A parsed document.
 * @returns The first hazard found, or null when the document is safe to convert.
 */
export function inspectNodes(doc: Document): NodeHazard | null {
  const memo = new Map<Node, Measure>();
  const active = new Set<Node>();

  // `level` is the nesting on the way down, so a deep text is refused before deep recursion.
  const measure = (node: unknown, level: number): Measure => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      // An alias to a scalar costs no more than the alias itself; only collections can explode.
      if (!target || !isCollection(target)) return leaf;
      if (active.has(target)) throw new HazardFound({ kind: 'aliasCycle', node });
      const inner = measure(target, level);
      const expansions = 1 + inner.expansions;
      if (expansions > LIMITS.maxAliasExpansions)
        throw new HazardFound({ kind: 'aliasBomb', node });
      return { expansions, depth: inner.depth };
    }
    if (isPair(node)) {
      const place = isNode(node.value) ? node.value : node.key;
      return combine(place, [node.key, node.value], 0, level);
    }
    if (isCollection(node)) {
      if (level >= LIMITS.maxDepth) throw new HazardFound({ kind: 'tooDeep', node });
      const known = memo.get(node);
      if (known) {
        if (known.depth + level > LIMITS.maxDepth) throw new HazardFound({ kind: 'tooDeep', node });
        return known;
      }
      active.add(node);
      const result = combine(node, node.items, 1, level + 1);
      active.delete(node);
      memo.set(node, result);
      return result;
    }
    return leaf;
  };

  const combine = (
    node: unknown,
    children: readonly unknown[],
    levels: number,
    level: number,
  ): Measure => {
    let expansions = 0;
    let depth = 0;
    for (const child of children) {
      const inner = measure(child, level);
      expansions += inner.expansions;
      depth = Math.max(depth, inner.depth);
      if (expansions > LIMITS.maxAliasExpansions) {
        throw new HazardFound({ kind: 'aliasBomb', node: node as Node });
      }
    }
    return { expansions, depth: depth + levels };
  };

  try {
    measure(doc.contents, 0);
    return null;
  } catch (error) {
    if (error instanceof HazardFound) return error.hazard;
    throw error;
  }
}
