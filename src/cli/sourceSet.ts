import { createLineIndex, lineColumnAt, type LineIndex } from '../core/index.ts';
import type { InputSource } from './inputs.ts';

/** Where an offset of the joined text is in the inputs: file and 1-based line and column. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Several inputs read as one document set, with the way back from the joined text to each file. */
export interface SourceSet {
  readonly text: string;
  readonly positionOf: (offset: number) => SourcePosition | null;
}

interface Part {
  readonly name: string;
  readonly start: number;
  readonly length: number;
  readonly lines: LineIndex;
}

/**
 * Joins inputs into one text (documents of different files never merge: a `---` line separates
 * them) so that references across files resolve, and maps offsets back to files.
 *
 * @param inputs - The inputs in order.
 */
export function joinSources(inputs: readonly InputSource[]): SourceSet {
  const parts: Part[] = [];
  let text = '';
  for (const input of inputs) {
    if (text !== '') text += text.endsWith('\n') ? '---\n' : '\n---\n';
    parts.push({
      name: input.name,
      start: text.length,
      length: input.text.length,
      lines: createLineIndex(input.text),
    });
    text += input.text;
  }
  return {
    text,
    positionOf(offset) {
      const part = parts.findLast((candidate) => candidate.start <= offset);
      if (!part || offset > part.start + part.length) return null;
      const { line, column } = lineColumnAt(part.lines, offset - part.start);
      return { file: part.name, line, column };
    },
  };
}
