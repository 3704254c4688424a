/**
 * One plain sentence on what a company's largest awards buy, from the awards' own descriptions
 * ("CBP contractor for Travelers Processing Vetting Software (TPVS) and IT support services."):
 * never the product/service code's wording, and never a word the records do not contain.
 *
 * An award's phrase is the first description sentence that, once its boilerplate is taken off ("THE
 * PURPOSE OF THIS AWARD IS TO PROVIDE …", "THIS MODIFICATION ADDS FUNDING FOR …"), still says what
 * is bought rather than what the modification does (funding, options, extensions, a new COR …).
 * Case is fixed from the records' capitals: sentence case, with acronyms (those the records define in
 * parentheses, a known list, codes with digits), the words an acronym stands for, and known place and
 * product names capitalised. Where the records give no usable description, or the generated phrase
 * reads badly, a reviewed phrase (REVIEWED below) is used instead; every word of it must occur in the
 * company's records, which `summaryFor` checks.
 */
import type { AwardTotal, Bucket } from './import';
import { minimumOrderOf } from './minimum-orders';
import { AGENCY_LABELS, ImportError } from './import';

/** Acronyms kept upper case wherever they occur. */
const ACRONYMS = new Set([
  'CBP', 'ICE', 'DHS', 'IT', 'US', 'USA', 'ERO', 'HSI', 'OPR', 'OCIO', 'TPVS', 'ISAP', 'AOR', 'ATD', 'GSA', 'SW', 'POE', 'LPOE', 'NII',
  'RGV', 'UAS', 'SUAS', 'CCTV', 'OFO', 'USBP', 'AMO', 'TECS', 'DNA', 'ITIN', 'HR', 'EAP', 'O&M', 'AWS', 'IBM', 'IST', 'LGDS', 'ETMS',
  'ACE', 'BSDP', 'CAVSS', 'EMVSS-R', 'EMSC-L', 'OFTP', 'CMA', 'SLC', 'AZ', 'CA', 'TX', 'NM', 'FL', 'MD', 'GA', 'VA', 'DC', 'SESS', 'CSPD',
  'ICAVMS', 'API', 'APIS', 'OPLA', 'SWIFT', 'CCAAS', 'FY', 'BP', 'P-3', 'MQ-9B', 'X-RAY', 'RPA', 'SEVP', 'LEP', 'RW', 'MEP',
  'TRM', 'ELA', 'IPADS', 'OAFM', 'OT', 'TTO', 'GFA', 'OSAMS', 'BPS', 'IHSC', 'NCC', 'ECCO', 'QA', 'PWS', 'HQ', 'TCA-2', 'TCA-5', 'CPC', 'SPC', 'HVAC', 'PIDC', 'SCIF', 'USCG', 'NY', 'PR', 'WV', 'WA', 'MN', 'ND', 'VT', 'ME', 'MI', 'MT',
]);

/** Names the records write in capitals that are not acronyms: places, programs, products. */
const PROPER: Record<string, string> = Object.fromEntries(
  [
    'Arizona', 'California', 'New Mexico', 'Texas', 'Florida', 'New York', 'Maryland', 'Georgia', 'Virginia', 'Washington', 'Utah',
    'Louisiana', 'Puerto Rico', 'United States', 'United States Virgin Islands', 'El Paso', 'San Diego', 'Los Angeles', 'Phoenix',
    'Salt Lake City', 'Boston', 'Miami', 'Hagerstown', 'Pearsall', 'Big Bend', 'Del Rio', 'Laredo', 'Krome', 'Port Isabel', 'Imperial',
    'Camp East Montana', 'Hudspeth County', 'Starr', 'Hidalgo', 'Hidalgo County', 'Southwest Border', 'Murrieta', 'Newton-Azrak',
    'San Antonio', 'Harlingen', 'Surprise', 'Suprise', 'Fort Benning', 'Indianapolis', 'Alexandria', 'Eloy', 'Florence', 'Jena', 'Tacoma',
    'Buffalo', 'Caroline', 'Elizabeth', 'Folkston', 'Varick', 'Rio Grande Valley', 'El Centro', 'Yuma', 'Tucson', 'Wellton',
    'Brownsville', 'McAllen', 'Bellingham', 'Blaine', 'Batavia', 'Calexico', 'Falfurrias', 'Niagara', 'Front Royal', 'Los Fresnos', 'San Clemente',
    'Eagle Pass', 'Nogales', 'Lordsburg', 'Deming', 'Sierra Blanca', 'Uvalde', 'Brackettville', 'Carrizo Springs', 'Zapata', 'Hebbronville', 'Kingsville',
    'Corpus Christi', 'Weslaco', 'Rio Grande City', 'Harpers Ferry', 'Champlain', 'Massena', 'Swanton', 'Houlton', 'Havre', 'Spokane', 'Sumas',
    'Chula Vista', 'Otay Mesa', 'Imperial Beach', 'Tecate', 'Santa Teresa', 'Presidio', 'Marfa', 'Alpine', 'Sanderson', 'Cotulla', 'Ysleta',
    'Boulevard Station', 'Ursula', 'Atlanta', 'Caribbean', 'Alaskan', 'Newark', 'Grand Forks', 'Ponce', 'Lukeville', 'Ajo', 'Sasabe', 'Naco', 'Customs & Border Protection', 'AbilityOne', 'Google Cloud Platform', 'Alabama', 'Alaska', 'Arkansas',
    'Colorado', 'Connecticut', 'Delaware', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Maine', 'Massachusetts', 'Michigan',
    'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'North Carolina', 'North Dakota', 'Ohio',
    'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
    'Border Patrol', 'PaaS', 'SaaS', 'Salesforce', 'ServiceNow', 'Service Now', 'Dynatrace', 'NetApp', 'DocuSign', 'Motorola', 'Cisco', 'Cisco Catalyst',
    'Schneider Electric', 'Harness', 'MongoDB', 'Mongo DB', 'Oracle', 'Amazon Web Services', 'Babel Street', 'Babel Street Insights',
    'Dataminr', 'Acadis', 'Microsoft', 'Palantir', 'Zoom', 'Adobe', 'Splunk', 'Apostle', 'Project Safe Haven', 'Minotaur', 'Watsonx',
    'Department of Homeland Security', 'Homeland Security Investigations', 'Immigration and Customs Enforcement',
    'U.S. Customs and Border Protection', 'Customs and Border Protection', 'ICE Health Service Corps', 'Office of Professional Responsibility',
    'Enforcement and Removal Operations', 'Office of Human Capital', 'Office of Firearms and Tactical Programs',
    'Office of Firearms and Training Programs', 'Air and Marine Operations', 'Office of Trade', 'Office of Chief Counsel',
    'Intensive Supervision Appearance Program', 'National Targeting Center', 'Student & Exchange Visitor Information System',
    'Student and Exchange Visitor Program', 'Title-III', 'Office of Chief Information Officer', 'Office of the Chief Information Officer', 'Imperial Regional Detention Facility', 'El Paso Service Processing Center', 'Port Isabel Detention Center',
  ].map((name) => [name.toUpperCase(), name]),
);

