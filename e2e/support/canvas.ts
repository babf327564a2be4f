import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The route graph, its palette, menus and dialogs, and the inspector, as a person uses them:
 * nodes are found by their accessible names (`HTTPRoute default/web`), actions by their labels.
 */
export class Canvas {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The `Route graph` region (contract.md section 2). */
  get region(): Locator {
    return this.page.getByRole('region', { name: 'Route graph' });
  }

  /** The `Inspector` region. */
  get inspector(): Locator {
    return this.page.getByRole('region', { name: 'Inspector' });
  }

  /** A resource on the canvas, by its accessible name. */
  node(name: string): Locator {
    return this.region.getByRole('group', { name, exact: true });
  }

  /**
   * Opens the app and waits until it shows its first document (the built-in canary example when
   * there is no saved work), so what a test loads next is not replaced by it.
   */
  async open(page: Page = this.page): Promise<void> {
    await page.goto('./');
    await expect(this.node('GatewayClass example')).toBeVisible({ timeout: 20_000 });
    await this.settled();
  }

  /** Waits until every node is placed (no layout pending) and the view has stopped moving. */
  async settled(): Promise<void> {
    await expect(this.region.locator('.sy-canvas-body')).toHaveAttribute('aria-busy', 'false', {
      timeout: 20_000,
    });
  }

  /** Adds a resource from the palette, with the keyboard. */
  async add(kind: string): Promise<void> {
    const button = this.region.getByRole('button', { name: 'Add resource' });
    await button.focus();
    await this.page.keyboard.press('Enter');
    const item = this.page.getByRole('menuitem', { name: `Add ${kind}`, exact: true });
    await expect(item).toBeVisible();
    await item.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Focuses a node, as Tab does. */
  async focus(name: string): Promise<void> {
    await this.node(name).focus();
  }

  /** Opens a node's action menu with the keyboard (Shift+F10) and runs one of its actions. */
  async act(name: string, action: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.press('Shift+F10');
    const menu = this.page.getByRole('menu', { name: /^Actions for / });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: action }).click();
  }

  /** A dialog of the designer by its title. */
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Renames a resource: F2, the new name, Rename. */
  async rename(name: string, to: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.press('F2');
    const dialog = this.dialog(/^Rename /);
    await dialog.getByRole('textbox', { name: 'New name' }).fill(to);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Attach to…": picks a parent by its label in the list. */
  async attach(route: string, parent: string): Promise<void> {
    await this.act(route, 'Attach to…');
    const dialog = this.dialog(/^Attach /);
    await dialog.getByRole('combobox', { name: 'Parent' }).selectOption({ label: parent });
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Send to…": picks a backend Service by its label in the list. */
  async sendTo(route: string, service: string): Promise<void> {
    await this.act(route, 'Send to…');
    const dialog = this.dialog(/^Send traffic from /);
    await dialog
      .getByRole('combobox', { name: 'Backend Service' })
      .selectOption({ label: service });
    await dialog.getByRole('button', { name: 'Add backend' }).click();
    await expect(dialog).toBeHidden();
  }

  /** A handle of a node: `parents`, `rule:0`, `listener:http`, `frontend`, `backend`… */
  handle(name: string, id: string, type: 'source' | 'target'): Locator {
    return this.node(name).locator(`.react-flow__handle.${type}[data-handleid="${id}"]`);
  }

  /** Drags from one handle to another with the mouse. */
  async drag(from: Locator, to: Locator): Promise<void> {
    const start = await from.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error('a handle is not on screen');
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * Pans the canvas as a person does: drags it by an empty spot of the background.
   *
   * @param dx - Pixels to the right.
   * @param dy - Pixels down.
   */
  async pan(dx: number, dy: number): Promise<void> {
    const start = await this.region.locator('.react-flow__pane').evaluate(
      (pane, [x, y]) => {
        const box = pane.getBoundingClientRect();
        // The first spot, row by row, where the background itself is under the pointer, from which
        // the drag stays inside the canvas.
        for (let top = box.top + 8; top < box.bottom - 8; top += 16) {
          for (let left = box.left + 8; left < box.right - 8; left += 16) {
            const inside =
              left + x > box.left &&
              left + x < box.right &&
              top + y > box.top &&
              top + y < box.bottom;
            if (inside && document.elementFromPoint(left, top) === pane) return { left, top };
          }
        }
        return null;
      },
      [dx, dy] as const,
    );
    if (!start) throw new Error('the canvas has no empty spot to drag');
    await this.page.mouse.move(start.left, start.top);
    await this.page.mouse.down();
    await this.page.mouse.move(start.left + dx, start.top + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Pans the canvas so that an element of it sits in the middle of the visible canvas, clear of
   * the minimap, the controls and the inspector.
   *
   * @param target - Something drawn on the canvas.
   */
  async bringToCentre(target: Locator): Promise<void> {
    const [box, pane] = await Promise.all([
      target.boundingBox(),
      this.region.locator('.react-flow__pane').boundingBox(),
    ]);
    if (!box || !pane) throw new Error('nothing to bring into view');
    await this.pan(
      Math.round(pane.x + pane.width / 2 - (box.x + box.width / 2)),
      Math.round(pane.y + pane.height / 2 - (box.y + box.height / 2)),
    );
  }

  /** Clicks a node as a person does: when it is not all on screen, it is brought into view first. */
  async click(name: string): Promise<void> {
    const node = this.node(name);
    if (!(await this.fullyInView(node))) await this.bringToCentre(node);
    await node.click();
  }

  /** Whether all of an element of the canvas is inside the visible canvas. */
  async fullyInView(target: Locator): Promise<boolean> {
    const [box, pane] = await Promise.all([
      target.boundingBox(),
      this.region.locator('.react-flow__pane').boundingBox(),
    ]);
    if (!box || !pane) return false;
    return (
      box.x >= pane.x &&
      box.y >= pane.y &&
      box.x + box.width <= pane.x + pane.width &&
      box.y + box.height <= pane.y + pane.height
    );
  }

  /** The toolbar's `Fit view`, so every node is on screen; waits until the view has moved. */
  async fit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit view' }).click();
    await this.settled();
  }
}
