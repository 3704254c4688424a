/**
 * Launching Chromium with the built extension, for the e2e fixtures and `npm run bench:browser`:
 * headless, every host name mapped to the local fixture server, the browser's own background traffic
 * pointed at a closed port. Uses Playwright's own Chromium when installed, else Debian's.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const EXT_PATH = path.resolve(process.env.EXT_PATH ?? '.output/chrome-mv3');

export function launchOptions(): { executablePath?: string; channel?: string } {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH };
  try {
    if (existsSync(chromium.executablePath())) return { channel: 'chromium' };
  } catch {
    // Playwright's browsers are not installed: fall through to Debian's.
  }
  return { executablePath: '/usr/bin/chromium' };
}

/** Send Chromium's own update and sign-in traffic to a closed local port (see toolchain.md). */
export const QUIET_ARGS = ['--gaia-url=http://127.0.0.1:9/', '--component-updater=url-source=http://127.0.0.1:9/'];

export async function launchWithExtension(port: number, extraArgs: string[] = [], extPath = EXT_PATH): Promise<BrowserContext> {
  if (!existsSync(path.join(extPath, 'manifest.json'))) throw new Error(`No built extension at ${extPath}: run npm run build`);
  return chromium.launchPersistentContext('', {
    ...launchOptions(),
    headless: !process.env.HEADED,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extPath}`,
      `--load-extension=${extPath}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-gpu',
      // The fixture server's certificate is self-signed; this also covers the worker's fetches.
      '--ignore-certificate-errors',
      ...QUIET_ARGS,
      ...extraArgs,
    ],
  });
}

