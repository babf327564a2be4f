import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, projectGraph } from '../../core/index.ts';
import { previewLayout } from './previewLayout.ts';

const folder = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');

describe('example previews', () => {
  it('draw the canary from the Internet through the Gateway and the route to both versions', () => {
    const layout = previewLayout(
      projectGraph(createWorkspace(readFileSync(join(folder, 'canary.yaml'), 'utf8'))),
    );
    const columns = new Map<number, string[]>();
    for (const node of layout.nodes)
      columns.set(node.x, [...(columns.get(node.x) ?? []), node.label]);
    expect(
      [...columns.entries()].sort(([a], [b]) => a - b).map(([, labels]) => labels.sort()),
    ).toEqual([['Internet'], ['edge'], ['web'], ['web-v1', 'web-v2']]);
    expect(layout.edges.length).toBe(4);
    for (const node of layout.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('is empty for no documents', () => {
    expect(previewLayout(projectGraph(createWorkspace(''))).nodes).toEqual([]);
  });
});
