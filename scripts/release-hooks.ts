/**
 * What must never reach a release build, read from a built extension folder: the test clock
 * (`nowOverride`, compiled only into test builds), an open panel shadow root and the company's id on
 * the panel's and markers' host elements (`data-company`, which a page can read). Shared by the test
 * suite's check (scripts/check-release.ts, which also proves the test build has both, so the check
 * can fail) and `npm run release:check` (scripts/release-check.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : /\.(js|html|json)$/.test(name) ? [file] : [];
  });
}

/** The built files (scripts, pages, JSON) that contain the test clock. */
export const filesWithTestClock = (dir: string) => files(dir).filter((file) => readFileSync(file, 'utf8').includes('nowOverride'));

/** The mode the panel's content script attaches its shadow root with ("open", "closed"), if found. */
export const panelShadowMode = (dir: string) =>
  /attachShadow\(\{\s*mode:\s*["'`](\w+)["'`]\s*\}\)/.exec(readFileSync(path.join(dir, 'content-scripts/panel.js'), 'utf8'))?.[1];

/** Whether the content script can name a company on an element the page sees (test builds do, for locators). */
export const contentScriptTagsCompanies = (dir: string) => /[`'"]data-company[`'"]/.test(readFileSync(path.join(dir, 'content-scripts/panel.js'), 'utf8'));
