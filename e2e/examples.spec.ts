import { expect, test } from './support/fixtures.ts';

const ids = [
  'canary',
  'mesh-canary',
  'split-across-rules',
  'blue-green',
  'header-routing',
  'grpc-methods',
  'ingress-and-mesh',
  'cross-namespace',
  'https-redirect',
];

for (const id of ids) {
  test(`?example=${id} opens with no errors in Problems`, async ({ page, simulator, yamlPane }) => {
    await simulator.openExample(id);
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await expect(yamlPane.problems).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    await expect(yamlPane.problemItems.filter({ hasText: /^Error/ })).toHaveCount(0);
    if (id === 'split-across-rules') {
      await expect(
        yamlPane.problemItems
          .filter({ hasText: /^Warning/ })
          .filter({ hasText: 'Rule 1 never receives traffic' }),
      ).toHaveCount(1);
    }
  });
}

test('weights split across rules give 100 / 0', async ({ simulator }) => {
  await simulator.openExample('split-across-rules');
  await simulator.send();
  await simulator.waitForSent(500);
  expect(await simulator.shares('default/echo-v1:80')).toEqual({ observed: 100, expected: 100 });
  expect(await simulator.shares('default/echo-v2:80')).toEqual({ observed: 0, expected: 0 });
});

test('the Examples gallery opens an example, and Undo returns to the work before it', async ({
  page,
  canvas,
  simulator,
}) => {
  await canvas.open(page);
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  const card = gallery.getByRole('listitem').filter({ hasText: 'Canary in the mesh' });
  await expect(card.getByRole('img', { name: 'Preview of Canary in the mesh' })).toBeVisible();
  await expect(card).toContainText('frontend');
  await card.getByRole('button', { name: 'Open' }).click();
  await expect(gallery).toBeHidden();
  await expect(canvas.node('HTTPRoute default/echo-route')).toBeVisible();
  await expect(simulator.request).toHaveValue('GET http://echo-service/');
  await expect(simulator.region.getByRole('combobox', { name: 'Entry' })).toHaveValue(
    'mesh:default',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvas.node('HTTPRoute default/echo-route')).toBeHidden();
  await expect(canvas.node('HTTPRoute default/web')).toBeVisible();
  // The simulator follows the document back.
  await expect(simulator.request).toHaveValue(/www\.example\.com/);
});

test('an unknown example is explained and the work stays', async ({ page, canvas }) => {
  await page.goto('./?example=no-such-example');
  await expect(
    page.getByRole('alert').filter({ hasText: 'no built-in example named “no-such-example”' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(canvas.node('GatewayClass example')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('example')).toBe(false);
});
