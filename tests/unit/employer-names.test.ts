// @vitest-environment happy-dom
/**
 * The employer rule (docs/matching.md): where a page names an employer (a posting's hiring
 * organisation, a job board's company field), a name the company itself goes by in public
 * (`publicNames`, sourced) names it on its own, even when the name also means other things; in a
 * product's brand, a search result's list or an ambiguous name that is not one of its public names,
 * the second signal is still needed. Lookalikes stay silent.
 */
import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { findMatch } from '@/entrypoints/background/lookup';
import { listMarkers } from '@/entrypoints/background/list-markers';
import { extractPageSignals } from '@/lib/extract';
import { buildDataset, mergeImported, readCompanyFiles } from '@/scripts/build-dataset';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { DatasetError } from '@/lib/dataset';
import type { PageSignal } from '@/lib/extract/types';
import { formatPublicNameGaps, isSilentEmployer, publicNameGaps } from '@/scripts/usaspending/public-names';
import { isResearchCompany } from '@/scripts/usaspending/summary-files';

const JOB = 'https://www.linkedin.com/jobs/view/123/';
const PRODUCT = 'https://www.bestbuy.com/site/thing/1.p';
const employer = (name: string, source: PageSignal['source'] = 'structured-data'): PageSignal[] => [{ name, role: 'employer', source }];
const brand = (name: string): PageSignal[] => [{ name, role: 'brand', source: 'structured-data', product: `${name} thing` }];

// A public name and an ambiguous name of a test company, on top of the bundled data.
const testSource = { url: 'https://example.com/about', publisher: 'Example', confidence: 'seen', quote: 'Example' };
function withNames(id: string, names: { publicNames?: string[]; ambiguousNames?: string[] }) {
  return mergeImported(readCompanyFiles()).map((file) => {
    if (!file.path.endsWith(`/${id}.json`)) return file;
    const company = JSON.parse(file.text) as Record<string, unknown>;
    return {
      ...file,
      text: JSON.stringify({
        ...company,
        ...(names.publicNames ? { publicNames: names.publicNames.map((name) => ({ name, sources: [testSource] })) } : {}),
        ...(names.ambiguousNames ? { ambiguousNames: [...((company.ambiguousNames as string[] | undefined) ?? []), ...names.ambiguousNames] } : {}),
      }),
    };
  });
}

describe('the employer rule', () => {
  // KVG LLC's every name is ambiguous (an initialism of other bodies too); here "KVG" is also a public name.
  const index = buildCompanyIndex(buildDataset(withNames('kvg', { publicNames: ['KVG'] })));
  const plain = buildCompanyIndex(buildDataset());

  it('a public name that is also ambiguous names the employer on its own, from the posting\'s data or the board\'s company field', async () => {
    expect((await findMatch(index, JOB, employer('KVG')))?.company.id).toBe('kvg');
    expect((await findMatch(index, JOB, employer('KVG', 'page')))?.company.id).toBe('kvg');
    expect((await findMatch(index, JOB, employer('KVG')))?.why).toMatchObject({ kind: 'employer', pageName: 'KVG', matchedName: 'KVG LLC' });
    // Without the sourced public name, the same page needs a second signal.
    expect(await findMatch(plain, JOB, employer('KVG'))).toBeNull();
  });

  it('the same spelling elsewhere still needs a second signal: a product\'s brand, a list of search results', async () => {
    expect(await findMatch(index, PRODUCT, brand('KVG'))).toBeNull();
    const markers = await listMarkers(index, 'https://www.linkedin.com/jobs/search/?keywords=x', { names: ['KVG'], hosts: [] }, DEFAULT_SETTINGS, { now: Date.parse('2026-12-07'), dismissed: [] });
    expect(markers).toEqual([]);
  });

  it('a name starting the same way is another company: whole names only', async () => {
    for (const name of ['KVG Motors', 'KVGX', 'The KVG Group of Canada']) expect(await findMatch(index, JOB, employer(name)), name).toBeNull();
  });

  it('an ambiguous name that is not one of the company\'s public names still needs a second signal', async () => {
    const other = buildCompanyIndex(buildDataset(withNames('kvg', { publicNames: ['KVG Example Services'] })));
    expect((await findMatch(other, JOB, employer('KVG Example Services')))?.company.id).toBe('kvg');
    expect(await findMatch(other, JOB, employer('KVG'))).toBeNull();
  });

  it('a public name needs a source, and may not be another company\'s name', () => {
    const unsourced = mergeImported(readCompanyFiles()).map((file) =>
      file.path.endsWith('/kvg.json') ? { ...file, text: JSON.stringify({ ...JSON.parse(file.text), publicNames: [{ name: 'KVG', sources: [] }] }) } : file,
    );
    expect(() => buildDataset(unsourced)).toThrow(/kvg\.json: publicNames\[0\]\.sources: a public name needs a source/);
    expect(() => buildDataset(withNames('kvg', { publicNames: ['GEO Group'] }))).toThrow(DatasetError);
  });
});

