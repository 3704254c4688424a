import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPlaceholders, makeGetMessage, substitute } from '../chrome-i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const es = load('es');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('UI strings', () => {
  it('English and Spanish have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated and keeps its placeholders', () => {
    for (const [key, entry] of Object.entries(en)) {
      const spanish = es[key]!;
      expect(spanish.message.trim(), key).not.toBe('');
      if (key !== 'locale' && !['extName', 'brand', 'periodFromTo', 'badgeTitle'].includes(key) && entry.message.length > 12) {
        expect(spanish.message, `${key} looks untranslated`).not.toBe(entry.message);
      }
      const names = (m: string) => [...m.matchAll(/\$([A-Za-z]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      // A currency sign is a placeholder in English ("$13.3 million") and a word in Spanish ("13,3
      // millones de dólares"): the only placeholder a translation may leave out.
      expect(names(spanish.message).filter((n) => n !== 'dollar'), key).toEqual(names(entry.message).filter((n) => n !== 'dollar'));
      expect(Object.keys(spanish.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('every key the code uses exists, and every message is used', () => {
    const code = ['components', 'entrypoints', 'lib'].flatMap(sourceFiles).map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    // Keys chosen in code through lookup tables or ternaries are quoted in those tables.
    for (const m of code.matchAll(/'([a-z][A-Za-z0-9]+)'/g)) if (en[m[1]!]) used.add(m[1]!);
    for (const key of used) expect(en, `t('${key}')`).toHaveProperty(key);
    const unused = Object.keys(en).filter((key) => !used.has(key) && !['extName', 'extDescription'].includes(key));
    expect(unused).toEqual([]);
  });

  it('the manifest name and description come from the locales', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
  });

  // A literal "$$" right before a placeholder ("$$AMOUNT$") becomes "$$1" once the catalog loads,
  // which the browser reads as an escaped dollar and the digit 1: every round amount showed "$1 million".
  it.each(['en', 'es'])('no %s message can lose a substitution to an escaped dollar', (lang) => {
    const catalog = load(lang);
    const getMessage = makeGetMessage(catalog);
    for (const [key, entry] of Object.entries(catalog)) {
      expect(expandPlaceholders(entry), key).not.toMatch(/\$\$+[1-9]/);
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => entry.placeholders?.[m[1]!.toLowerCase()]?.content);
      const sentinels = Array.from({ length: 9 }, (_, i) => `«${i + 1}»`);
      const shown = getMessage(key, sentinels);
      for (const content of used) {
        for (const digit of content?.match(/\$([1-9])/g) ?? []) expect(shown, `${lang} ${key}`).toContain(sentinels[Number(digit[1]) - 1]);
      }
    }
  });
});

describe('the test stub of chrome.i18n.getMessage', () => {
  it('substitutes like Chromium: placeholders at load, then $$ and $1…$9', () => {
    const getMessage = makeGetMessage({
      broken: { message: '$$AMOUNT$ million', placeholders: { amount: { content: '$1' } } },
      fixed: { message: '$DOLLAR$$AMOUNT$ million', placeholders: { amount: { content: '$1' }, dollar: { content: '$2' } } },
      literal: { message: 'costs $$5 and $$$$ and $X' },
    });
    expect(getMessage('broken', ['13.3'])).toBe('$1 million');
    expect(getMessage('fixed', ['13.3', '$'])).toBe('$13.3 million');
    expect(getMessage('literal')).toBe('costs $5 and $$$ and ');
    expect(getMessage('missing')).toBe('');
    expect(substitute('$1 and $2', ['a'])).toBe('a and ');
  });
});
