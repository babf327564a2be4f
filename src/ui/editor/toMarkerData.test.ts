import type { MarkerSeverity } from 'monaco-editor/esm/vs/editor/editor.api.js';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../analysis/protocol.ts';
import { toMarkerData } from './toMarkerData.ts';

const severities = { error: 8, warning: 4, info: 2 } as unknown as Record<
  'error' | 'warning' | 'info',
  MarkerSeverity
>;

function problem(
  severity: 'error' | 'warning' | 'info',
  message: string,
  at: number | null,
): Problem {
  return {
    diagnostic: {
      severity,
      code: 'CELViolation',
      message,
      resource: null,
      path: null,
      range: at === null ? null : { start: at, end: at + 4 },
    },
    start: at === null ? null : { line: 3, column: 5 },
    end: at === null ? null : { line: 3, column: 9 },
    resourceKey: null,
  };
}

describe('editor markers', () => {
  it('marks each problem with a place at its line and columns, with its severity', () => {
    const markers = toMarkerData(
      [problem('error', 'bad', 10), problem('info', 'note', null), problem('warning', 'odd', 10)],
      severities,
      (p) => p.diagnostic.message,
    );
    expect(markers).toEqual([
      {
        severity: 8,
        message: 'bad',
        code: 'CELViolation',
        source: 'Switchyard',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 9,
      },
      {
        severity: 4,
        message: 'odd',
        code: 'CELViolation',
        source: 'Switchyard',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 9,
      },
    ]);
  });

  it('passes messages through as text, in the interface language', () => {
    const [marker] = toMarkerData(
      [problem('error', '<img src=x onerror=alert(1)>', 0)],
      severities,
      (p) => `翻译：${p.diagnostic.message}`,
    );
    expect(marker?.message).toBe('翻译：<img src=x onerror=alert(1)>');
  });
});
