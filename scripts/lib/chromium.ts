/** Real Chromium for tests, the bench and scripts: Debian's /usr/bin/chromium or CHROMIUM_PATH. Missing → a clear failure, never a skip. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless as root on a machine with no network but loopback: no sandbox, no background traffic. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests need it: install it with "apt-get install -y chromium" ` +
        `(Debian/Ubuntu, as root) or point CHROMIUM_PATH at a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROME_FLAGS });
}
