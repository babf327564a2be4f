import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

async function seriousViolations(page: Page) {
  // The YAML editor's syntax colours are checked by the YAML pane's own tests.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor .view-lines').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

async function exportItem(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name }).click();
}

test('Copy as Mermaid copies the flowchart `switchyard graph --format mermaid` prints', async ({
  page,
  simulator,
}) => {
  await simulator.openExample('canary');
  await exportItem(page, 'Copy as Mermaid');
  await expect(page.getByRole('status').filter({ hasText: 'Mermaid flowchart' })).toBeVisible();
  const mermaid = await page.evaluate(() => navigator.clipboard.readText());
  expect(mermaid.startsWith('flowchart LR\n')).toBe(true);
  expect(mermaid).toContain('90%');
});

test('the canvas downloads as SVG and PNG', async ({ page, simulator }) => {
  await simulator.openExample('canary');
  const svgDownload = page.waitForEvent('download');
  await exportItem(page, 'Download SVG');
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('canary.svg');
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const name of ['edge', 'web-v1', 'web-v2', '90% (w 90)'])
    expect(text).toContain(`>${name}<`);
  expect(text).not.toContain('<div');

  const pngDownload = page.waitForEvent('download');
  await exportItem(page, 'Download PNG');
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('canary.png');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('names from the documents stay text in the SVG', async ({ page, simulator, yamlPane }) => {
  await simulator.openExample('canary');
  const text = await yamlPane.exportedText();
  await yamlPane.replaceText(
    text
      .replace('# Stable version: 90 of every 100 requests.', '# x')
      .replaceAll('name: web-v1', 'name: "web-v1<b>&amp;"'),
  );
  await expect(page.getByText('web-v1<b>&amp;', { exact: true }).first()).toBeVisible();
  const download = page.waitForEvent('download');
  await exportItem(page, 'Download SVG');
  const svg = await readFile(await (await download).path(), 'utf8');
  expect(svg).toContain('web-v1&lt;b&gt;&amp;amp;');
  expect(svg).not.toContain('<b>');
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`the simulator, the gallery and the demo have no serious accessibility violations (${theme})`, async ({
    page,
    simulator,
  }) => {
    // Two full-page scans while traffic animates: slow on a busy machine.
    test.slow();
    await simulator.openExample('canary', '&demo');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await simulator.trace();
    await simulator.waitForSent(200);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Examples', exact: true }).click();
    await expect(
      page.getByRole('dialog', { name: 'Examples' }).getByRole('img').first(),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the simulator is usable in Chinese', async ({ page, simulator }) => {
  await simulator.openExample('canary');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  const region = page.getByRole('region', { name: '流量模拟器' });
  await region.getByRole('button', { name: '发送流量' }).click();
  await expect(
    page.getByRole('table', { name: '流量结果' }).getByRole('columnheader', { name: '预期份额' }),
  ).toBeVisible();
});
