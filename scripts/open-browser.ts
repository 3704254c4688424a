/**
 * `npm start` with a display: opens Chromium on a page with the freshly built extension loaded, in a
 * throwaway profile (deleted when Chromium exits), on the real web. Chromium is found as in the e2e
 * suite (tests/e2e/browser.ts: $CHROMIUM_PATH, Playwright's own, else the system's). Chromium
 * refuses to run as root with its sandbox, so `--no-sandbox` is added for root only, and said.
 * Chromium's own log (stderr) is kept quiet unless DEBUG is set; if it exits with an error, the
 * first error it logged is given in one line. Resolves with Chromium's exit code; rejects if it
 * cannot be started.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXT_PATH, findChromium } from '../tests/e2e/browser';

/**
 * The error that stopped Chromium: the first one it logged ("[pid:tid:time:ERROR:file(line)] message"
 * → "message"), skipping the usual D-Bus complaints and the zygote's broken pipes that follow a
 * failure; else its last line.
 */
function firstError(log: string[]): string {
  const lines = log.map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /:(ERROR|FATAL):/.test(line) && !/dbus|bus\.cc|zygote/i.test(line)) ?? lines.at(-1) ?? '';
  return error.replace(/^\[[^\]]*\]\s*/, '');
}

export function openBrowser(url: string): Promise<number> {
  if (!existsSync(path.join(EXT_PATH, 'manifest.json'))) throw new Error(`No built extension at ${EXT_PATH}: run npm run build`);
  const browser = findChromium();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'contractlens-profile-'));
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${EXT_PATH}`, `--load-extension=${EXT_PATH}`, '--no-first-run', '--no-default-browser-check'];
  const root = process.getuid?.() === 0;
  if (root) args.push('--no-sandbox');
  return new Promise((resolve, reject) => {
    const log: string[] = [];
    const child = spawn(browser, [...args, url], { stdio: ['ignore', 'inherit', 'pipe'] });
    // Ctrl+C reaches Chromium too: wait for it to close, then clean up and exit with its code.
    const ignoreInterrupt = () => undefined;
    process.on('SIGINT', ignoreInterrupt);
    child.on('spawn', () => {
      if (root) console.log('Running as root: adding --no-sandbox (Chromium refuses to run as root with its sandbox on).');
      console.log(`Opening ${url} in ${browser} with ${EXT_PATH} loaded (throwaway profile ${profile}). Close the window to finish.`);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (process.env.DEBUG) process.stderr.write(chunk);
      log.push(...chunk.split('\n'));
      log.splice(0, Math.max(0, log.length - 500));
    });
    child.on('error', (error) => {
      process.off('SIGINT', ignoreInterrupt);
      rmSync(profile, { recursive: true, force: true });
      reject(new Error(`Could not start Chromium (${browser}): ${error.message}`));
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', ignoreInterrupt);
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) return resolve(0);
      const why = code === null ? `was stopped by ${signal}` : `exited with code ${code}`;
      const detail = firstError(log);
      const hint = /X server|DISPLAY|platform failed/i.test(detail) ? ' (for the headless demo instead: DISPLAY= npm start)' : process.env.DEBUG ? '' : ' (DEBUG=1 shows its log)';
      console.error(`npm start: Chromium ${why}${detail ? `: ${detail}` : ''}${hint}`);
      resolve(code ?? 1);
    });
  });
}
