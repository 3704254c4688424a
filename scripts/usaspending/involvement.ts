/**
 * What a company does for ICE and CBP, in the dataset's fixed categories, read from what its awards
 * buy: the awards' own descriptions (every distinct transaction description of the award's records),
 * then the product/service (PSC) description and the NAICS description, as the award records word
 * them. Rules are tried in order and the first that matches decides an award; a company's categories
 * are those holding at least a quarter of its obligated dollars (always at least its largest), largest
 * first. A reviewed category list in the company file (`involvementReview`) replaces this reading.
 *
 * Descriptions are read first because they are the most specific ("BULK STEEL FOR SOUTHWEST BORDER
 * BARRIER CONSTRUCTION PROJECTS" under a logistics PSC is barrier construction), and all of an award's
 * descriptions count, because a modification's own ("EXTENDS THE TASK ORDER PERIOD OF PERFORMANCE")
 * says nothing of what the award buys. Their order matters:
 * - tracking and data on people first (skip tracing, the ISAP supervision program, location and
 *   identity data), before "detention" words ("ALTERNATIVES TO DETENTION" is not detention);
 * - support services for an activity are professional services, not the activity: inspection, quality
 *   assurance, construction, environmental and cultural-resource monitoring, evaluation, assessment,
 *   surveys and consulting "FOR BORDER WALL CONSTRUCTION" or of a "DETENTION FACILITY" come before
 *   the barrier and detention rules;
 * - services to the agency's own employees (relocation, pre-employment testing, back-up care) are
 *   professional services, whatever their product code (relocation, medical, social);
 * - moving detainees (ground transportation, removal flights) before detention.
 */
import type { Involvement } from '../../data/schema';
import type { AwardRow } from './formats';

type Field = 'description' | 'productOrService' | 'naics';
type Rule = [field: Field, pattern: RegExp, category: Involvement];

const RULES: Rule[] = [
  [
    'description',
    /\bSKIP[- ]TRAC|\bINTENSIVE SUPERVISION APPEARANCE PROGRAM\b|\bISAP\b|\bALTERNATIVES? TO DETENTION\b|\bELECTRONIC MONITORING\b|\bLOCATION AND IDENTITY\b|\b(?:LOCATION|IDENTITY|GEOLOCATION) (?:DATA|INFORMATION|INTELLIGENCE)\b|\bMONITORING OF (?:PARTICIPANTS|ALIENS|NONCITIZENS|RELEASED)\b/,
    'surveillance-data',
  ],
  [
    'description',
    /\bQUALITY ASSURANCE\b|\bQA (?:SUPPORT|SERVICES|INSPECT|PERSONNEL)|(?<!NON-INTRUSIVE )(?<!NON INTRUSIVE )\bINSPECTIONS? (?:SUPPORT|SERVICES)\b|\bINSPECTORS\b|\bCONSTRUCTION MONITOR|\bRESOURCES? MONITOR|\bENVIRONMENTAL (?:MONITOR|SERVICES|ASSESSMENT|COMPLIANCE|PLANNING)|\bCULTURAL (?:AND NATURAL )?RESOURCES?\b|\bFACILITY EVALUATIONS?\b|\bPROGRAMMATIC (?:MANAGEMENT )?SUPPORT\b|\bCONSULTING SERVICES\b|\bRESOURCE SURVEYS?\b/,
    'professional-services',
  ],
  // Services to the agency's own staff (relocation, pre-employment testing, back-up care) are not the activity their PSC names.
  ['description', /\bRELOCATION SERVICES\b|\bPRE-?EMPLOYMENT\b|\bBACK-?UP CARE\b|\bFOR (?:CBP |ICE )?EMPLOYEES\b|\bTRANSPORTATION SERVICES FOR (?:CBP |ICE )?(?:HQ|HEADQUARTERS)\b/, 'professional-services'],
  ['description', /\bBORDER (?:WALL|BARRIER)|\b(?:VERTICAL|WATERBORNE|BORDER) BARRIERS?\b/, 'border-barrier-construction'],
  [
    'description',
    /\bGROUND TRANSPORTATION\b|\bTRANSPORTATION SERVICES TO\b|\bDETAINEE TRANSPORT|\bSERVICES \(TRANSPORTATION\)|\bTRANSPORT(?:ATION|ING)? OF (?:ICE )?(?:DETAINEES|ALIENS|NONCITIZENS|MIGRANTS)\b|\bREMOVAL FLIGHTS?\b|\bDEPORTATION\b|\bAIR CHARTER\b/,
    'transport-deportation-flights',
  ],
  ['description', /\bDETENTION\b|\bDETAINEES?\b|\bMIGRANTS?\b/, 'detention-operations'],
  ['productOrService', /^HOUSEKEEPING- GUARD|^MEDICAL-|^SOCIAL-|^LODGING|^FOOD/, 'detention-operations'],
  ['productOrService', /^TRANSPORTATION\/TRAVEL\/RELOCATION/, 'transport-deportation-flights'],
  ['productOrService', /^CONSTRUCTION OF (?:OTHER NON-BUILDING FACILITIES|HIGHWAYS)/, 'border-barrier-construction'],
  ['productOrService', /^IT AND TELECOM/, 'it-cloud'],
  [
    'productOrService',
    /ALARM, SIGNAL|SECURITY DET|RADAR|VIDEO RECORDING|HAZARD-DETECTING|CONSTRUCTION OF ELECTRONIC AND COMMUNICATIONS|COUNTERMEASURES|NIGHT VISION|SURVEILLANCE/,
    'surveillance-data',
  ],
  ['productOrService', /^SUPPORT-|^SPECIAL STUDIES|ENVIRON|^MAINTENANCE OF (?:OFFICE|REAL PROPERTY)|^EDUCATION|^TRAINING|^CONSTRUCTION OF/, 'professional-services'],
  ['naics', /COMPUTER|SOFTWARE|DATA PROCESSING/, 'it-cloud'],
  ['naics', /CONSULTING|ENGINEERING SERVICES|MANAGEMENT/, 'professional-services'],
];

