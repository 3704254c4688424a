/**
 * `npm start` (after `npm run build`), and `npm start -- <url>`: with a display (DISPLAY or
 * WAYLAND_DISPLAY set; always on macOS and Windows) opens Chromium with the extension on the real web
 * (scripts/open-browser.ts), on www.wayfair.com or the URL given; without one runs the headless,
 * offline demo (scripts/demo.ts) and prints what the panel shows. Exits with Chromium's exit code, or
 * 0 after the demo; any failure is one line on stderr and a non-zero exit (the stack with DEBUG=1).
 */
import { runDemo } from './demo';
import { openBrowser } from './open-browser';

const DEFAULT_URL = 'https://www.wayfair.com/';

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** `wayfair.com` → `https://wayfair.com/`; anything with a scheme is taken as is. */
function parseUrl(arg: string): URL {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(arg) ? arg : `https://${arg}`);
  } catch {
    throw new Error(`Not a URL: ${arg}`);
  }
}

async function main(): Promise<number> {
  const [arg, ...rest] = process.argv.slice(2);
  if (rest.length) throw new Error(`One URL at most (got ${process.argv.length - 2} arguments)`);
  const url = arg === undefined ? undefined : parseUrl(arg);
  if (hasDisplay()) return openBrowser((url ?? new URL(DEFAULT_URL)).href);
  await runDemo(url);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.env.DEBUG) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`npm start: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
