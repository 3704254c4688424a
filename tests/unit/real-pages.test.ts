/**
 * Every page of the real-pages corpus (tests/real-pages.ts), read in Node: the reader returns what a
 * human reads there and nothing else, the extension flags only the listed company the page belongs
 * to, and with a listed company's name swapped in for the page's employer or brand, the reader
 * returns it and (on a site the extension reads) the match names that company.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { extractPageSignals } from '@/lib/extract';
import { normalizeName } from '@/lib/names';
import { getSiteCategory } from '@/lib/sites';
import { findMatch } from '@/entrypoints/background/lookup';
import { listMarkers } from '@/entrypoints/background/list-markers';
import { getListReader } from '@/lib/extract/lists';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { buildDataset } from '@/scripts/build-dataset';
import { CASES, readManifest, readPage, swapped } from '../real-pages';
import { missingShared, REAL_PAGES } from '../shared-files';

const skip = missingShared(`${REAL_PAGES}/manifest.json`);
const index = buildCompanyIndex(buildDataset());

// linkedom's parser (htmlparser2) reads these pages whole; happy-dom's stops early on some (Indeed's).
function read(html: string, url: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractPageSignals(doc as unknown as Document, url);
}

/** The result list's markers: the names a list reader finds, and which of them the background marks. */
async function listOf(html: string, url: string) {
  const reader = getListReader(new URL(url));
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const entries = reader ? reader.read(doc, 300) : [];
  const names = [...new Set(entries.flatMap((e) => (e.name ? [e.name] : [])))];
  const hosts = [...new Set(entries.flatMap((e) => (e.host ? [e.host] : [])))];
  const markers = await listMarkers(index, url, { names, hosts }, DEFAULT_SETTINGS, { now: Date.now(), dismissed: [] });
  return { entries, markers };
}

