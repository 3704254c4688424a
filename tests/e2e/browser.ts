/**
 * Launching Chromium with the built extension, for the e2e fixtures, `npm start` and
 * `npm run bench:browser`: headless, every host name mapped to the local fixture server, the
 * browser's own background traffic pointed at a closed port. Uses $CHROMIUM_PATH, else Playwright's
 * own Chromium when installed, else the system's (Debian's /usr/bin/chromium).
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The release build (`npm run build`): what users install, with the panel in a closed shadow root. */
export const EXT_PATH = path.resolve(process.env.EXT_PATH ?? '.output/chrome-mv3');
/**
 * The test build (`npm run build:test`, `wxt build --mode test`): the same code with the panel's
 * shadow root open for Playwright's locators and the test clock compiled in. The e2e suite's default.
 */
export const TEST_EXT_PATH = path.resolve(process.env.TEST_EXT_PATH ?? '.output/chrome-mv3-test');

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightChromium(): string | undefined {
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined; // Playwright's browsers are not installed.
  }
}

/** The Chromium to run: $CHROMIUM_PATH, else Playwright's own, else the system's. */
export function findChromium(): string {
  const found = process.env.CHROMIUM_PATH || playwrightChromium() || SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install one (Debian: apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH');
  return found;
}

export function launchOptions(): { executablePath?: string; channel?: string } {
  const found = findChromium();
  return found === playwrightChromium() && !process.env.CHROMIUM_PATH ? { channel: 'chromium' } : { executablePath: found };
}

/** Send Chromium's own update and sign-in traffic to a closed local port (see toolchain.md). */
export const QUIET_ARGS = ['--gaia-url=http://127.0.0.1:9/', '--component-updater=url-source=http://127.0.0.1:9/'];

/**
 * `userDataDir`: a profile to keep between launches (an extension upgrade: the same unpacked path,
 * hence the same extension id, with a new build in it); a fresh temporary one by default.
 */
export async function launchWithExtension(port: number, extraArgs: string[] = [], extPath = TEST_EXT_PATH, userDataDir = ''): Promise<BrowserContext> {
  if (!existsSync(path.join(extPath, 'manifest.json'))) throw new Error(`No built extension at ${extPath}: run npm run build${extPath === TEST_EXT_PATH ? ':test' : ''}`);
  return chromium.launchPersistentContext(userDataDir, {
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

/**
 * The panel is registered at run time once the worker has read the dataset; a page opened before
 * that gets no panel, so callers wait for the registration first.
 */
export async function waitForPanelRegistration(context: BrowserContext, timeoutMs = 10_000): Promise<Worker> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: timeoutMs }));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const registered = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length).catch(() => 0);
    if (registered > 0) return worker;
    if (Date.now() > deadline) throw new Error(`The extension registered no panel script within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops the extension's service worker, as the browser does after 30 s idle (MV3). */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
