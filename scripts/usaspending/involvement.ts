/**
 * What a company does for ICE and CBP, in the dataset's fixed categories, read from what its awards
 * buy: the product/service (PSC) description, the NAICS description and the transaction's own
 * description, as the award records word them. Rules are tried in order and the first that matches
 * decides a row; a company's categories are those holding at least a quarter of its obligated
 * dollars (always at least its largest), largest first.
 *
 * The transaction description is read first because it is the most specific ("BULK STEEL FOR
 * SOUTHWEST BORDER BARRIER CONSTRUCTION PROJECTS" under a logistics PSC is barrier construction).
 */
import type { Involvement } from '../../data/schema';
import type { AwardRow } from './formats';

type Rule = [field: 'description' | 'productOrService' | 'naics', pattern: RegExp, category: Involvement];

const RULES: Rule[] = [
  ['description', /\bBORDER (?:WALL|BARRIER)|\b(?:VERTICAL|WATERBORNE|BORDER) BARRIERS?\b/, 'border-barrier-construction'],
  ['description', /\bDETENTION\b|\bDETAINEES?\b|\bMIGRANTS?\b/, 'detention-operations'],
  ['description', /\bREMOVAL FLIGHTS?\b|\bDEPORTATION\b|\bAIR CHARTER\b/, 'transport-deportation-flights'],
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

/** The category one award row buys; goods and equipment when no rule says otherwise. */
export function classifyRow(row: Pick<AwardRow, 'description' | 'productOrService' | 'naics'>): Involvement {
  for (const [field, pattern, category] of RULES) {
    const value = row[field];
    if (value && pattern.test(value.toUpperCase())) return category;
  }
  return 'equipment-supplies';
}

/** A company's categories from its dollars per category: ≥ 25 % of the total, largest first. */
export function involvementFrom(totals: ReadonlyMap<Involvement, number>): Involvement[] {
  const ranked = [...totals].filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return [];
  const sum = ranked.reduce((n, [, usd]) => n + usd, 0);
  return ranked.filter(([, usd], i) => i === 0 || usd >= sum * 0.25).map(([category]) => category);
}
