// @vitest-environment happy-dom
/**
 * Result lists: the readers (job and web search results) and the markers' bounded work
 * (entrypoints/panel.content/markers.ts), with a fake background.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMarkers, MAX_KEYS, MAX_RESULTS } from '@/entrypoints/panel.content/markers';
import { getListReader } from '@/lib/extract/lists';
import { bingTarget, duckduckgoTarget } from '@/lib/extract/lists/web-search';
import type { ListMarker } from '@/lib/messages';

function nodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body.childNodes];
}
function page(body: string): Document {
  document.body.replaceChildren(...nodes(body));
  return document;
}
const reader = (url: string) => getListReader(new URL(url))!;
const marker = (key: string, id: string): ListMarker => ({
  key,
  company: { id, name: id.toUpperCase() },
  verdict: { tier: 'direct', recent: true, lastYear: 2026, agencies: ['ICE', 'CBP'], kind: 'professional-services' },
});

describe('result-list readers', () => {
  it('find the list pages of the sites they read, and no other page', () => {
    expect(reader('https://www.linkedin.com/jobs/search/?keywords=x')).toBeDefined();
    expect(reader('https://www.indeed.com/jobs?q=x')).toBeDefined();
    expect(reader('https://www.google.com/search?q=x')).toBeDefined();
    expect(reader('https://www.bing.com/search?q=x')).toBeDefined();
    expect(reader('https://duckduckgo.com/?q=x')).toBeDefined();
    expect(getListReader(new URL('https://www.google.com/maps'))).toBeUndefined();
    expect(getListReader(new URL('https://www.linkedin.com/feed/'))).toBeUndefined();
    expect(getListReader(new URL('https://www.google.com.evil.example/search?q=x'))).toBeUndefined();
  });

  it('job results: each card\'s employer, as written', () => {
    const doc = page('<ul><li><h4 class="base-search-card__subtitle"><a> Booz Allen Hamilton </a></h4></li><li><h4 class="base-search-card__subtitle">Acme</h4></li></ul>');
    expect(reader('https://www.linkedin.com/jobs/search/').read(doc, 10).map((e) => e.name)).toEqual(['Booz Allen Hamilton', 'Acme']);
    const indeed = page('<span data-testid="company-name">Leidos</span>');
    expect(reader('https://www.indeed.com/jobs?q=x').read(indeed, 10).map((e) => e.name)).toEqual(['Leidos']);
  });

  it('web results: the host each result links to, through Bing\'s and DuckDuckGo\'s redirects; never a javascript: link', () => {
    const google = page('<div id="search"><a href="https://www.palantir.com/platforms/"><h3>Palantir</h3></a><a href="javascript:alert(1)"><h3>x</h3></a></div>');
    expect(reader('https://www.google.com/search?q=x').read(google, 10).map((e) => e.host)).toEqual(['www.palantir.com']);
    const encoded = btoa('https://www.palantir.com/').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(new URL(bingTarget(`https://www.bing.com/ck/a?!&&p=1&u=a1${encoded}&ntb=1`)).hostname).toBe('www.palantir.com');
    expect(duckduckgoTarget('//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.palantir.com%2F&rut=1')).toBe('https://www.palantir.com/');
    const bing = page(`<ol id="b_results"><li class="b_algo"><h2><a href="https://www.bing.com/ck/a?u=a1${encoded}">Palantir</a></h2></li></ol>`);
    expect(reader('https://www.bing.com/search?q=x').read(bing, 10).map((e) => e.host)).toEqual(['www.palantir.com']);
  });
});

describe('markers', () => {
  const deps = (doc: Document, lookup: (names: string[], hosts: string[]) => Promise<ListMarker[] | 'busy' | 'spent'>, open = vi.fn()) => ({
    doc,
    reader: reader('https://www.linkedin.com/jobs/search/'),
    lookup,
    open,
    label: (m: ListMarker) => ({ text: `Direct · ${m.verdict.agencies.join(', ')}`, preview: `${m.company.name}: preview`, name: `${m.company.name} (ContractLens)` }),
    mode: 'open' as ShadowRootMode,
  });

  it('1,000 results: bounded reads and lookups in batches; markers only beside listed employers; nothing asked twice', async () => {
    const cards = Array.from({ length: 1000 }, (_, i) => `<li><h4 class="base-search-card__subtitle">${i % 7 === 0 ? 'Booz Allen Hamilton' : `Employer ${i}`}</h4></li>`);
    const doc = page(`<ul>${cards.join('')}</ul>`);
    const batches: number[] = [];
    const lookup = vi.fn(async (names: string[]) => {
      batches.push(names.length);
      return names.filter((n) => n === 'Booz Allen Hamilton').map((n) => marker(n, 'booz-allen'));
    });
    const markers = createMarkers(deps(doc, lookup));
    const first = await markers.pass();
    expect(first.read).toBe(MAX_RESULTS);
    expect(Math.max(...batches)).toBeLessThanOrEqual(100);
    expect(markers.stats().asked).toBeLessThanOrEqual(MAX_KEYS);
    const placed = doc.querySelectorAll('contractlens-marker');
    expect(placed.length).toBe(Math.ceil(MAX_RESULTS / 7));
    expect([...placed].every((m) => m.previousElementSibling?.textContent === 'Booz Allen Hamilton')).toBe(true);
    expect(placed[0]!.shadowRoot!.querySelector('button')!.textContent).toBe('Direct · ICE, CBP');
    expect(placed[0]!.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('BOOZ-ALLEN (ContractLens)');
    expect(placed[0]!.shadowRoot!.querySelector('[role=tooltip]')!.textContent).toBe('BOOZ-ALLEN: preview');
    // The verdict's level is inside the root with the words; the host says nothing a page can read
    // in a release build (test builds name the company, for locators: scripts/check-release.ts).
    expect(placed[0]!.shadowRoot!.querySelector('button')!.getAttribute('data-level')).toBe('direct');
    expect(placed[0]!.getAttributeNames().filter((name) => name !== 'data-company')).toEqual([]);
    // The same results again: nothing new to ask, no second marker.
    const calls = lookup.mock.calls.length;
    await markers.pass();
    expect(lookup.mock.calls.length).toBe(calls);
    expect(doc.querySelectorAll('contractlens-marker').length).toBe(placed.length);
  });

  it('a page of distinct names past the cap: at most MAX_KEYS are ever looked up', async () => {
    const doc = page(`<ul>${Array.from({ length: 1000 }, (_, i) => `<li><h4 class="base-search-card__subtitle">E${i}</h4></li>`).join('')}</ul>`);
    const markers = createMarkers(deps(doc, async () => []));
    for (let i = 0; i < 20; i++) {
      // Results scroll in: the old ones go, new ones come.
      doc.querySelector('ul')!.replaceChildren(...nodes(`<ul>${Array.from({ length: 300 }, (_, j) => `<li><h4 class="base-search-card__subtitle">E${i}-${j}</h4></li>`).join('')}</ul>`)[0]!.childNodes);
      await markers.pass();
    }
    expect(markers.stats().asked).toBe(MAX_KEYS);
  });

  it('names from the page go in as text; a busy background is asked again later; a script\'s click opens nothing', async () => {
    const doc = page('<h4 class="base-search-card__subtitle">Booz Allen Hamilton</h4>');
    let busy = true;
    const open = vi.fn();
    const lookup = vi.fn(async (names: string[]) => (busy ? ('busy' as const) : names.map((n) => ({ ...marker(n, 'booz-allen'), company: { id: 'booz-allen', name: '<img src=x onerror=alert(1)>' } }))));
    const markers = createMarkers(deps(doc, lookup, open));
    await markers.pass();
    expect(doc.querySelectorAll('contractlens-marker')).toHaveLength(0);
    busy = false;
    await markers.pass();
    const button = doc.querySelector('contractlens-marker')!.shadowRoot!.querySelector('button')!;
    expect(button.querySelector('img')).toBeNull();
    expect(button.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>');
    const preview = doc.querySelector('contractlens-marker')!.shadowRoot!.querySelector('[role=tooltip]')!;
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(preview.querySelector('img')).toBeNull();
    button.click();
    expect(open).not.toHaveBeenCalled();
  });

  it('once the worker says the budget is spent, the page asks no more, however many results come', async () => {
    const doc = page(`<ul>${Array.from({ length: 150 }, (_, i) => `<li><h4 class="base-search-card__subtitle">E${i}</h4></li>`).join('')}</ul>`);
    let left = 120;
    const lookup = vi.fn(async (names: string[]) => {
      if (left <= 0) return 'spent' as const;
      left -= names.length;
      return [];
    });
    const markers = createMarkers(deps(doc, lookup));
    await markers.pass();
    expect(lookup).toHaveBeenCalledTimes(2);
    doc.querySelector('ul')!.replaceChildren(...nodes(`<ul>${Array.from({ length: 100 }, (_, j) => `<li><h4 class="base-search-card__subtitle">F${j}</h4></li>`).join('')}</ul>`)[0]!.childNodes);
    await markers.pass();
    // One more ask, answered 'spent'; then none.
    expect(lookup).toHaveBeenCalledTimes(3);
    await markers.pass();
    expect(lookup).toHaveBeenCalledTimes(3);
  });
});
