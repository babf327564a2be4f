import { parseAllDocuments } from 'yaml';
import { CANARY } from './support/documents.ts';
import { expect, test } from './support/fixtures.ts';

const ROUTE = 'HTTPRoute default/web';

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await canvas.open(page);
  await yamlPane.replaceText(CANARY);
  await expect(canvas.node('GatewayClass example')).toHaveCount(0);
  await canvas.settled();
  // As Tab does: the canvas brings a focused node into view, wherever the layout put it.
  await canvas.focus(ROUTE);
  await expect(canvas.inspector).toBeVisible();
});

test('a weight typed in the inspector changes only that number; shares follow', async ({
  canvas,
  yamlPane,
}) => {
  const weight = canvas.inspector.getByRole('spinbutton', { name: 'Weight web-v1' });
  await expect(weight).toHaveValue('90');
  await weight.fill('30');
  await expect(canvas.inspector.getByText('75%', { exact: true })).toBeVisible();
  await weight.press('Enter');
  await expect(canvas.region.getByText('75% (w 30)')).toBeVisible();
  expect(await yamlPane.exportedText()).toBe(CANARY.replace('weight: 90', 'weight: 30'));
});

test('a slider drag is one change, undone in one step', async ({ page, canvas, yamlPane }) => {
  const slider = canvas.inspector.getByRole('slider', { name: 'Adjust the weight of web-v2' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider is not on screen');
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
  await page.mouse.down();
  for (const part of [0.2, 0.3, 0.4, 0.5]) {
    await page.mouse.move(box.x + box.width * part, box.y + box.height / 2, { steps: 3 });
  }
  await page.mouse.up();
  const weight = canvas.inspector.getByRole('spinbutton', { name: 'Weight web-v2' });
  await expect(weight).not.toHaveValue('10');
  const moved = await weight.inputValue();
  await expect
    .poll(() => yamlPane.exportedText())
    .toContain(`weight: ${moved} # keep this comment`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(weight).toHaveValue('10');
  expect(await yamlPane.exportedText()).toBe(CANARY);
});

test('fields check what is typed and never write an invalid value', async ({
  canvas,
  yamlPane,
}) => {
  const add = canvas.inspector.getByRole('textbox', { name: 'Add to Hostnames' });
  await add.fill('Not_A_Host');
  await expect(canvas.inspector.getByText('A hostname like www.example.com')).toBeVisible();
  await expect(add.locator('..').getByRole('button', { name: 'Add' })).toBeDisabled();
  await add.fill('www.example.com');
  await add.press('Enter');
  await expect(canvas.inspector.getByRole('textbox', { name: 'Hostname 1' })).toHaveValue(
    'www.example.com',
  );
  const port = canvas.inspector.getByRole('spinbutton', { name: 'Port' }).first();
  await port.fill('70000');
  await port.blur();
  await expect(canvas.inspector.getByText('From 1 to 65,535.')).toBeVisible();
  const text = await yamlPane.exportedText();
  expect(text).toContain('hostnames:\n    - www.example.com');
  expect(text).not.toContain('70000');
});

test('matches, filters and timeouts are edited as forms', async ({ canvas, yamlPane }) => {
  const inspector = canvas.inspector;
  await inspector.getByRole('button', { name: 'Add match' }).click();
  const path = inspector.getByRole('textbox', { name: 'Path' });
  await path.fill('/api');
  await path.press('Enter');
  await inspector.getByRole('combobox', { name: 'Method' }).selectOption('GET');
  await inspector
    .getByRole('combobox', { name: 'Filter type' })
    .first()
    .selectOption('RequestHeaderModifier');
  await inspector.getByRole('button', { name: 'Add filter' }).first().click();
  const timeout = inspector.getByRole('textbox', { name: 'Request timeout', exact: true });
  await timeout.fill('10');
  await expect(inspector.getByText('A duration like 10s')).toBeVisible();
  await timeout.fill('10s');
  await timeout.press('Enter');
  await expect(canvas.node(ROUTE)).toContainText('GET /api/*');
  const docs = parseAllDocuments(await yamlPane.exportedText()).map(
    (doc) => doc.toJS() as { kind?: string; spec?: unknown },
  );
  const route = docs.find((doc) => doc.kind === 'HTTPRoute');
  expect(route?.spec).toMatchObject({
    rules: [
      {
        matches: [{ path: { type: 'PathPrefix', value: '/api' }, method: 'GET' }],
        filters: [{ type: 'RequestHeaderModifier' }],
        timeouts: { request: '10s' },
      },
    ],
  });
});

test('the findings about a field show under it', async ({ canvas, yamlPane }) => {
  await yamlPane.replaceText(CANARY.replace('- name: web-v2', '- name: web-v3'));
  await canvas.click(ROUTE);
  const backend = canvas.inspector.locator('[data-path="spec.rules[0].backendRefs[1]"]');
  // A backend that is not in the documents is a warning (it may be managed elsewhere).
  await expect(
    backend.getByText('Warning: Service default/web-v3 is not in the documents'),
  ).toBeVisible();
  await expect(canvas.node(ROUTE).locator('.sy-node--warning')).toBeVisible();
  await expect(canvas.node('Service default/web-v3')).toContainText('Not in the documents');
});

test('a rule clicked on the canvas opens in the inspector', async ({ canvas, yamlPane }) => {
  await canvas.inspector.getByRole('button', { name: 'Add rule' }).click();
  await canvas.inspector.getByRole('button', { name: 'Add rule' }).click();
  await canvas.inspector.getByRole('button', { name: 'Add rule' }).click();
  const added = canvas.node(ROUTE).locator('[data-path="spec.rules[3]"]');
  await expect(added).toBeVisible();
  // The taller node may now reach under the minimap or the inspector: drag it into the open.
  await canvas.settled();
  await canvas.bringToCentre(added);
  await added.click();
  await expect(canvas.inspector.locator('details[data-path="spec.rules[3]"]')).toHaveAttribute(
    'open',
    '',
  );
  expect((await yamlPane.exportedText()).match(/- matches:/g)).toHaveLength(3);
});

test.describe('on a large screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a fitted graph stays fitted when the inspector opens and closes', async ({ canvas }) => {
    const names = ['Internet', 'Gateway default/edge', ROUTE, 'Service default/web-v2'];
    const allInView = async () => {
      const seen = await Promise.all(names.map((name) => canvas.fullyInView(canvas.node(name))));
      return seen.every(Boolean);
    };
    await canvas.inspector.getByRole('button', { name: 'Close the inspector' }).click();
    await expect(canvas.inspector).toBeHidden();
    await canvas.fit();
    await expect.poll(allInView).toBe(true);
    await canvas.node(ROUTE).click();
    await expect(canvas.inspector).toBeVisible();
    await canvas.settled();
    await expect.poll(allInView).toBe(true);
  });
});
