/**
 * The unit tests' chrome.i18n.getMessage (tests/chrome-i18n.ts, used by tests/setup.ts) must agree
 * with the real browser's for every message in every language, with plain substitutions and with
 * substitutions that hold dollar signs: a stub that substitutes differently from Chrome once let every
 * round amount show as "$1 million" while the unit tests passed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, launchWithExtension, waitForPanelRegistration } from './fixtures';
import { makeGetMessage, type Catalog } from '../chrome-i18n';

const LOCALES = readdirSync('public/_locales');
const SUBSTITUTION_SETS = [
  [],
  ['«1»', '«2»', '«3»', '«4»', '«5»', '«6»', '«7»', '«8»', '«9»'],
  ['$', '$$', '$1', '13.3', '$2', 'a$b', '$$$', '9', '$0'],
];

test('the locales are the ones the stub is checked against', () => {
  expect(LOCALES.sort()).toEqual(['en', 'es']);
});

for (const lang of LOCALES) {
  test(`the test stub of getMessage agrees with Chromium on every ${lang} message`, async ({ fixtureServer }) => {
    const catalog = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
    const stub = makeGetMessage(catalog);
    const context = await launchWithExtension(fixtureServer.port, [`--lang=${lang}`]);
    try {
      const worker = await waitForPanelRegistration(context);
      const keys = Object.keys(catalog);
      const browserSays = await worker.evaluate(
        ({ keys, sets }) => sets.map((subs) => keys.map((key) => (chrome.i18n.getMessage as (name: string, subs: string[]) => string)(key, subs))),
        { keys, sets: SUBSTITUTION_SETS },
      );
      expect(browserSays[0]![keys.indexOf('locale')]).toBe(lang);
      const differences = SUBSTITUTION_SETS.flatMap((subs, s) =>
        keys.flatMap((key, k) => {
          const mine = stub(key, subs);
          return mine === browserSays[s]![k] ? [] : [`${key} ${JSON.stringify(subs)}: browser ${JSON.stringify(browserSays[s]![k])}, stub ${JSON.stringify(mine)}`];
        }),
      );
      expect(differences, differences.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
