/**
 * Truth on screen: the panel of every company in the bundled dataset, opened in Chromium with the
 * built extension, in English and in Spanish, shows its verdict (badge, headline, rounded amount), its kinds of work, its largest awards, each contract's agency, amount,
 * period and status, each year of money taken back, and each response's amount, exactly as
 * tests/e2e/expected-text.ts computes them from the data. The
 * strings go through the real browser's chrome.i18n.getMessage (no stub), which is where "$1 million"
 * once hid for every round amount.
 *
 * It runs the release build, whose panel is in a closed shadow root, read through the DevTools
 * protocol (scripts/read-panel.ts). A company with a listed host is visited there; any other is named as the employer on a LinkedIn job
 * posting served by the fixture server (in its JSON-LD and in LinkedIn's top card: two sources, so
 * names that need a second signal match too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../data/schema';
import { test, expect, EXT_PATH, launchWithExtension, serveJobPostings, waitForPanelRegistration } from './fixtures';
import { readPanel, type PanelText } from '../../scripts/read-panel';
import { expectedContractLine, expectedHistoryLine, expectedLargestAwardLine, expectedInvolvementLine, expectedResponseLine, expectedTakenBackLine, expectedVerdict, type Lang } from './expected-text';
import { getVerdict } from '../../lib/verdict';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as Dataset;
// The newest fiscal year any company's award records cover: older money reads "no awards since".
const latestFiscalYear = Math.max(
  ...dataset.companies.flatMap((c) => c.contracts.filter((f) => f.relation === 'spending-total' && /-09-30$/.test(f.period?.end ?? '')).map((f) => Number(f.period!.end!.slice(0, 4)))),
);

/** The panel as rendered in its closed shadow root (read through the DevTools protocol). */
async function renderedPanel(page: Page): Promise<PanelText> {
  let state = await readPanel(page);
  // A read that fails (the DevTools session) is kept, so that a failure says whether the page or the reader failed.
  let readError = '';
  const read = async () => {
    try {
      return (state = await readPanel(page)).kind;
    } catch (error) {
      readError = (error as Error).message.split('\n')[0]!;
      throw error;
    }
  };
  await expect.poll(read, { timeout: 20_000, message: 'the panel' }).toBe('panel').catch(() => {
    throw new Error(`after 20 s the page shows ${state.kind === 'tab' ? `the collapsed tab (${state.text})` : state.kind}${readError ? ` (last read failed: ${readError})` : ''}`);
  });
  return (state as { panel: PanelText }).panel;
}

/**
 * What a page without a panel tells about why: the page itself, and what the worker recorded for its
 * tab (did the content script's lookup reach it, and what did it match), so that a rare failure under
 * load says where it stopped.
 */
async function whyNoPanel(page: Page): Promise<string> {
  const title = await page.title().catch(() => '(no title)');
  const worker = page.context().serviceWorkers()[0];
  const url = page.url();
  const record = worker
    ? await worker
        .evaluate(async (pageUrl) => {
          const tabs = await chrome.tabs.query({ url: pageUrl });
          const pages = ((await chrome.storage.session.get('tabPages')).tabPages ?? {}) as Record<string, { url: string; companyId: string | null; lookups: number }>;
          return tabs.map((tab) => JSON.stringify({ tab: tab.id, recorded: pages[String(tab.id)] ?? null })).join(' ');
        }, url)
        .catch((error: Error) => `the worker could not be asked: ${error.message}`)
    : 'no worker running';
  return `page title ${JSON.stringify(title)}, worker's record: ${record || 'no tab at that address'}`;
}

test('the bundled dataset holds every company file', () => {
  const files = readdirSync('data/companies').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  expect(dataset.companies.map((c) => c.id).sort()).toEqual(files.sort());
});

