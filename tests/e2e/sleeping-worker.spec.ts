/**
 * A first visit meets a sleeping worker (MV3 stops it after 30 s idle). On a listed company's own
 * site the panel comes from the answer the worker left in extension storage, before the worker is
 * woken; the worker's own answer follows and wins; a dismissed site has no answer left to show.
 */
import { test, expect, panel, settle } from './fixtures';
import { stopWorkers } from './browser';

/** Every value `data-company` takes on the panel, in order, from the first one. */
const RECORD_PANELS = `(() => {
  window.__panels = [];
  new MutationObserver(() => {
    const id = document.querySelector('contractlens-panel')?.getAttribute('data-company');
    if (id && window.__panels[window.__panels.length - 1] !== id) window.__panels.push(id);
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

test('with the worker stopped, the panel on a listed site comes from storage at once; the worker\'s answer follows and wins', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('https://www.wayfair.com/');
  await expect(panel(page)).toHaveAttribute('data-company', 'wayfair');
  const key = 'fast:h:www.wayfair.com';
  // The panel opened by itself, so the worker rewrites the kept answer to the collapsed tab: that
  // rewrite must be done before an answer is planted, or it would overwrite the plant.
  await expect
    .poll(() => serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as { company?: string; open?: boolean } | undefined, key))
    .toMatchObject({ company: 'wayfair', open: false });

  // A planted answer that differs from the worker's (GitHub's card for www.wayfair.com) shows first,
  // so the page did read storage before the worker answered; then the worker's answer replaces it.
  await serviceWorker.evaluate(async (k) => {
    const stored = await chrome.storage.local.get([k, 'fast:c:github']);
    await chrome.storage.local.set({ [k]: { ...(stored[k] as object), company: 'github' } });
  }, key);
  await context.addInitScript({ content: RECORD_PANELS });
  await stopWorkers(context, page);
  await page.goto('https://www.wayfair.com/');
  await expect(panel(page)).toHaveAttribute('data-company', 'wayfair');
  expect(await page.evaluate(() => (window as unknown as { __panels: string[] }).__panels)).toEqual(['github', 'wayfair']);
});

test('a dismissed site leaves no answer in storage: with the worker stopped, nothing shows', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('https://www.wayfair.com/');
  await panel(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(panel(page).getByTestId('contractlens-panel')).toHaveCount(0);
  await expect.poll(() => serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.endsWith('wayfair.com')))).toEqual([]);
  await stopWorkers(context, page);
  await page.goto('https://www.wayfair.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
});

test('a kept answer that is out of date on opened or collapsed gives way to the worker\'s: the collapsed tab', async ({ context, serviceWorker }) => {
  // The panel opened by itself on wayfair.com today: the worker now answers with the collapsed tab,
  // and rewrites the kept answer to say so.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ autoOpened: { 'wayfair.com wayfair': new Date().toISOString() } }));
  const key = 'fast:h:www.wayfair.com';
  const kept = () => serviceWorker.evaluate(async (k) => ((await chrome.storage.local.get(k))[k] as { open?: boolean } | undefined)?.open, key);
  await expect.poll(kept).toBe(false);
  // A kept answer from before that record (as when a page is opened while the worker is still
  // writing it): the full panel.
  await serviceWorker.evaluate(async (k) => {
    const stored = await chrome.storage.local.get(k);
    await chrome.storage.local.set({ [k]: { ...(stored[k] as object), open: true } });
  }, key);
  const page = await context.newPage();
  await page.goto('https://www.wayfair.com/');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
  await settle(page);
  await expect(panel(page).getByTestId('contractlens-panel')).toHaveCount(0);
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
});
