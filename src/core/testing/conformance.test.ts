import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../index.ts';
import { allTestManifests, baseManifests, meshManifests, readManifest } from './conformance.ts';

describe('conformance manifests as workspace input', () => {
  it.each(allTestManifests())('%s reads without YAML findings', (file) => {
    const workspace = createWorkspace(readManifest(file));
    expect(workspace.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(workspace.resources.length).toBeGreaterThan(0);
  });

  it('reads the base and mesh fixtures', () => {
    const base = createWorkspace(baseManifests());
    expect(
      base.resources.filter((entry) => entry.id.kind === 'Gateway').map((entry) => entry.id.name),
    ).toEqual(expect.arrayContaining(['same-namespace', 'all-namespaces', 'backend-namespaces']));
    const mesh = createWorkspace(meshManifests());
    expect(
      mesh.resources.filter((entry) => entry.id.kind === 'Service').map((entry) => entry.id.name),
    ).toEqual(expect.arrayContaining(['echo', 'echo-v1', 'echo-v2']));
  });
});
