import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { aggregateFeatureNotes } from './aggregateFeatureNotes.ts';

const note = (name: string, feature: string, code = 'ExtendedFeature'): Diagnostic => ({
  severity: 'info',
  code,
  message: `${feature} is an Extended feature`,
  resource: { kind: 'HTTPRoute', namespace: 'default', name },
  path: 'spec.rules[0]',
  range: null,
  i18n: { key: code, params: { feature } },
});

describe('aggregateFeatureNotes', () => {
  it('keeps one note per feature, at its first use, with the number of resources using it', () => {
    const error: Diagnostic = {
      ...note('a', 'x'),
      severity: 'error',
      code: 'BackendNotFound',
      i18n: { key: 'BackendNotFound', params: {} },
    };
    const out = aggregateFeatureNotes([
      note('a', 'Method matching'),
      error,
      note('b', 'Method matching'),
      note('b', 'CORS'),
      note('c', 'Method matching'),
    ]);
    expect(out.map((d) => [d.code, d.resource?.name, d.message])).toEqual([
      [
        'ExtendedFeature',
        'a',
        'Method matching is an Extended feature (used by 3 resources; this is the first)',
      ],
      ['BackendNotFound', 'a', 'x is an Extended feature'],
      ['ExtendedFeature', 'b', 'CORS is an Extended feature'],
    ]);
    expect(out[0]?.i18n?.params).toEqual({ feature: 'Method matching', others: 2, users: 3 });
  });
});