/** A sentence that does something to the contract (money, time, paperwork) rather than say what it buys. */
const ADMINISTRATIVE =
  /\b(?:FUND(?:S|ING|ED)?|FULLY FUND|OBLIGAT\w*|DE-?OBLIGAT\w*|DEOB|OPTIONS?|OPTIONAL|OY\d*|OP\d*|EXERCIS\w*|EXTEN[DS]\w*|INCREMENTAL\w*|WAGE|PERIOD OF PERFORMANCE|POP|CLINS?|COR|CONTRACTING OFFICER\w*|ADMINISTRATIVELY|ADMINISTRATIVE (?:MOD\w*|CHANGES?|CORRECTIONS?|ACTIONS?)|ADMIN MOD|CORRECT\w*|REVISE[DS]?|UPDATE[DS]?|TIERED|CLOSE ?OUT|RATIFY|FAR|BOND\w*|DEFINITIZ\w*|SURGE|STOP-WORK|TERMINAT\w*|MODIFICATION|MOD|INVOIC\w*|SHUT ?DOWN|CONTINUING RESOLUTION|NO-COST|BILATERAL|UNILATERAL|LINE ITEMS?|REALLOCATE|CEILING|DPAS|RATING|CLAUSES?|REQUIREMENTS|DELIVERY DATE|TRAVEL|ADJUSTMENTS?|CHANGE|IDV|ONLY|SCOPE|RECOMPETE|PROTEST|HIATUS|QUANTITY|PAYMENT|MILESTONE)\b|\b52\.\d|\$\d|^ADD(?:ED|S)?\b|^(?:NEW )?WORK\b|^TO\b|^(?:ACTION|ORDER|TASK ORDER|SUBJECT)\b|TASK ORDER$/;

/**
 * Contract-change wording and clipped abbreviations a reader cannot expand ("PM SVS ADDED", "MODIFY
 * THE DRIVER'S LICENSE REQUIREMENT", "ENVIRONMENTAL COMM SVS"): a sentence holding any is not used.
 */
const CHANGE_OR_CLIPPED =
  /\bMODIF\w*|\bINCREAS\w*|\bDECREAS\w*|\bADD(?:ED|S|ING)?\b|\bNEW AWARD\b|\bDE-?OBLIGAT\w*|\bRE-?OBLIGAT\w*|\bINCREMENTAL\w*|\bCONTINUING RESOLUTION\b|\bAMEND\w*|\bREPLACE(?:S|D)? THE\b|\bSVCS?\b|\bSVS\b|\bPM\b|\bCOMM\b|\bMGMT\b|\bMAINT\b|\bEQUIP\b|\bGOVT\b|\bHQS\b|\bSPT\b|\bTRNG\b|\bREQS?\b|\bCTV\b|\bPAC\b|\bSHALL\b|\bWILL BE\b|\bSUPPLEMENTAL AGREEMENT\b|\bREVISING\b|\bADDITION OF\b|\bNEW (?:[A-Z]+ ){0,3}(?:CONTRACT|TASK ORDER|ORDER)\b|\bNATIONAL EMERGENCY\b|\bOVER AND ABOVES?\b|\bNEUTRAL ACTION\b|\bBLANKET PURCHASE AGREEMENT\b|\bBPA\b|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/;

/**
 * A record's own non-neutral words are never the summary's: a neutral word stands in for them
 * (the phrase then says what the award buys without repeating the record's label for people).
 */
export const NEUTRAL: Array<[RegExp, string]> = [
  [/\bILLEGAL (?:ALIENS|IMMIGRANTS|MIGRANTS)\b/, 'NONCITIZENS'],
  [/\bILLEGAL (?:ALIEN|IMMIGRANT|MIGRANT)\b/, 'NONCITIZEN'],
  [/\bALIENS\b/, 'NONCITIZENS'],
  [/\bALIEN\b/, 'NONCITIZEN'],
];

const VERB_NOUNS: Record<string, string> = { CONSTRUCT: 'CONSTRUCTION', BUILD: 'CONSTRUCTION', INSTALL: 'INSTALLATION', REPLACE: 'REPLACEMENT', REPAIR: 'REPAIR', PROVIDE: 'PROVISION', ACQUIRE: 'ACQUISITION' };

