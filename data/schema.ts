/**
 * The dataset's shape, as zod schemas. Everything else (the build, the background index, the panel)
 * takes its types from here with `z.infer`, so a field added here is checked everywhere.
 *
 * One company per file in data/companies/<id>.json. Evidence is split into contracts, protests,
 * responses and context; every entry carries at least one source. A company is flagged only on a
 * contract entry (a contract, a sale through an intermediary, or a spending total): statements and
 * protests alone flag nothing.
 */
import * as z from 'zod/mini';

/** `2019`, `2019-06` or `2019-06-26`: sources often give only a year or a month. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const HttpsUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'expected an https:// URL'),
);

export const Confidence = z.enum(['seen', 'reported']);

export const Source = z.strictObject({
  url: HttpsUrl,
  /** The page's title, where the research recorded it. */
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  date: z.optional(PartialDate),
  /** `seen`: the quote was read at this URL; `reported`: second-hand (a copy, an aggregator). */
  confidence: Confidence,
  /** Primary sources are the government's own records (e.g. a USAspending award page). */
  primary: z.optional(z.boolean()),
  quote: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  /**
   * The address the quote was first read at, when it differs from the canonical `url`. https only,
   * like every URL the data carries: a signed update must not be able to smuggle in another scheme.
   */
  archivedUrl: z.optional(HttpsUrl),
});

export const Amount = z.strictObject({
  usd: z.number().check(z.nonnegative()),
  kind: z.enum([
    'contract-value', // the value of one contract or award
    'contracts-total', // several contracts added up by the source
    'received-total', // money received over a period
    'obligated', // obligated by the agency over a period, per federal award records
    'planned-value', // a solicitation or plan, not an award
    'paid', // paid so far under a contract
    'sale', // a sale to a contractor
    'donation',
  ]),
  /** How the source qualifies the figure: "about", "more than", "at least", "less than", "up to". */
  qualifier: z.optional(z.enum(['about', 'more-than', 'at-least', 'less-than', 'up-to'])),
  /**
   * What the figure leaves out, when the records behind it are incomplete. `before-deobligations`:
   * the records hold every positive obligation of the period but none of its de-obligations
   * (negative records), so the net total is lower than this figure; the importer sets it on facts
   * from award-record slices cut short by their producer (data/usaspending-inputs.json), and the
   * panel should say "before de-obligations" next to the amount.
   */
  basis: z.optional(z.enum(['before-deobligations'])),
});

const EntryBase = {
  /** Stable id, `<company>-<n>`: used by "report a problem" links and by diffs. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** One neutral sentence, as shown in the panel. */
  claim: z.string().check(z.minLength(1), z.maxLength(600)),
  date: z.optional(PartialDate),
  /** A caveat the reader should see next to the claim. */
  note: z.optional(z.string().check(z.maxLength(600))),
  /** For curators: how the fact was checked; not shown in the panel. */
  researchNote: z.optional(z.string().check(z.maxLength(2000))),
  sources: z.array(Source).check(z.minLength(1, 'every entry needs at least one source')),
  /** Where the fact came from in shared/research/facts.json, e.g. `facts.json#palantir[3]`. */
  ref: z.optional(z.string().check(z.maxLength(200))),
  /**
   * Entries of one list that tell one event (a letter, and its wording and its signatures; a sale,
   * and who placed the order) share an event id: the panel shows them as one entry with all their
   * sources, and counts the event once. The first of them in the file states the event itself.
   */
  event: z.optional(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
};

export const Contract = z.strictObject({
  ...EntryBase,
  kind: z.literal('contract'),
  relation: z.enum([
    'direct', // the company holds the contract
    'via-third-party', // sold through a reseller or integrator
    'sale-to-contractor', // sold goods to a government contractor (e.g. Wayfair → BCFS)
    'spending-total', // a total of contracts or payments over a period
    'planned', // a solicitation, a pitch: not an award
    'infrastructure', // hosts systems that an agency or its contractor uses
  ]),
  agency: z.string().check(z.minLength(1), z.maxLength(200)),
  amount: z.optional(Amount),
  period: z.optional(
    z.strictObject({
      start: z.optional(PartialDate),
      end: z.optional(PartialDate),
      /**
       * For a reporting period still under way (the current fiscal year): the last date the records
       * cover, so the panel says "records through …" instead of implying a full year.
       */
      recordsThrough: z.optional(PartialDate),
    }),
  ),
  awardIds: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)))),
  /** The intermediary the money or goods went through (a reseller, BCFS …). */
  via: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /**
   * `ended`: the contract is over; `former-unit`: held by a unit the company no longer owns;
   * `terminated`: the agency terminated the award (a termination record), on `terminatedOn`.
   */
  status: z.optional(z.enum(['active', 'ended', 'former-unit', 'terminated'])),
  /** The date of the termination record, with `status: "terminated"`. */
  terminatedOn: z.optional(PartialDate),
  /**
   * The money is only minimum orders for seats on multiple-award vehicles (written by the importer,
   * scripts/usaspending/minimum-orders.ts): what holding a seat guarantees, never the size of the
   * company's work under the vehicle. `vehicle`: the vehicle in plain words.
   */
  minimumOrder: z.optional(z.strictObject({ vehicle: z.string().check(z.minLength(1), z.maxLength(300)) })),
}).check(
  z.refine((c) => c.status === 'terminated' || c.terminatedOn === undefined, {
    message: 'terminatedOn goes with status "terminated"',
    path: ['terminatedOn'],
  }),
);

