/**
 * The real-pages corpus (shared/data/real-pages: pages saved by others, with a manifest of what a
 * human reads on each) and what the extension must make of each page: the names its readers may
 * return (what a human reads there as employer or brand, as the page spells it; an empty list: the
 * page names none), the company it flags as saved (the site's own company where the site is listed),
 * and a swap: the page's employer or brand replaced everywhere by a listed company's name, which the
 * reader must then return and, on a site where the extension reads pages, the panel must name.
 * Used by tests/unit/real-pages.test.ts (every page, in Node) and tests/e2e/real-pages.spec.ts (a
 * subset, in Chromium).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { REAL_PAGES } from './shared-files';

export interface RealPageCase {
  /** Names a reader may return: any other name is a misreading. */
  reads: string[];
  /** At least one of `reads` must be returned (false: the page may also give nothing). */
  mustRead: boolean;
  /** The company flagged on the page as saved, or null. */
  flags: string | null;
  /** Every `from` replaced by its `to`; the reader then returns `reads`, and the panel names `company`. */
  swap?: { pairs: Array<[from: string, to: string]>; reads: string; company: string };
  /**
   * A result list on the page (lib/extract/lists): at least `min` results read, none of them listed as
   * saved; with `from` swapped for a listed employer, that result gets a marker for `company`.
   */
  list?: { min: number; from: string; to: string; company: string };
}

const brand = (name: string, to = 'Dell') => ({ pairs: [[name, to]] as Array<[string, string]>, reads: to, company: 'dell' });
const employer = (names: string[], to = 'Booz Allen Hamilton', company = 'booz-allen') => ({
  pairs: names.map((n) => [n, to] as [string, string]),
  reads: to,
  company,
});

