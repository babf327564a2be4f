import { generateRouteSet } from '../bench/generateRouteSet.ts';
import { expect, test } from './support/fixtures.ts';

const route = 'HTTPRoute default/echo-route';

test('a share link opened in a new page shows the same YAML and layout, until kept', async ({
  page,
  browser,
  canvas,
  simulator,
  yamlPane,
}) => {
  await simulator.openExample('mesh-canary');
  await canvas.click(route);
  const weight = canvas.inspector.getByRole('spinbutton', { name: 'Weight echo-v2' });
  await weight.fill('30');
  await weight.press('Enter');
  await expect(canvas.region.getByText('75% (w 90)')).toBeVisible();
  const text = await yamlPane.exportedText();
  const position = await canvas.node(route).evaluate((node) => node.style.transform);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const link = page.url();
  expect(link).toMatch(/#share=v1\./);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Someone else opens it: their own work is the canary example.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await context.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: 'Shared link' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  const theirPane = new (yamlPane.constructor as new (p: typeof other) => typeof yamlPane)(other);
  expect(await theirPane.exportedText()).toBe(text);
  const theirCanvas = new (canvas.constructor as new (p: typeof other) => typeof canvas)(other);
  await expect(theirCanvas.node(route)).toBeVisible();
  expect(await theirCanvas.node(route).evaluate((node) => node.style.transform)).toBe(position);

  // Discard: back to their own work.
  await banner.getByRole('button', { name: 'Discard' }).click();
  await expect(banner).toBeHidden();
  await expect(theirCanvas.node('HTTPRoute default/web')).toBeVisible();
  await expect(theirCanvas.node(route)).toBeHidden();
  expect(other.url()).not.toContain('#share=');

  // Keep: the shared documents become their work, and stay after a reload.
  await other.goto(link);
  await banner.getByRole('button', { name: 'Keep' }).click();
  await expect(banner).toBeHidden();
  await other.reload();
  await expect(theirCanvas.node(route)).toBeVisible({ timeout: 20_000 });
  expect(await theirPane.exportedText()).toBe(text);
  await context.close();
});

test('a damaged share link is explained and nothing of it is opened', async ({ page, canvas }) => {
  await page.goto('./#share=v1.q1YqyS');
  await expect(
    page.getByRole('alert').filter({ hasText: 'This share link is damaged' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(canvas.node('GatewayClass example')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared link' })).toBeHidden();
});

test('documents too large for a link are offered as a file instead', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await canvas.open(page);
  await yamlPane.importFile('routes.yaml', generateRouteSet({ northSouth: 200, mesh: 0 }).text);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: 'more than the 8,000' });
  await expect(notice).toBeVisible();
  expect(page.url()).not.toContain('#share=');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download YAML' }).click();
  expect((await download).suggestedFilename()).toBe('routes.yaml');
});
