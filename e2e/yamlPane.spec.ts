import { formatDocuments } from '../src/core/index.ts';
import { CANARY, NEW_ROUTE } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';

test.beforeEach(async ({ page, yamlPane }) => {
  await page.goto('./');
  await yamlPane.ready();
  await yamlPane.importFile('canary.yaml', CANARY);
});

test('a route typed into the text appears on the canvas', async ({ page, yamlPane }) => {
  const canvas = page.getByRole('region', { name: 'Route graph' });
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/web' })).toBeVisible();
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await yamlPane.paste(`---\n${NEW_ROUTE}`);
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/new-route' })).toBeVisible();
  await yamlPane.select('new-route');
  await yamlPane.type('typed-route');
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/typed-route' })).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/new-route' })).toHaveCount(0);
});

test('broken YAML shows a problem with its line, keeps the canvas, and undo restores the text', async ({
  page,
  yamlPane,
}) => {
  const canvas = page.getByRole('region', { name: 'Route graph' });
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/web' })).toBeVisible();
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await yamlPane.paste('---\nkind: [HTTPRoute\nmetadata: {name: broken\n');
  const problem = yamlPane.problemItems.filter({ hasText: /line \d+/ }).first();
  await expect(problem).toHaveText(/^Error/);
  await expect(page.getByRole('status').filter({ hasText: 'does not read as YAML' })).toBeVisible();
  // The canvas keeps the last good state of the document.
  await expect(canvas.getByRole('group', { name: 'HTTPRoute default/web' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(yamlPane.problemItems.filter({ hasText: /^Error/ })).toHaveCount(0);
  expect(await yamlPane.exportedText()).toBe(CANARY);
});

test('the Problems panel lists each finding starting with its severity', async ({
  page,
  yamlPane,
}) => {
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+End');
  // The same Service twice: kubectl would keep only the last one.
  await yamlPane.paste('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-v1\n');
  const warning = yamlPane.problemItems.filter({ hasText: 'defined more than once' });
  await expect(warning).toHaveText(/^Warning/);
  await expect(warning).toContainText('Service default/web-v1');
  await yamlPane.paste('---\nbad: [\n');
  await expect(yamlPane.problemItems.first()).toHaveText(/^(Error|Warning)/);
  await expect(yamlPane.problemItems.filter({ hasText: /^Error/ }).first()).toBeVisible();
  // Filters by severity.
  await yamlPane.problems.getByRole('button', { name: /^Errors/ }).click();
  await expect(yamlPane.problemItems.filter({ hasText: /^Error/ })).toHaveCount(0);
  await expect(warning).toBeVisible();
});

test('the editor and the toolbar share one undo history', async ({ page, yamlPane }) => {
  const edited = CANARY.replace('weight: 90', 'weight: 7');
  await yamlPane.select('90');
  await yamlPane.type('7');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await yamlPane.exportedText()).toBe(CANARY);
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  expect(await yamlPane.exportedText()).toBe(edited);
  await yamlPane.undo();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  expect(await yamlPane.exportedText()).toBe(CANARY);
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(await yamlPane.exportedText()).toBe(edited);
});

test('Format rewrites the text in canonical form, keeps comments, and is undoable', async ({
  page,
  yamlPane,
}) => {
  const messy =
    'kind: Service\napiVersion: v1   # core\nmetadata: {name: api, namespace: default}\n';
  await yamlPane.replaceText(messy);
  await page.getByRole('button', { name: 'Format' }).click();
  const formatted = formatDocuments(messy).text;
  expect(formatted).not.toBe(messy);
  await expect.poll(() => yamlPane.exportedText()).toBe(formatted);
  expect(formatted).toContain('# core');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await yamlPane.exportedText()).toBe(messy);
  // The editor's shortcut runs the same command.
  await yamlPane.focus();
  await page.keyboard.press('Shift+Alt+F');
  await expect.poll(() => yamlPane.exportedText()).toBe(formatted);
});

test('moving the cursor in the text selects that resource; selecting on the canvas reveals its text', async ({
  page,
  yamlPane,
  canvas,
}) => {
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await yamlPane.select('weight: 90');
  await expect(inspector).toContainText('default/web');
  await canvas.click('Service default/web-v2');
  await expect(inspector).toContainText('default/web-v2');
  await expect(page.locator('.yaml-selected').first()).toBeVisible();
});

test('changing a weight in the inspector changes only that number in the text', async ({
  page,
  yamlPane,
  canvas,
}) => {
  await canvas.click('HTTPRoute default/web');
  const weight = page.getByRole('region', { name: 'Inspector' }).getByLabel('Weight web-v2');
  await weight.fill('25');
  await weight.press('Enter');
  await expect
    .poll(() => yamlPane.exportedText())
    .toBe(CANARY.replace('weight: 10 #', 'weight: 25 #'));
});

test('What changed shows the differences from the imported document', async ({
  page,
  yamlPane,
}) => {
  await page.getByRole('tab', { name: 'What changed' }).click();
  const changes = page.getByRole('region', { name: 'What changed' });
  await expect(changes).toContainText('No changes since the document was opened or imported.');
  await yamlPane.select('90');
  await yamlPane.type('70');
  await expect(changes).toContainText('weight: 70');
  await expect(changes).toContainText('weight: 90');
});
