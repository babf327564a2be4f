import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The YAML pane and what a person does with it: read it, type, paste, find text, undo; plus the
 * Problems panel that reports on it and the export that gives its exact text.
 */
export class YamlPane {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The editor's text area (`YAML editor`, contract.md section 2). */
  get textbox(): Locator {
    return this.page.getByRole('textbox', { name: 'YAML editor' });
  }

  /** The Problems region. */
  get problems(): Locator {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  /** The items of the Problems list. */
  get problemItems(): Locator {
    return this.problems.getByRole('listitem');
  }

  /** Waits until the code editor (not the plain text fallback) has loaded. */
  async ready(): Promise<void> {
    await expect(this.textbox).toHaveAttribute('aria-roledescription', 'editor', {
      timeout: 20_000,
    });
  }

  /** Puts the keyboard focus in the editor. */
  async focus(): Promise<void> {
    await this.ready();
    await this.textbox.focus();
  }

  /** Pastes text at the cursor with Ctrl+V, as a person pastes (needs clipboard permission). */
  async paste(text: string): Promise<void> {
    await this.focus();
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Replaces the whole text: select all, paste. */
  async replaceText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.paste(text);
  }

  /** Types at the cursor, key by key. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Selects the first occurrence of some text with the editor's Find (Ctrl+F, Enter, Escape). */
  async select(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    await this.page.keyboard.press('ControlOrMeta+F');
    const find = this.page.getByRole('textbox', { name: 'Find' });
    await find.fill(text);
    await find.press('Enter');
    await find.press('Escape');
    await expect(find).toBeHidden();
  }

  /** Undo with the editor's own shortcut. */
  async undo(): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Z');
  }

  /** Opens a document from a file with the toolbar's Import (a new document, one undo step). */
  async importFile(name: string, text: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import' }).click();
    const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer });
    await expect(
      this.page.getByRole('status').filter({ hasText: `Imported ${name}` }),
    ).toBeVisible();
  }

  /** The exact text of the document, as Export → Download YAML saves it. */
  async exportedText(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export' }).click();
    await this.page.getByRole('menuitem', { name: 'Download YAML' }).click();
    const path = await (await download).path();
    return readFile(path, 'utf8');
  }
}
