import { describe, expect, it } from 'vitest';
import {
  allTestManifests,
  baseManifests,
  meshManifests,
  readManifest,
} from '../testing/conformance.ts';
import { createWorkspace } from '../yaml/workspace.ts';
import { validate } from './validate.ts';

// Codes of what the API server itself says (schema, CEL, served versions).
const apiServerCodes = new Set([
  'SchemaViolation',
  'CELViolation',
  'CELNotChecked',
  'UnknownKind',
  'UnservedVersion',
  'UnknownField',
]);

// Manifests that use experimental-channel fields.
const experimental = new Set(['tests/httproute-retry.yaml']);

function apiServerFindings(text: string, channel: 'standard' | 'experimental') {
  return validate(createWorkspace(text), { channel })
    .diagnostics.filter((diagnostic) => apiServerCodes.has(diagnostic.code))
    .map(({ severity, code, message, path, resource }) => ({
      severity,
      code,
      message,
      path,
      resource,
    }));
}

describe('the Gateway API conformance manifests', () => {
  it.each([
    ['base/manifests.yaml', baseManifests()],
    ['mesh/manifests.yaml', meshManifests()],
  ])('%s pass the schemas and CEL rules of both channels', (_file, text) => {
    expect(apiServerFindings(text, 'standard')).toEqual([]);
    expect(apiServerFindings(text, 'experimental')).toEqual([]);
  });

  it.each(allTestManifests())('%s passes the schemas and CEL rules', (file) => {
    const text = readManifest(file);
    expect(apiServerFindings(text, experimental.has(file) ? 'experimental' : 'standard')).toEqual(
      [],
    );
  });

  it('flags the experimental retry field as unknown in the standard channel', () => {
    const findings = apiServerFindings(readManifest('tests/httproute-retry.yaml'), 'standard');
    expect(
      findings.map((finding) => `${finding.severity} ${finding.code} ${finding.path ?? ''}`),
    ).toEqual([
      'warning UnknownField spec.rules[0].retry',
      'warning UnknownField spec.rules[1].retry',
    ]);
  });
});
