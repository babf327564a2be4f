import type { Page } from '@playwright/test';
import { CANARY } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';

test.beforeEach(async ({ page, yamlPane }) => {
  await page.goto('./');
  await yamlPane.ready();
});

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer });
}

test('an imported file exports byte for byte', async ({ page, yamlPane }) => {
  const bytes = Buffer.from(`${CANARY}# ünïcode, 中文, and a last line without a newline`, 'utf8');
  await importFile(page, 'routes.yaml', bytes);
  await expect(page.getByRole('status').filter({ hasText: 'Imported routes.yaml' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Download YAML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('routes.yaml');
  const { readFile } = await import('node:fs/promises');
  expect(Buffer.compare(await readFile(await file.path()), bytes)).toBe(0);
  expect(await yamlPane.exportedText()).toBe(bytes.toString('utf8'));
});

test('an import can be undone', async ({ page, yamlPane }) => {
  await yamlPane.replaceText(CANARY);
  await importFile(
    page,
    'other.yaml',
    Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: other\n'),
  );
  await expect(
    page
      .getByRole('region', { name: 'Route graph' })
      .getByRole('group', { name: 'Service default/other' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await yamlPane.exportedText()).toBe(CANARY);
});

test.describe('a file that cannot be imported is named and nothing is lost', () => {
  const cases: readonly [string, Buffer, RegExp][] = [
    [
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /photo\.png is not a text file/,
    ],
    [
      'huge.yaml',
      Buffer.alloc(5 * 1024 * 1024 + 1, 0x61),
      /huge\.yaml is 5\.0 MiB, more than the limit/,
    ],
    [
      'notes.yaml',
      Buffer.from('apiVersion: v1\nkind: [Service\n'),
      /notes\.yaml does not read as YAML \(line \d+/,
    ],
    ['readme.txt', Buffer.from('Just some words.\n'), /readme\.txt holds no Kubernetes resources/],
  ];
  for (const [name, buffer, message] of cases) {
    test(name, async ({ page, yamlPane }) => {
      await yamlPane.replaceText(CANARY);
      await importFile(page, name, buffer);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      expect(await yamlPane.exportedText()).toBe(CANARY);
    });
  }
});

test('Copy YAML puts the whole text on the clipboard', async ({ page, yamlPane }) => {
  await yamlPane.replaceText(CANARY);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy YAML' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'on the clipboard' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANARY);
});

test('the Export menu works from the keyboard', async ({ page }) => {
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Download YAML' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Copy YAML' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('YAML pasted onto the canvas is added to the document', async ({ page, yamlPane }) => {
  await yamlPane.replaceText(CANARY);
  const canvas = page.getByRole('region', { name: 'Route graph' });
  await canvas.focus();
  await page.evaluate(() =>
    navigator.clipboard.writeText('apiVersion: v1\nkind: Service\nmetadata:\n  name: pasted\n'),
  );
  await page.keyboard.press('ControlOrMeta+V');
  await expect(canvas.getByRole('group', { name: 'Service default/pasted' })).toBeVisible();
  expect(await yamlPane.exportedText()).toBe(
    `${CANARY}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: pasted\n`,
  );
});

test('a file dropped on the page is imported', async ({ page, yamlPane }) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n'], 'dropped.yaml', {
        type: 'application/yaml',
      }),
    );
    return transfer;
  });
  const canvas = page.getByRole('region', { name: 'Route graph' });
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
  await expect
    .poll(() => yamlPane.exportedText())
    .toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n');
});
