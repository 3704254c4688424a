/**
 * chrome.i18n.getMessage, as Chromium implements it, for tests that run outside the browser.
 *
 * Two steps, in Chromium's order (extensions/common/message_bundle.cc, then
 * base::ReplaceStringPlaceholders at call time):
 * 1. When the catalog loads, every `$NAME$` whose name is a declared placeholder is replaced by that
 *    placeholder's content (usually `$1`, `$2` …). A `$` that does not open a valid name is skipped.
 * 2. When a message is asked for, a run of n `$` becomes n − 1 `$`, and `$1` … `$9` become the
 *    substitutions; a `$` before any other character is dropped with that character.
 * The order is what matters: `$$AMOUNT$` becomes `$$1` in step 1, which step 2 reads as an escaped
 * dollar followed by "1". tests/e2e/i18n-stub.spec.ts compares this with the real browser for every
 * message, in every language.
 */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const VALID_NAME = /^[A-Za-z0-9_@]+$/;

/** Step 1: named placeholders replaced by their content, as when the browser loads the catalog. */
export function expandPlaceholders(entry: Catalog[string]): string {
  let message = entry.message;
  let begin = 0;
  for (;;) {
    begin = message.indexOf('$', begin);
    if (begin < 0) return message;
    begin += 1;
    if (begin >= message.length) return message;
    const end = message.indexOf('$', begin);
    if (end < 0) return message;
    const name = message.slice(begin, end);
    if (!VALID_NAME.test(name)) continue;
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) throw new Error(`placeholder $${name}$ used but not defined`);
    message = message.slice(0, begin - 1) + content + message.slice(end + 1);
    begin = begin - 1 + content.length;
  }
}

/** Step 2: `$$` and `$1` … `$9`, as when a message is asked for. */
export function substitute(message: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    if (i + 1 >= message.length) break;
    i++;
    if (message[i] === '$') {
      while (i < message.length && message[i] === '$') {
        out += '$';
        i++;
      }
      i--;
    } else if (message[i]! >= '1' && message[i]! <= '9') {
      out += substitutions[message.charCodeAt(i) - 49] ?? '';
    }
  }
  return out;
}

/** A getMessage over one catalog: '' for an unknown key, as in the browser. */
export function makeGetMessage(catalog: Catalog): (key: string, substitutions?: string | string[]) => string {
  const expanded = new Map(Object.entries(catalog).map(([key, entry]) => [key, expandPlaceholders(entry)]));
  return (key, substitutions = []) => {
    const message = expanded.get(key);
    if (message === undefined) return '';
    return substitute(message, typeof substitutions === 'string' ? [substitutions] : substitutions);
  };
}