/** Boilerplate at the start of a description sentence, taken off one after another. */
const LEADS: RegExp[] = [
  /^(?:P\d{5}\s*[-:]?\s*|MOD(?:IFICATION)? P\d+\s*)/,
  /^THE PURPOSE OF TH(?:IS|E) (?:[A-Z-]+ ){0,3}?(?:IS|ARE) (?:TO )?/,
  /^THE PURPOSE OF TH(?:IS|E) (?:AWARD|CONTRACT|TASK ORDER|ORDER|MODIFICATION) (?:IS |TO )?/,
  /^THIS IS (?:A |AN )?(?:NEW )?(?:AWARD|ORDER|TASK ORDER|CONTRACT|DELIVERY ORDER) (?:FOR|TO) /,
  /^(?:TO )?AWARD (?:A |AN )?(?:[A-Z]+ )?(?:CONTRACT|ORDER|TASK ORDER) FOR /,
  /^(?:THIS|THE) [A-Z &-]{0,100}? PROVIDES (?:ICE |CBP )?(?:FOR )?(?:(?:THE )?DELIVERY OF )?/,
  /^[\d.]+ /,
  // The executive order whose clause the record cites (EO 14042, contractors' vaccination), not what is bought.
  /^EO ?\d{5} /,
  /^THE CONTRACTOR SHALL (?:PERFORM|PROVIDE) /,
  /^(?:THIS|THE) (?:NEW )?(?:TASK ORDER|DELIVERY ORDER|CONTRACT|AWARD|ORDER|REQUIREMENT|EFFORT|PURCHASE ORDER|BPA CALL|CONTRACT ACTION|TASK ORDER AWARD)(?: AWARD)? (?:IS |WILL )?(?:FOR |TO )?(?:PROVIDES? FOR |PROVIDES? |PROCURES? |SUPPORTS? |DOCUMENTS? |DELIVERS? |PROCURE |PROVIDE |OBTAIN |SUPPORT )?/,
  /^(?:NEW )?(?:[A-Z]+ )?(?:AWARD|TASK ORDER|ORDER)(?: AWARD)? (?:OF|FOR|PROVIDES|TO SUPPORT) /,
  /^(?:TO )?(?:PROVIDE|PROCURE|OBTAIN|ACQUIRE|PURCHASE) (?:THE |A |AN )?/,
  /^THIS MODIFICATION (?:ADDS|PROVIDES) (?:INCREMENTAL )?FUNDING FOR (?:THE )?/,
  /^(?:CBP |ICE )?REQUIRE[SD]? (?:SUPPORT )?TO PROVIDE /,
  /^(?:THE )?CONTRACTOR IS (?:PROVIDING|TO PROVIDE) /,
  /^(?:THIS|THE) (?:TASK ORDER|CONTRACT|ORDER|AWARD) ACQUIRES(?:, MANAGES)?(?: (?:&|AND) SUPPORTS)? /,
  // Who does what, said of the contract or the contractor: "THIS FIRM FIXED PRICE ORDER IS FOR …",
  // "CONTRACT IS FOR …", "THIS PROVIDES …", "COVERS THE …", "CONTRACTOR SHALL …", "ICE REQUIRES …".
  /^THIS (?:[A-Z-]+ ){0,4}?(?:ORDER|CONTRACT|AWARD|REQUIREMENT) IS (?:FOR|TO) (?:THE )?(?:PURCHASE OF )?/,
  /^(?:THIS )?(?:CONTRACT|ORDER|AWARD) IS (?:FOR|TO) (?:THE )?/,
  /^THIS IS FOR (?:THE )?(?:PURCHASE OF )?/,
  /^THIS (?:SERVICE )?PROVIDES (?:FOR )?/,
  /^(?:THIS [A-Z ]+ )?COVERS (?:THE )?/,
  /^(?:THE )?CONTRACTOR (?:SHALL|IS TO|WILL) (?:PROVIDE (?:FOR )?|PERFORM )?/,
  /^SHALL (?:PROVIDE|PERFORM) (?:FOR )?/,
  /^[A-Z0-9&'.,()/ -]{0,120}? REQUIRES (?:AN? |THE )?(?:CONTRACTOR SUPPORT (?:TO PROVIDE |FOR ))?/,
  /^IN SUPPORT OF (?:THE )?/,
  // Small-business programs say how it was bought: "SBIR PHASE III DIRECT AWARD FOR …", "DIRECT 8A FOR …".
  /^(?:SMALL BUSINESS INNOVATION RESEARCH \(SBIR\)|SBIR) PHASE III (?:DIRECT )?(?:AWARD |TASK ORDER )?(?:FOR )?/,
  /^(?:DIRECT(?:ED)? )?8\(?A\)? (?:CONTRACT |AWARD |SOLE SOURCE )?(?:FOR )?/,
];

/**
 * What is left of a sentence that still is not a thing bought: a fragment ("OF THE BASE AWARD PERIOD",
 * "UNDER TASK ORDER LINES 20 AND 30"), a date ("OCTOBER 31, 2024"), a period of the contract ("BASE
 * YEAR", "REMAINDER OF THE BASE PERIOD", "FROM FY2020"), a bill or a note to the file.
 */
const NOT_A_THING =
  /^(?:OF|FOR|UNDER|FROM|AND|OR|WITH|INVOLVES|IN ACCORDANCE|THIS IS NOT|REMAINDER|SUPPLEMENTARY|CONTRACT THRU|PER)\b|\b(?:BASE (?:YEAR|PERIOD|AWARD)|REMAINDER OF|TASK ORDER LINES?|LINES? \d|DEBO|H\.R\.|FROM FY ?\d{2,4}|FTE'?S)\b|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d|\b(?:CONTRACT FROM|CR|CONTINU\w* RESOLUTION|IN FILE|INC|BALANCE OF|UNTIL|THROUGH (?:THE )?END OF|NO COST|SOLE SOURCE|BRIDGE CONTRACT|DIRECTED 8A|DIRECT 8A)\b|^(?:PROVIDED|ON|IS|WAS|ARE|TO)\b|#|\b\d{1,2} (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{2}\b|^(?:[A-Z]+ )?(?:CONTRACT |TASK ORDER )?AWARD$|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{12,}\b|^[\d\s,/-]+$|[-(]$|\([^)]*$/;

const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'its', 'as', 'or', 'contractor', 'cbp', 'ice']);

function words(text: string): string[] {
  return text.toUpperCase().split(/[^A-Z0-9&]+/).filter(Boolean);
}