describe('the companies people check, under the names they use (issue 29)', () => {
  const index = buildCompanyIndex(buildDataset());
  const cases: Array<[string, string]> = [
    ['CACI International Inc', 'caci'],
    ['CACI', 'caci'],
    ['SAIC', 'saic'],
    ['ManTech', 'mantech'],
    ['ManTech International Corporation', 'mantech'],
    ['Verizon', 'verizon'],
    ['IBM', 'ibm'],
    ['SOSi', 'sos-international'],
    ['GA-ASI', 'general-atomics-aeronautical'],
    ['GDIT', 'general-dynamics'],
    ['STGi', 'stg-international'],
    ['LMI', 'lmi-consulting'],
    ['Rapiscan', 'rapiscan-systems'],
    ['Loyal Source', 'loyal-source-government-services'],
    ['Elbit Systems of America', 'elbit-america'],
    ['Management & Training Corporation', 'management-training-corporation'],
    ['Management and Training Corporation', 'management-training-corporation'],
    ['Sierra Nevada Corporation', 'sierra-nevada-company'],
    ['Kepro', 'acentra-health'],
    ['Fisher Industries', 'fisher-sand-gravel'],
    ['Endeavors', 'family-endeavors'],
    ['Haskell', 'haskell-company'],
    ['Amergis', 'amergis-healthcare-staffing'],
    ['Axon', 'axon-enterprise'],
    ['Jacobs', 'jacobs-engineering'],
    ['Sullivan Land Services Co.', 'slsco'],
    ['MVM, Inc.', 'mvm'],
    ['MITRE', 'mitre'],
    ['BI Incorporated', 'bi-incorporated'],
    ['Deployed Resources LLC', 'deployed-resources'],
    ['Elder Research', 'elder-research'],
  ];
  for (const [name, id] of cases) {
    it(`"${name}" as a posting's employer, in its data and in the board's company field: ${id}`, async () => {
      expect((await findMatch(index, JOB, employer(name)))?.company.id).toBe(id);
      expect((await findMatch(index, 'https://www.indeed.com/viewjob?jk=1', employer(name, 'page')))?.company.id).toBe(id);
    });
  }

  it('a LinkedIn search whose selected job is CACI\'s: the details pane names CACI', async () => {
    const doc = new DOMParser().parseFromString(
      '<ul><li data-occludable-job-id="1"><div class="artdeco-entity-lockup__subtitle">Acme</div></li></ul><div class="jobs-search__job-details"><div aria-label="Company, CACI."></div></div>',
      'text/html',
    );
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst&currentJobId=2';
    expect((await findMatch(index, url, extractPageSignals(doc, url)))?.company.id).toBe('caci');
  });

  it('a job search list marks the results whose employer is a public name that means nothing else', async () => {
    const names = ['CACI International Inc', 'GA-ASI', 'GDIT', 'Elbit Systems of America', 'Loyal Source', 'Rapiscan', 'Acme Staffing'];
    const markers = await listMarkers(index, 'https://www.linkedin.com/jobs/search/?keywords=x', { names, hosts: [] }, DEFAULT_SETTINGS, { now: Date.parse('2026-12-07'), dismissed: [] });
    expect(markers.map((m) => [m.key, m.company.id])).toEqual([
      ['CACI International Inc', 'caci'],
      ['GA-ASI', 'general-atomics-aeronautical'],
      ['GDIT', 'general-dynamics'],
      ['Elbit Systems of America', 'elbit-america'],
      ['Loyal Source', 'loyal-source-government-services'],
      ['Rapiscan', 'rapiscan-systems'],
    ]);
  });

  it('lookalikes stay silent: another company of a similar name, the same initialism as a product\'s brand or in a list', async () => {
    for (const name of ['SAIC Motor', 'SAIC-GM', 'CACI Ltd UK', 'SOS International Trading', 'International SOS', 'Verizon Media Group Japan', 'IBMC', 'LMI Aerospace', 'STG Inc.', 'Sierra Nevada Brewing Co.', 'Haskell Indian Nations University', 'Jacobs Douwe Egberts', 'Axon Networks', 'Fisher Scientific', 'Endeavor Air', 'Granite Telecommunications', 'Caddell Insurance Agency', 'Mitre 10', 'BI Worldwide', 'MVM Technologies', 'Deployed Resources Group of Canada']) {
      expect(await findMatch(index, JOB, employer(name)), name).toBeNull();
    }
    for (const name of ['SAIC', 'CACI', 'IBM', 'SOSi', 'ManTech', 'Axon', 'Haskell', 'Jacobs', 'MITRE', 'MVM']) expect(await findMatch(index, PRODUCT, brand(name)), name).toBeNull();
    const markers = await listMarkers(index, 'https://www.linkedin.com/jobs/search/?keywords=x', { names: ['SAIC', 'CACI', 'IBM', 'SOSi', 'ManTech'], hosts: [] }, DEFAULT_SETTINGS, { now: Date.parse('2026-12-07'), dismissed: [] });
    expect(markers).toEqual([]);
  });
});