export const Protest = z.strictObject({
  ...EntryBase,
  kind: z.literal('protest'),
  /** Who protested: the panel never calls users' or activists' protests "employee protests". */
  by: z.enum(['employees', 'users', 'customers', 'activists', 'students', 'shareholders']),
  form: z.enum([
    'letter',
    'petition',
    'walkout',
    'resignation',
    'demonstration',
    'pledge',
    'demand',
    'shareholder-proposal',
  ]),
  signatories: z.optional(
    z.strictObject({
      count: z.int().check(z.positive()),
      qualifier: z.enum(['exactly', 'more-than', 'about']),
    }),
  ),
});

export const Response = z.strictObject({
  ...EntryBase,
  kind: z.literal('response'),
  form: z.enum(['statement', 'donation', 'decision']),
  amount: z.optional(Amount),
});

/**
 * A fiscal year in which an agency took back more of its earlier obligations to the company than it
 * obligated (a net negative year in the federal award records: de-obligations, closed-out or cancelled
 * awards). It is money taken back, never a contract: it flags nothing, and the panel and the directory
 * show it as what it is ("CBP took back $333.9M of earlier obligations in fiscal year 2024").
 */
export const NetDeobligation = z.strictObject({
  ...EntryBase,
  kind: z.literal('net-deobligation'),
  agency: z.string().check(z.minLength(1), z.maxLength(200)),
  /** One federal fiscal year, October 1 to September 30, as the importer writes it. */
  period: z.strictObject({ start: PartialDate, end: PartialDate, recordsThrough: z.optional(PartialDate) }),
  /** What was taken back, net, as a positive figure. */
  amount: z.strictObject({ usd: z.number().check(z.positive()), kind: z.literal('deobligated') }),
  awardIds: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)))),
});

export const Context = z.strictObject({
  ...EntryBase,
  kind: z.literal('context'),
});

/**
 * Kinds of work, from what the award records say the work is and whom it serves (see
 * scripts/usaspending/involvement.ts): running or guarding detention is not the same work as
 * treating or feeding the people held there, and neither is building an office.
 */
export const Involvement = z.enum([
  'detention-operations',
  'detention-services',
  'transport-deportation-flights',
  'surveillance-data',
  'border-barrier-construction',
  'construction-facilities',
  'it-cloud',
  'equipment-supplies',
  'professional-services',
]);

/**
 * One of a company's largest awards in the federal award records (written by the importer, never by
 * hand): its net obligations over every fiscal year the records hold, the years it had money, its one
 * kind of work, and, where a curator has read its records, a plain description of what it buys
 * (data/award-descriptions.json). The panel says it as a sentence and links its USAspending page.
 */
export const LargestAward = z.strictObject({
  /** USAspending's award id (`generated_internal_id`): its page is usaspending.gov/award/<id>/. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)),
  /** The award's own number, as the records give it. */
  piid: z.string().check(z.minLength(1), z.maxLength(80)),
  agency: z.string().check(z.minLength(1), z.maxLength(200)),
  usd: z.number().check(z.positive()),
  /** The first and last federal fiscal years with money obligated under it. */
  first: z.int(),
  last: z.int(),
  kind: Involvement,
  basis: z.optional(z.literal('before-deobligations')),
  /** A curator's plain wording of what the award buys, every word taken from its records. */
  description: z.optional(z.string().check(z.minLength(3), z.maxLength(140))),
});