/** The part of one description that says what is bought, or null. */
export function phraseOf(description: string): string | null {
  const text = description.replace(/\s+/g, ' ').replace(/\*\*.*$/, '').trim().toUpperCase();
  // A record that appoints a COR or names a contract specialist goes on with people's names: none of it is used.
  if (/\bAPPOINT\w*|\bCONTRACT SPECIALIST\b|\bCOR\s*[-:]|\bHEREBY\b|\bREPLACED? WITH\b|\bPOINT OF CONTACT\b/.test(text)) return null;
  for (const part of text.split(/(?<!\b[A-Z])\.\s+|\.$|;\s*|\s+-\s*(?=[A-Z])|(?<=\))-(?=[A-Z])/)) {
    let sentence = part.trim().replace(/\.$/, '');
    // "… ADD INCREMENTAL FUNDS FOR CBP'S AIR AND MARINE OPERATIONS FIELD AND TECHNICAL SUPPORT SERVICES": what the money is for.
    if (ADMINISTRATIVE.test(sentence)) {
      const tail = /\b(?:FUNDS?|FUNDING|TO PROCURE) (?:FOR |TO SUPPORT )?(?:THE )?(?!OPTION|BASE|CURRENT|ADDITIONAL|REMAINING|SURGE|EXTENDING|TRAVEL|CERTAIN)(.+)$/.exec(sentence);
      if (tail) sentence = tail[1]!;
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const lead of LEADS) {
        const next = sentence.replace(lead, '');
        if (next !== sentence) {
          sentence = next.trim();
          changed = true;
        }
      }
    }
    // "… PROVIDES ENFORCEMENT AND REMOVAL OPERATIONS (ERO) WITH ANALYTICAL … SUPPORT" → what it is provided with.
    const withClause = /^(?:ICE |THE |US |U\.S\. )?[A-Z&' ()-]{0,90}?(?:OPERATIONS|CORPS|OFFICE|RESPONSIBILITY|PERSONNEL|CAPITAL|ENFORCEMENT|INVESTIGATIONS|INTELLIGENCE|ICE)(?: \([A-Z]+\))? WITH (?:A |AN )?(.+)$/.exec(sentence);
    if (withClause) sentence = withClause[1]!;
    sentence = sentence
      .replace(/^(?:THE|A|AN) /, '')
      // The agency is the sentence's subject already: "CBP AIRCRAFT MAINTENANCE", "BODY ARMOR FOR CBP".
      .replace(/^(?:CBP|U\.S\. CUSTOMS AND BORDER PROTECTION|US CUSTOMS AND BORDER PROTECTION)(?:'S)? (?=\w+ \w+)/, '')
      .replace(/ FOR (?:THE )?(?:CBP|ICE|(?:U\.S\. |US )?CUSTOMS AND BORDER PROTECTION|(?:U\.S\. |US )?IMMIGRATION AND CUSTOMS ENFORCEMENT)(?: \((?:CBP|ICE)\))?$/, '')
      // Where: "AT VARIOUS LOCATIONS IN …", "IN THE LOS ANGELES AREA OF RESPONSIBILITY".
      .replace(/ (?:AT VARIOUS LOCATIONS|(?:IN|FOR) THE [A-Z ,()]+ (?:AREA OF RESPONSIBILITY|AOR)|IN THE [A-Z ]+ AOR)\b.*$/, '')
      // Which vehicle it was ordered from: "…, FROM IDIQ CONTRACT 70B03C24D00000009", "TASK ORDER OFF OF DHS IDIQ VEHICLE".
      .replace(/,? (?:TASK ORDER |DELIVERY ORDER )?(?:UNDER|FROM|OFF OF|OFF|AGAINST) (?:THE |AN? )?(?:DHS )?(?:IDIQ|CONTRACT|VEHICLE|BPA)\b.*$/, '')
      .replace(/ (?:TASK ORDER|DELIVERY ORDER|CONTRACT)? ?AWARD$/, '')
      .replace(/ (?:TO|FOR|OF|AND|WITH|UNDER|FROM|BY|IS|ARE|WAS)$/, '')
      .replace(/[,\s]+$/, '');
    if (words(sentence).length < 2 || sentence.length < 6) continue;
    if (ADMINISTRATIVE.test(sentence) || NOT_A_THING.test(sentence) || CHANGE_OR_CLIPPED.test(sentence)) continue;
    // A bare verb of the records' ("CONSTRUCT BORDER WALL TOPPING") reads as the thing done.
    sentence = sentence.replace(/^(CONSTRUCT|BUILD|INSTALL|REPLACE|REPAIR|PROVIDE|ACQUIRE)S? (?!AND\b|OF\b|SERVICES?\b|WORK\b)/, (_whole, verb: string) => `${VERB_NOUNS[verb]} OF `);
    return shorten(NEUTRAL.reduce((text, [pattern, word]) => text.replaceAll(new RegExp(pattern, 'g'), word), sentence)).replace(/ (?:IS|ARE|WAS)$/, '');
  }
  return null;
}

/** A long phrase cut before its qualifiers (where, in support of what), never inside a word. */
function shorten(phrase: string, max = 120): string {
  if (phrase.length <= max) return phrase;
  const bare = phrase.replace(/ \((?:INCLUDING|SUCH AS|E\.G\.)[^)]*\)/, '');
  if (bare.length <= max) return bare;
  const cuts = [' IN SUPPORT OF ', ' TO SUPPORT ', ', WHICH ', ' WHICH ', ' THAT ', ' WHO ', ' TO ENABLE ', ' TO ALLOW ', ' TO SERVE ', ' LOCATED ', ' THROUGHOUT ', ' AT ', ' IN ', ' FOR ', ' TO '];
  for (const cut of cuts) {
    const at = bare.indexOf(cut, 25);
    if (at > 0 && at <= max) return bare.slice(0, at).replace(/[,\s]+$/, '');
  }
  phrase = bare;
  const cut = phrase.slice(0, phrase.lastIndexOf(' ', max)).replace(/\b(?:AND|OR|OF|FOR|TO|THE|A|IN|WITH|,)$/, '').trim();
  // Never an opened parenthesis left unclosed: "CRITICAL STAFFING SUPPORT (EX: CASE PROCESSING, …".
  return cut.lastIndexOf('(') > cut.lastIndexOf(')') ? cut.slice(0, cut.lastIndexOf('(')).replace(/[,\s]+$/, '') : cut;
}

/**
 * Short words a reader knows. Anything else of two to four lower-case letters left after sentence
 * case is an abbreviation the records never expand ("pm svs", "bldg", "swb", "cxa"): a phrase with one
 * is not used (the next award's is, or the industry sentence).
 */
const COMMON_SHORT = new Set(
  ('a an and the of for to in at on by as or is be it its up out off all any new old non per via who use used user with into onto than each both only dot drug data wall air code work unit roof case lot land area ' +
    'that task site over food fee call body wide tool tech such skip road pest line lab labs kit kits from desk worn wing web tip time test snow red real port near ' +
    'mail long life june july high help has fire end duty due day days cost care cams blue bill also zone year won wire west east well week van vans tier term team ' +
    'swap sold soft side seal sale safe room role risk rim ray plan pave pads open one news name mold mid mega meal mass main low less law hub hour hire held gym ' +
    'guns gear full form flu cold cage buys bus bulk been bath bags back arm arms dog dogs door gate game hand hold home host jet kind lake lamp lane lease leg ' +
    'lift lock loan loss made map maps mile mine mix mode more most move need net nine note page pair park part pass path pay pick pipe play pool post pump rack ' +
    'rain ramp rate read rent ride rifle ring rock run rush salt sand save scan seat self send set ship shop show sign size slab slot soil sort spot star stop ' +
    'suit tag take talk tank tape tax ten tent tie tile tire top tour town toy trip tube two type vest view wash wave way wear wet wind wood word yard')
    .split(' '),
);

/** The words of a cased phrase that a reader could not expand (see COMMON_SHORT). */
export function unreadable(phrase: string): string[] {
  return [...phrase.matchAll(/(?<![\w'&-])[a-z]{2,4}(?![\w'&-])/g)].map((m) => m[0]).filter((w) => !COMMON_SHORT.has(w));
}