for (const lang of ['en', 'es'] as const satisfies readonly Lang[]) {
  test(`every company's panel shows its history, agencies, amounts, periods and statuses as the data says (${lang})`, async ({ fixtureServer }) => {
    test.setTimeout(600_000);
    const today = new Date().toISOString().slice(0, 10);
    serveJobPostings(fixtureServer, (id) => dataset.companies.find((c) => c.id === id)?.name);
    // The release build, as users install it: its panel is in a closed shadow root.
    const context = await launchWithExtension(fixtureServer.port, [`--lang=${lang}`], EXT_PATH);
    const mismatches: string[] = [];
    let checked = 0;
    // EVERY_COMPANY=oracle,fedex checks only those (a quick look while working; CI checks them all).
    const only = process.env.EVERY_COMPANY?.split(',');
    const companies = dataset.companies.filter((c) => !only || only.includes(c.id));
    try {
      await waitForPanelRegistration(context);
      const page = await context.newPage();
      // EVERY_COMPANY=oracle,fedex checks only those (a quick look while working; CI checks them all).
      for (const company of companies) {
        const url = company.hosts[0] ? `https://${company.hosts[0].host}/` : `https://www.linkedin.com/jobs/view/${company.id}/`;
        await page.goto(url);
        const shown = await renderedPanel(page).catch(async (error: Error) => {
          mismatches.push(`${company.id} at ${url}: no panel (${error.message.split('\n')[0]}; ${await whyNoPanel(page)})`);
          return null;
        });
        if (!shown) continue;
        if (shown.company !== company.name) mismatches.push(`${company.id}: title ${JSON.stringify(shown.company)}, expected ${JSON.stringify(company.name)}`);
        if (shown.summary !== company.summary) mismatches.push(`${company.id}: summary differs: ${JSON.stringify(shown.summary)}`);
        const kinds = expectedInvolvementLine(company.involvement, lang);
        if (shown.involvement !== kinds) mismatches.push(`${company.id}: kinds of work ${JSON.stringify(shown.involvement)}, expected ${JSON.stringify(kinds)}`);
        // The first view: the verdict's words and its rounded amount, never a cent-precise figure.
        const verdict = expectedVerdict(getVerdict(company, today), lang);
        if (JSON.stringify(shown.verdict) !== JSON.stringify(verdict)) mismatches.push(`${company.id} verdict:\n    shown    ${JSON.stringify(shown.verdict)}\n    expected ${JSON.stringify(verdict)}`);
        const largest = (company.largestAwards ?? []).map((award) => expectedLargestAwardLine(award, lang));
        if (JSON.stringify(shown.largest) !== JSON.stringify(largest)) mismatches.push(`${company.id} largest awards:\n    shown    ${JSON.stringify(shown.largest)}\n    expected ${JSON.stringify(largest)}`);
        const history = expectedHistoryLine(company, lang, latestFiscalYear);
        if (shown.history !== history) mismatches.push(`${company.id} history:\n    shown    ${JSON.stringify(shown.history)}\n    expected ${JSON.stringify(history)}`);
        // An event told in several entries shows one line, its first entry's; the others add their claims.
        const details = new Set<string>();
        for (const list of [company.contracts, company.protests, company.responses] as Array<ReadonlyArray<{ id: string; event?: string }>>) {
          const seen = new Set<string>();
          for (const entry of list) {
            if (entry.event && seen.has(entry.event)) details.add(entry.id);
            if (entry.event) seen.add(entry.event);
          }
        }
        const expected = [
          ...company.contracts.filter((c) => !details.has(c.id)).map((c) => [c.id, expectedContractLine(c, lang, today)] as const),
          ...company.responses.filter((r) => (r.amount || r.date) && !details.has(r.id)).map((r) => [r.id, expectedResponseLine(r, lang)] as const),
          ...(company.netDeobligations ?? []).map((n) => [n.id, expectedTakenBackLine(n, lang)] as const),
        ];
        for (const [id, line] of expected) {
          checked++;
          if (shown.lines[id] !== line) mismatches.push(`${company.id} ${id}:\n    shown    ${JSON.stringify(shown.lines[id])}\n    expected ${JSON.stringify(line)}`);
        }
      }
    } finally {
      fixtureServer.routes.delete('www.linkedin.com');
      await context.close();
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(companies.length);
  });
}
