import { createWorkspace, projectGraph, toMermaid } from '../../core/index.ts';

/**
 * The graph of the documents as a Mermaid flowchart: exactly what `switchyard graph --format
 * mermaid` prints for the same text (the same reading of the text, with namespace `default` for
 * resources without one, and the same projection).
 *
 * @param text - The documents.
 */
export function mermaidOf(text: string): string {
  return toMermaid(projectGraph(createWorkspace(text, { defaultNamespace: 'default' })));
}
