import { test as base, expect } from '@playwright/test';
import { Canvas } from './canvas.ts';
import { Simulator } from './simulator.ts';
import { YamlPane } from './yamlPane.ts';

/** Page objects for each area of the page; each spec asks for the ones it uses. */
interface Areas {
  readonly yamlPane: YamlPane;
  readonly canvas: Canvas;
  readonly simulator: Simulator;
}

/**
 * Playwright's `test` with the page objects as fixtures, and clipboard access (the tests paste
 * and copy as a person does). Add an area with one line below.
 */
export const test = base.extend<Areas>({
  context: async ({ context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await use(context);
  },
  yamlPane: async ({ page }, use) => use(new YamlPane(page)),
  canvas: async ({ page }, use) => use(new Canvas(page)),
  simulator: async ({ page }, use) => use(new Simulator(page)),
});

export { expect };