describe.skipIf(skip)('real pages', () => {
  const manifest = skip ? [] : readManifest();

  it('every page of the corpus has its expectations here, and every expectation its page', () => {
    expect(manifest.map((m) => m.file).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const entry of manifest) {
    const expected = CASES[entry.file];
    if (!expected) continue;
    describe(entry.file, () => {
      const html = readPage(entry.file);

      it(`as saved: reads ${expected.reads.length ? expected.reads.join(' / ') : 'nothing'}; flags ${expected.flags ?? 'nothing'}`, async () => {
        const signals = read(html, entry.url);
        const allowed = new Set(expected.reads.map(normalizeName));
        for (const s of signals) expect(allowed.has(normalizeName(s.name)), `read "${s.name}" (${s.source})`).toBe(true);
        if (expected.mustRead) expect(signals.length, 'read nothing').toBeGreaterThan(0);
        expect((await findMatch(index, entry.url, signals))?.company.id ?? null).toBe(expected.flags);
      });

      it(expected.list ? `its result list: ${expected.list.min}+ results, none listed; "${expected.list.to}" swapped in gets a marker` : 'no result list, or one without listed companies: no marker', async () => {
        const saved = await listOf(html, entry.url);
        expect(saved.markers).toEqual([]);
        if (!expected.list) return;
        expect(saved.entries.length).toBeGreaterThanOrEqual(expected.list.min);
        const swappedIn = await listOf(swapped(html, [[expected.list.from, expected.list.to]]), entry.url);
        expect(swappedIn.markers.map((m) => `${m.key}→${m.company.id}`)).toEqual([`${expected.list.to}→${expected.list.company}`]);
      });

      if (expected.swap) {
        const swap = expected.swap;
        it(`with "${swap.reads}" swapped in: reads it${getSiteCategory(new URL(entry.url).hostname) ? `; the panel names ${swap.company}` : ''}`, async () => {
          const signals = read(swapped(html, swap.pairs), entry.url);
          expect(signals.map((s) => normalizeName(s.name))).toContain(normalizeName(swap.reads));
          const match = await findMatch(index, entry.url, signals);
          // Where the extension reads no pages (an aggregator, a store it does not list), nothing is asked.
          if (getSiteCategory(new URL(entry.url).hostname)) expect(match?.company.id).toBe(swap.company);
        });
      }
    });
  }
});

// The employer rule (docs/matching.md) on real pages: a listed company's own public name that is also
// ambiguous ("CACI", "SAIC", "SOSi", "IBM") swapped in for the page's employer names it on every job
// page the extension reads; swapped in for a product's brand, it names nobody.
describe.skipIf(skip)('real pages: employers under their public names', () => {
  const PUBLIC: Array<[string, string]> = [['CACI', 'caci'], ['SAIC', 'saic'], ['SOSi', 'sos-international'], ['IBM', 'ibm']];
  const jobs = Object.entries(CASES).filter(([file, c]) => c.swap && c.swap.company !== 'dell' && getSiteCategory(new URL(readManifest().find((m) => m.file === file)!.url).hostname));
  const products = Object.entries(CASES).filter(([file, c]) => c.swap?.company === 'dell' && getSiteCategory(new URL(readManifest().find((m) => m.file === file)!.url).hostname));
  const lists = Object.entries(CASES).filter(([file, c]) => c.list && getSiteCategory(new URL(readManifest().find((m) => m.file === file)!.url).hostname) === 'jobs');

  it('covers LinkedIn, Indeed, Glassdoor, Workday and Greenhouse pages, and job result lists', () => {
    expect(lists.length).toBeGreaterThan(0);
    const hosts = jobs.map(([file]) => new URL(readManifest().find((m) => m.file === file)!.url).hostname).join(' ');
    for (const site of ['linkedin', 'indeed', 'glassdoor', 'myworkdayjobs', 'greenhouse']) expect(hosts).toContain(site);
  });

  for (const [file, c] of jobs) {
    it(`${file}: each public name as the employer names its company`, async () => {
      const { url } = readManifest().find((m) => m.file === file)!;
      const html = readPage(file);
      for (const [name, id] of PUBLIC) {
        const signals = read(swapped(html, c.swap!.pairs.map(([from]) => [from, name] as [string, string])), url);
        expect((await findMatch(index, url, signals))?.company.id, `${name} on ${file}`).toBe(id);
      }
    });
  }

  // In a list of results a name needs to mean nothing else: the company's unambiguous public names get
  // a marker, its initialisms none (a result list is not the posting's own employer field).
  const CLEAR: Array<[string, string]> = [['CACI International Inc', 'caci'], ['GA-ASI', 'general-atomics-aeronautical'], ['Elbit Systems of America', 'elbit-america']];
  for (const [file, c] of lists) {
    it(`${file}: a result's employer under its unambiguous public name gets a marker, an initialism none`, async () => {
      const { url } = readManifest().find((m) => m.file === file)!;
      const html = readPage(file);
      for (const [name, id] of CLEAR) {
        const { markers } = await listOf(swapped(html, [[c.list!.from, name]]), url);
        expect(markers.map((m) => `${m.key}→${m.company.id}`), `${name} on ${file}`).toEqual([`${name}→${id}`]);
      }
      for (const [name] of PUBLIC) expect((await listOf(swapped(html, [[c.list!.from, name]]), url)).markers, `${name} on ${file}`).toEqual([]);
    });
  }

  for (const [file, c] of products) {
    it(`${file}: the same names as a product's brand do not count alone`, async () => {
      const { url } = readManifest().find((m) => m.file === file)!;
      const html = readPage(file);
      for (const [name] of PUBLIC) {
        const signals = read(swapped(html, c.swap!.pairs.map(([from]) => [from, name] as [string, string])), url);
        const match = await findMatch(index, url, signals);
        // Only the older rule may name them here: two sources of the page (its data and its text)
        // agreeing on the brand (costco-afa-sink.html.gz has both).
        if (match && PUBLIC.some(([, id]) => id === match.company.id)) expect(match.why, `${name} on ${file}`).toMatchObject({ corroborated: true });
      }
    });
  }
});

