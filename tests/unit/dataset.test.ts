import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError, type CompanyFile } from '@/lib/dataset';
import { buildCompanyIndex } from '@/lib/company-index';
import { buildDataset, mergeImported, readCompanyFiles } from '@/scripts/build-dataset';

// The company files with the imported award facts merged in, as the build reads them.
const files = mergeImported(readCompanyFiles());
const dataset = buildDataset(files);
const index = buildCompanyIndex(dataset);
const META = { version: 1, generatedAt: '2026-11-22T00:00:00.000Z' };

/** A copy of the real files with one company's JSON changed. */
function withChange(id: string, change: (company: Record<string, any>) => void): CompanyFile[] {
  return files.map((file) => {
    if (!file.path.endsWith(`/${id}.json`)) return file;
    const json = JSON.parse(file.text);
    change(json);
    return { ...file, text: JSON.stringify(json) };
  });
}

function problemsOf(input: CompanyFile[]): string[] {
  try {
    compileDataset(input, META);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe('the bundled dataset', () => {
  it('is valid and covers every company named in the source articles', async () => {
    const ids = dataset.companies.map((c) => c.id);
    for (const id of ['wayfair', 'amazon', 'palantir', 'salesforce', 'microsoft', 'github', 'hpe', 'dell', 'comcast', 'charter-spectrum', 'motorola-solutions', 'penlink', 'geo-group', 'corecivic']) {
      expect(ids).toContain(id);
    }
  });

  // shared/research sits beside the project in CI and on the team's machines, not in a plain clone.
  const RESEARCH = '../shared/research/facts.json';
  it.skipIf(!existsSync(RESEARCH))('keeps facts.json ids, with _ written as -; every other company comes from award records', () => {
    const research = JSON.parse(readFileSync(RESEARCH, 'utf8')) as Array<{ id: string }>;
    const researchIds = new Set(research.map((c) => c.id.replaceAll('_', '-')));
    const recipients = new Set((JSON.parse(readFileSync('data/recipients.json', 'utf8')) as Array<{ company: string }>).map((r) => r.company));
    for (const company of dataset.companies) {
      if (researchIds.has(company.id)) continue;
      // A vendor found only behind resellers (scripts/usaspending/resold-vendors.ts) has no recipient name.
      if (!recipients.has(company.id)) expect(company.contracts.every((c) => c.ref?.startsWith('usaspending-resold:')), company.id).toBe(true);
      else expect(recipients).toContain(company.id);
      expect(company.contracts.some((c) => c.sources.some((s) => s.primary && s.url.startsWith('https://www.usaspending.gov/award/')))).toBe(true);
    }
  });

  it('flags only companies with a contract, sale or spending entry, never statements alone', async () => {
    for (const company of dataset.companies) expect(company.contracts.length).toBeGreaterThan(0);
    // Cisco's statements and protests alone never flagged it; the award records' resales of its
    // equipment now do (issue 32), and those are all it is flagged on.
    expect(dataset.companies.find((c) => c.id === 'cisco')!.contracts.every((c) => c.relation === 'via-third-party')).toBe(true);
    expect(dataset.companies.find((c) => c.id === 'hp-inc')).toBeUndefined();
  });

  it('lists no host without evidence of ownership and a confidence label; a host read on a page names that page', () => {
    for (const company of dataset.companies) {
      for (const rule of company.hosts) {
        expect(rule.evidence).not.toMatch(/not yet (independently )?verified/i);
        expect(['seen', 'reported']).toContain(rule.confidence);
        if (rule.source) expect(new URL(rule.source.url).hostname.endsWith(rule.host)).toBe(true);
      }
    }
  });

  it('uses only https sources', async () => {
    for (const company of dataset.companies) {
      for (const entry of [...company.contracts, ...company.protests, ...company.responses, ...(company.context ?? [])]) {
        for (const source of entry.sources) expect(new URL(source.url).protocol).toBe('https:');
      }
    }
  });

  it('describes Wayfair as a sale to BCFS, not an ICE contract', async () => {
    const wayfair = (await index.getCompany('wayfair'))!;
    expect(wayfair.summary).toMatch(/BCFS/);
    expect(wayfair.summary).not.toMatch(/ICE contract(?! )/);
    for (const contract of wayfair.contracts) {
      expect(contract.relation).toBe('sale-to-contractor');
      expect(contract.via).toBe('BCFS');
      expect(contract.agency).not.toMatch(/^ICE/);
    }
  });

  it.each([
    ['https://www.wayfair.com/', 'wayfair'],
    ['https://aws.amazon.com/', 'amazon'],
    ['https://www.amazon.com/', 'amazon'],
    ['https://wholefoodsmarket.com/', 'amazon'],
    ['https://github.com/', 'github'],
    ['https://www.hpe.com/', 'hpe'],
    ['https://www.motorolasolutions.com/', 'motorola-solutions'],
  ])('%s flags %s', async (url, id) => {
    expect((await index.matchUrl(url))?.company.id).toBe(id);
  });

  it('shows GitHub with its parent Microsoft and says why', async () => {
    const match = (await index.matchUrl('https://github.com/orgs'))!;
    expect(match.parents.map((p) => p.id)).toEqual(['microsoft']);
    expect(match.company.parent!.sources[0]!.quote).toContain('its GitHub subsidiary');
    expect(match.why).toMatchObject({ pageHost: 'github.com', rule: 'github.com', confidence: 'reported' });
  });

  it('every parent tie is sourced, and names the subsidiary or the parent in its quote', () => {
    const byId = new Map(dataset.companies.map((c) => [c.id, c]));
    const tied = dataset.companies.filter((c) => c.parent);
    expect(tied.map((c) => c.id).sort()).toEqual(expect.arrayContaining(['bi-incorporated', 'geo-transport', 'github']));
    for (const company of tied) {
      const words = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !['inc', 'the', 'group', 'corporation'].includes(w));
      const quotes = company.parent!.sources.map((s) => s.quote?.toLowerCase() ?? '').join(' ');
      expect(words(company.name).some((w) => quotes.includes(w)), company.id).toBe(true);
      expect(words(byId.get(company.parent!.company)!.name).some((w) => quotes.includes(w)), company.id).toBe(true);
    }
  });

  it.each([
    'https://www.hp.com/',
    'https://www.motorola.com/',
    'https://notwayfair.com/',
    'https://wayfair.com.example.net/',
    'https://octocat.github.io/',
    'https://www.example.com/',
    'chrome://extensions/',
    'file:///home/user/wayfair.com',
  ])('%s flags nothing', async (url) => {
    expect((await index.matchUrl(url))).toBeNull();
  });
});

describe('dataset validation', () => {
  it('names the file and field of a non-https source', async () => {
    const problems = problemsOf(withChange('palantir', (c) => (c.contracts[0].sources[0].url = 'http://example.com/a')));
    expect(problems).toEqual([expect.stringMatching(/^data\/companies\/palantir\.json: contracts\[0\]\.sources\[0\]\.url: expected an https:\/\/ URL$/)]);
  });

  it('rejects javascript: and other schemes in sources', async () => {
    const problems = problemsOf(withChange('dell', (c) => (c.protests = [{ ...c.contracts[0], kind: 'protest', by: 'employees', form: 'letter', sources: [{ url: 'javascript:alert(1)', publisher: 'x', confidence: 'seen' }], relation: undefined, agency: undefined }])));
    expect(problems.some((p) => p.startsWith('data/companies/dell.json: protests[0]'))).toBe(true);
  });

  it('rejects an archivedUrl that is not https (javascript:, data:, http:)', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.com/a']) {
      const problems = problemsOf(withChange('palantir', (c) => (c.contracts[0].sources[0].archivedUrl = url)));
      expect(problems).toEqual([expect.stringMatching(/^data\/companies\/palantir\.json: contracts\[0\]\.sources\[0\]\.archivedUrl: expected an https:\/\/ URL$/)]);
    }
  });

  it('rejects a host claimed by two companies', async () => {
    const problems = problemsOf(withChange('microsoft', (c) => c.hosts.push({ host: 'github.com', evidence: 'test', confidence: 'reported' })));
    expect(problems).toEqual([expect.stringContaining('"github.com" is claimed by both data/companies/github.json and data/companies/microsoft.json')]);
  });

  it('rejects a parent that does not exist, a parent loop, and a parent without a source', async () => {
    expect(problemsOf(withChange('github', (c) => (c.parent.company = 'no-such-company')))).toEqual([
      expect.stringContaining('data/companies/github.json: parent.company: no company has the id "no-such-company"'),
    ]);
    const looped = withChange('microsoft', (c) => (c.parent = { company: 'github', sources: c.contracts[0].sources }));
    expect(problemsOf(looped).some((p) => p.includes('loops back'))).toBe(true);
    expect(problemsOf(withChange('github', (c) => (c.parent = 'microsoft')))).toEqual([
      'data/companies/github.json: parent: Invalid input: expected object, received string',
    ]);
    expect(problemsOf(withChange('github', (c) => (c.parent.sources = [])))).toEqual([
      'data/companies/github.json: parent.sources: a tie between companies needs a source',
    ]);
  });

  it('rejects joint-venture members that are unknown, the venture itself, another venture, or listed twice', async () => {
    const tie = (company: string) => ({ company, sources: [{ url: 'https://example.com/jv', publisher: 'Example', confidence: 'seen' }] });
    expect(problemsOf(withChange('stella-jv', (c) => (c.members = [tie('no-such-company'), tie('stella-jv')])))).toEqual([
      'data/companies/stella-jv.json: members[0].company: no company has the id "no-such-company"',
      'data/companies/stella-jv.json: members[1].company: a joint venture is not its own member',
    ]);
    const nested = withChange('stella-jv', (c) => (c.members = [tie('bccg-joint-venture'), tie('mvm'), tie('mvm')]));
    expect(problemsOf(nested.map((f) => (f.path.endsWith('/bccg-joint-venture.json') ? { ...f, text: JSON.stringify({ ...JSON.parse(f.text), members: [tie('mvm')] }) } : f)))).toEqual([
      'data/companies/stella-jv.json: members[0].company: "bccg-joint-venture" is itself a joint venture; list its members instead',
      'data/companies/stella-jv.json: members[2].company: "mvm" is listed twice',
    ]);
  });

  it('rejects a company without a contract entry, a public suffix host, and a lookalike host being flagged', async () => {
    expect(problemsOf(withChange('mvm', (c) => (c.contracts = [])))).toEqual([expect.stringContaining('data/companies/mvm.json: contracts: a company is flagged only on')]);
    expect(problemsOf(withChange('mvm', (c) => c.hosts.push({ host: 'github.io', evidence: 'test', confidence: 'reported' })))).toEqual([
      expect.stringContaining('hosts[0].host: "github.io" is a public suffix'),
    ]);
    expect(problemsOf(withChange('hpe', (c) => c.hosts.push({ host: 'hp.com', evidence: 'test', confidence: 'reported' })))).toEqual([
      expect.stringContaining('doNotConfuse[0].hosts[0]: "hp.com" (HP Inc.) would be flagged'),
    ]);
  });

  it('rejects a brand without a source, a brand that is the company\'s own name, a lookalike brand, and two rules on one brand', async () => {
    expect(problemsOf(withChange('amazon', (c) => (c.brands[0].sources = [])))).toEqual(['data/companies/amazon.json: brands[0].sources: a brand needs a source saying who owns it']);
    expect(problemsOf(withChange('amazon', (c) => c.brands.push({ name: 'Ring', sources: c.brands[0].sources })))).toEqual([]);
    expect(problemsOf(withChange('dell', (c) => c.brands.push({ name: 'Dell Federal Systems', sources: c.brands[0].sources })))).toEqual([
      'data/companies/dell.json: brands[7].name: "Dell Federal Systems" is a name of the company itself, not a brand: keep it in name, legalNames or aliases',
    ]);
    expect(problemsOf(withChange('hpe', (c) => c.brands.push({ name: 'OMEN', sources: c.brands[0].sources })))).toEqual([
      expect.stringContaining('data/companies/hpe.json: doNotConfuse[0].names[4]: "OMEN" (HP Inc.) would match the name "OMEN" of data/companies/hpe.json'),
    ]);
    expect(problemsOf(withChange('amazon', (c) => c.ambiguousNames.push('Ring')))).toEqual([
      expect.stringContaining('data/companies/amazon.json: brands[2].name: "Ring" has productWords and is in ambiguousNames'),
    ]);
    expect(problemsOf(withChange('amazon', (c) => (c.brands[2].productWords = ['Doorbell'])))).toEqual([
      expect.stringContaining('data/companies/amazon.json: brands[2].productWords[0]: lower-case words'),
    ]);
  });

  it('rejects bad JSON, an id that differs from the file name, and unknown fields, reporting all of them', async () => {
    const broken = files.map((file) => {
      if (file.path.endsWith('/anduril.json')) return { ...file, text: '{ "id": "anduril", ' };
      if (file.path.endsWith('/att.json')) return { ...file, text: file.text.replace(/"id":\s*"att"/, '"id": "at-t"') };
      if (file.path.endsWith('/mvm.json')) return { ...file, text: file.text.replace(/"name":\s*"MVM"/, '"name": "MVM", "colour": "red"') };
      return file;
    });
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^data\/companies\/anduril\.json: not valid JSON/);
    expect(problems.join('\n')).toContain('data/companies/att.json: id: "at-t" must match the file name ("att")');
    expect(problems.join('\n')).toMatch(/data\/companies\/mvm\.json: \(top level\): Unrecognized key.*colour/);
  });
});