describe('the report of companies still without a public name', () => {
  const dataset = buildDataset();
  const gaps = publicNameGaps(dataset.companies, 10_000_000, isResearchCompany);

  it('a company is silent as an employer when every name it has needs a second signal, unless one is its own public name', () => {
    const byId = (id: string) => dataset.companies.find((c) => c.id === id)!;
    // KVG's every name also means something else; Omniplex World Services' record name counts alone.
    expect(isSilentEmployer(byId('kvg'))).toBe(true);
    expect(isSilentEmployer(byId('omniplex-world-services'))).toBe(false);
    // Ambiguous names that are the company's own sourced public names ("CACI", "Management & Training Corporation").
    expect(isSilentEmployer(byId('caci'))).toBe(false);
    expect(isSilentEmployer(byId('management-training-corporation'))).toBe(false);
    expect(isSilentEmployer({ ...byId('management-training-corporation'), publicNames: [] })).toBe(true);
    const report = formatPublicNameGaps(gaps, 300);
    const [silentPart, rest] = report.split('known by their award records');
    expect(silentPart).toContain('kvg: KVG LLC');
    expect(rest).toContain('omniplex-world-services: Omniplex World Services');
  });

  it('lists companies above $10 million a year, or met anyway, that have none; never one that has one', () => {
    const ids = new Set(gaps.map((g) => g.id));
    expect(ids.has('southwest-valley-constructors')).toBe(true);
    expect(ids.has('fisher-sand-gravel')).toBe(false);
    for (const id of ['caci', 'saic', 'ibm', 'sos-international']) expect(ids.has(id), id).toBe(false);
    for (const gap of gaps) expect(gap.reason === 'records' ? gap.largestYear >= 10_000_000 : true).toBe(true);
    // Companies a job page naming them cannot flag come first, then the others; largest first in each.
    const silent = gaps.filter((g) => g.silent);
    expect(gaps.slice(0, silent.length)).toEqual(silent);
    for (const group of [silent, gaps.filter((g) => !g.silent)]) expect(group.map((g) => g.largestYear)).toEqual([...group.map((g) => g.largestYear)].sort((a, b) => b - a));
    // A company under the line that nobody meets is not listed.
    const small = dataset.companies.find((c) => !c.hosts.length && !c.brands?.length && !isResearchCompany(c) && !gaps.some((g) => g.id === c.id));
    expect(small).toBeDefined();
  });
});

