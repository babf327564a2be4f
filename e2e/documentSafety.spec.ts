import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CANARY } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';
import { YamlPane } from './support/yamlPane.ts';

const saved = (page: Page) =>
  expect(page.getByRole('status', { name: 'Saving' })).toHaveText('Saved in this browser');

test('reloading the page restores the work', async ({ page, yamlPane }) => {
  await page.goto('./');
  await yamlPane.replaceText(CANARY);
  await yamlPane.select('weight: 90');
  await yamlPane.type('weight: 75');
  // Ctrl+S keeps the work in the browser (and says so) instead of opening the "save page" dialog.
  await page.keyboard.press('ControlOrMeta+S');
  await expect(
    page.getByRole('status').filter({ hasText: 'saved in this browser as you type' }),
  ).toBeVisible();
  await saved(page);
  await page.reload();
  await yamlPane.ready();
  expect(await yamlPane.exportedText()).toBe(CANARY.replace('weight: 90', 'weight: 75'));
  // Restoring is not an edit: there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('damaged saved work is reported, kept for download, and does not stop the page', async ({
  page,
  yamlPane,
}) => {
  const damaged = '{"app":"switchyard","version":1,"work":{"text":';
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('switchyard:work:head', JSON.stringify({ slot: 'a', generation: 3 }));
    localStorage.setItem('switchyard:work:a', raw);
  }, damaged);
  await page.goto('./');
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the saved data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(damaged);
  // The page works: new work is edited and saved beside the damaged data.
  await yamlPane.replaceText(CANARY);
  await saved(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('switchyard:work:unreadable'))).toBe(
    damaged,
  );
});

test('full storage is reported and the YAML stays downloadable', async ({ page, yamlPane }) => {
  await page.addInitScript(() => {
    const { setItem } = Object.getOwnPropertyDescriptors(Storage.prototype);
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('switchyard:work:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      (setItem.value as (this: Storage, key: string, value: string) => void).call(this, key, value);
    };
  });
  await page.goto('./');
  await yamlPane.replaceText(CANARY);
  const notice = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download YAML' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(CANARY);
});

test('two tabs do not overwrite each other blindly', async ({ page, context, yamlPane }) => {
  await page.goto('./');
  await yamlPane.replaceText(CANARY);
  await saved(page);
  const other = await context.newPage();
  await other.goto('./');
  const otherPane = new YamlPane(other);
  await otherPane.select('weight: 90');
  await otherPane.type('weight: 60');
  await saved(other);
  const notice = page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('status')
    .filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Load the other tab’s work' }).click();
  expect(await yamlPane.exportedText()).toBe(CANARY.replace('weight: 90', 'weight: 60'));
});

test('the language and theme choices are kept', async ({ page, yamlPane }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hant');
  await expect(page.getByRole('button', { name: '匯入' })).toBeVisible();
  await page.reload();
  await yamlPane.page.getByRole('textbox', { name: 'YAML 編輯器' }).waitFor();
  await expect(page.getByRole('combobox', { name: '語言' })).toHaveValue('zh-Hant');
  await expect(page.getByRole('combobox', { name: '主題' })).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
