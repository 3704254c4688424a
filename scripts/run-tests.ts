/**
 * `npm test`: every check in order (dataset validation, the GitHub workflows, typecheck, lint, npm
 * audit of the runtime dependencies, unit tests, Chrome build, Firefox build and web-ext lint,
 * reproducible zips, size budgets, the release check, end-to-end tests in Chromium and Firefox),
 * each run even if an earlier one failed, then
 * one line summing all suites:
 * `N passed, N failed`. Unit and e2e counts come from the runners' JSON reports; each other check
 * counts as one test. Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { auditRuntime } from './audit-runtime';
import { buildShippedPackages } from './shipped-packages';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped?: number;
  /** Why a check was skipped, printed in the summary. */
  note?: string;
}

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

const tallies: Tally[] = [];
const single = (name: string, ok: boolean) => tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

single('dataset validation', run('npx', ['tsx', 'scripts/build-dataset.ts']));
single('workflows: valid, their npm scripts defined', run('npx', ['tsx', 'scripts/check-workflows.ts']));
single('typecheck', run('npx', ['tsc', '--noEmit']));
single('lint', run('npx', ['eslint', '.']));

// What ships (the packages a source-map build's bundles come from: our dependencies and WXT's
// runtime) against the registry's advisories; skipped, not failed, when the registry cannot be
// reached or does not answer audits (scripts/audit-runtime.ts).
console.log('\n▶ npm audit of the packages that ship (a source-map build says which)');
let audit: ReturnType<typeof auditRuntime>;
try {
  const shipped = buildShippedPackages();
  console.log(`shipped: ${shipped.join(', ')}`);
  audit = auditRuntime(shipped);
} catch (error) {
  audit = { result: 'failed', line: (error as Error).message };
}
console.log(audit.line);
tallies.push({
  name: 'npm audit (runtime dependencies)',
  passed: audit.result === 'passed' ? 1 : 0,
  failed: audit.result === 'failed' ? 1 : 0,
  ...(audit.result === 'skipped' ? { skipped: 1, note: audit.line } : {}),
});

const unitOk = run('npx', ['vitest', 'run']);
const unit = readJson<{ numPassedTests: number; numFailedTests: number }>('test-results/unit.json');
tallies.push(unit ? { name: 'unit (vitest)', passed: unit.numPassedTests, failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) } : { name: 'unit (vitest)', passed: 0, failed: 1 });

const built = run('npx', ['wxt', 'build']);
single('build (chrome-mv3)', built);
// The e2e suite's build: the same code, panel shadow root open for Playwright, test clock compiled in.
const builtForTests = run('npx', ['wxt', 'build', '--mode', 'test']);
single('test build (chrome-mv3-test)', builtForTests);
single('release build: no test clock, closed shadow root', built && builtForTests && run('npx', ['tsx', 'scripts/check-release.ts']));
single('firefox build: manifest and web-ext lint (0 errors)', run('npx', ['tsx', 'scripts/check-packages.ts', 'firefox']));
// The Firefox smoke test's build: open shadow root, like the Chromium test build.
single('firefox test build (firefox-mv2-test)', run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']));
single('store zips are reproducible', run('npx', ['tsx', 'scripts/check-packages.ts', 'zips']));
rmSync('test-results/sizes.json', { force: true });
const sizesOk = built && run('npx', ['tsx', 'scripts/check-sizes.ts']);
const sizes = readJson<{ passed: number; failed: number }>('test-results/sizes.json');
tallies.push({ name: 'size budgets', passed: sizes?.passed ?? 0, failed: sizes ? sizes.failed : 1 });
if (sizes && !sizesOk && !sizes.failed) tallies[tallies.length - 1]!.failed++;
// What the release workflow runs before it publishes (official update source, zips, lint, sizes).
single('release check (npm run release:check)', run('npx', ['tsx', 'scripts/release-check.ts', '--skip-published', '--skip-report-email']));

if (built && builtForTests && existsSync('.output/chrome-mv3/manifest.json') && existsSync('.output/chrome-mv3-test/manifest.json')) {
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>('test-results/e2e.json');
  if (e2e) {
    const failed = e2e.stats.unexpected + e2e.stats.flaky + (e2eOk || e2e.stats.unexpected ? 0 : 1);
    tallies.push({ name: 'end-to-end (playwright)', passed: e2e.stats.expected, failed, skipped: e2e.stats.skipped });
  } else {
    tallies.push({ name: 'end-to-end (playwright)', passed: 0, failed: 1 });
  }
} else {
  tallies.push({ name: 'end-to-end (playwright): not run, the build failed', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const t of tallies) {
  const mark = t.failed ? '✗' : t.passed || !t.skipped ? '✓' : '–';
  console.log(`  ${mark} ${t.name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}${t.note ? ` (${t.note})` : ''}`);
}
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
const skipped = tallies.reduce((n, t) => n + (t.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
