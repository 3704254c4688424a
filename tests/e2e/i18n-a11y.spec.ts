/**
 * Spanish UI (Chromium with --lang=es) and accessibility: axe-core finds no violation on the panel,
 * the collapsed tab, the popup and the options page, in the light and the dark scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, launchWithExtension, panel, waitForPanelRegistration, openDetails } from './fixtures';

test('Spanish: the panel and the popup follow the browser language; data stays in its source language', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    const worker = await waitForPanelRegistration(context);
    const page = await context.newPage();
    await page.goto('http://www.wayfair.com/');
    const region = panel(page).getByTestId('contractlens-panel');
    // The first view: the verdict in Spanish, and the controls.
    await expect(region.locator('.verdict-badge')).toHaveText('Indirecto, pasado');
    await expect(region.locator('.verdict-headline')).toHaveText('Indirecto, pasado Vendió bienes a un contratista de ORR, por última vez en 2019 · Equipos y suministros');
    await expect(region.getByTestId('verdict-amount')).toHaveText('unos 200.000 dólares (venta, 2019)');
    await expect(region.getByRole('button', { name: 'Descartar', exact: true })).toBeVisible();
    await expect(region.getByText('Silenciar…')).toBeVisible();
    await region.getByRole('button', { name: 'Detalles' }).click();
    await expect(region.getByText('Contratos y ventas')).toBeVisible();
    await expect(region.getByText('Wayfair sold about $200,000 of bedroom furniture', { exact: false })).toBeVisible();
    await expect(region).toContainText('unos 200.000 dólares (venta)');
    await expect(region).toContainText('junio de 2019');
    await page.screenshot({ path: test.info().outputPath('panel-es.png') });

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await expect(popup.getByText('Mostrar alertas', { exact: true })).toBeVisible();
    await popup.getByText('Dónde y cómo: páginas, tipos de trabajo, apertura, modo discreto').click();
    await expect(popup.getByText('Abrir el panel automáticamente')).toBeVisible();

    // At a phone's width the options page fits, its longest Spanish choice included.
    const options = await context.newPage();
    await options.setViewportSize({ width: 400, height: 800 });
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const autoOpen = options.getByTestId('auto-open');
    await expect(autoOpen).toBeVisible();
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const box = (await autoOpen.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(400);
  } finally {
    await context.close();
  }
});

/**
 * Words of the English UI's templates. On a Spanish page they may appear only inside data text marked
 * as English (lang="en": claims, summaries, notes, titles), in names and in links to sources.
 */
const ENGLISH_TEMPLATE_WORDS = /\b(obligated|fiscal years?|through|records|reported|second-hand|taken back|contract value|since|until|last in|Details|Sources|sold|employees|contractor|award|on behalf|so far|before de-obligations)\b/i;

/**
 * The words of the UI's own language in an element (or a panel's shadow root): data marked as
 * English, names and source links removed. Runs in the page (self-contained).
 */
function uiWords(el: Element): string {
  const root = el.shadowRoot ?? el;
  const box = document.createElement('div');
  for (const child of [...root.children]) box.append(child.cloneNode(true));
  box.querySelectorAll('[lang="en"], a, h1, h2, bdi, strong, style, script, .sources').forEach((e) => e.remove());
  return (box.textContent ?? '').replace(/\s+/g, ' ');
}

