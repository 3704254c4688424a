/**
 * Spanish UI (Chromium with --lang=es) and accessibility: axe-core finds no violation on the panel,
 * the collapsed tab, the popup and the options page, in the light and the dark scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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
