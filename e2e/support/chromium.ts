import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How to launch Chromium here: `SWITCHYARD_CHROMIUM` when set, else Debian's `/usr/bin/chromium`,
 * else Playwright's own browser where one is installed. Browser downloads are never needed.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.SWITCHYARD_CHROMIUM, '/usr/bin/chromium'];
  const executablePath = candidates.find((path): path is string => !!path && existsSync(path));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