/** What an award buys: its descriptions, product/service and NAICS descriptions. */
export interface AwardText {
  descriptions?: readonly string[];
  productOrService?: string;
  naics?: string;
}

/** The category of an award (all its records' descriptions); goods and equipment when no rule says otherwise. */
export function classifyAward(award: AwardText): Involvement {
  const texts: Record<Field, string[]> = {
    description: (award.descriptions ?? []).map((d) => d.toUpperCase()),
    productOrService: award.productOrService ? [award.productOrService.toUpperCase()] : [],
    naics: award.naics ? [award.naics.toUpperCase()] : [],
  };
  for (const [field, pattern, category] of RULES) {
    if (texts[field].some((text) => pattern.test(text))) return category;
  }
  return 'equipment-supplies';
}

/** The category one award row buys, read alone. */
export function classifyRow(row: Pick<AwardRow, 'description' | 'productOrService' | 'naics'>): Involvement {
  return classifyAward({ descriptions: row.description ? [row.description] : [], productOrService: row.productOrService, naics: row.naics });
}

/**
 * A company's dollars per category over its fiscal-year buckets. Only buckets with net obligations
 * count: a year of de-obligations (an award closed out for less) says nothing of what the company
 * sells, and added in it could cancel the years that do.
 */
export function categoryTotals(buckets: readonly { total: number; categories: ReadonlyMap<Involvement, number> }[]): Map<Involvement, number> {
  const totals = new Map<Involvement, number>();
  for (const bucket of buckets) {
    if (bucket.total <= 0) continue;
    for (const [category, usd] of bucket.categories) totals.set(category, (totals.get(category) ?? 0) + usd);
  }
  return totals;
}

/** A company's categories from its dollars per category: ≥ 25 % of the total, largest first. */
export function involvementFrom(totals: ReadonlyMap<Involvement, number>): Involvement[] {
  const ranked = [...totals].filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return [];
  const sum = ranked.reduce((n, [, usd]) => n + usd, 0);
  return ranked.filter(([, usd], i) => i === 0 || usd >= sum * 0.25).map(([category]) => category);
}
