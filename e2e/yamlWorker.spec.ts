import { expect, test } from './support/fixtures.ts';

test('the production build runs the YAML worker: schema completion and hovers from the CRDs', async ({
  page,
  yamlPane,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  // Opened with Import (not pasted): the test is about the worker, not the clipboard.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'route.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  hostnames:\n    - www.example.com\n',
    ),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported route.yaml' })).toBeVisible();
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await yamlPane.type('  ');
  const suggestions = page.getByRole('listbox', { name: /suggest/i });
  // The worker starts with the first request and loads the schema then: ask again until it answers.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await expect(suggestions.getByRole('option', { name: /parentRefs/ })).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(suggestions.getByRole('option', { name: /rules/ })).toBeVisible();
  expect(workers.some((url) => /yaml\.worker/.test(url))).toBe(true);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
