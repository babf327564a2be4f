import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The traffic simulator, the examples gallery, demo mode and share links, as a person uses them:
 * by the names contract.md gives them (`Traffic simulator`, `Request`, `Send traffic`, `Stop`,
 * `Trace request`, the `Traffic results` table).
 */
export class Simulator {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The `Traffic simulator` region. */
  get region(): Locator {
    return this.page.getByRole('region', { name: 'Traffic simulator' });
  }

  /** The `Request` field. */
  get request(): Locator {
    return this.region.getByRole('textbox', { name: 'Request', exact: true });
  }

  /** The `Traffic results` table. */
  get results(): Locator {
    return this.page.getByRole('table', { name: 'Traffic results' });
  }

  /** Opens a built-in example with `?example=<id>` and waits for its graph and analysis. */
  async openExample(id: string, query = ''): Promise<void> {
    await this.page.goto(`./?example=${id}${query}`);
    await expect(this.region).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  /** Waits until the canvas has placed every node and the analysis is current. */
  async settled(): Promise<void> {
    const graph = this.page.getByRole('region', { name: 'Route graph' });
    await expect(graph.locator('.sy-canvas-body')).toHaveAttribute('aria-busy', 'false', {
      timeout: 20_000,
    });
  }

  /** Shows the dock's `Traffic simulator` tab. */
  async show(): Promise<void> {
    if (await this.region.isVisible()) return;
    await this.page.getByRole('tab', { name: 'Traffic simulator' }).click();
    await expect(this.region).toBeVisible();
  }

  async send(): Promise<void> {
    await this.show();
    await this.region.getByRole('button', { name: 'Send traffic' }).click();
  }

  async stop(): Promise<void> {
    await this.region.getByRole('button', { name: 'Stop' }).click();
  }

  async trace(): Promise<void> {
    await this.show();
    await this.region.getByRole('button', { name: 'Trace request' }).click();
  }

  /** Requests sent since `Send traffic`, as the panel says. */
  async sent(): Promise<number> {
    const text = (await this.region.getByText(/so far|after \d/).textContent()) ?? '';
    const numbers = [...text.matchAll(/\d[\d,]*/g)].map((match) =>
      Number(match[0].replaceAll(',', '')),
    );
    return numbers[numbers.length - 1] ?? 0;
  }

  /** Waits until at least `count` requests have been sent. */
  async waitForSent(count: number): Promise<void> {
    await expect.poll(() => this.sent(), { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  }

  /** A row of `Traffic results` by its first cell (a backend such as `default/web-v1:8080`). */
  row(name: string): Locator {
    return this.results
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The observed and expected shares (in percent) of a row. */
  async shares(name: string): Promise<{ observed: number; expected: number }> {
    const cells = this.row(name).getByRole('cell');
    const percent = async (index: number) =>
      Number.parseFloat((await cells.nth(index).textContent()) ?? '');
    return { observed: await percent(1), expected: await percent(2) };
  }
}
