/**
 * Which npm packages ship in the extension: read from the source maps of a build made with
 * CONTRACTLENS_SOURCEMAP=1, every `node_modules/<package>/` a bundled module came from. That is more
 * than package.json's `dependencies`: WXT (a devDependency, the build tool) puts its own runtime
 * (`wxt/browser`, the content-script context) and @wxt-dev/storage into the bundles, and the runtime
 * audit (scripts/audit-runtime.ts) must cover them too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const OUT = '.output-sourcemap';

function mapFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? mapFiles(file) : name.endsWith('.map') ? [file] : [];
  });
}

/** The packages the source maps under `dir` name (the innermost node_modules of each source). */
export function packagesInSourceMaps(dir: string): string[] {
  const names = new Set<string>();
  for (const file of mapFiles(dir)) {
    const { sources = [] } = JSON.parse(readFileSync(file, 'utf8')) as { sources?: string[] };
    for (const source of sources) {
      const found = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].at(-1);
      if (found) names.add(found[1]!);
    }
  }
  return [...names].sort();
}

/** Builds the Chrome extension with source maps (in .output-sourcemap) and reads what ships. */
export function buildShippedPackages(): string[] {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8', env: { ...process.env, CONTRACTLENS_SOURCEMAP: '1', CONTRACTLENS_OUT_DIR: OUT } });
  if (build.status !== 0) throw new Error(`the source-map build failed:\n${build.stdout}${build.stderr}`);
  return packagesInSourceMaps(path.join(OUT, 'chrome-mv3'));
}
