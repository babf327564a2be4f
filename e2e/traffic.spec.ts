import { expect, test } from './support/fixtures.ts';

test('a canary example sends traffic that splits 90 / 10', async ({ simulator }) => {
  await simulator.openExample('canary');
  await expect(simulator.request).toHaveValue('GET http://www.example.com/');
  await simulator.send();
  await simulator.waitForSent(2000);
  const v1 = await simulator.shares('default/web-v1:8080');
  const v2 = await simulator.shares('default/web-v2:8080');
  expect(v1.expected).toBe(90);
  expect(v2.expected).toBe(10);
  expect(Math.abs(v1.observed - 90)).toBeLessThanOrEqual(3);
  expect(Math.abs(v2.observed - 10)).toBeLessThanOrEqual(3);
  await simulator.stop();
  await expect(simulator.region.getByRole('button', { name: 'Stop' })).toBeDisabled();
});

test('a traced request shows its route, rule and backend with the reasons', async ({
  page,
  simulator,
  canvas,
}) => {
  await simulator.openExample('header-routing');
  await simulator.request.fill('POST http://api.example.com/v1/orders');
  await simulator.trace();
  const trace = simulator.region;
  await expect(
    trace.getByRole('button', { name: 'HTTPRoute default/api', exact: true }),
  ).toBeVisible();
  await expect(trace.getByRole('button', { name: 'rule 1', exact: true })).toBeVisible();
  await expect(
    trace.getByRole('button', { name: 'default/api-primary:8080', exact: true }),
  ).toBeVisible();
  const steps = trace.getByRole('list').getByRole('listitem');
  await expect(steps.first()).toContainText('enters Gateway default/edge on port 80');
  await expect(steps.filter({ hasText: 'rule 1 match 0 wins' })).toHaveCount(1);
  await expect(steps.filter({ hasText: 'also matches but loses' })).not.toHaveCount(0);
  // A step's resource selects it on the canvas and in the inspector.
  await trace.getByRole('button', { name: 'default/api-primary:8080', exact: true }).click();
  await expect(canvas.inspector).toBeVisible();
  await expect(canvas.inspector).toContainText('api-primary');
  // The trace follows the documents: another method goes to the replicas.
  await simulator.request.fill('GET http://api.example.com/v1/orders');
  await page.keyboard.press('Enter');
  await expect(
    trace.getByRole('button', { name: 'default/api-replicas:8080', exact: true }),
  ).toBeVisible();
});

test('moving a weight while traffic runs changes the split, and Undo takes it back', async ({
  page,
  simulator,
  canvas,
}) => {
  await simulator.openExample('canary');
  await simulator.send();
  await simulator.waitForSent(500);
  await canvas.click('HTTPRoute default/web');
  for (const [service, weight] of [
    ['web-v1', '50'],
    ['web-v2', '50'],
  ] as const) {
    const field = canvas.inspector.getByRole('spinbutton', { name: `Weight ${service}` });
    await field.fill(weight);
    await field.press('Enter');
  }
  await expect.poll(async () => (await simulator.shares('default/web-v2:8080')).expected).toBe(50);
  await expect
    .poll(async () => (await simulator.shares('default/web-v2:8080')).observed, { timeout: 20_000 })
    .toBeGreaterThan(45);
  // 50 / 10 after the first Undo, then 90 / 10 again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await simulator.shares('default/web-v2:8080')).expected)
    .toBe(16.7);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await simulator.shares('default/web-v2:8080')).expected).toBe(10);
  await expect(simulator.region.getByRole('button', { name: 'Stop' })).toBeEnabled();
});

test('demo mode rolls the canary forward with the keyboard', async ({
  page,
  simulator,
  yamlPane,
}) => {
  await simulator.openExample('canary', '&demo');
  const demo = page.getByRole('region', { name: 'Demo' });
  await expect(demo).toContainText('Step 1 of 4');
  await expect(simulator.region.getByRole('button', { name: 'Stop' })).toBeEnabled();
  const expectedShare = async (percent: number) => {
    await expect
      .poll(async () => (await simulator.shares('default/web-v2:8080')).expected)
      .toBe(percent);
  };
  await expectedShare(0);
  await page.keyboard.press('ArrowRight');
  await expect(demo).toContainText('Step 2 of 4');
  await expectedShare(10);
  await page.keyboard.press(' ');
  await expect(demo).toContainText('Step 3 of 4');
  await expectedShare(50);
  await page.keyboard.press('ArrowRight');
  await expect(demo).toContainText('Step 4 of 4');
  await expectedShare(100);
  await expect
    .poll(async () => (await simulator.shares('default/web-v2:8080')).observed, { timeout: 20_000 })
    .toBe(100);
  await page.keyboard.press('ArrowLeft');
  await expect(demo).toContainText('Step 3 of 4');
  await expectedShare(50);
  expect(await yamlPane.exportedText()).toContain('weight: 50');
  await page.keyboard.press('Escape');
  await expect(demo).toBeHidden();
  // Each step was one change: Undo goes back a step at a time.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectedShare(100);
});
