// IndexedDB for Node: each test file gets a fresh in-memory database.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeGetMessage, type Catalog } from './chrome-i18n';

// The browser's i18n over the English messages, substituting as Chromium does (tests/chrome-i18n.ts).
export const getMessage = makeGetMessage(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalog);

Object.assign(fakeBrowser.i18n ?? ((fakeBrowser as unknown as { i18n: object }).i18n = {}), {
  getMessage,
  getUILanguage: () => 'en',
});