/** Opens every section, nested ones too (their content renders when opened). */
async function openAllSections(scope: Locator): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await scope.evaluate((el) => {
      const root = el.shadowRoot ?? el;
      root.querySelectorAll('details').forEach((d) => (d.open = true));
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

test('Spanish: no English template word outside text marked as English, in the panel and a directory record', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    const worker = await waitForPanelRegistration(context);
    const check = (text: string, where: string) => {
      const found = ENGLISH_TEMPLATE_WORDS.exec(text);
      expect(found ? `${where}: “${found[0]}” in …${text.slice(Math.max(0, found.index - 80), found.index + 40)}…` : null).toBeNull();
      expect(text.length, where).toBeGreaterThan(200);
    };
    const page = await context.newPage();
    for (const url of ['http://www.wayfair.com/', 'http://github.com/', 'http://aws.amazon.com/']) {
      await page.goto(url);
      const region = panel(page).getByTestId('contractlens-panel');
      await region.getByRole('button', { name: 'Detalles' }).click();
      await openAllSections(page.locator('contractlens-panel'));
      check(await page.locator('contractlens-panel').evaluate(uiWords), url);
    }
    // Data text in a Spanish sentence is a quotation in English, never fused into it.
    await expect(panel(page).locator('q[lang="en"]').first()).toBeVisible();
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    for (const company of ['geo-group', 'wayfair', 'fisher-sand-gravel']) {
      await page.goto(`${origin}/directory.html?company=${company}`);
      const record = page.getByTestId('company-record');
      await expect(record).toBeVisible();
      await openAllSections(record);
      check(await record.evaluate(uiWords), company);
    }
    await page.goto(`${origin}/welcome.html`);
    await expect(page.getByTestId('welcome-rule')).toBeVisible();
    check(await page.locator('main').evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ')), 'welcome');
  } finally {
    await context.close();
  }
});

test('Spanish: the problem report on a record, in the words the user reads, and what it sends', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    const worker = await waitForPanelRegistration(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/directory.html?company=wayfair#report`);
    const form = page.getByTestId('report-form');
    await expect(form.getByRole('heading')).toHaveText('Informar de un problema con esta entrada');
    await expect(form.getByLabel('Qué está mal')).toBeFocused();
    await page.keyboard.type('La venta fue en 2019');
    const preview = form.getByTestId('report-preview');
    await expect(preview).toContainText('Empresa: Wayfair (wayfair)');
    await expect(preview).toContainText(/Datos: versión \d+ del \d{1,2} de [a-z]+ de \d{4}/);
    await expect(preview).toContainText('Qué está mal:\nLa venta fue en 2019');
    await expect(preview).toContainText('Una página que lo muestra:\n(ninguna)');
    await expect(form).toContainText('No hace falta ninguna cuenta.');
    // What the e-mail carries is what the preview shows.
    const mail = (await form.getByTestId('report-email').getAttribute('href'))!;
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe((await preview.textContent())!.trim());
    // A second-hand source is "de segunda mano", never the verdict's "Indirecto".
    await expect(page.getByTestId('company-record').getByText('de segunda mano').first()).toBeVisible();
    await expect(page.getByTestId('company-record').locator('.badge.reported').filter({ hasText: /indirect/i })).toHaveCount(0);
    await expectNoViolations(page);
  } finally {
    await context.close();
  }
});

async function expectNoViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations on the panel, collapsed tab, popup and options (${scheme})`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('http://www.wayfair.com/');
    await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
    await openDetails(page);
    // Open every section so axe sees all of the panel.
    for (const summary of await panel(page).locator('summary').all()) await summary.click();
    await expectNoViolations(page, 'contractlens-panel');

    await page.goto('http://www.wayfair.com/furniture');
    await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
    await expectNoViolations(page, 'contractlens-panel');

    for (const file of ['popup.html', 'options.html']) {
      const ext = await context.newPage();
      await ext.emulateMedia({ colorScheme: scheme });
      await ext.goto(`chrome-extension://${extensionId}/${file}`);
      await expect(ext.getByTestId('show-alerts')).toBeVisible();
      await expectNoViolations(ext);
    }
  });
}

test('keyboard: the collapsed tab opens with Enter and focus moves into the panel', async ({ context, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ autoOpened: { 'wayfair.com wayfair': new Date().toISOString() } }));
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  const tab = panel(page).getByTestId('contractlens-tab');
  await expect(tab).toBeVisible();
  await page.locator('#page-button').focus();
  await page.keyboard.press('Tab');
  await expect(tab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: /Dismiss/ }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page).getByTestId('contractlens-panel')).toHaveCount(0);
});