export const CompanyId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'));

/**
 * A tie to another company in the dataset (its owner, or a member of a joint venture), with the
 * source that establishes it: a name that looks related is not a tie.
 */
export const CompanyTie = z.strictObject({
  company: CompanyId,
  sources: z.array(Source).check(z.minLength(1, 'a tie between companies needs a source')),
});

/** A host name as stored: lower-case ASCII (punycode), no scheme, port, path or trailing dot. */
export const HostName = z.string().check(
  z.maxLength(253),
  z.regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
    'expected a lower-case host name such as "example.com"',
  ),
);

export const HostRule = z.strictObject({
  host: HostName,
  /** Why we believe the company owns this host. */
  evidence: z.string().check(z.minLength(1), z.maxLength(400)),
  /**
   * `seen`: a page (the company's own, a filing) showing the address as the company's was read;
   * `reported`: the research's ownership check, from general knowledge and archived pages.
   */
  confidence: Confidence,
  /** The page that shows the address as the company's own, where one was read. */
  source: z.optional(
    z.strictObject({
      url: HttpsUrl,
      publisher: z.string().check(z.minLength(1), z.maxLength(200)),
      quote: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    }),
  ),
  /** Shown in the panel when the host is a brand or subsidiary, e.g. "Whole Foods Market, owned by Amazon". */
  note: z.optional(z.string().check(z.maxLength(300))),
});

/** A company or brand name as it appears on pages: plain text, no research annotations. */
export const CompanyName = z
  .string()
  .check(z.minLength(1), z.maxLength(120), z.regex(/^[^[\]{}<>]+$/, 'a plain name, without [notes] or markup'));

export const JobBoard = z.enum(['lever', 'greenhouse', 'workday', 'ashby', 'smartrecruiters', 'linkedin', 'icims']);

export const JobBoardSlug = z.strictObject({
  board: JobBoard,
  /** The company's slug or tenant on that board: jobs.lever.co/<slug>, <slug>.wd5.myworkdayjobs.com, <slug>.icims.com … */
  slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,99}$/i)),
  evidence: z.string().check(z.minLength(1), z.maxLength(400)),
});

/**
 * A brand or subsidiary of the company that shoppers and job seekers meet under its own name, with
 * the sources that say the company owns it: the panel says "Ring, the brand of this product, belongs
 * to Amazon" and cites them.
 */
