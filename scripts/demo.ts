/**
 * `npm start` without a display: a headless demo, offline. As in the e2e suite, a local fixture
 * server (tests/e2e/server.ts) serves tests/fixtures/pages under the pages' real host names, and a
 * headless Chromium with the built extension (tests/e2e/browser.ts) maps every host name to it. On
 * each demo page (or the one URL given) it waits for the panel, prints what the panel shows, read
 * from its rendering (scripts/read-panel.ts), and writes a screenshot to demo-screenshots/ (or
 * $DEMO_SCREENSHOTS). A demo page without a panel is an error; a URL of your choice may have none.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXT_PATH, launchWithExtension, waitForPanelRegistration } from '../tests/e2e/browser';
import { fixtureFileFor, GENERIC_PAGE, startFixtureServer } from '../tests/e2e/server';
import { waitForPanel, type PanelText } from './read-panel';

export const DEMO_PAGES = [
  'https://www.wayfair.com/',
  'https://www.palantir.com/',
  'https://github.com/',
  'https://jobs.lever.co/palantir/ff1029bd-bb6d-4d78-a03e-5f9744d0b798',
  'https://www.amazon.com/Dell-Latitude-5440/dp/B0C1234567',
];

/** How many contracts are printed per page. */
const FIRST_CONTRACTS = 3;
const PANEL_TIMEOUT_MS = 10_000;
/** A URL of your choice: the panel appears within a second or two, and job pages wait 2.5 s for names. */
const CHOSEN_URL_TIMEOUT_MS = 6_000;

function printPanel(panel: PanelText, fromTab: boolean): void {
  const line = (label: string, value: string) => value && console.log(`  ${label.padEnd(12)}${value}`);
  line('Company:', panel.company);
  line('', panel.owner);
  line('Matched:', panel.context);
  line('Summary:', panel.summary);
  line('', panel.involvement);
  if (fromTab) console.log('  (opened from the collapsed tab: the panel opens by itself once a day per company)');
  const shown = panel.contracts.slice(0, FIRST_CONTRACTS);
  console.log(`  ${panel.contractsTitle}${panel.contracts.length > shown.length ? `, first ${shown.length}` : ''}:`);
  for (const contract of shown) {
    console.log(`    • ${contract.meta}`);
    console.log(`      ${contract.claim}`);
  }
}

/** Where the offline server gets this URL's page from, relative to the project. */
function describeSource(url: URL): string {
  const file = fixtureFileFor(url.hostname, url.pathname);
  if (file === GENERIC_PAGE) {
    return `Offline: no fixture page for ${url.hostname}, so the generic fixture page is served under that name (the real page is not fetched)`;
  }
  return `Offline: served from ${path.relative(process.cwd(), file)}`;
}

async function showPage(context: BrowserContext, url: URL, screenshot: string, chosen: boolean): Promise<void> {
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  console.log(`\n${url.href}`);
  if (chosen) console.log(`  ${describeSource(url)}`);
  await page.goto(url.href, { waitUntil: 'load', timeout: 15_000 });
  const shown = await waitForPanel(page, chosen ? CHOSEN_URL_TIMEOUT_MS : PANEL_TIMEOUT_MS);
  if (!shown && !chosen) throw new Error(`No panel appeared on ${url.href} within ${PANEL_TIMEOUT_MS / 1000} s`);
  if (shown) printPanel(shown.panel, shown.fromTab);
  else console.log(`  No panel appeared within ${CHOSEN_URL_TIMEOUT_MS / 1000} s: the extension shows nothing on this page.`);
  await page.screenshot({ path: screenshot });
  console.log(`  Screenshot: ${path.relative(process.cwd(), screenshot) || screenshot}`);
  await page.close();
}

/** Runs the headless demo on the demo pages, or on `chosen` alone. Throws on any failure. */
export async function runDemo(chosen?: URL): Promise<void> {
  if (chosen && !/^https?:$/.test(chosen.protocol)) throw new Error(`The offline demo serves http and https pages only, not ${chosen.protocol}`);
  const folder = path.resolve(process.env.DEMO_SCREENSHOTS || 'demo-screenshots');
  mkdirSync(folder, { recursive: true });
  const server = await startFixtureServer();
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension(server.port, [], EXT_PATH);
    await waitForPanelRegistration(context);
    console.log('No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window: a headless demo instead, offline.');
    console.log('Every host name is mapped to a local server of fixture pages (tests/fixtures/pages), as in the e2e tests.');
    const urls = chosen ? [chosen] : DEMO_PAGES.map((href) => new URL(href));
    for (const [index, url] of urls.entries()) {
      const name = `${chosen ? '' : `${index + 1}-`}${url.hostname}.png`;
      await showPage(context, url, path.join(folder, name), Boolean(chosen));
    }
    console.log(`\nScreenshots are in ${path.relative(process.cwd(), folder) || folder}/`);
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
  }
}
