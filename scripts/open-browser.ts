/**
 * `npm start`: opens a Chromium with the freshly built extension loaded, in a throwaway profile, on
 * www.wayfair.com. Uses $CHROMIUM_PATH, else Playwright's own Chromium when installed, else
 * /usr/bin/chromium (Debian's package). Needs a display; on a headless machine run `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // Playwright's browsers are not installed.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH');
}

const extension = path.resolve('.output/chrome-mv3');
const profile = mkdtempSync(path.join(os.tmpdir(), 'contractlens-profile-'));
const url = process.argv[2] ?? 'https://www.wayfair.com/';
const browser = findChromium();
console.log(`Opening ${url} in ${browser} with ${extension} loaded (profile ${profile})`);
spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', url], {
  stdio: 'inherit',
}).on('exit', (code) => process.exit(code ?? 0));