export const Brand = z.strictObject({
  name: CompanyName,
  /** The ownership as the sources state it, shown with them: "Ring LLC, an Amazon subsidiary since 2018". */
  note: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  /**
   * For a name that is also an ordinary word or another maker's brand (Ring, Echo, Surface, Blink):
   * it counts only as the brand of a product (Product.brand, the store's brand line), never as an
   * employer, a listed result or free text, and only on a product whose name has one of these words
   * ("doorbell", "camera"; a word also matches with a plural "s").
   */
  productWords: z.optional(
    z.array(z.string().check(z.regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lower-case words, e.g. "video doorbell"'), z.maxLength(40))).check(z.minLength(1)),
  ),
  sources: z.array(Source).check(z.minLength(1, 'a brand needs a source saying who owns it')),
});

export const Company = z
  .strictObject({
    id: CompanyId,
    name: CompanyName,
    legalNames: z._default(z.array(CompanyName), []),
    aliases: z._default(z.array(CompanyName), []),
    /**
     * Names the company goes by in public (its brand, the name on its website, careers site and job
     * board pages, its parent's name, a well-known former name), each with a source. Matched whole like
     * every name; one that also means other things may be in ambiguousNames too: then it needs a second
     * signal in free text and search results, but in an employer field (a posting's hiring
     * organisation, a job board's company field) it names the employer on its own (docs/matching.md).
     */
    publicNames: z.optional(
      z.array(
        z.strictObject({
          name: CompanyName,
          sources: z.array(Source).check(z.minLength(1, 'a public name needs a source showing the company uses it')),
        }),
      ),
    ),
    /** Brands and subsidiaries a shopper or job seeker sees, e.g. Amazon: Whole Foods Market, Ring. */
    brands: z.optional(z.array(Brand)),
    /**
     * Names that also mean something else ("Ring", "Spectrum", "GEO"): matched only when a second,
     * independent signal on the page names the company too.
     */
    ambiguousNames: z.optional(z.array(CompanyName)),
    jobBoards: z.optional(z.array(JobBoardSlug)),
    /** The company that owns this one, where a source says so; the panel names the owner. */
    parent: z.optional(CompanyTie),
    /**
     * For a joint venture: its members that are in the dataset. Each member's panel names the
     * venture and what it holds; the venture's panel names its members.
     */
    members: z.optional(z.array(CompanyTie).check(z.minLength(1))),
    /** One neutral sentence on how the company is involved. */
    summary: z.string().check(z.minLength(1), z.maxLength(400)),
    involvement: z.array(Involvement).check(z.minLength(1)),
    /**
     * For a company whose categories are read from its award records (scripts/usaspending/
     * involvement.ts): the categories a curator settled on after reading the records, and why. The
     * build uses them as the company's `involvement`, and `npm run data:summaries` writes them there.
     */
    involvementReview: z.optional(
      z.strictObject({
        involvement: z.array(Involvement).check(z.minLength(1)),
        /** What the records show that decides the categories (not shown to users). */
        reason: z.string().check(z.minLength(1), z.maxLength(600)),
        /** When the records were read for this review, YYYY-MM-DD. */
        reviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      }),
    ),
    lastReviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    hosts: z.array(HostRule),
    /** Lookalikes that must never be flagged for this company; the build checks their hosts. */
    doNotConfuse: z.optional(
      z.array(
        z.strictObject({
          name: z.string().check(z.minLength(1)),
          hosts: z.array(HostName),
          /** Names of the lookalike (e.g. "HP", "Motorola"): the build checks no company matches them. */
          names: z.optional(z.array(CompanyName)),
          note: z.string().check(z.minLength(1)),
        }),
      ),
    ),
    contracts: z.array(Contract),
    protests: z.array(Protest),
    responses: z.array(Response),
    context: z.optional(z.array(Context)),
    /** Years the award records net to money taken back (written by the importer, never by hand). */
    netDeobligations: z.optional(z.array(NetDeobligation)),
    /** The largest awards in the federal award records, the largest first (written by the importer). */
    largestAwards: z.optional(z.array(LargestAward).check(z.maxLength(3))),
  })
  .check(
    z.refine((c) => c.contracts.length > 0, {
      message: 'a company is flagged only on a sourced contract, sale or spending entry: add one or leave the company out',
      path: ['contracts'],
    }),
  );

export const Dataset = z
  .strictObject({
    /** Grows with every published dataset; an update must be newer than the one in use. */
    version: z.int().check(z.nonnegative()),
    generatedAt: z.iso.datetime(),
    /**
     * Until when this data may be shown as current. Signed with the rest, so a server that answers
     * "not modified" forever cannot keep old data looking fresh: past it, the popup says the data
     * has expired. `dataset:publish` sets it (90 days by default); the bundled data, its newest
     * review date plus 180 days (lib/dataset.ts).
     */
    expiresAt: z.iso.datetime(),
    /** SHA-256 (hex) of the companies array; also what update checks send as If-None-Match. */
    contentHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    companies: z.array(Company),
  })
  .check(z.refine((d) => Date.parse(d.expiresAt) > Date.parse(d.generatedAt), { message: 'expiresAt must be after generatedAt', path: ['expiresAt'] }));

export type Source = z.infer<typeof Source>;
export type Amount = z.infer<typeof Amount>;
export type Contract = z.infer<typeof Contract>;
export type Protest = z.infer<typeof Protest>;
export type Response = z.infer<typeof Response>;
export type Context = z.infer<typeof Context>;
export type NetDeobligation = z.infer<typeof NetDeobligation>;
export type Company = z.infer<typeof Company>;
export type Brand = z.infer<typeof Brand>;
export type CompanyTie = z.infer<typeof CompanyTie>;
export type Dataset = z.infer<typeof Dataset>;
export type Involvement = z.infer<typeof Involvement>;
export type LargestAward = z.infer<typeof LargestAward>;
