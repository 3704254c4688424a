import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildDataset, writeGenerated } from './scripts/build-dataset';
import { PANEL_PLACEHOLDER_MATCH } from './lib/constants';

// Validate data/companies and write data/generated/ on every config load (build, dev, prepare), so a
// build can never ship data that failed validation, and the match patterns always follow the data.
const { patterns: HOST_PATTERNS } = writeGenerated(buildDataset());

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'ContractLens',
    description:
      'Shows, with sources, when the company behind a site holds US immigration detention or enforcement contracts, and what its employees did about it.',
    permissions: ['storage'],
    homepage_url: 'https://github.com/contractlens/contractlens',
    browser_specific_settings: {
      gecko: {
        id: 'contractlens@contractlens.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // Replace the panel's placeholder match with the dataset's hosts (see lib/constants.ts).
      const entry = manifest.content_scripts?.find((cs) => cs.matches?.includes(PANEL_PLACEHOLDER_MATCH));
      if (!entry) throw new Error('panel content script not found in the generated manifest');
      entry.matches = HOST_PATTERNS;
      // The panel's CSS is fetched into its shadow root from the same pages.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && resource.matches?.includes(PANEL_PLACEHOLDER_MATCH)) resource.matches = HOST_PATTERNS;
      }
    },
  },
});
