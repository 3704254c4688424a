/**
 * `npm run release:check`: what the release workflow (.github/workflows/release.yml) does before it
 * publishes, run locally and offline, so a maintainer can try a release first. The data is validated;
 * the Chrome build must pin the project's own update source (data/update-source.json: its address,
 * every listed key, access to that one origin, the refresh alarm), carry no test hook and close the
 * panel's shadow root; the Firefox build must pass web-ext lint (scripts/check-packages.ts); the
 * Chrome, Firefox and sources zips are made in .output; and the size budgets hold
 * (scripts/check-sizes.ts). One line per step, then `release check: passed` or the failures.
 *
 * And the update channel must work: a dataset signed with a key this release pins must be published
 * at its address (lib/updates/published.ts), else every install of it would refuse every update
 * (the key ceremony, docs/releasing.md). It is fetched from the address, or read from
 * `--published FILE` (its signature beside it, FILE.sig), as the release workflow does;
 * `--skip-published` skips only this step, for the test suite, which runs offline.
 *
 * And a problem report must be possible without a GitHub account: the build names the maintainers'
 * address for e-mailed reports (`bugs.email` in package.json, or CONTRACTLENS_REPORT_EMAIL; see
 * lib/report.ts). No address is made up for them: until one is set, this step fails, and the test
 * suite, which checks everything else a release needs, skips it with `--skip-report-email`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readUpdateConfig } from '../lib/updates/update-config';
import { checkPublished } from '../lib/updates/published';
import { readReportEmail } from '../lib/report';
import { contentScriptTagsCompanies, filesWithTestClock, panelShadowMode } from './release-hooks';
import packageJson from '../package.json' with { type: 'json' };

const OUT = '.output/chrome-mv3';
const failures: string[] = [];

async function step(name: string, action: () => void | string[] | Promise<void | string[]>): Promise<void> {
  try {
    const problems = (await action()) ?? [];
    if (problems.length) throw new Error(problems.join('\n  '));
    console.log(`✓ ${name}`);
  } catch (error) {
    const message = (error as { stderr?: Buffer | string }).stderr?.toString().trim() || (error as Error).message;
    console.log(`✗ ${name}\n  ${message}`);
    failures.push(name);
  }
}

// The project's own update source only: one set in the environment would make another release.
const env = { ...process.env };
delete env.DATASET_URL;
delete env.DATASET_PUBLIC_KEY;
delete env.CONTRACTLENS_UPDATES;
const npx = (...args: string[]) => execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'pipe'], env });

const official = readUpdateConfig({}, JSON.parse(readFileSync('data/update-source.json', 'utf8')))!;

const args = process.argv.slice(2);
const publishedAt = args.indexOf('--published');
const publishedFile = publishedAt >= 0 ? args[publishedAt + 1] : undefined;
if (args.includes('--skip-published')) {
  console.log('– published data signed with a pinned key: skipped (--skip-published)');
} else {
  await step(`published data at ${official.url} is signed with a pinned key`, async () => {
    const read = async (address: string, file: string | undefined) => {
      if (file) return new Uint8Array(readFileSync(file));
      const response = await fetch(address, { redirect: 'error', signal: AbortSignal.timeout(20_000) });
      if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    let bytes: Uint8Array<ArrayBuffer>;
    let signature: Uint8Array<ArrayBuffer>;
    try {
      [bytes, signature] = await Promise.all([read(official.url, publishedFile), read(`${official.url}.sig`, publishedFile && `${publishedFile}.sig`)]);
    } catch (error) {
      return [
        `no published dataset could be read (${(error as Error).message}). A release must not ship before data signed with a key it pins is`,
        'published: run the data workflow first (docs/releasing.md), or pass --published FILE with FILE.sig beside it.',
      ];
    }
    const published = await checkPublished(bytes, new TextDecoder().decode(signature), official.publicKeys, publishedFile ?? official.url);
    console.log(`  version ${published.version}, signed with ${published.key}`);
  });
}
await step('data: valid', () => void npx('tsx', 'scripts/build-dataset.ts'));
await step(`chrome build pins the project's update source (${official.url})`, () => {
  npx('wxt', 'build');
  const manifest = JSON.parse(readFileSync(path.join(OUT, 'manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
  const worker = readFileSync(path.join(OUT, 'background.js'), 'utf8');
  const problems: string[] = [];
  if (!worker.includes(official.url)) problems.push(`background.js does not contain the update address ${official.url}`);
  for (const key of official.publicKeys) if (!worker.includes(key)) problems.push(`background.js does not pin the key ${key}`);
  if (!manifest.host_permissions?.includes(`${new URL(official.url).origin}/*`)) problems.push(`manifest: no host permission for ${new URL(official.url).origin}`);
  if (!manifest.permissions?.includes('alarms')) problems.push('manifest: no "alarms" permission (the periodic check)');
  if (manifest.host_permissions?.some((p) => p === '*://*/*' || p === '<all_urls>')) problems.push('manifest: access to every site is required, not optional');
  for (const file of filesWithTestClock(OUT)) problems.push(`${file}: the test clock (nowOverride) is in the release build`);
  if (panelShadowMode(OUT) !== 'closed') problems.push('the panel\'s shadow root is not closed');
  if (contentScriptTagsCompanies(OUT)) problems.push('content-scripts/panel.js names companies on elements a page can read (data-company)');
  return problems;
});
if (args.includes('--skip-report-email')) {
  console.log('– problem reports by e-mail: skipped (--skip-report-email)');
} else {
  await step('problem reports can go by e-mail, without a GitHub account', () => {
    const given = process.env.CONTRACTLENS_REPORT_EMAIL ?? (packageJson.bugs as { email?: string }).email;
    const address = readReportEmail(given);
    if (!address) return [given ? `the report address "${given}" is not one plain e-mail address` : 'no address for reports: set "bugs": { "email": … } in package.json (or CONTRACTLENS_REPORT_EMAIL)'];
    const chunks = path.join(OUT, 'chunks');
    const built = readdirSync(chunks).some((file) => file.endsWith('.js') && readFileSync(path.join(chunks, file), 'utf8').includes(address));
    return built ? [] : [`the Chrome build does not carry the report address ${address}`];
  });
}
await step('firefox build: manifest and web-ext lint', () => void npx('tsx', 'scripts/check-packages.ts', 'firefox'));
await step('store zips: chrome, firefox, sources in .output', () => {
  npx('wxt', 'zip');
  npx('wxt', 'zip', '-b', 'firefox');
  const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
  return ['chrome', 'firefox', 'sources'].filter((kind) => !zips.some((z) => z.endsWith(`-${kind}.zip`))).map((kind) => `no ${kind} zip in .output`);
});
await step('size budgets', () => {
  // check-sizes reads the Chrome build made above.
  if (!existsSync(path.join(OUT, 'manifest.json'))) return ['no Chrome build'];
  npx('tsx', 'scripts/check-sizes.ts');
  return [];
});

console.log(failures.length ? `release check: ${failures.length} step(s) failed` : 'release check: passed');
process.exit(failures.length ? 1 : 0);
