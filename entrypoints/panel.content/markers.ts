/**
 * Markers beside the results of a list (job search results whose employer is listed, web results
 * that link to a listed company's site): a mark in the verdict's colour and its word ("Direct · ICE,
 * CBP", "Indirect, past · ICE"), a button that opens the panel for that company; hovering or
 * focusing it previews the verdict in full. One pass when the list is there, then one observer, debounced,
 * for results added later (infinite scroll, a new search). The work is bounded whatever the page
 * holds: each pass reads at most MAX_RESULTS results, a page looks up at most MAX_KEYS distinct
 * names and hosts, in batches, and never the same one twice; once the worker says the page or its
 * site has used its budget (lib/list-budget.ts) it asks no more. No network: the background answers
 * from the bundled data, and answers nothing where the settings say so (alerts off, discreet mode,
 * a muted or dismissed site, job pages or company sites switched off, a muted company).
 *
 * What the page sees is a `contractlens-marker` element and nothing of what it says: its words,
 * its verdict level and its company are inside the (closed) shadow root; the host's own styles are
 * `!important`, which in a shadow host's cascade beats the page's own `!important` rules, so a
 * page's stylesheet cannot hide, shrink or restyle a marker (it can still move or remove the
 * element, or draw a fake one: PRIVACY.md says what a marker proves).
 */
import { LIST_BATCH, type ListEntry, type ListReader } from '@/lib/extract/lists/types';
import { LIST_KEYS_PER_PAGE } from '@/lib/list-budget';
import type { ListMarker } from '@/lib/messages';
import { verdictLevel } from '@/lib/verdict';

export const MAX_RESULTS = 300;
export const MAX_KEYS = LIST_KEYS_PER_PAGE;
const SETTLE_MS = 400;

export interface MarkerDeps {
  doc: Document;
  reader: ListReader;
  /**
   * Asks the background; 'busy' when over the page's rate limit (asked again on the next pass),
   * 'spent' when the page or its site has used its list budget (never asked again).
   */
  lookup(names: string[], hosts: string[]): Promise<ListMarker[] | 'busy' | 'spent'>;
  /** A marker was clicked (a trusted click). */
  open(entry: { name?: string; host?: string }): void;
  /** The marker's words, its preview (the verdict in full) and the accessible name. */
  label(marker: ListMarker): { text: string; preview: string; name: string };
  /** The marker's shadow root: closed in release builds. */
  mode: ShadowRootMode;
}

const STYLE =
  ':host{all:initial!important;display:inline-block!important;position:relative!important;margin-inline-start:6px!important;vertical-align:middle!important}' +
  'button{font:600 11px/1.4 system-ui,sans-serif;color:#1b1b1f;background:#fff;border:1px solid #8a8a96;border-radius:9px;padding:1px 7px;cursor:pointer;white-space:nowrap}' +
  '.mark{display:inline-block;width:8px;height:8px;border-radius:50%;margin-inline-end:4px;background:var(--level)}' +
  'button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}' +
  '[role=tooltip]{display:none;position:absolute;z-index:2147483647;top:calc(100% + 4px);left:0;width:max-content;max-width:min(320px,80vw);white-space:normal;font:12px/1.4 system-ui,sans-serif;color:#1b1b1f;background:#fff;border:1px solid #8a8a96;border-radius:6px;padding:6px 8px;box-shadow:0 4px 12px rgba(0,0,0,.2)}' +
  ':host(:hover) [role=tooltip],button:focus-visible+[role=tooltip]{display:block}' +
  'button{--level:#b91c1c}button[data-level=direct-past]{--level:#c2410c}button[data-level=indirect]{--level:#a16207}button[data-level=indirect-past]{--level:#6b7280}' +
  '@media (prefers-color-scheme:dark){button,[role=tooltip]{color:#ecebf2;background:#1f1e24;border-color:#8a8a96}}';

export function createMarkers(deps: MarkerDeps) {
  const known = new Map<string, ListMarker | null>();
  const marked = new WeakSet<Element>();
  let asked = 0;
  let passes = 0;
  let spent = false;

  const keyOf = (entry: ListEntry) => (entry.name ? `n:${entry.name}` : `h:${entry.host}`);

  function place(entry: ListEntry, marker: ListMarker) {
    marked.add(entry.anchor);
    const host = deps.doc.createElement('contractlens-marker');
    // Test builds name the company on the host, for locators; a release build tells the page nothing.
    if (import.meta.env.MODE === 'test') host.setAttribute('data-company', marker.company.id);
    const root = host.attachShadow({ mode: deps.mode });
    const style = deps.doc.createElement('style');
    style.textContent = STYLE;
    const words = deps.label(marker);
    const button = deps.doc.createElement('button');
    button.type = 'button';
    button.setAttribute('data-level', verdictLevel(marker.verdict));
    // Text only: names come from the data, never markup.
    const mark = deps.doc.createElement('span');
    mark.className = 'mark';
    button.append(mark, words.text);
    button.setAttribute('aria-label', words.name);
    const preview = deps.doc.createElement('span');
    preview.setAttribute('role', 'tooltip');
    preview.id = 'preview';
    preview.textContent = words.preview;
    button.setAttribute('aria-describedby', 'preview');
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (event.isTrusted) deps.open(entry.name ? { name: entry.name } : { host: entry.host });
    });
    root.append(style, button, preview);
    entry.anchor.after(host);
  }

  /** One pass over the list: look up what is new, mark what is listed. Returns what it cost. */
  async function pass(): Promise<{ read: number; asked: number }> {
    passes++;
    if (spent) return { read: 0, asked: 0 };
    const entries = deps.reader.read(deps.doc, MAX_RESULTS).filter((e) => !marked.has(e.anchor));
    const names = new Set<string>();
    const hosts = new Set<string>();
    for (const entry of entries) {
      if (known.has(keyOf(entry)) || asked + names.size + hosts.size >= MAX_KEYS) continue;
      if (entry.name) names.add(entry.name);
      else if (entry.host) hosts.add(entry.host);
    }
    const before = asked;
    const nameList = [...names];
    const hostList = [...hosts];
    while (nameList.length || hostList.length) {
      const batchNames = nameList.splice(0, LIST_BATCH);
      const batchHosts = hostList.splice(0, LIST_BATCH - batchNames.length);
      const answer = await deps.lookup(batchNames, batchHosts);
      if (answer === 'busy') break;
      if (answer === 'spent') {
        spent = true;
        break;
      }
      asked += batchNames.length + batchHosts.length;
      for (const name of batchNames) known.set(`n:${name}`, null);
      for (const host of batchHosts) known.set(`h:${host}`, null);
      for (const marker of answer) {
        const key = batchNames.includes(marker.key) ? `n:${marker.key}` : `h:${marker.key}`;
        if (known.has(key)) known.set(key, marker);
      }
    }
    for (const entry of entries) {
      const marker = known.get(keyOf(entry));
      if (marker && !marked.has(entry.anchor)) place(entry, marker);
    }
    return { read: entries.length, asked: asked - before };
  }

  /** Passes now and whenever the page adds results, until `signal` aborts. */
  function watch(signal: AbortSignal) {
    let timer: number | undefined;
    const observer = new MutationObserver((records) => {
      // Our own markers going in are not new results.
      if (records.every((r) => [...r.addedNodes].every((n) => (n as Element).localName === 'contractlens-marker'))) return;
      clearTimeout(timer);
      timer = window.setTimeout(() => void pass(), SETTLE_MS);
    });
    observer.observe(deps.doc.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
    void pass();
  }

  return { pass, watch, stats: () => ({ asked, passes }) };
}
