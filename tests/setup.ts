// IndexedDB for Node: each test file gets a fresh in-memory database.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The browser's i18n, as Chrome does it, over the English messages: $NAME$ placeholders map to
// $1 … substitutions, and $$ is a literal dollar sign.
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;

export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_d, n: string) => substitutions[Number(n) - 1] ?? '');
  });
  return named.replace(/\$\$/g, '$');
}

Object.assign(fakeBrowser.i18n ?? ((fakeBrowser as unknown as { i18n: object }).i18n = {}), {
  getMessage,
  getUILanguage: () => 'en',
});
