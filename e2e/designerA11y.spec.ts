import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';

for (const theme of ['Light', 'Dark'] as const) {
  test(`the designer has no serious or critical accessibility violations (${theme})`, async ({
    page,
    canvas,
  }) => {
    await canvas.open(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await canvas.click('HTTPRoute default/web');
    await expect(canvas.inspector).toBeVisible();
    // NOTE: the YAML editor's syntax colours are the editor's theme, checked by the YAML pane's
    // own tests; everything else on the screen is scanned.
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor .view-lines').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    expect(serious).toEqual([]);
  });
}

test('every designer action works from the keyboard alone', async ({ page, canvas }) => {
  await canvas.open(page);
  // Tab reaches the nodes; focusing one selects it.
  const route = canvas.node('HTTPRoute default/web');
  await route.focus();
  await expect(route).toBeFocused();
  await expect(route).toHaveClass(/selected/);
  await expect(canvas.inspector.getByRole('heading', { name: 'default/web' })).toBeVisible();
  // The context-menu key opens the node's actions; Escape closes them and returns focus.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for web' });
  await expect(menu.getByRole('menuitem', { name: 'Attach to…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Send to…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(route).toBeFocused();
  // Arrow keys move a selected node.
  const before = await route.boundingBox();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await route.boundingBox())?.x).toBeGreaterThan(before?.x ?? 0);
});
