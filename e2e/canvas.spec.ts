import { generateRouteSet } from '../bench/generateRouteSet.ts';
import { CANARY } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';

const MESH = `---
apiVersion: v1
kind: Service
metadata:
  name: echo
  namespace: mesh
spec:
  ports:
    - port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: echo-split
  namespace: mesh
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: echo
      port: 80
  rules:
    - backendRefs:
        - name: echo
          port: 80
`;

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await canvas.open(page);
  await yamlPane.replaceText(CANARY + MESH);
  await expect(canvas.node('GatewayClass example')).toHaveCount(0);
  await canvas.settled();
});

test('the document reads as a graph: named nodes, lanes, namespaces, shares', async ({
  canvas,
}) => {
  for (const name of [
    'Gateway default/edge',
    'HTTPRoute default/web',
    'Service default/web-v1',
    'Service default/web-v2',
    'Service mesh/echo',
    'HTTPRoute mesh/echo-split',
  ]) {
    await expect(canvas.node(name)).toBeVisible();
  }
  await expect(canvas.region.getByText('90% (w 90)')).toBeVisible();
  await expect(canvas.region.getByText('10% (w 10)')).toBeVisible();
  await expect(canvas.region.getByText('North-south (ingress)')).toBeVisible();
  await expect(canvas.region.getByText('East-west (mesh)')).toBeVisible();
  await expect(
    canvas.region.getByRole('button', { name: 'Collapse namespace mesh' }),
  ).toBeVisible();
  // A rule shows its matches in short form; this one matches every request.
  await expect(canvas.node('HTTPRoute default/web')).toContainText('Any request');
});

test('text that does not read keeps the last good graph, marked stale', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await yamlPane.paste('---\nkind: [HTTPRoute\n');
  await expect(
    canvas.region.getByRole('status').filter({ hasText: 'last version that read' }),
  ).toBeVisible();
  await expect(canvas.node('HTTPRoute default/web')).toBeVisible();
  await expect(canvas.region.getByRole('button', { name: 'Add resource' })).toBeDisabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    canvas.region.getByRole('status').filter({ hasText: 'last version that read' }),
  ).toHaveCount(0);
});

test('a node selected on the canvas is the selection; the YAML cursor selects nodes', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await canvas.click('Service default/web-v1');
  await expect(canvas.node('Service default/web-v1')).toHaveClass(/selected/);
  await yamlPane.select('name: web-v2');
  // The cursor moves by keyboard, as a person moves it.
  await page.keyboard.press('ArrowRight');
  await expect(canvas.node('Service default/web-v2')).toHaveClass(/selected/);
  await expect(canvas.node('Service default/web-v1')).not.toHaveClass(/selected/);
});

test('search and filters narrow the graph; namespaces collapse and expand', async ({
  page,
  canvas,
}) => {
  const search = canvas.region.getByRole('searchbox', { name: 'Search the graph' });
  await search.fill('web-v');
  await expect(canvas.node('Service default/web-v1')).toBeVisible();
  await expect(canvas.node('Gateway default/edge')).toHaveCount(0);
  await expect(canvas.region.getByRole('status').filter({ hasText: /shown/ })).toHaveText(
    /^2 of \d+ shown$/,
  );
  await canvas.region.getByRole('button', { name: 'Clear filters' }).click();
  await canvas.region.getByRole('combobox', { name: 'Filter by kind' }).selectOption('HTTPRoute');
  await expect(canvas.node('HTTPRoute mesh/echo-split')).toBeVisible();
  await expect(canvas.node('Service mesh/echo')).toHaveCount(0);
  await canvas.region
    .getByRole('combobox', { name: 'Filter by namespace' })
    .selectOption('default');
  await expect(canvas.node('HTTPRoute mesh/echo-split')).toHaveCount(0);
  await expect(canvas.node('HTTPRoute default/web')).toBeVisible();
  await canvas.region.getByRole('button', { name: 'Clear filters' }).click();

  await canvas.fit();
  await canvas.region.getByRole('button', { name: 'Collapse namespace default' }).click();
  await expect(canvas.node('HTTPRoute default/web')).toHaveCount(0);
  await expect(canvas.node('Namespace default')).toContainText('Service2');
  await canvas.region.getByRole('button', { name: 'Expand namespace default' }).click();
  await expect(canvas.node('HTTPRoute default/web')).toBeVisible();
  await page.getByRole('button', { name: 'Collapse all namespaces' }).click();
  await expect(canvas.node('HTTPRoute mesh/echo-split')).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand all namespaces' }).click();
  await expect(canvas.node('HTTPRoute mesh/echo-split')).toBeVisible();
});

test('a dragged node stays where it was put until Auto layout', async ({ page, canvas }) => {
  await canvas.fit();
  const node = canvas.node('Service default/web-v2');
  const sibling = canvas.node('Service default/web-v1');
  // The layout puts both backends in one column; the difference does not depend on the zoom.
  const apart = async () => {
    const [a, b] = await Promise.all([node.boundingBox(), sibling.boundingBox()]);
    return Math.round((a?.x ?? 0) - (b?.x ?? 0));
  };
  expect(await apart()).toBe(0);
  const box = await node.boundingBox();
  if (!box) throw new Error('the node is not on screen');
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x - 60, box.y + 10, { steps: 8 });
  await page.mouse.up();
  const dragged = await apart();
  expect(dragged).toBeLessThan(-40);
  // An edit elsewhere keeps the position.
  await canvas.focus('Gateway default/edge');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(canvas.node('Gateway default/edge-2')).toBeVisible();
  expect(await apart()).toBe(dragged);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await canvas.settled();
  await expect.poll(apart).toBe(0);
});

test('a large document opens with its namespaces collapsed; selecting inside one expands it', async ({
  page,
  canvas,
  yamlPane,
}) => {
  const set = generateRouteSet({ northSouth: 200, mesh: 20 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'routes.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(set.text),
  });
  await expect(canvas.node('Namespace team-03')).toBeVisible({ timeout: 30_000 });
  await canvas.settled();
  await expect(canvas.node('HTTPRoute team-03/app-23')).toHaveCount(0);
  await yamlPane.select('app-23.team-03.example.com');
  await page.keyboard.press('ArrowRight');
  await expect(canvas.node('HTTPRoute team-03/app-23')).toHaveClass(/selected/);
  await expect(canvas.node('Namespace team-03')).toHaveCount(0);
  await expect(canvas.node('Namespace team-04')).toBeVisible();
});

test('a node selected at the edge of a panned view stays in view beside the inspector', async ({
  canvas,
}) => {
  await canvas.inspector.getByRole('button', { name: 'Close the inspector' }).click();
  await expect(canvas.inspector).toBeHidden();
  await canvas.fit();
  const node = canvas.node('Service default/web-v2');
  const [box, pane] = await Promise.all([
    node.boundingBox(),
    canvas.region.locator('.react-flow__pane').boundingBox(),
  ]);
  if (!box || !pane) throw new Error('the node is not on screen');
  // Its right edge a few pixels inside the canvas's: the inspector will take that side's room.
  await canvas.pan(Math.round(pane.x + pane.width - 8 - (box.x + box.width)), 0);
  expect(await canvas.fullyInView(node)).toBe(true);
  await node.click({ position: { x: 20, y: 10 } });
  await expect(canvas.inspector).toBeVisible();
  await expect.poll(() => canvas.fullyInView(node)).toBe(true);
});