export const CASES: Record<string, RealPageCase> = {
  'amazon-365-whole-foods-chips.html.gz': { reads: ['365 by Whole Foods Market'], mustRead: true, flags: 'amazon', swap: brand('365 by Whole Foods Market') },
  'amazon-asus-rog-monitor.html.gz': { reads: ['ASUS'], mustRead: true, flags: 'amazon', swap: brand('ASUS') },
  'amazon-brome-squirrel-buster.html.gz': { reads: ['Brome'], mustRead: true, flags: 'amazon', swap: brand('Brome') },
  'amazon-changm-wall-sconce.html.gz': { reads: ['ChangM'], mustRead: true, flags: 'amazon', swap: brand('ChangM') },
  // Amazon's Spanish store: the site flags Amazon; a listed brand flags its company.
  'amazon-es-cecotec-windroid.html.gz': { reads: ['Cecotec'], mustRead: true, flags: 'amazon', swap: brand('Cecotec') },
  'amazon-gorilla-duct-tape.html.gz': { reads: ['Gorilla'], mustRead: true, flags: 'amazon', swap: brand('Gorilla') },
  // A book's byline names its author, not a brand.
  'amazon-kindle-baldacci-whole-truth.html.gz': { reads: [], mustRead: false, flags: 'amazon' },
  // The brand is only in the product state, in capitals; "Google Assistant" in the title is not the brand.
  'bestbuy-ca-belkin-soundform.html.gz': { reads: ['BELKIN', 'Belkin'], mustRead: true, flags: null, swap: { pairs: [['BELKIN', 'DELL'], ['Belkin', 'Dell']], reads: 'DELL', company: 'dell' } },
  'bestbuy-ca-google-nest-hello.html.gz': { reads: ['GOOGLE NEST', 'Google Nest', 'Google'], mustRead: true, flags: null, swap: { pairs: [['GOOGLE NEST', 'DELL']], reads: 'DELL', company: 'dell' } },
  'ebay-halloween-scar-kit.html.gz': { reads: [], mustRead: false, flags: null },
  'greenhouse-alma-software-engineer-ii.html.gz': { reads: ['Alma'], mustRead: true, flags: null, swap: employer(['Alma']) },
  'linkedin-company-audiense.html.gz': { reads: ['Audiense'], mustRead: true, flags: null, swap: employer(['Audiense']) },
  'linkedin-job-flow-traders-graduate-data-engineer.html.gz': { reads: ['Flow Traders'], mustRead: true, flags: null, swap: employer(['Flow Traders']) },
  'linkedin-job-guest-ns-agency-software-engineer.html.gz': { reads: ['NS Agency'], mustRead: true, flags: null, swap: employer(['NS Agency']) },
  'linkedin-job-guest-serma-ingenierie-fr.html.gz': { reads: ['SERMA INGENIERIE'], mustRead: true, flags: null, swap: employer(['SERMA INGENIERIE'], 'Leidos', 'leidos') },
  // The job text's "Microsoft Azure" is not the employer.
  'linkedin-job-guest-talan-azure-architect-fr.html.gz': { reads: ['Talan'], mustRead: true, flags: null, swap: employer(['Talan'], 'Leidos', 'leidos') },
  'indeed-in-serp-pane-uddhav-flutter.html.gz': {
    reads: ['Uddhav Innovations'],
    mustRead: true,
    flags: null,
    swap: employer(['Uddhav Innovations']),
    list: { min: 10, from: 'Visko Group', to: 'Leidos', company: 'leidos' },
  },
  'indeed-serp-pane-ohsu-research-data-analyst.html.gz': {
    reads: ['Oregon Health & Science University'],
    mustRead: true,
    flags: null,
    swap: employer(['Oregon Health &amp; Science University', 'Oregon Health & Science University'], 'Leidos', 'leidos'),
    list: { min: 10, from: 'Moda Health', to: 'Booz Allen Hamilton', company: 'booz-allen' },
  },
  // Workday's JSON-LD names a legal entity; a subsidiary maps to its company only with a source.
  'workday-autodesk-industry-strategy-manager.html.gz': { reads: ['Autodesk Canada Co.', 'Autodesk'], mustRead: true, flags: null, swap: employer(['Autodesk Canada Co.'], 'Leidos, Inc.', 'leidos') },
  // HP Inc.'s career site: never Hewlett Packard Enterprise.
  'workday-hp-careers-search.html.gz': { reads: ['HP', 'HP Inc.'], mustRead: false, flags: null },
  'workday-medtronic-fpa-consultant.html.gz': { reads: ['MED Medtronic Inc', 'Medtronic Inc', 'Medtronic'], mustRead: true, flags: null, swap: employer(['MED Medtronic Inc'], 'Leidos, Inc.', 'leidos') },
  'workday-medtronic-lead-ai-engineer-cov.html.gz': {
    reads: ['IN2 COV - COV Engineering Services PL', 'Medtronic'],
    mustRead: true,
    flags: null,
    swap: employer(['IN2 COV - COV Engineering Services PL'], 'Leidos, Inc.', 'leidos'),
  },
  'glassdoor-tcs-reviews.html.gz': { reads: ['Tata Consultancy Services'], mustRead: true, flags: null, swap: employer(['Tata Consultancy Services']) },
  // An aggregator the extension does not read pages on: its JSON-LD names the employer, never the site.
  'jobright-barclays-full-stack.html.gz': { reads: ['Barclays Investment Bank', 'Barclays'], mustRead: true, flags: null, swap: employer(['Barclays Investment Bank']) },
  // Accenture's own careers site: the site flags (accenture.com is a listed host).
  'accenture-careers-r2r-manager.html.gz': { reads: ['Accenture'], mustRead: false, flags: 'accenture' },
  // Wayfair's own site: the site flags; its house brand is read.
  'wayfair-wade-logan-armchair.html.gz': { reads: ['Wade Logan®', 'Wade Logan'], mustRead: true, flags: 'wayfair' },
  'costco-afa-sink.html.gz': { reads: ['AFA', 'AFA Stainless'], mustRead: true, flags: null, swap: brand('AFA') },
  'github-microsoft-vscode-repo.html.gz': { reads: [], mustRead: false, flags: 'github' },
  'home-amazon-com.html.gz': { reads: [], mustRead: false, flags: 'amazon' },
  'home-bing-com.html.gz': { reads: [], mustRead: false, flags: 'microsoft' },
  'home-google-com.html.gz': { reads: [], mustRead: false, flags: null },
  'home-msn-com-2014.html.gz': { reads: [], mustRead: false, flags: null },
  // Search results: the page names no employer or brand of its own; each result's site is read.
  'google-serp-test-keyword.html.gz': { reads: [], mustRead: false, flags: null, list: { min: 8, from: 'www.katalon.com', to: 'www.palantir.com', company: 'palantir' } },
  'bing-serp-test-keyword.html.gz': { reads: [], mustRead: false, flags: 'microsoft', list: { min: 5, from: 'www.woorank.com', to: 'www.palantir.com', company: 'palantir' } },
  // Saved before its results were drawn: the page holds Bing's frame and styles, no result (Bing is Microsoft's).
  'bing-serp-javascript-tutorial-2026.html.gz': { reads: [], mustRead: false, flags: 'microsoft' },
  'duckduckgo-serp-test-keyword-js.html.gz': { reads: [], mustRead: false, flags: null, list: { min: 8, from: 'www.seotesteronline.com', to: 'www.palantir.com', company: 'palantir' } },
};

export interface ManifestEntry {
  file: string;
  url: string;
  site: string;
  employer_or_brand: string;
}

export function readManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(`${REAL_PAGES}/manifest.json`, 'utf8')) as ManifestEntry[];
}

export function readPage(file: string): string {
  return gunzipSync(readFileSync(`${REAL_PAGES}/${file}`)).toString('utf8');
}

/** The page with every `from` of the swap replaced by its `to`. */
export function swapped(html: string, pairs: ReadonlyArray<[string, string]>): string {
  return pairs.reduce((text, [from, to]) => text.split(from).join(to), html);
}