/** Sentence case for a phrase the records write in capitals. */
export function sentenceCase(phrase: string): string {
  let text = phrase.toLowerCase();
  // Names the records spell out, longest first.
  for (const [upper, name] of Object.entries(PROPER).sort((a, b) => b[0].length - a[0].length)) {
    text = text.replace(new RegExp(`(?<![\\w-])${escape(upper.toLowerCase())}(?![\\w-])`, 'g'), name);
  }
  const defined = new Set([...phrase.matchAll(/\(([A-Z][A-Z0-9&-]{1,9})\)/g)].map((m) => m[1]!));
  text = text.replace(/[a-z0-9][a-z0-9&.'-]*/gi, (token) => {
    const upper = token.toUpperCase();
    if (token !== token.toLowerCase()) return token; // already a name
    if (ACRONYMS.has(upper) || defined.has(upper) || /^(?:II|III|IV|V|VI)$/.test(upper)) return upper;
    // "cbp's", "ice-": the acronym with its possessive or the records' dash.
    const [, core, tail] = /^(.*?)('s|-)?$/.exec(token)!;
    if (tail && ACRONYMS.has(core!.toUpperCase())) return core!.toUpperCase() + (tail === '-' ? '' : tail);
    if (/\d/.test(token) && /[a-z]/i.test(token) && !/^\d+(?:st|nd|rd|th)$/i.test(token)) return upper; // BBT-5, M4, H125, LRT-3
    return token;
  });
  // The words an acronym stands for: "enforcement and removal operations (ERO)" → "Enforcement and Removal Operations (ERO)".
  text = text.replace(/((?:[A-Za-z&-]+ ){1,8})\(([A-Z][A-Z0-9]{1,9})\)/g, (whole, before: string, acronym: string) => {
    const list = before.trim().split(' ');
    const initials = acronym.replace(/[^A-Z]/g, '');
    for (let n = Math.min(list.length, 8); n >= 2; n--) {
      const tail = list.slice(-n);
      const significant = tail.filter((w) => !/^(?:and|of|the|for|&|to|as|a)$/i.test(w));
      if (significant.map((w) => w[0]!.toUpperCase()).join('') === initials || tail.map((w) => w[0]!.toUpperCase()).join('') === initials) {
        const titled = tail.map((w) => (/^(?:and|of|the|for|to|as|a)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
        return `${[...list.slice(0, -n), ...titled].join(' ')} (${acronym})`;
      }
    }
    return whole;
  });
  text = text.replace(/\bu\.s\.(?=\s)/g, 'U.S.');
  // Border Patrol sectors and stations are proper names: "El Paso sector" → "El Paso Sector", "calexico BPS" → "Calexico BPS".
  text = text.replace(/\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)(?<!Border Patrol) (sectors?|stations?)\b/g, (_whole, place: string, kind: string) => `${place} ${kind[0]!.toUpperCase()}${kind.slice(1)}`);
  text = text.replace(/\b((?:(?:san|santa|el|del|los|las|la|port|fort|eagle|north|south|east|west) )?[a-z]+) (BPS|POE|LPOE)\b/g, (_whole, place: string, code: string) => `${titleCase(place)} ${code}`);
  // A place before a state code: "in los fresnos, TX" → "in Los Fresnos, TX".
  text = text.replace(/(^|, |\b(?:in|at|near|to) )(?!the )((?:[a-z]+ ){0,2}[a-z]+),? (TX|AZ|CA|NM|FL|NY|VA|MD|GA|LA|WA|PR|VT|ME|MI|ND|MT|WV|DC|MN|WI|OH|PA|NJ|MA|IL|CO|UT|ID|OR|AK|HI)\b/g, (_whole, before: string, place: string, state: string) => `${before}${titleCase(place)}, ${state}`);
  return text.replace(/\)(?=[A-Za-z])/g, ') ').replace(/\s+/g, ' ').trim();
}

function titleCase(words: string): string {
  return words.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reviewed phrases, for companies whose records give no usable description of what the largest
 * awards buy, or whose generated phrase read badly. Every word must occur in the company's records
 * (checked); "ICE: …" or "CBP: …" names the agency when the phrase is about that agency's awards only.
 */
export const REVIEWED: Record<string, string> = {
  // No description says what is bought, only what the modification does; words from the rest of the records.
  'acquisition-logistics': 'detention, transportation and medical services at the Camp East Montana temporary detention center in El Paso, TX',
  'avantus-federal': 'engineering and technical support',
  'johnson-controls': 'CBP: energy savings performance contract for Yuma and El Centro',
  transunion: 'ICE: enterprise Hermes software licenses for Homeland Security Investigations',
  'united-rentals': 'ICE: facility generators',
  fedex: 'ICE: domestic and international Federal Express mail delivery service for the Office of Firearms and Tactical Programs',
  'bccg-joint-venture': 'construction of a border barrier wall system and of a 1,000-person joint processing center in Laredo',
  'systems-planning-and-analysis': 'professional support for its systems engineering division',
  'trailboss-enterprises': 'ground transportation services in TX/NM',
  'workwear-outfitters': 'uniforms and cold weather gear',
  'constellation-inc': "robotics process automation (RPA) to validate ERO's monthly invoices, and PMDA services",
  'four-points-technology': 'CBP: Amazon Web Services units and Cisco enterprise agreement support services',
  'v3gate': 'CBP: IBM software licenses and services (Mongo DB, Apptio, watsonx.governance)',
  // FY2021–FY2025 recipients whose records only say what a modification does (issue 16).
  'arch-systems': 'business application development support services',
  'empower-ai': 'operations and maintenance, design and new development support of information technology software',
  'excidion': 'IT systems development and systems analysis',
  'favor-techconsulting': 'repair of ADP equipment, software and support equipment',
  'ilc-astrospace': 'unmanned aircraft (aerostat)',
  'ilc-dover': 'tethered aerostat surveillance',
  'j-p-industries': 'CBP: Border Patrol Tucson Sector custodial and grounds maintenance',
  'lockwood-hills-federal': 'physical security and badging support',
  'changeis': 'Student and Exchange Visitor Program (SEVP) information technology (IT) and program management office (PMO) support',
  'excella': 'operations and maintenance (O&M), adaptive maintenance support and enhancements for ICE/HSI',
  'oneida-engineering-solutions': 'contractor support for real-property management of CBP facilities',
  'sons-quality-food': 'food service and dining facility services at the CBP Advanced Training Center',
  'jlan-solutions': 'professional program management support',
  'keybridge-technologies': 'computer aided design and computer aided manufacturing (CAD/CAM)',
  'north-wind-resource-consulting': 'FITT/GIS operations and data analysis',
  'osc-technical-solutions': 'maintenance of electronic and communications facilities',
  'puyenpa-services': 'IT systems development services',
  'resource-management-concepts': 'professional program evaluation, review and development support',
  'security-watch': 'physical security and badging (security guards and patrol services)',
  'softconcept': "CBP's overtime scheduling system and time and attendance management system",
  'testpros': 'cyber security and data backup',
  'unisys': 'deployment reserve and optional refresh of S2 and Flex Cargo products',
  // The generated phrase was cut badly, repeated itself or kept the records' boilerplate.
  'akima': 'ICE: detention services at the Krome Service Processing Center and detention and transportation support services at the Port Isabel Detention Center',
  'amergis-healthcare-staffing': 'medical staffing services at ICE detention centers in Texas',
  'ardent-group': 'a pharmacy benefit manager for the ICE Health Service Corps',
  'asset-protection-security-services': 'detention and ground transportation services for Enforcement and Removal Operations in Los Angeles and Phoenix',
  'barnard-spencer-joint-venture': 'vertical barrier construction on the Southwest Border',
  'bowman-consulting': 'Southwest Border real estate support services (title, appraisal, survey and acquisition support)',
  'caduceus-inc': 'ICE: safety verification and wellness checks support services',
  'capgemini-government-solutions': 'skip tracing services for Enforcement and Removal Operations (ERO) and program support services (data analysis, metrics and forecasting)',
  'chartis-consulting': 'fiber optic cable site installation and repairs',
  'cynergy-professional-systems': 'mobile tactical communication radios and batteries for ICE agents',
  'dev-technology-group': 'ICE: operations and maintenance of the Student & Exchange Visitor Program information system and Microsoft 365 SharePoint support',
  'edge-ops': 'Project Safe Haven, an integrated analytic capability for Homeland Security Investigations',
  'elbit-america': 'persistent surveillance and detection, and towers with surveillance equipment',
  'fisher-sand-gravel': 'design and construction of vertical border barrier, with power distribution, lighting, cameras and a linear ground detection system',
  'flywheel-data': 'ICE: Babel Street Insights licenses and location and identity application programming interfaces for ICE case management and analytics systems',
  'g4s-secure-solutions-usa': 'transportation of ICE detainees for the San Antonio field office and transportation services to process noncitizens in Los Angeles and Phoenix',
  'gardaworld-federal-services': 'renovation of an ICE-owned structure in Surprise, AZ to serve as a processing and detention facility, with wraparound services',
  'gem-technology-international': 'program and administrative support services to the Office of Professional Responsibility',
  'icf': 'an ICE Call Center as a Service (CCAAS) and a DHS public awareness campaign of the Center for Countering Human Trafficking',
  'inserso': 'service desk, IT field operations and deployment support services, and enterprise support services such as e-mail and domain management',
  'jhu-applied-physics-laboratory': 'test and evaluation of Integrated Surveillance Towers (IST) and Minotaur rapid reaction and prototyping engineering support',
  'l3harris': 'technical investigative equipment upgrades to be utilized by Homeland Security Investigations agents nationwide, and night vision equipment',
  'koniag-services': 'support services for the Enforcement and Removal Operations 287G National Coordination Center',
  'kvg': 'renovation of an ICE-owned structure in Hagerstown, MD to serve as a processing and detention facility, with wraparound services',
  'lukos': 'custody and removal coordinators who facilitate the removal of noncitizens and maintain a safe detention environment',
  'management-training-corporation': 'detention services, transportation services and case processing specialists at the Imperial Regional Detention Facility',
  'mitre': 'ICE: research, development, integration and implementation of new capabilities for the DHS Cyber Crimes Center',
  'reliance-relocation-services': 'relocation services for Immigration and Customs Enforcement employees',
  'saic': 'IT support services and the Integrated Traveler Initiatives 2.1 (ITI 2.1) task order',
  'sentrillion': 'operations and maintenance of the Border Security Deployment Program (BSDP) centralized area video surveillance systems (CAVSS)',
  'slsco': 'border infrastructure construction, barrier work, 30-foot-tall bollard and a linear ground detection system',
  'sos-international': 'skip tracing services and safety verification and wellness checks support services',
  'steampunk': 'professional security assurance and cybersecurity services for ICE information systems, and technology experts and developers for CBP',
  'acuity-chs': 'preemployment medical testing services',
  'astrophysics-inc': 'low energy portal system installation and non-intrusive inspection equipment sustainment services',
  'bi-incorporated': 'the Intensive Supervision Appearance Program (ISAP) V and skip tracing services',
  'caci': 'CBP: background investigative services and Border Enforcement Applications for Gov (BEAGLE)',
  'davenport-aviation': 'light enforcement helicopters (H125)',
  'eap-consultants': 'the CBP EAP program and employee health and wellness services',
  'eco-associates': 'cultural and natural resource monitoring and construction monitors for border barrier construction',
  'envisage-technologies': 'a training management system (ETMS Acadis at CBP)',
  'general-atomics-aeronautical': 'MQ-9B UAS operation and maintenance services',
  'granite-construction': 'border wall construction (vertical barrier) in the Laredo Sector, LRT-4',
  'iss-action': 'ground transportation services in AZ/CA',
  'lmi-consulting': 'quality assurance inspection support services for the construction of border wall barrier along the Southwest Border',
  'pegasus-support-services': 'CBP: preventive maintenance and repair services at CBP facilities',
  'peraton': 'background investigation services',
  'procentrix': 'software configuration and enhancement of systems for Title-III activities and the OPLA case management system',
  'rapiscan-systems': 'multi-energy portals, low energy non-intrusive inspection systems and mobile X-ray inspection vehicles',
  's-k-security-group': 'IST sustainment (maintenance of radar facilities)',
  'salient-crgt': 'analytical, technical and programmatic management support (including data analysis and detention facility evaluation) and the ERO Contact Center of Operations (ECCO)',
  'savantage-financial-services': 'operations and maintenance support for a federal financial management system',
  'sls-federal-services': 'border wall construction (TCA-5) and vertical barrier construction',
  'smiths-detection': 'maintenance and technology support for radiation detection and non-intrusive inspection equipment, and multi-energy portal (MEP) systems',
  'southwest-valley-constructors': 'border wall construction in Big Bend, Texas (BBT-4) and the LRT-3 vertical barrier construction project',
  'spencer-construction': 'border barrier, border wall and waterborne barrier construction',
  'tierra-right-of-way-services': 'construction monitoring services and natural and cultural resource monitoring for border wall construction',
  'tribalco': 'Motorola radios and batteries',
  'zerofox': 'software licenses for the Homeland Security Investigations Office of Intelligence',
  'aecom-technical-services': 'Construction Management as Advisor (CMA) services for design-build construction projects at Border Patrol checkpoints and the Laredo Sector headquarters',
  'jacobs-engineering': 'Construction Management as Advisor (CMA) services for design-build construction projects at Border Patrol stations and facilities',
  'widepoint-integrated-solutions': 'mobile devices and services for voice and data communications across ICE, and iPads and services for CBP',
  'trm-labs': 'analytical support to the DHS HSI National Coordination Center and blockchain analytic licenses for cyber investigations',
  // FY2021–FY2025 recipients (issue 16): the generated phrase kept boilerplate, a code or a cut sentence.
  'amentum': 'CBP aircraft maintenance and logistics support services, and detention, transportation and medical services at the Camp East Montana temporary detention center in El Paso, TX',
  'advantix-engineering': 'ICE: Puerto Rico and Virgin Islands hub operations and maintenance services',
  'alethix': 'ICE: DevSecOps support for HSI',
  'anacapa-micro-products': 'ICE: replacement Cisco switches and Wi-Fi products',
  'ardent-management-consulting': 'CBP: information security, production monitoring and process support services, and geospatial services',
  'deployed-resources': 'CBP: soft side facilities (SSF) for holding in El Paso, TX, Donna and North Eagle Pass',
  'edge-technology-distributors': 'CBP: digital mobile radios',
  'fairwinds-technologies': 'CBP: CIC equipment, cameras and an API and data platform',
  'mantech': 'CBP: IT support and business intelligent support services',
  'native-energy-technology': 'CBP: preventive maintenance and repair services in east Texas and environmental support systems (ESS) services',
  'ntt-data-federal-services': 'CBP: NII PMO and emerging tech support',
  'paragon-systems': 'CBP: Southwest Border armed facility guard services',
  'professional-contract-services': 'CBP: custodial janitorial services and trash and garbage collection',
  'ranger-land-systems': 'CBP: operation of miscellaneous buildings and OFO data processing support at airports',
  'rbex': 'CBP: warehousing of seized vehicles on the US southwestern border',
  'snap-inc-federal': 'Databricks software renewal and professional services support, and ServiceNow platform renewal',
  'tactical-infrastructure-maintenance-solutions': 'CBP: unscheduled maintenance of roads and concertina wire installation',
  'vf-imagewear': 'CBP: DHS uniforms, with allowance accounts, academy classes and quartermaster functions',
  'ahtna-support-training-services': 'ICE: guard services and support services at the Port Isabel Detention Center',
  'kci-acuity': 'ICE: ICE Data Reporting System (IDRS) support and the Inspection Modernization System (IMS)',
  'leidos': 'CBP: Travelers Processing Vetting Software (TPVS)',
  'thundercat-technology': 'CBP: Salesforce and Service Now software licenses',
  'swish-data': 'CBP: computer equipment, software and maintenance, cage and backup equipment, and Harness software',
  'global-maritek-systems': 'CBP: vessel operation and maintenance service',
  'northrop-grumman': 'CBP: P-3 aircraft maintenance',
  'stella-jv': 'ICE: Office of International Operations mission support automations and a personnel security adjudicator support platform',
  'aspetto': 'CBP: body armor and ballistic plate carriers',
  'advanced-technology-systems': 'CBP: consolidated towers and surveillance equipment',
  'tyonek-aircraft-overhaul': 'CBP: maritime approaches surveillance towers and additional radars',
  'borealis-enterprises': 'CBP: design/build construction of the Niagara Falls Border Patrol station',
  'miami-wiipica': 'CBP: design build contract for a Border Patrol station in Champlain, NY',
  'unalakleet-integriward-jv': 'CBP: operations and maintenance at the CBP Advanced Training Center in Harpers Ferry, WV',
  'variq': 'ICE: SEVIS operations and maintenance (O&M) support services',
  'centerra-group': 'CBP: armed facility guards in Laredo and McAllen, TX areas',
  'coastal-clinical-management-services': 'CBP: Border Patrol caregiver services in the west region of the Southwest Border',
  'dependable-health-services': 'CBP: caregiver services',
  'diversified-protection': 'CBP: Southwest Border armed facility guards',
  'countertrade-products': 'ICE: ServiceNow licenses for IT service management (ITSM)',
  'capital-center-for-credibility-assessment': 'CBP: polygraph examination services',
  'koman-construction': 'CBP: tactical infrastructure maintenance along the US/Mexico border',
  'kwr-construction': 'CBP: construction and border barrier repair',
  'kcorp-reliance': 'CBP: design and build modernization construction',
  'ibm': 'CBP: mainframe-as-a-service (MFAAS)',
  'presidential-aviation': 'CBP: charter flights',
  'shuttle-bus-leasing': 'CBP: lease of bus and vans',
  'greenbrier-government-solutions': 'CBP: Cisco smartnet maintenance support services',
  'acuity-inc': 'ICE: user experience/user interface services for the Homeland Security Investigations (HSI) repository for analytics',
  'abbott-rapid-dx-north-america': 'ICE: rapid molecular COVID-19 test kits and control kits for Enforcement and Removal Operations (ERO)',
  'ami-expeditionary-healthcare': 'CBP: COVID-19 and seasonal flu vaccination services for non-citizens',
  'ironclad-technology-services': 'ICE: Operations and Solutions Delivery Support Services (OSDSS)',
  'itc-federal': 'ICE: Operations and Solutions Delivery Support Services (OSDSS)',
  'alpha-omega-integration': 'ICE: Information Technology Program Management Support (ITPMS) services for Homeland Security Investigations (HSI)',
  'tutor-perini': 'CBP: San Juan Customs House renovation construction project',
  'mortenson': 'CBP: construction of the institute building at the CBP Advanced Training Center, Harpers Ferry, WV',
  'bcss': 'CBP: Tin Can Hill road repair project',
  'cci-facility-support-services': 'CBP: new chiller, roof, doors and hardware, and repair of embankments in Massena, NY',
  'chitina-diversified-ames-1-jv': 'CBP: construction of a new Laredo air unit facility, Laredo, TX',
  'teya-enterprises': 'CBP: construction to modernize the Fortuna and Northgate land ports of entry',
  'omega-belt-built-construction-services-jv': 'CBP: repairs at the Houston air branch, hangar 15B, Conroe, TX',
  'global-precision-systems': 'ICE: guard services, transportation and food at the El Paso Service Processing Center (EPC), El Paso, TX',
  'gotenna': 'CBP: goTenna TAK radios and services',
  'govplace': 'CBP: AppDynamics software and support services',
  'science-and-engineering-services': 'CBP: Multirole Enforcement Aircraft (MEA), training and spares',
  'verizon': 'CBP: Verizon Wireless lines of service and refresh devices',
  'hamilton-enterprises': 'ICE: financial statement reporting and analysis support services',
  'lionheart-alliance': 'ICE: Galvion Caiman ballistic helmets',
  'kinetic-group-sales': 'CBP: 9MM ammunition',
  'cellebrite': 'ICE: Cellebrite products and services for Homeland Security Investigations mobile forensics investigations',
  'cherokee-nation-strategic-programs': 'CBP: Program, Project and Mission Support Services (PMSS)',
  // Issue 27: the generated phrase kept clipped codes, repeated a record's typo or named only a place.
  'advancia-remediation-services': 'CBP: an armory at the Bellingham training facility, a station sally port roof, asphalt pavement and a replacement chiller',
  'chenega-facilities-management': 'ICE: operation and maintenance of the Port Isabel SPC and of SPC Batavia, NY',
  'yerkes-south': 'ICE: roof replacement and repairs at the Port Isabel Detention Center (PIDC) in Los Fresnos, TX',
  'sig-sauer': 'ICE: red dot optics for the Office of Firearm and Tactical Programs, and training pistols, optics, holsters and triggers',
  'anasec': 'CBP: OPR administrative support services',
  'cherokee-federal-solutions': 'CBP: executive support services',
  'thermo-electron-north-america': 'CBP: laboratory equipment',
  'viken-detection': 'CBP: handheld X-ray imagers',
  'controp-usa': 'CBP: SPEED-LR camera/sensors',
  'mission-support-services': 'CBP: multiple legacy CTV/PAC systems (sectors: San Diego, El Centro, Yuma, Tucson), and concrete and asphalt repair',
  'concur-technologies': 'ICE: e-Government travel services',
  'lionbridge-global-solutions-ii': 'translation, transcription and interpretation services (ICE language services)',
  'aptive-htg': 'business operations support for the ICE Health Service Corps (IHSC)',
  'zephyr-aviation': 'CBP: air charter flight hours, and charter flights from the SWB for the transportation of non-citizen migrants (NCM)',
  'international-towers': 'CBP: wall technology, and trailers with generators and tents',
  'dentrust-dental-international': 'ICE: medical support services for the ICE Office of Human Capital (pre-employment medical, psychological, fitness and drug testing)',
  'geo-transport': 'ground transportation services in support of Enforcement and Removal Operations (ERO) and emergency Haitian migrants flight services',
};

export interface CompanySummary {
  summary: string;
  /** Which phrases came from the table above. */
  reviewed: boolean;
}

/** Every word of `phrase` (but stop words) occurs in these records' descriptions or product/service names. */
export function unsupportedWords(phrase: string, awards: readonly AwardTotal[]): string[] {
  const known = new Set(awards.flatMap((a) => [...a.descriptions, a.productOrService ?? '', a.naics ?? ''].flatMap(words)));
  // The neutral words that stand in for a record's own (NEUTRAL) count as the record's.
  for (const [pattern, word] of NEUTRAL) if (awards.some((a) => a.descriptions.some((d) => pattern.test(d.toUpperCase())))) known.add(word);
  return words(phrase).filter((w) => !STOPWORDS.has(w.toLowerCase()) && !known.has(w));
}

const PLURAL_NOUN = /S$/;

/**
 * The summary of a company from its buckets: "{agency} contractor for {what its largest award buys}
 * [and {what the next one buys}]", by agency. Throws when a reviewed phrase uses a word the records
 * do not contain.
 */
export function summaryFor(company: string, buckets: readonly Bucket[]): CompanySummary | null {
  const awards = buckets
    .filter((b) => b.company === company)
    .flatMap((b) => [...b.awards.values()].map((award) => ({ award, agency: AGENCY_LABELS[b.agency] ?? b.agency })))
    .filter(({ award }) => award.amount > 0)
    .sort((a, b) => b.award.amount - a.award.amount || a.award.id.localeCompare(b.award.id));
  if (!awards.length) return null;
  const total = awards.reduce((n, { award }) => n + award.amount, 0);
  const agencies = [...new Set(awards.map((a) => a.agency))].sort();
  // Only minimum orders for seats on multiple-award vehicles (minimum-orders.ts): the seat, never a
  // product code's "security guards" for an order that bought nothing yet.
  const seats = awards.map(({ award }) => minimumOrderOf(award));
  if (seats.every((seat) => seat !== null)) {
    const vehicles = [...new Set(seats.map((seat) => seat!.vehicle.replace(/^(?:ICE|CBP)'s /, 'its ')))].join(' and ');
    return { summary: `${agencies.join(' and ')} contractor for a seat on ${vehicles} (a minimum order only, in these records).`, reviewed: false };
  }
  const reviewed = REVIEWED[company];
  if (reviewed !== undefined) {
    // "ICE: …" when the phrase describes one agency's awards only.
    const [, label, phrase] = /^(?:((?:CBP|ICE)(?: and (?:CBP|ICE))?): )?(.*)$/s.exec(reviewed)!;
    for (const [pattern, word] of NEUTRAL) {
      const label = pattern.exec(phrase!.toUpperCase());
      if (label) throw new ImportError(`scripts/usaspending/summaries.ts: REVIEWED["${company}"]: says "${label[0].toLowerCase()}", a record's own label for people: write "${word.toLowerCase()}"`);
    }
    const missing = unsupportedWords(phrase!, awards.map((a) => a.award));
    if (missing.length) throw new ImportError(`scripts/usaspending/summaries.ts: REVIEWED["${company}"]: ${missing.map((w) => `"${w}"`).join(', ')} not in the company's award records`);
    if (label && label.split(' and ').some((a) => !agencies.includes(a))) throw new ImportError(`scripts/usaspending/summaries.ts: REVIEWED["${company}"]: "${label}" obligated nothing to this company in these records`);
    return { summary: `${label ?? agencies.join(' and ')} contractor for ${phrase}.`, reviewed: true };
  }
  // The largest awards' phrases, until two that say different things (or the rest is small).
  const picked: Array<{ agency: string; phrase: string }> = [];
  for (const { award, agency } of awards) {
    if (picked.length && award.amount < total * 0.15) break;
    const phrase = award.descriptions.map(phraseOf).find((p): p is string => p !== null);
    if (!phrase) continue;
    const cased = sentenceCase(phrase);
    if (unreadable(cased).length) continue;
    const content = (text: string) => words(text).filter((w) => !STOPWORDS.has(w.toLowerCase())).map((w) => w.replace(PLURAL_NOUN, ''));
    const mine = content(cased);
    const seen = new Set(picked.flatMap((p) => content(p.phrase)));
    if (mine.filter((w) => !seen.has(w)).length * 2 < mine.length) continue;
    picked.push({ agency, phrase: cased });
    if (picked.length === 2) break;
  }
  if (!picked.length) {
    // No description says what is bought: the industry the largest award's records name (NAICS, plain
    // words such as "computer systems design services"), never the product code's abbreviations.
    const naics = awards.find(({ award }) => award.naics)?.award.naics;
    if (!naics) return null;
    return { summary: `${agencies.join(' and ')} contractor in ${naics.toLowerCase().replace(/\s+/g, ' ').trim()} (industry code of its largest award).`, reviewed: false };
  }
  const byAgency = new Map<string, string[]>();
  for (const p of picked) byAgency.set(p.agency, [...(byAgency.get(p.agency) ?? []), p.phrase]);
  const parts = [...byAgency].map(([agency, phrases]) => `${agency} contractor for ${phrases.join(' and ')}`);
  return { summary: `${parts.join(', and ')}.`, reviewed: false };
}
