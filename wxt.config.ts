import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildDataset, writeGenerated } from './scripts/build-dataset';
import { readUpdateConfig } from './lib/updates/update-config';
import { ALL_SITE_PATTERNS } from './lib/sites';
import { BUNDLED_DATASET_FILE } from './lib/bundled-dataset-file';
import packageJson from './package.json' with { type: 'json' };

// Validate data/companies and write data/generated/ on every config load (build, dev, prepare), so a
// build can never ship data that failed validation.
const BUNDLED = buildDataset();
const { patterns: BUNDLED_PATTERNS } = writeGenerated(BUNDLED);

// The update channel, pinned at build time: the project's own (data/update-source.json), or
// DATASET_URL and DATASET_PUBLIC_KEY; none with CONTRACTLENS_UPDATES=off (lib/updates/update-config.ts).
// Test builds (`--mode test`) never use the project's own source: the suite runs offline, and a test
// that needs updates points its build at a local server with DATASET_URL.
const OFFICIAL_SOURCE: unknown = JSON.parse(readFileSync('data/update-source.json', 'utf8'));
const updateFor = (mode: string) => readUpdateConfig(process.env, mode === 'test' ? undefined : OFFICIAL_SOURCE);

// Where the panel may run: the bundled hosts and the job boards and stores of lib/sites.ts, in every
// build. With an update channel, data updates can add hosts; access to those is only *optional*
// (`optional_host_permissions`, MV2: `optional_permissions`), asked for in the popup or options page
// when an update brings sites outside what was granted, so a signed dataset alone can never put the
// script on a site the user did not allow (entrypoints/background/panel-registration.ts).
// CONTRACTLENS_ALWAYS_ON builds the comparison variant for `npm run bench:browser` only: the panel
// script on every page, asking the worker on every load, the way comparable extensions work.
const ALWAYS_ON = process.env.CONTRACTLENS_ALWAYS_ON === '1';
const reportEmailFor = (mode: string): string =>
  process.env.CONTRACTLENS_REPORT_EMAIL ?? (packageJson.bugs as { email?: string }).email ?? (mode === 'test' ? 'reports@example.org' : '');
const HOST_ACCESS = ALWAYS_ON ? ['*://*/*'] : [...new Set([...BUNDLED_PATTERNS, ...ALL_SITE_PATTERNS])].sort();
const optionalHostAccess = (mode: string) => (updateFor(mode) && !ALWAYS_ON ? ['*://*/*'] : []);
// The worker fetches the dataset and its signature from the update source: a static host sends no
// CORS headers, so the extension needs access to that one origin (and uses it for nothing else).
const updateAccess = (mode: string) => {
  const update = updateFor(mode);
  return update ? [`${new URL(update.url).origin}/*`] : [];
};
// The panel's stylesheet is fetched into its shadow root from the page, so it must be web-accessible
// wherever the panel may come to run (a file of ours, not host access; MV3 serves it under a
// per-session URL).
const panelCssMatches = (mode: string) => (optionalHostAccess(mode).length ? ['*://*/*'] : HOST_ACCESS);

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.CONTRACTLENS_OUT_DIR ?? '.output',
  zip: {
    // The sources zip Mozilla asks for: what `npm ci && npm run build:firefox` needs, nothing generated.
    excludeSources: ['.output*/**', 'test-results/**', 'playwright-report/**', 'data/generated/**', 'docs/**', '.ci/**'],
  },
  vite: (env) => ({
    plugins: [preact()],
    // Source maps only to learn which packages ship (scripts/shipped-packages.ts, the runtime audit).
    build: { sourcemap: process.env.CONTRACTLENS_SOURCEMAP === '1' },
    define: {
      __CONTRACTLENS_UPDATE__: JSON.stringify(updateFor(env.mode)),
      __CONTRACTLENS_ISSUES_URL__: JSON.stringify(packageJson.bugs.url),
      // Where e-mailed problem reports go (lib/report.ts): the maintainers' address, set before a
      // release (docs/releasing.md). Test builds use a reserved example address so the suite can see
      // the e-mail way; a build without one offers GitHub and a copy of the report.
      __CONTRACTLENS_REPORT_EMAIL__: JSON.stringify(reportEmailFor(env.mode)),
      __CONTRACTLENS_ALWAYS_ON__: JSON.stringify(ALWAYS_ON),
      // Which bundled dataset this build ships: a worker that has its compact copy stored already
      // serves from it without reading the 5 MB file (entrypoints/background/dataset-service.ts).
      __CONTRACTLENS_BUNDLED__: JSON.stringify({ version: BUNDLED.version, contentHash: BUNDLED.contentHash }),
    },
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Look up in ContractLens" on selected text (no page access beyond the selection).
    permissions: ['storage', 'scripting', 'contextMenus', ...(updateFor(mode) ? ['alarms'] : [])],
    host_permissions: [...HOST_ACCESS, ...updateAccess(mode)],
    ...(optionalHostAccess(mode).length ? { optional_host_permissions: optionalHostAccess(mode) } : {}),
    homepage_url: 'https://github.com/contractlens/contractlens',
    browser_specific_settings: {
      gecko: {
        id: 'contractlens@contractlens.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android runs the same build: the panel's short sheet and the popup fit a phone,
      // and what the browser lacks there (context menus, the badge, setIcon) is skipped.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The bundled dataset is a file of the extension, read by the worker when it needs it, not a
    // literal inside the worker's script: a 5 MB script is refused by Firefox's add-on linter (AMO's
    // review tool) and is compiled again at every worker start. It is gzipped (the worker reads it
    // through DecompressionStream): the linter refuses any text file over 5 MB, and the data grew past it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: BUNDLED_DATASET_FILE, absoluteSrc: resolve('data/generated/dataset.json.gz') });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const { mode } = wxt.config;
      // A run-time registered script's CSS is fetched into its shadow root from the page, so it must
      // be web-accessible there (WXT leaves `matches` empty for runtime scripts).
      const resources = manifest.web_accessible_resources ?? [];
      const panelCss = resources.find((r) => typeof r === 'object' && r.resources.includes('content-scripts/panel.css'));
      if (panelCss && typeof panelCss === 'object') panelCss.matches = panelCssMatches(mode);
      else resources.push({ resources: ['content-scripts/panel.css'], matches: panelCssMatches(mode) } as never);
      manifest.web_accessible_resources = resources;
      // MV2 (Firefox) has no optional_host_permissions (WXT drops the key): origins go in optional_permissions.
      if (manifest.manifest_version === 2 && optionalHostAccess(mode).length) {
        manifest.optional_permissions = [...new Set([...(manifest.optional_permissions ?? []), ...optionalHostAccess(mode)])];
      }
    },
  },
});
