import { expect, test } from './support/fixtures.ts';

test('text typed before the YAML library has loaded is kept, keystroke by keystroke', async ({
  page,
  canvas,
}) => {
  // The code editor cannot load here, so the plain text area stays; the YAML library (which reads
  // text with errors) arrives only when this test lets it.
  await page.route(/\/assets\/monacoSetup-[^/]*\.js$/, (route) => route.abort());
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = false;
  await page.route(/\/assets\/browser-[^/]*\.js$/, async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  await page.goto('./');
  await expect(canvas.node('GatewayClass example')).toBeVisible({ timeout: 20_000 });
  const area = page.getByRole('textbox', { name: 'YAML editor' });
  await expect(area).toBeVisible();
  expect(held).toBe(true);
  await area.focus();
  await page.keyboard.press('ControlOrMeta+End');
  // An unclosed quote: text with an error, which only the YAML library can read.
  await page.keyboard.type('\nnote: "unclosed');
  await expect(area).toHaveValue(/\nnote: "unclosed$/);
  release();
  await expect(
    page.getByRole('region', { name: 'Problems' }).getByRole('listitem').first(),
  ).toContainText('Error', { timeout: 20_000 });
  await expect(area).toHaveValue(/\nnote: "unclosed$/);
});
