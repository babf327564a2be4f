import { parseAllDocuments } from 'yaml';
import { CANARY } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';

/** A document of the exported text, as plain data. */
interface Doc {
  readonly kind?: string;
  readonly metadata?: { readonly name?: string };
  readonly spec?: unknown;
}

/** The documents of the exported text, as plain data. */
async function exportedData(yamlPane: { exportedText(): Promise<string> }) {
  const text = await yamlPane.exportedText();
  return { text, docs: parseAllDocuments(text).map((doc) => doc.toJS() as Doc) };
}

function find(docs: readonly Doc[], kind: string, name: string): Doc | undefined {
  return docs.find((doc) => doc.kind === kind && doc.metadata?.name === name);
}

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await canvas.open(page);
  await yamlPane.replaceText(CANARY);
  await expect(canvas.node('GatewayClass example')).toHaveCount(0);
  await canvas.settled();
});

test('the palette adds a resource with defaults, by keyboard, and selects it', async ({
  canvas,
  yamlPane,
}) => {
  await canvas.add('Gateway');
  await expect(canvas.node('Gateway default/gateway')).toBeVisible();
  await expect(canvas.node('Gateway default/gateway')).toHaveClass(/selected/);
  await expect(canvas.inspector.getByRole('heading', { name: 'default/gateway' })).toBeVisible();
  const { docs } = await exportedData(yamlPane);
  expect(find(docs, 'Gateway', 'gateway')?.spec).toMatchObject({
    gatewayClassName: 'example',
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
  });
});

test('Delete removes a resource and the references to it; Undo brings both back', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await canvas.focus('Service default/web-v2');
  await page.keyboard.press('Delete');
  await expect(canvas.node('Service default/web-v2')).toHaveCount(0);
  let { text } = await exportedData(yamlPane);
  expect(text).not.toContain('web-v2');
  expect(text).toContain('# Stable: most of the traffic.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.node('Service default/web-v2')).toBeVisible();
  ({ text } = await exportedData(yamlPane));
  expect(text).toBe(CANARY);
});

test('F2 renames a resource and every reference to it', async ({ canvas, yamlPane }) => {
  await canvas.rename('Service default/web-v2', 'web-canary');
  await expect(canvas.node('Service default/web-canary')).toBeVisible();
  const { text, docs } = await exportedData(yamlPane);
  expect(find(docs, 'HTTPRoute', 'web')?.spec).toMatchObject({
    rules: [{ backendRefs: [{ name: 'web-v1' }, { name: 'web-canary' }] }],
  });
  expect(text).toContain('weight: 10 # keep this comment');
});

test('the rename dialog checks the name as it is typed', async ({ page, canvas }) => {
  await canvas.focus('Service default/web-v2');
  await page.keyboard.press('F2');
  const dialog = canvas.dialog(/^Rename /);
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Web_V2');
  await expect(dialog.getByText('starting with a letter')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(canvas.node('Service default/web-v2')).toBeFocused();
});

test('Ctrl+D duplicates a resource next to it', async ({ page, canvas, yamlPane }) => {
  await canvas.focus('HTTPRoute default/web');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(canvas.node('HTTPRoute default/web-2')).toBeVisible();
  const { docs } = await exportedData(yamlPane);
  expect(find(docs, 'HTTPRoute', 'web-2')?.spec).toEqual(find(docs, 'HTTPRoute', 'web')?.spec);
});

test('dragging a route to a listener attaches it; a rule to a Service adds a backend', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await canvas.add('HTTPRoute');
  const route = 'HTTPRoute default/http-route';
  await expect(canvas.node(route)).toBeVisible();
  await canvas.fit();
  await canvas.drag(
    canvas.handle(route, 'parents', 'target'),
    canvas.handle('Gateway default/edge', 'listener:http', 'source'),
  );
  await canvas.drag(
    canvas.handle(route, 'rule:0', 'source'),
    canvas.handle('Service default/web-v1', 'backend', 'target'),
  );
  await expect(
    page.getByRole('img', { name: `${route} sends 100% to Service default/web-v1` }),
  ).toBeAttached();
  const { docs } = await exportedData(yamlPane);
  expect(find(docs, 'HTTPRoute', 'http-route')?.spec).toMatchObject({
    parentRefs: [{ name: 'edge', sectionName: 'http' }],
    rules: [{ backendRefs: [{ name: 'web-v1', port: 8080 }] }],
  });
});

test('"Attach to…" and "Send to…" do the same from the keyboard', async ({ canvas, yamlPane }) => {
  await canvas.add('HTTPRoute');
  const route = 'HTTPRoute default/http-route';
  await canvas.attach(route, 'Gateway default/edge · listener http (HTTP :80)');
  await canvas.sendTo(route, 'Service default/web-v2');
  const { docs } = await exportedData(yamlPane);
  expect(find(docs, 'HTTPRoute', 'http-route')?.spec).toMatchObject({
    parentRefs: [{ name: 'edge', sectionName: 'http' }],
    rules: [{ backendRefs: [{ name: 'web-v2', port: 8080 }] }],
  });
  await expect(canvas.node(route)).toBeVisible();
});
