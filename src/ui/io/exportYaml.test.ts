import { describe, expect, it } from 'vitest';
import { yamlFileName } from './exportYaml.ts';

describe('the name of a download', () => {
  it.each([
    [null, 'switchyard.yaml'],
    ['routes.yaml', 'routes.yaml'],
    ['Routes.YML', 'Routes.YML'],
    ['gateway.json', 'gateway.yaml'],
    ['notes', 'notes.yaml'],
  ])('%s → %s', (documentName, expected) => {
    expect(yamlFileName(documentName)).toBe(expected);
  });
});
