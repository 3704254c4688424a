/**
 * What the importer makes of the award records beyond the money: how far the records of a year under
 * way go, termination records, what the awards buy (involvement) and the summaries of the
 * award-record companies.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, mergeImported, readCompanyFiles } from '@/scripts/build-dataset';
import { ImportError, importFiles, importInputs, readInputs, RecipientMap, toContractFacts, type ImportResult } from '@/scripts/usaspending/import';
import { bundledFacts } from '@/scripts/usaspending/resold-facts';
import { classifyAward, classifyRow } from '@/scripts/usaspending/involvement';
import { phraseOf, REVIEWED, sentenceCase, summaryFor, unreadable } from '@/scripts/usaspending/summaries';
import { companySummaries, isResearchCompany, isResoldOnlyCompany, rewriteFields } from '@/scripts/usaspending/summary-files';
import { resolveTermination, terminationEvent } from '@/scripts/usaspending/termination';
import { Involvement } from '@/data/schema';
import { FY2026, missingShared } from '../shared-files';

const noFY2026 = missingShared(FY2026);
const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const dataset = buildDataset();
const names = new Map(dataset.companies.map((c) => [c.id, c.name] as const));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'contractlens-records-'));

let real: Promise<ImportResult> | undefined;
const fixture = () => (real ??= importFiles([FY2026], { recipients, preset: 'cbp-ice-dashboard' }));
// The six fiscal years the company files and summaries are made from (issue 16), read from ../shared.
const SHARED = '../shared/data';
const SIX = [
  ...[2021, 2022, 2023, 2024, 2025].map((y) => `${SHARED}/more-awards/wrags81-cbp-ice-fy2021-2025/CBP_ICE_FY${y}_Contract_Obligations.csv`),
  `${SHARED}/usaspending-samples/wrags81-cbp-ice-dashboard/CBP_ICE_FY2026_Contract_Obligations.csv`,
];
const haveSix = SIX.every((f) => existsSync(f));
if (!haveSix) console.warn(`award-records.test.ts: ${SHARED} not found; the tests on the six fiscal years of award records are skipped`);
let sixYears: Promise<ImportResult> | undefined;
const six = () => (sixYears ??= importFiles(SIX, { recipients, preset: 'cbp-ice-dashboard' }));

function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const HEADER = 'contract_award_unique_key,award_id_piid,federal_action_obligation,action_date,awarding_sub_agency_code,recipient_name,transaction_description,action_type_code';
const row = (award: string, amount: number, date: string, description: string, actionType = '', agency = '7012', name = 'THE GEO GROUP, INC.') =>
  `CONT_AWD_${award}_${agency}_-NONE-_-NONE-,${award},${amount},${date},${agency},"${name}","${description}",${actionType}`;
const csv = (name: string, rows: string[]) => file(name, [HEADER, ...rows].join('\n') + '\n');

describe('a fiscal year under way says how far its records go', () => {
  const rows = [
    row('A1', 100, '2025-11-02', 'DETENTION SERVICES'),
    row('A1', 50, '2026-03-01', 'ADD FUNDING'),
    // The last action date of the file counts whoever it is for: the records cover that date.
    row('Z9', 7, '2026-05-31', 'SOMETHING', '', '7014', 'NOT A DATASET COMPANY'),
  ];

  it('sets period.recordsThrough and says "records through" when retrieved before the year ended', async () => {
    const result = await importFiles([csv('under-way.csv', rows)], { recipients });
    const [fact] = toContractFacts(result, names, '2026-06-15')['geo-group']!;
    expect(fact!.period).toEqual({ start: '2025-10-01', end: '2026-09-30', recordsThrough: '2026-05-31' });
    expect(fact!.claim).toBe('Federal award records: ICE obligated $150.00 in fiscal year 2026 (records through 2026-05-31) to THE GEO GROUP, INC. (The GEO Group), across 1 award.');
  });

  it('says nothing of the kind for a year that was over when the records were retrieved', async () => {
    const result = await importFiles([csv('over.csv', rows)], { recipients });
    const [fact] = toContractFacts(result, names, '2026-11-22')['geo-group']!;
    expect(fact!.period).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(fact!.claim).not.toMatch(/records through/);
  });

  it('the bundled FY2026 facts: records through 2026-08-20, the file\'s last action date', () => {
    const imported = JSON.parse(readFileSync('data/imported/usaspending.json', 'utf8')) as {
      files: Array<{ file: string; retrieved: string }>;
      facts: Record<string, Array<{ claim: string; period: { recordsThrough?: string } }>>;
    };
    expect(imported.files.find((f) => f.file === 'CBP_ICE_FY2026_Contract_Obligations.csv')?.retrieved).toBe('2026-08-22');
    // A company's own year, or a resale over years that end in FY2026.
    const fy2026 = Object.values(imported.facts).flat().filter((f) => / in fiscal years? (?:\d{4}–)?2026\b/.test(f.claim));
    expect(fy2026.length).toBeGreaterThan(150);
    // FY2021–FY2025 were over when the records were retrieved: only FY2026's facts say how far they go.
    for (const fact of Object.values(imported.facts).flat()) if (!fy2026.includes(fact)) expect(fact.period.recordsThrough).toBeUndefined();
    for (const fact of fy2026) {
      expect(fact.period.recordsThrough).toBe('2026-08-20');
      expect(fact.claim).toMatch(/ in fiscal years? (?:\d{4}–)?2026 \(records through 2026-08-20\)(?: to |, \w+ took back )/);
    }
  });
});

describe('termination records', () => {
  const on = (description: string, actionType?: string) => terminationEvent({ description, actionType, date: '2026-04-17' });

  it.each([
    ["CONTRACT TERMINATION IN FULL FOR THE GOVERNMENT'S CONVENIENCE AT CAMP EAST MONTANA TEMPORARY DETENTION CENTER IN EL PASO, TX", 'convenience'],
    ['TERMINATION FOR CONVENIENCE PER 52.212-4(L)', 'convenience'],
    ['THE REASON FOR THIS MODIFICATION IS TO TERMINATE FOR THE CONVENIENCE OF THE GOVERNMENT.', 'convenience'],
    ['THIS MODIFICATION IS BEING ISSUED FOR THE CONVENIENCE OF THE GOVERNMENT AND FULLY TERMINATES THE TASK ORDER.', 'convenience'],
    ['TERMINATION FOR CAUSE.', 'cause'],
    ['THE CONTRACT IS TERMINATED FOR DEFAULT', 'default'],
    ['TO TERMINATE FOR BOX MEALS DELIVERY  THIS IS A CLOSEOUT MODIFICATION', undefined],
  ])('%s → terminated (%s)', (description, kind) => {
    expect(on(description)).toEqual({ event: 'terminated', date: '2026-04-17', ...(kind ? { kind } : {}) });
  });

  it.each([
    'DEOBLIGATION AND PARTIAL TERMINATION FOR CONVENIENCE MODIFICATION',
    'PARTIAL TERMINATION AND DE-OBLIGATION: OPTION YEAR 3 REDUCED',
    'THIS AWARD PROVIDES STOP STICK EQUIPMENT (TERMINATOR - LOW VISIBILITY, PATROL TERMINATOR AND PIRANHA)',
    'CANCELLATION OF STOP-WORK ORDER THAT WAS ISSUED ON APRIL 06, 2026.',
    'MODIFICATION TO INCORPORATE CLAUSE 52.212-4(L) TERMINATION FOR CONVENIENCE',
    'EXTEND THE PERIOD OF PERFORMANCE',
  ])('%s → no termination', (description) => expect(on(description)).toBeNull());

  it('a record that refers to an earlier termination, a rescission, and the FPDS action type', () => {
    expect(on('MOD TO DEOBLIGATE ALL FUNDING DUE TO TERMINATION OF CONTRACT FOR DEFAULT')).toMatchObject({ event: 'terminated', kind: 'default', reference: true });
    expect(on('THE PURPOSE OF THIS MODIFICATION IS TO RESCIND THE TERMINATION FOR CONVENIENCE ISSUED UNDER MODIFICATION P00009')).toEqual({ event: 'rescinded', date: '2026-04-17' });
    expect(on('FUNDING ONLY', 'F')).toEqual({ event: 'terminated', date: '2026-04-17', kind: 'convenience', byActionType: true });
    expect(on('', 'TERMINATE FOR DEFAULT (COMPLETE OR PARTIAL)')).toMatchObject({ kind: 'default', byActionType: true });
    expect(on('PARTIAL TERMINATION OF LINE ITEM 3', 'F')).toBeNull();
    expect(on('EXERCISE OPTION', 'G')).toBeNull();
  });

  it('a termination rescinded later is no termination; one after the rescission is', () => {
    const t = (date: string) => ({ event: 'terminated' as const, date, kind: 'convenience' as const });
    const r = (date: string) => ({ event: 'rescinded' as const, date });
    expect(resolveTermination([r('2026-03-09'), t('2026-02-26')])).toBeNull();
    expect(resolveTermination([t('2026-02-26'), r('2026-03-09'), t('2026-05-01'), t('2026-05-20')])).toEqual(t('2026-05-01'));
    expect(resolveTermination([])).toBeNull();
  });

  it('a total of one terminated award carries the status; a total of several never does', async () => {
    const result = await importFiles(
      [
        csv('terminations.csv', [
          // ICE: one award, terminated.
          row('T1', 1000, '2025-12-01', 'DETENTION SERVICES'),
          row('T1', 0, '2026-04-17', "CONTRACT TERMINATION IN FULL FOR THE GOVERNMENT'S CONVENIENCE"),
          // CBP: three awards; one terminated with money in the year, one terminated then reinstated.
          row('C1', 5000, '2025-11-01', 'BORDER BARRIER CONSTRUCTION', '', '7014'),
          row('C2', 700, '2025-11-02', 'FENCING', '', '7014'),
          row('C2', -100, '2026-02-26', 'DE-OBLIGATION', 'F', '7014'),
          row('C3', 300, '2025-11-03', 'PATROL ROADS', '', '7014'),
          row('C3', 0, '2026-02-26', 'THE REASON FOR THIS MODIFICATION IS TO TERMINATE FOR THE CONVENIENCE OF THE GOVERNMENT.', '', '7014'),
          row('C3', 0, '2026-03-09', 'THE PURPOSE OF THIS MODIFICATION IS TO RESCIND THE TERMINATION FOR CONVENIENCE ISSUED UNDER P00009.', '', '7014'),
        ]),
      ],
      { recipients },
    );
    const facts = toContractFacts(result, names, '2026-11-22')['geo-group']!;
    expect(facts.map((f) => [f.id, f.relation, f.status, f.terminatedOn, f.amount?.usd])).toEqual([
      ['geo-group-usaspending-ice-fy2026', 'spending-total', 'terminated', '2026-04-17', 1000],
      ['geo-group-usaspending-cbp-fy2026', 'spending-total', undefined, undefined, 5900],
      ['geo-group-usaspending-cbp-fy2026-c2', 'direct', 'terminated', '2026-02-26', 600],
    ]);
    expect(facts[1]!.claim).toBe(
      "Federal award records: CBP obligated $5,900.00 in fiscal year 2026 to THE GEO GROUP, INC. (The GEO Group), across 3 awards; of these, award C2 was terminated for the government's convenience on 2026-02-26 (per the action type of the record, which covers complete and partial terminations).",
    );
    expect(facts[2]!.claim).toBe(
      "Federal award records: CBP award C2 was terminated for the government's convenience on 2026-02-26 (per the action type of the record, which covers complete and partial terminations); CBP obligated $600.00 under it in fiscal year 2026 to THE GEO GROUP, INC. (The GEO Group), counted in the CBP total for that year.",
    );
    expect(facts[2]!.awardIds).toEqual(['CONT_AWD_C2_7014_-NONE-_-NONE-']);
    expect(facts[0]!.claim).toBe(
      "Federal award records: ICE obligated $1,000.00 in fiscal year 2026 to THE GEO GROUP, INC. (The GEO Group), across 1 award; award T1 was terminated for the government's convenience on 2026-04-17 (per the record).",
    );
  });

  it.skipIf(noFY2026)('the FY2026 file: Acquisition Logistics and Information Technology Strategies come out terminated, on the records\' dates', async () => {
    const facts = toContractFacts(await fixture(), names, '2026-08-22');
    expect(facts['acquisition-logistics']).toEqual([
      expect.objectContaining({
        status: 'terminated',
        terminatedOn: '2026-04-17',
        amount: { usd: 598444871.04, kind: 'obligated' },
        period: { start: '2025-10-01', end: '2026-09-30', recordsThrough: '2026-08-20' },
        claim:
          "Federal award records: ICE obligated $598,444,871.04 in fiscal year 2026 (records through 2026-08-20) to ACQUISITION LOGISTICS LLC (Acquisition Logistics), across 1 award; award 70CDCR26FR0000001 was terminated for the government's convenience on 2026-04-17 (per the record).",
      }),
    ]);
    expect(facts['information-technology-strategies']).toEqual([
      expect.objectContaining({ status: 'terminated', terminatedOn: '2026-06-26', amount: { usd: 79987962.97, kind: 'obligated' } }),
    ]);
    expect(facts['information-technology-strategies']![0]!.claim).toMatch(/; award 70B04C26F00000037 was terminated for the government's convenience on 2026-06-26 \(per the record\)\.$/);
    // Totals of several awards with a terminated one say so, and are not themselves terminated.
    const barnardSpencer = facts['barnard-spencer-joint-venture']![0]!;
    expect(barnardSpencer.status).toBeUndefined();
    // Its three terminated awards net to nothing or less in the year: not among the year's awards.
    expect(barnardSpencer.claim).toMatch(/across 2 awards; awards 70B01C23F00000710, 70B01C23F00001235 and 70B01C23F00001239 were terminated for the government's convenience on 2025-12-29 \(per the records\)\.$/);
    const all = Object.values(facts).flat();
    expect(all.filter((f) => f.status === 'terminated' && f.relation === 'spending-total').every((f) => /across 1 award;/.test(f.claim))).toBe(true);
  });
});

describe('counts and years that net to money taken back (issue 27)', () => {
  const company = (id: string) => dataset.companies.find((c) => c.id === id)!;

  it('an award obligated and taken back in full within the year is not one of its awards, and the claim says so', () => {
    const fisher = company('fisher-sand-gravel').contracts.find((c) => c.id === 'fisher-sand-gravel-usaspending-cbp-fy2026')!;
    expect(fisher.amount).toEqual({ usd: 13353127851.7, kind: 'obligated' });
    expect(fisher.claim).toMatch(/, across 14 awards; one more was obligated and taken back in full within the year\.$/);
  });

  it('a year of money taken back is kept apart from the contracts, said as what it is, with its awards as sources', () => {
    const venture = company('barnard-spencer-joint-venture');
    expect(venture.contracts.some((c) => /fy2024/.test(c.id))).toBe(false);
    expect(venture.netDeobligations).toEqual([
      expect.objectContaining({
        kind: 'net-deobligation',
        agency: 'CBP',
        amount: { usd: 333923381, kind: 'deobligated' },
        period: { start: '2023-10-01', end: '2024-09-30' },
        claim: expect.stringMatching(/^Federal award records: in fiscal year 2024, CBP took back \$333,923,381\.00 more than it obligated to BARNARD SPENCER JOINT VENTURE .*This is money taken back, not a contract\.$/),
      }),
    ]);
    for (const source of venture.netDeobligations![0]!.sources) {
      expect(source.url).toMatch(/^https:\/\/www\.usaspending\.gov\/award\//);
      expect(source.title).toMatch(/\(-\$[\d,.]+ in FY2024/);
    }
    const slsco = company('slsco').netDeobligations!.find((n) => n.id === 'slsco-usaspending-cbp-fy2024-taken-back')!;
    expect(slsco.amount.usd).toBe(155249921.24);
  });

  it('every award-record source names the copy of USAspending\'s records it was read in', () => {
    const inputs = readInputs('data/usaspending-inputs.json');
    const copies = new Set(inputs.inputs.map((i) => i.copy));
    for (const input of inputs.inputs) expect(input.copy).toBe(`https://github.com/wrags81/cbp-ice-dashboard/blob/${input.copy!.split('/')[6]}/data/${path.basename(input.file)}`);
    for (const c of dataset.companies) {
      for (const entry of [...c.contracts, ...(c.netDeobligations ?? [])].filter((e) => e.ref?.startsWith('usaspending:'))) {
        for (const source of entry.sources) {
          expect(source.confidence, entry.id).toBe('seen');
          expect(copies.has(source.archivedUrl), `${entry.id}: ${source.archivedUrl}`).toBe(true);
        }
      }
    }
  });
});

describe('the bundled award-record facts', () => {
  const inputs = readInputs('data/usaspending-inputs.json');
  it.skipIf(missingShared(...inputs.inputs.map((i) => i.file)))('are what `npm run import:usaspending` writes from the files of data/usaspending-inputs.json', async () => {
    const { result, retrievedFor, copyFor, warnings } = await importInputs(inputs, recipients);
    expect(warnings).toEqual([]);
    const facts = bundledFacts(result, names, retrievedFor, copyFor);
    const bundled = JSON.parse(readFileSync('data/imported/usaspending.json', 'utf8')) as { facts: unknown };
    expect(bundled.facts).toEqual(JSON.parse(JSON.stringify(facts)));
  });
});

describe('involvement: what the awards buy, support services apart from the activity they support', () => {
  it.each([
    ['AWARD FOR QUALITY ASSURANCE INSPECTION SUPPORT SERVICES FOR CONSTRUCTION OF BORDER WALL BARRIER AND ATTRIBUTES ALONG THE SOUTHWEST BORDER.', 'professional-services'],
    ['CULTURAL AND NATURAL RESOURCES MONITORING FOR BORDER WALL CONSTRUCTION SEGMENTS IN LAREDO SECTOR, LRT-1 AND LRT-2.', 'professional-services'],
    ['CONSTRUCTION MONITORING SERVICES FOR LRT-3 BORDER BARRIER CONSTRUCTION.', 'professional-services'],
    ['THIS EFFORT PROVIDES ENFORCEMENT AND REMOVAL OPERATIONS (ERO) WITH ANALYTICAL, TECHNICAL, AND PROGRAMMATIC MANAGEMENT SUPPORT (INCLUDING DATA ANALYSIS SUPPORT AND DETENTION FACILITY EVALUATION).', 'professional-services'],
    ['THIS REQUIREMENT IS FOR 25 BABEL STREET INSIGHTS LICENSES, LOCATION AND IDENTITY APPLICATION PROGRAMMING INTERFACES FOR USE IN ICE CASE MANAGEMENT AND ANALYTICS SYSTEMS.', 'surveillance-data'],
    ['THIS MODIFICATION ADDS FUNDING FOR THE INTENSIVE SUPERVISION APPEARANCE PROGRAM (ISAP) V.', 'surveillance-data'],
    ['THE PURPOSE OF THIS TASK ORDER IS TO OBTAIN SKIP TRACING SERVICES FOR ENFORCEMENT AND REMOVAL OPERATIONS (ERO).', 'surveillance-data'],
    ['DEOBLIGATE FUNDING AND CLOSEOUT FOR THE INTENSIVE SUPERVISION APPEARANCE PROGRAM IN SUPPORT OF ALTERNATIVES TO DETENTION', 'surveillance-data'],
    ['THE PURPOSE OF THIS AWARD IS TO PROVIDE GROUND TRANSPORTATION SERVICES IN SUPPORT OF ENFORCEMENT AND REMOVAL OPERATIONS (ERO) IN THE SALT LAKE CITY (SLC) AREA OF RESPONSIBILITY (AOR).', 'transport-deportation-flights'],
    ['THE TASK ORDER PROVIDES TRANSPORTATION SERVICES TO PROCESS ALIENS AT VARIOUS LOCATIONS IN THE LOS ANGELES AREA OF RESPONSIBILITY.', 'transport-deportation-flights'],
    ['THIS TASK ORDER PROVIDES FOR THE TRANSPORTATION OF ICE DETAINEES FOR ICE ENFORCEMENT REMOVALS AND OPERATIONS SAN ANTONIO FIELD OFFICE.', 'transport-deportation-flights'],
    ['THE PURPOSE OF THIS CONTRACT IS TO PROVIDE DETENTION, TRANSPORTATION AND MEDICAL SERVICES AT THE CAMP EAST MONTANA TEMPORARY DETENTION CENTER IN EL PASO, TX.', 'detention-operations'],
    ['BULK STEEL FOR SOUTHWEST BORDER BARRIER CONSTRUCTION PROJECTS', 'border-barrier-construction'],
    ['U.S. CUSTOMS AND BORDER PROTECTION NON-INTRUSIVE INSPECTION EQUIPMENT SUSTAINMENT SERVICES', 'equipment-supplies'],
    // Staff transport at headquarters is not moving detainees, whatever the product code says.
    ['EO14042 TRANSPORTATION SERVICES FOR ICE HQ', 'professional-services'],
    // Services for the agencies' own staff are never detention, deportation or surveillance (issue 27).
    ['WORKERS COMPENSATION MEDICAL CASE MANAGEMENT SERVICES', 'professional-services'],
    ['ASSISTING INJURED EMPLOYEES TO NAVIGATE AND OBTAIN MEDICAL CARE.', 'professional-services'],
    ['MEDICAL, PSYCHOLOGICAL, FITNESS, AND DRUG TESTING SERVICES', 'professional-services'],
    ['THIS AWARD PROVIDES MEDICAL SUPPORT SERVICES FOR THE ICE OFFICE OF HUMAN CAPITAL FOR PRE-EMPLOYMENT TESTING SERVICES', 'professional-services'],
    ['MOVING SERVICES', 'professional-services'],
    // Running a detention centre and serving the people in it are different kinds of work.
    ['RELIGIOUS SERVICES AT ICE SERVICE PROCESSING CENTERS', 'detention-services'],
    ['MEDICAL STAFFING SERVICES FOR THE ICE HEALTH SERVICE CORPS (IHSC)', 'detention-services'],
    ['DETAINEE MEALS FOR USBP RIO GRANDE VALLEY SECTOR - MCALLEN STATION.', 'detention-services'],
    ['FUNDING FOR DETENTION SERVICES, TRANSPORTATION MILEAGE, ON-CALL/TRANSPORTATION GUARDS FOR THE OTAY MESA DETENTION CENTER', 'detention-operations'],
    ['FY21 TASK ORDER FOR GUARD SERVICES, TRANSPORTATION, AND FOOD AT THE EL PASO SERVICE PROCESSING CENTER (EPC), EL PASO, TX', 'detention-operations'],
    ['THIS TASK ORDER IS TO PROCURE THE RENOVATION OF EXISTING, ICE-OWNED PERMANENT STRUCTURE IN HAGERSTOWN, MD TO SERVE AS A PROCESSING AND DETENTION FACILITY AND PROVIDE ALL NECESSARY WRAPAROUND SERVICES FOR OPERATION OF THE FACILITY.', 'detention-operations'],
    ['UNACCOMPANIED ALIEN CHILDREN AND FAMILY UNITS TRANSPORTATION SERVICES. RELATED TO DETENTION SERVICES.', 'transport-deportation-flights'],
    // Work on a detention centre's building is construction, not detention.
    ['THIS AWARD PROVIDES ROOF REPLACEMENT/REPAIRS AT THE PORT ISABEL DETENTION CENTER (PIDC) IN LOS FRESNOS, TX', 'construction-facilities'],
    ['ERO ANNUAL DETENTION FACILITIES INSPECTIONS', 'professional-services'],
    ['JANITORIAL SERVICES AT THE LAREDO BORDER PATROL STATION', 'construction-facilities'],
  ] as const)('%s → %s', (description, expected) => expect(classifyRow({ description })).toBe(expected));

  it.skipIf(noFY2026)('an award is read from all its descriptions: a modification that only extends it keeps what it buys', () => {
    const award = {
      descriptions: ['THIS MODIFICATION EXTENDS THE TASK ORDER PERIOD OF PERFORMANCE FOR AN ADDITIONAL 120 DAYS TO SUPPORT ICE- ERO IN THE LOS AOR.', 'THE TASK ORDER PROVIDES TRANSPORTATION SERVICES TO PROCESS ALIENS AT VARIOUS LOCATIONS IN THE LOS ANGELES AREA OF RESPONSIBILITY'],
      productOrService: 'HOUSEKEEPING- GUARD',
    };
    expect(classifyRow({ description: award.descriptions[0], productOrService: award.productOrService })).toBe('detention-operations');
    expect(classifyAward(award)).toBe('transport-deportation-flights');
  });

  const companies = new Map(dataset.companies.map((c) => [c.id, c] as const));
  const categoriesOf = async (id: string) => {
    const totals = new Map<Involvement, number>();
    for (const bucket of (await six()).buckets.filter((b) => b.company === id)) {
      for (const award of bucket.awards.values()) totals.set(classifyAward(award), (totals.get(classifyAward(award)) ?? 0) + award.amount);
    }
    return [...totals].filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]).map(([c]) => c);
  };

  it.each([
    ['lmi-consulting', ['professional-services']],
    ['vernadero-group', ['professional-services']],
    ['gulf-south-research', ['professional-services']],
    ['eco-associates', ['professional-services']],
    ['tierra-right-of-way-services', ['professional-services']],
    ['salient-crgt', ['professional-services', 'it-cloud']],
    ['flywheel-data', ['surveillance-data']],
    ['bi-incorporated', ['surveillance-data']],
    ['geo-transport', ['transport-deportation-flights']],
    ['spectrum-security-services', ['transport-deportation-flights']],
    ['amentum', ['detention-operations', 'equipment-supplies']],
  ] as const)('%s: its real awards and its final categories', { skip: !haveSix }, async (id, expected) => {
    expect(companies.get(id)!.involvement).toEqual(expected);
    expect(await categoriesOf(id)).toEqual(expect.arrayContaining([expected[0]]));
    expect(await categoriesOf(id)).not.toContain(id === 'amentum' ? 'transport-deportation-flights' : 'border-barrier-construction');
    if (id === 'salient-crgt') expect(await categoriesOf(id)).not.toContain('detention-operations');
  });

  it('a reviewed category list (involvementReview) is what the build uses, with its reason', () => {
    const amentum = companies.get('amentum')!;
    expect(amentum.involvementReview).toMatchObject({ involvement: ['detention-operations', 'equipment-supplies'], reviewed: '2026-12-04' });
    expect(amentum.involvementReview!.reason).toMatch(/No record names ICE Air/);
    const merged = mergeImported(readCompanyFiles()).find((f) => f.path.endsWith('/amentum.json'))!;
    const changed = JSON.stringify({ ...JSON.parse(merged.text), involvement: ['it-cloud'] });
    const built = buildDataset([{ path: 'data/companies/amentum.json', text: changed }]);
    expect(built.companies[0]!.involvement).toEqual(['detention-operations', 'equipment-supplies']);
  });
});

describe('kinds of work checked by hand (tests/fixtures/kinds-checked.json)', () => {
  const checked = JSON.parse(readFileSync('tests/fixtures/kinds-checked.json', 'utf8')) as {
    companies: Array<{ company: string; kinds: Involvement[]; records: string; chosen: 'random' | 'named' }>;
  };

  it('holds at least 40 companies, most of them chosen at random, across every kind the records support', () => {
    expect(checked.companies.length).toBeGreaterThanOrEqual(40);
    expect(checked.companies.filter((c) => c.chosen === 'random').length).toBeGreaterThanOrEqual(40);
    expect(new Set(checked.companies.flatMap((c) => c.kinds))).toEqual(new Set(Involvement.options));
  });

  it.each(checked.companies.map((c) => [c.company, c] as const))('%s: the data\'s kinds are the ones its records support', (id, entry) => {
    const company = dataset.companies.find((c) => c.id === id);
    expect(company, id).toBeDefined();
    expect([...company!.involvement].sort()).toEqual([...entry.kinds].sort());
  });

  it('each quote is the company\'s own award records', { skip: !haveSix }, async () => {
    const result = await six();
    for (const entry of checked.companies) {
      const descriptions = result.buckets.filter((b) => b.company === entry.company).flatMap((b) => [...b.awards.values()].flatMap((a) => a.descriptions));
      expect(descriptions.some((d) => d.replace(/\s+/g, ' ').includes(entry.records)), `${entry.company}: "${entry.records}"`).toBe(true);
    }
  });
});

describe('summaries of the award-record companies', () => {
  const awardRecordCompanies = dataset.companies.filter((c) => !isResearchCompany(c) && !isResoldOnlyCompany(c));

  it('are plain sentences from what the largest awards buy, never the product codes in lower case', () => {
    expect(awardRecordCompanies.length).toBe(696);
    for (const company of awardRecordCompanies) {
      expect(company.summary, company.id).toMatch(/^(?:CBP|ICE|CBP and ICE) contractor (?:for .+|in [a-z ,()]+ \(industry code of its largest award\))\.$/);
      expect(company.summary, company.id).not.toMatch(/what the records call|“|it and telecom|support – |housekeeping|maint\/repair| – /i);
      expect(company.summary.length, company.id).toBeLessThanOrEqual(300);
    }
  });

  it('say what is bought, not what a modification did, in words a reader can expand, never a record\'s label for people as their own', () => {
    for (const company of dataset.companies) {
      const summary = company.summary;
      expect(summary, company.id).not.toMatch(/\bmodif|\bincreas|\b(?:add|added|adds)\b|\bnew award\b|\bsvs\b|\bpm\b|\bde-?obligat|\bcontinuing resolution\b|\bincremental|\bover and above|\bshall\b|\bblanket purchase agreement\b|\bBPA\b/i);
      expect(summary, company.id).not.toMatch(/\billegal (?:aliens?|immigrants?|migrants?)\b|\baliens?\b/i);
      if (isResearchCompany(company) || isResoldOnlyCompany(company)) continue;
      expect(unreadable(summary.replace(/^(?:CBP|ICE)(?: and (?:CBP|ICE))? contractor /, '')), company.id).toEqual([]);
      // Places are proper names: "Tucson Sector", "Calexico BPS", "in Los Fresnos, TX".
      expect(summary, company.id).not.toMatch(/\b[A-Z][A-Za-z]+ sectors?\b|(?<![A-Z]\w* )\b[a-z]+ (?:BPS|POE|LPOE)\b|\b(?:in|at|near) [a-z]+(?: [a-z]+)?, (?:TX|AZ|CA|NM|FL|NY)\b/);
    }
  });

  it('a record\'s clipped or change wording falls to the next award or the industry sentence', () => {
    expect(phraseOf('REPAIR SERVICE AND ADDITIONAL PM SVS ADDED')).toBeNull();
    expect(phraseOf('THE PURPOSE OF THIS MODIFICATION IS TO MODIFY THE DRIVER\'S LICENSE REQUIREMENT OF 2 OF THE LABORER\'S')).toBeNull();
    expect(phraseOf('NEW AWARD TO PROVIDE INCREASE AREA INSPECTION AT CHECKPOINT')).toBeNull();
    expect(phraseOf('CRITICAL REPAIRS AT VARIOUS LAND PORTS OF ENTRY AND ENVIRONMENTAL COMM SVS')).toBeNull();
    expect(phraseOf('CHARTER FLIGHT SERVICES FOR REMOVAL OF ILLEGAL ALIENS')).toBe('CHARTER FLIGHT SERVICES FOR REMOVAL OF NONCITIZENS');
    expect(unreadable(sentenceCase('MEALS UNDER THE SWB DETAINEE MEALS BPA'))).toEqual(['swb', 'bpa']);
    expect(sentenceCase('CUSTODIAL SERVICES FOR TUCSON SECTOR AND CALEXICO BPS IN LOS FRESNOS, TX')).toBe('custodial services for Tucson Sector and Calexico BPS in Los Fresnos, TX');
  });

  it('a reviewed phrase with a record\'s label for people is refused, naming the phrase', { skip: !haveSix }, async () => {
    const saved = REVIEWED['lukos'];
    REVIEWED['lukos'] = 'custody and removal coordinators who facilitate the removal of illegal aliens';
    try {
      const buckets = (await six()).buckets.filter((b) => b.company === 'lukos');
      expect(() => summaryFor('lukos', buckets)).toThrow('REVIEWED["lukos"]: says "illegal aliens", a record\'s own label for people: write "noncitizens"');
    } finally {
      REVIEWED['lukos'] = saved!;
    }
  });

  it.each([
    ['geo-transport', 'ICE contractor for ground transportation services in support of Enforcement and Removal Operations (ERO) and emergency Haitian migrants flight services.'],
    ['ami-metals', 'CBP contractor for bulk steel for Southwest Border barrier construction projects.'],
    ['leidos', 'CBP contractor for Travelers Processing Vetting Software (TPVS).'],
    ['lmi-consulting', 'CBP contractor for quality assurance inspection support services for the construction of border wall barrier along the Southwest Border.'],
    ['acquisition-logistics', 'ICE contractor for detention, transportation and medical services at the Camp East Montana temporary detention center in El Paso, TX.'],
  ])('%s', (id, summary) => expect(dataset.companies.find((c) => c.id === id)!.summary).toBe(summary));

  it('a company tied only through resellers is never called a contractor: its summary says what was bought through them', () => {
    const resoldOnly = dataset.companies.filter(isResoldOnlyCompany);
    expect(resoldOnly.map((c) => c.id)).toEqual(expect.arrayContaining(['google', 'oracle', 'shadowdragon']));
    for (const company of resoldOnly) {
      expect(company.summary, company.id).toMatch(/^[A-Z].* (?:was|were) bought by (?:CBP|ICE)(?: and (?:CBP|ICE))? through resellers, per the federal award records\.$/);
      expect(company.summary, company.id).not.toMatch(/contractor/);
    }
  });

  it('the research companies keep their curated summaries', () => {
    for (const id of ['geo-group', 'corecivic', 'palantir', 'amazon', 'wayfair', 'microsoft']) {
      const company = dataset.companies.find((c) => c.id === id)!;
      expect(isResearchCompany(company)).toBe(true);
      expect(company.summary).not.toMatch(/ contractor for /);
    }
  });

  it('the files hold what `npm run data:summaries` writes over the six fiscal years, so a re-run changes nothing', { skip: !haveSix }, async () => {
    const plans = companySummaries(await six(), recipients, (f) => readFileSync(f, 'utf8'));
    const written = plans.filter((p) => !p.skipped);
    expect(written.length).toBe(696);
    for (const plan of written) {
      const text = readFileSync(plan.file, 'utf8');
      expect(rewriteFields(plan.file, text, { summary: plan.summary!, involvement: plan.involvement! }), plan.file).toBe(text);
    }
  });

  it('sentence case keeps acronyms, the words they stand for, names and codes', () => {
    expect(sentenceCase('TRAVELERS PROCESSING VETTING SOFTWARE (TPVS)')).toBe('Travelers Processing Vetting Software (TPVS)');
    expect(sentenceCase('IT SUPPORT SERVICES FOR CBP AT EL PASO, TX')).toBe('IT support services for CBP at El Paso, TX');
    expect(sentenceCase('BORDER WALL CONSTRUCTION FOR EL PASO SECTOR EPT-5')).toBe('border wall construction for El Paso Sector EPT-5');
    expect(phraseOf('THE PURPOSE OF THIS AWARD IS TO PROVIDE GROUND TRANSPORTATION SERVICES IN THE SALT LAKE CITY (SLC) AREA OF RESPONSIBILITY (AOR).')).toBe('GROUND TRANSPORTATION SERVICES');
    expect(phraseOf('MODIFICATION TO PROVIDE INCREMENTAL FUNDING.')).toBeNull();
    expect(phraseOf('OY1')).toBeNull();
  });

  it('fragments, dates, contract periods and notes to the file are not what an award buys', () => {
    for (const text of ['OF THE BASE AWARD PERIOD', 'UNDER TASK ORDER LINES 20 AND 30', 'OCTOBER 31, 2024', 'FROM FY2020', 'H.R.133', 'DEBO LINES 190 & 350',
      'REMAINDER OF THE BASE PERIOD', 'CR PERIOD', 'APPROVED ADA EXCEPTION IN FILE', 'TUSCON (SWB/SSF -', 'IN ACCORDANCE WITH EO 14026']) {
      expect(phraseOf(text), text).toBeNull();
    }
    expect(phraseOf('IN ACCORDANCE WITH EO 14026; CUSTODIAL AND GROUNDS MAINTENANCE SERVICES')).toBe('CUSTODIAL AND GROUNDS MAINTENANCE SERVICES');
  });

  it('with no description that says what is bought, the summary names the largest award\'s industry (NAICS), in plain words', () => {
    const award = { id: 'A', amount: 5, obligatedInYear: 5, descriptions: ['EXERCISE OPTION PERIOD 1'], productOrService: 'IT AND TELECOM- SYSTEMS DEVELOPMENT', naics: 'COMPUTER SYSTEMS DESIGN SERVICES', first: '2021-01-01', last: '2021-01-01', terminations: [] };
    const bucket = { company: 'x', agency: '7014', fiscalYear: 2021, total: 5, positive: 5, awards: new Map([['A', award]]), recipients: new Map(), recipientsPositive: new Map(), categories: new Map() };
    expect(summaryFor('x', [bucket])).toEqual({ summary: 'CBP contractor in computer systems design services (industry code of its largest award).', reviewed: false });
  });

  it.skipIf(noFY2026)('a reviewed phrase with a word the records do not contain is refused, naming it', async () => {
    const { REVIEWED } = await import('@/scripts/usaspending/summaries');
    const saved = REVIEWED['geo-transport'];
    REVIEWED['geo-transport'] = 'deportation flights';
    try {
      expect(() => summaryFor('geo-transport', [])).not.toThrow();
      const buckets = (await fixture()).buckets;
      expect(() => summaryFor('geo-transport', buckets)).toThrow(ImportError);
      expect(() => summaryFor('geo-transport', buckets)).toThrow('REVIEWED["geo-transport"]: "DEPORTATION", "FLIGHTS" not in the company\'s award records');
    } finally {
      if (saved === undefined) delete REVIEWED['geo-transport'];
      else REVIEWED['geo-transport'] = saved;
    }
  });

  it('names the file and field of a bad reviewed category', { skip: !haveSix }, async () => {
    const result = await six();
    const read = (f: string) => {
      const text = readFileSync(f, 'utf8');
      return f.endsWith('/amentum.json') ? text.replace('"equipment-supplies"\n    ],\n    "reason"', '"aircraft"\n    ],\n    "reason"') : text;
    };
    expect(() => companySummaries(result, recipients, read)).toThrow(
      'data/companies/amentum.json: involvementReview.involvement[1]: "aircraft" is not a category (detention-operations, detention-services, transport-deportation-flights, surveillance-data, border-barrier-construction, construction-facilities, it-cloud, equipment-supplies, professional-services)',
    );
  });

  it('rewrites only the summary and involvement, keeping every other byte, and names a file it cannot rewrite', () => {
    const text = [
      '{',
      '  "id": "x",',
      '  "name": "X",',
      '  "legalNames": ["X LLC"],',
      '  "summary": "Federal award records show ICE obligations to X in fiscal year 2026, mostly for what the records call “housekeeping – guard”.",',
      '  "involvement": [',
      '    "detention-operations"',
      '  ],',
      '  "involvementReview": {',
      '    "involvement": ["transport-deportation-flights"],',
      '    "reason": "r",',
      '    "reviewed": "2026-12-04"',
      '  },',
      '  "hosts": []',
      '}',
      '',
    ].join('\n');
    const next = rewriteFields('data/companies/x.json', text, { summary: 'ICE contractor for "ground" transportation.', involvement: ['transport-deportation-flights'] });
    expect(next).toBe(
      text
        .replace(/"summary": .*,/, '"summary": "ICE contractor for \\"ground\\" transportation.",')
        .replace('"involvement": [\n    "detention-operations"\n  ]', '"involvement": [\n    "transport-deportation-flights"\n  ]'),
    );
    expect(rewriteFields('data/companies/x.json', next, { summary: 'ICE contractor for "ground" transportation.', involvement: ['transport-deportation-flights'] })).toBe(next);
    expect(() => rewriteFields('data/companies/x.json', '{"id":"x","summary":"s","involvement":[]}', { summary: 's', involvement: [] })).toThrow(
      'data/companies/x.json: summary: expected one top-level "summary" written as the data scripts write it (two-space JSON), found 0',
    );
  });
});
