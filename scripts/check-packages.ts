/**
 * Store-readiness checks, run by `npm test`:
 *  - `firefox`: the Firefox build's manifest has the gecko id, `data_collection_permissions` and a
 *    `strict_min_version`, and `web-ext lint` reports 0 errors (each remaining warning is explained in
 *    docs/development.md, "Firefox and the stores"); the same for a build with an update source,
 *    whose access to sites beyond the bundled ones must be optional (`optional_permissions`), never
 *    required;
 *  - `zips`: `wxt zip` for Chrome and Firefox (with the sources zip) run twice into two directories
 *    give byte-identical files, so the same sources give the same packages.
 * Prints one line per problem and exits non-zero on any.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generateSigningKeys } from '../lib/updates/signing';

const which = process.argv[2];
const problems: string[] = [];

function run(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('npx', args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** web-ext lint's report on a build; its errors become problems. */
function lint(dir: string): void {
  let report: { summary: { errors: number; warnings: number }; errors: Array<{ code: string; message: string; file?: string }>; warnings: Array<{ code: string; file?: string }> };
  try {
    report = JSON.parse(run(['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery']));
  } catch (error) {
    // web-ext exits non-zero when there are errors; its JSON is still on stdout.
    report = JSON.parse((error as { stdout: string }).stdout);
  }
  for (const e of report.errors) problems.push(`web-ext lint error ${e.code} in ${dir}/${e.file ?? '?'}: ${e.message}`);
  console.log(`web-ext lint ${dir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} in ${w.file}`).join('; ')})`);
}

if (which === 'firefox') {
  run(['wxt', 'build', '-b', 'firefox']);
  const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
  const gecko = manifest.browser_specific_settings?.gecko ?? {};
  if (!gecko.id) problems.push('firefox manifest: browser_specific_settings.gecko.id is missing');
  if (!gecko.strict_min_version) problems.push('firefox manifest: strict_min_version is missing');
  if (JSON.stringify(gecko.data_collection_permissions) !== JSON.stringify({ required: ['none'] })) {
    problems.push('firefox manifest: data_collection_permissions must declare { required: ["none"] }');
  }
  lint('.output/firefox-mv2');

  // A build with an update source (a throwaway key): all sites only as an optional permission.
  const updateDir = '.output-ff-update';
  rmSync(updateDir, { recursive: true, force: true });
  run(['wxt', 'build', '-b', 'firefox'], {
    CONTRACTLENS_OUT_DIR: updateDir,
    DATASET_URL: 'https://updates.contractlens.test/dataset.json',
    DATASET_PUBLIC_KEY: generateSigningKeys().publicKey,
  });
  const updating = JSON.parse(readFileSync(`${updateDir}/firefox-mv2/manifest.json`, 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
  const broad = (updating.permissions ?? []).filter((p) => p === '<all_urls>' || p.startsWith('*://*/'));
  if (broad.length) problems.push(`firefox manifest with an update source requires access to every site (${broad.join(', ')}): it must be optional`);
  if (!updating.optional_permissions?.includes('*://*/*')) problems.push('firefox manifest with an update source: optional_permissions lacks *://*/* (sites added by updates)');
  lint(`${updateDir}/firefox-mv2`);
  rmSync(updateDir, { recursive: true, force: true });
} else if (which === 'zips') {
  const digests = (dir: string) => {
    rmSync(dir, { recursive: true, force: true });
    run(['wxt', 'zip'], { CONTRACTLENS_OUT_DIR: dir });
    run(['wxt', 'zip', '-b', 'firefox'], { CONTRACTLENS_OUT_DIR: dir });
    return Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.zip'))
        .sort()
        .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
    );
  };
  const first = digests('.output-zip-a');
  const second = digests('.output-zip-b');
  const names = Object.keys(first);
  for (const kind of ['chrome', 'firefox', 'sources']) {
    if (!names.some((n) => n.endsWith(`-${kind}.zip`))) problems.push(`no ${kind} zip was made`);
  }
  for (const name of names) if (first[name] !== second[name]) problems.push(`${name} differs between two runs on the same sources`);
  console.log(`zips: ${names.join(', ')}`);
  rmSync('.output-zip-a', { recursive: true, force: true });
  rmSync('.output-zip-b', { recursive: true, force: true });
} else {
  console.error('usage: tsx scripts/check-packages.ts firefox|zips');
  process.exit(2);
}

for (const problem of problems) console.error(problem);
process.exit(problems.length ? 1 : 0);
