import { describe, expect, it } from 'vitest';
import { readPreferences } from './preferencesStorage.ts';

describe('saved preferences', () => {
  it.each([
    [
      'nothing saved, a Chinese browser',
      null,
      ['zh-TW'],
      { language: 'zh-Hant', theme: 'system', channel: 'standard' },
    ],
    [
      'saved choices',
      '{"language":"zh-Hans","theme":"dark","channel":"experimental"}',
      ['en'],
      { language: 'zh-Hans', theme: 'dark', channel: 'experimental' },
    ],
    [
      'unknown values',
      '{"language":"fr","theme":"neon","channel":"beta"}',
      ['en-GB'],
      { language: 'en', theme: 'system', channel: 'standard' },
    ],
    [
      'damaged data',
      '{"language":',
      ['zh-CN'],
      { language: 'zh-Hans', theme: 'system', channel: 'standard' },
    ],
    [
      'inherited keys only',
      '{"__proto__":{"language":"zh-Hant"}}',
      ['en'],
      { language: 'en', theme: 'system', channel: 'standard' },
    ],
  ] as const)('%s', (_name, raw, languages, expected) => {
    expect(readPreferences(raw, languages)).toEqual(expected);
  });
});
