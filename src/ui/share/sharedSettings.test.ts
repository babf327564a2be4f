import { describe, expect, it } from 'vitest';
import { readSharedSettings } from './sharedSettings.ts';

const settings = {
  draft: {
    method: 'GET',
    line: 'GET http://www.example.com/',
    headers: 'x-canary: true',
    grpcService: '',
    grpcMethod: '',
    entry: { kind: 'gateway', namespace: 'default', name: 'edge' },
  },
  mix: '',
  rate: 500,
};

describe('simulator settings from a link', () => {
  it('read back as they were written', () => {
    expect(readSharedSettings(settings)).toEqual(settings);
  });

  it('cap the rate', () => {
    expect(readSharedSettings({ ...settings, rate: 1e12 })?.rate).toBe(100_000);
  });

  it.each([
    { value: undefined },
    { value: 'x' },
    { value: { ...settings, rate: 0 } },
    { value: { ...settings, mix: 3 } },
    { value: { ...settings, draft: { ...settings.draft, entry: { kind: 'other' } } } },
    { value: { ...settings, draft: { ...settings.draft, line: null } } },
  ])('are dropped when they are not settings: $value', ({ value }) => {
    expect(readSharedSettings(value)).toBeNull();
  });
});
