/**
 * UI strings through the browser's i18n (public/_locales/<lang>/messages.json, English and Spanish),
 * so the panel, popup and options follow the browser's language. Data text (claims, names, sources)
 * stays in its source language.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  let text = '';
  try {
    // WXT types getMessage for its generated keys only; ours come from public/_locales.
    text = (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, substitutions.map(String));
  } catch {
    // No i18n in this context (a test without the stub): fall through to the key.
  }
  return text || key;
}

/**
 * The language the UI strings are shown in, for dates and numbers ("June 26, 2019" / "26 de junio de
 * 2019"): the locale the browser picked from public/_locales, so dates never disagree with the words.
 */
export function getUiLanguage(): string {
  try {
    // The catalogs carry their own language (`locale`): the browser's UI language can differ.
    return (browser.i18n.getMessage as (name: string) => string)('locale') || browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A translated sentence split around one placeholder, for a UI that puts an element there (a name
 * isolated in <bdi>, data text marked as English). The mark is a private-use character: the browser's
 * getMessage cuts a substitution at U+0000, so a NUL mark would lose everything after it.
 */
export function splitMessage(message: (placeholder: string) => string): [before: string, after: string] {
  const MARK = '\uE000';
  const [before = '', after = ''] = message(MARK).split(MARK);
  return [before, after];
}
