// Which Chromium the browser specs drive. Debian's Chromium where it exists (CI, these
// machines); else one the developer has (an installed Chrome, Playwright's own). Never a
// silent skip: with no browser at all, the run fails and says what to install.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = [
  process.env.CLAIMDESK_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function chromiumLaunchOptions(): LaunchOptions {
  const found = CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p!));
  if (found) return { executablePath: found, args: CHROMIUM_ARGS };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && fs.existsSync(bundled)) return { executablePath: bundled, args: CHROMIUM_ARGS };
  throw new Error(
    'No Chromium found for the browser specs. Install Debian\'s chromium (apt-get install -y chromium), Google Chrome, or Playwright\'s browser (npx playwright install chromium), or set CLAIMDESK_CHROMIUM to a Chromium executable.',
  );
}
