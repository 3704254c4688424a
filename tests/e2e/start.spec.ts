/**
 * `npm start` as a newcomer runs it (scripts/start.ts, after the build): without a display it runs the
 * headless offline demo against the built extension and prints what the panel shows; a failure is one
 * line and a non-zero exit. The panel reader also works if the panel's shadow root becomes closed.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, launchOptions } from './fixtures';
import { readPanel } from '../../scripts/read-panel';

const TSX = path.resolve('node_modules/.bin/tsx');

/** Runs `tsx scripts/start.ts` with DISPLAY and WAYLAND_DISPLAY unset unless given in `env`. */
function start(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  delete base.DISPLAY;
  delete base.WAYLAND_DISPLAY;
  delete base.DEBUG;
  const child = spawn(TSX, ['scripts/start.ts', ...args], { env: { ...base, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('without a display, npm start runs the headless demo and prints what the panel shows', async () => {
  test.setTimeout(90_000);
  const shots = test.info().outputPath('demo-screenshots');
  const { code, stdout, stderr } = await start({ DEMO_SCREENSHOTS: shots });
  expect(stderr, stdout).toBe('');
  expect(code).toBe(0);
  expect(stdout).toContain('No display');
  // The Wayfair block: its company, then at least one contract line with an amount (agency · amount · …).
  const wayfair = stdout.slice(stdout.indexOf('https://www.wayfair.com/'), stdout.indexOf('https://www.palantir.com/'));
  expect(wayfair).toMatch(/^ {2}Company: +Wayfair$/m);
  expect(wayfair).toMatch(/^ {4}• HHS [^\n]* · [^\n]*\$[\d,.]+[^\n]* · /m);
  for (const name of ['Palantir Technologies', 'GitHub', 'Dell Technologies']) expect(stdout).toMatch(new RegExp(`Company: +${name}$`, 'm'));
  expect(stdout).toContain('Employer named in this job posting: Palantir Technologies');
  expect(readdirSync(shots).filter((file) => file.endsWith('.png'))).toHaveLength(5);
});

test('a failure is one line and a non-zero exit: no built extension, no Chromium', async () => {
  const missing = await start({ EXT_PATH: test.info().outputPath('no-build') });
  expect(missing.code).not.toBe(0);
  expect(missing.stdout).toBe('');
  expect(missing.stderr).toMatch(/^npm start: No built extension at \S+: run npm run build\n$/);

  const noBrowser = await start({ DISPLAY: ':99', CHROMIUM_PATH: test.info().outputPath('no-chromium') });
  expect(noBrowser.code).not.toBe(0);
  expect(noBrowser.stdout).toBe('');
  expect(noBrowser.stderr).toMatch(/^npm start: Could not start Chromium \(\S+\): spawn \S+ ENOENT\n$/);
});

test('the panel reader reads a closed shadow root as it reads an open one', async () => {
  const browser = await chromium.launch({ ...launchOptions(), args: ['--no-sandbox'] });
  try {
    const texts = [];
    for (const mode of ['open', 'closed']) {
      const page = await browser.newPage();
      await page.setContent(`<body><script>
        const host = document.body.appendChild(document.createElement('contractlens-panel'));
        host.attachShadow({ mode: '${mode}' }).innerHTML =
          '<section data-testid="contractlens-panel"><h2>Acme</h2><div data-testid="details"><p class="summary">Builds   things.</p>' +
          '<details class="section" open><summary>Contracts <span>(1)</span></summary><ul><li class="entry">' +
          '<p class="claim"><span class="badge">Reported</span>A claim.</p><p class="meta">ICE · $5 · 2020</p></li></ul></details></div></section>';
      </script></body>`);
      texts.push(await readPanel(page));
    }
    expect(texts[0]).toMatchObject({
      kind: 'panel',
      panel: { company: 'Acme', summary: 'Builds things.', contractsTitle: 'Contracts (1)', contracts: [{ claim: '[Reported] A claim.', meta: 'ICE · $5 · 2020' }] },
    });
    expect(texts[1]).toEqual(texts[0]);
  } finally {
    await browser.close();
  }
});
