import { expect, test } from '@playwright/test';

test('the page opens with the route graph and the YAML editor', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Switchyard/);
  await expect(page.getByRole('region', { name: 'Route graph' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'YAML editor' })).toBeVisible();
});
