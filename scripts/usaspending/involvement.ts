/**
 * What a company does for ICE and CBP, in the dataset's fixed kinds of work, read from what its
 * awards buy: the awards' own descriptions (every distinct transaction description of the award's
 * records), then the product/service (PSC) and NAICS descriptions, as the award records word them.
 * Rules are tried in order and the first that matches decides an award; a company's kinds are those
 * holding at least a quarter of its obligated dollars (always at least its largest), largest first.
 * A reviewed list in the company file (`involvementReview`) replaces this reading.
 *
 * A kind of work is an accusation, so the rules read two things before they call work detention or
 * deportation: what the work is (guarding and holding people, moving them, feeding or treating them)
 * and whom it serves, which the descriptions must say (detainees, aliens, migrants, custody,
 * removals, a detention or processing centre, ICE's detention health corps). A product code never
 * decides that alone: "MEDICAL-", "HOUSEKEEPING- GUARD" or "TRANSPORTATION/RELOCATION" is what the
 * agency bought, not for whom; without those words it reads as services, facility work or goods.
 * The order:
 * - tracking and data on people first (skip tracing, the ISAP supervision program, location and
 *   identity data), before "detention" words ("ALTERNATIVES TO DETENTION" is not detention);
 * - oversight of an activity is professional services, not the activity: inspection, quality
 *   assurance, monitoring, evaluation, death reviews, consulting "FOR BORDER WALL CONSTRUCTION" or of
 *   a "DETENTION FACILITY";
 * - services for the agencies' own staff (medical and fitness testing, workers' compensation,
 *   relocation and moving, back-up care, employee assistance, background investigations, polygraph)
 *   are professional services, never detention, deportation or surveillance;
 * - software and IT bought under an IT product code stay IT, whoever the records they keep are about;
 * - running or guarding the places people are held is detention operations; moving people in
 *   custody (ground transport, charter and removal flights) is transport; medical, food, clothing,
 *   religious, legal and case work for people in custody are services in detention;
 * - construction, repair, maintenance, cleaning and guarding of buildings (other than the border
 *   barrier) are construction and facility work; the rest is read from the product and industry codes,
 *   and goods when nothing else says what it is.
 */
import type { Involvement } from '../../data/schema';
import type { AwardRow } from './formats';

/** Whom the work serves: people held, moved or removed, or the places they are held. */
const PEOPLE_IN_CUSTODY =
  /\bDETENTION\b|\bDETAIN(?:EE|EES|ED)\b|\bALIENS?\b|\bMIGRANTS?\b|\bNON-?(?:US )?CITIZENS?\b|\bNCMS?\b|\bIMMIGRANTS\b|\bCUSTODY\b|\bREMOVAL (?:OPERATIONS|FLIGHTS?|AND REPATRIATION|COORDINAT\w*)|\bREMOVAL OF (?:ILLEGAL |ALIEN )|\bDEPORT\w*|\bREPATRIAT\w*|\bIHSC\b|\bICE HEALTH SERVICE CORPS\b|\bSERVICE PROCESSING CENTERS?\b|\bICE PROCESSING CENTERS?\b|\bCENTRAL PROCESSING CENTERS?\b|\bSPC\b|\bPIDC\b|\bCDF\b|\bUNACCOMPANIED\b|\bFAMILY UNITS\b|\bT-?42\b|\bTITLE 42\b|\bDECOMPRESSION\b/;

/**
 * The same, or ICE's enforcement and removal office (ERO), whose guards and transport are of people
 * it holds. Care and supplies "FOR ERO" (uniforms, say) are for its officers: those read PEOPLE_IN_CUSTODY.
 */
const IN_CUSTODY = new RegExp(`${PEOPLE_IN_CUSTODY.source}|\\bENFORCEMENT (?:AND )?REMOVALS?\\b|\\bERO\\b`);

/** Holding people, or running the place they are held. */
const HOLDING =
  /(?<!RELATED TO )\bDETENTION SERVICES\b|\bDETENTION,? (?:AND )?(?:GROUND )?TRANSPORTATION\b|\bDETENTION (?:OPERATIONS|BEDS?|SPACE|MANAGEMENT)\b|\bHOUSING AND SAFEGUARD\w*|\bSAFEGUARD\w* (?:ILLEGAL )?ALIENS\b|\bOPERATION OF (?:THE )?FACILITY\b|\bPROCESSING AND DETENTION FACILITY\b|\bEMERGENCY DETENTION\b|\bRECEPTION SITES?\b|\bSTAGING CENTERS?\b|\bSOFT[- ]SIDED? FACILIT\w*|\bSSF\b|\bHOLDING\b|\bFAMILY RESIDENTIAL\b|\bDAILY OCCUPANCY\b|\bBED ?SPACE\b|\bTEMPORARY HOUSING\b|\bFACILITY OPERATING CHARGE\b/;

/** Guarding (read beside IN_CUSTODY: guards for people held). */
const GUARDING = /\bGUARDS?\b/;
/** A place where people are held, named. */
const PLACE_OF_DETENTION = /\bSERVICE PROCESSING CENTERS?\b|\bSPC\b|\bPIDC\b|\bCDF\b|\bDETENTION (?:CENTERS?|FACILIT(?:Y|IES))\b|\bPROCESSING CENTERS?\b/;

/** Moving people: ground transport, buses, charter and removal flights. */
const MOVING = /\bTRANSPORT(?:ATION|ING|S)?\b(?! (?:SUPPLIES|OF (?:SEIZED|GOODS|EQUIPMENT|SPECIMENS)))|\bCHARTER\w*|\bFLIGHTS?\b|\bBUS(?:ES)?\b|\bESCORTS?\b/;

/** Care and services for people in custody (read only beside PEOPLE_IN_CUSTODY; the health corps' own name is not care). */
const CARE =
  /\bMEDICAL\b|\bHEALTH\b(?! SERVICES? CORPS\b)|\bNURS\w*|\bDENTAL\b|\bPHARMAC\w*|\bRADIOLOG\w*|\bLAB(?:ORATORY)? SERVICES\b|\bVACCIN\w*|\bSCREENING\b|\bMEALS?\b|\bFOOD\b|\bCLOTHING\b|\bHYGIENE\b|\bTOILETR\w*|\bRELIGIOUS\b|\bCHAPLAIN\w*|\bLEGAL\b|\bCOORDINATORS?\b|\bCASE (?:MANAGEMENT|PROCESSING)\b|\bINTERPRET\w*|\bTRANSLAT\w*|\bLAUNDRY\b|\bCOMMISSARY\b|\bCAREGIVER\w*|\bSTAFFING\b|\bBLANKETS?\b|\bDIAPERS?\b|\bSUPPLIES\b/;
const CARE_CODE = /^MEDICAL-|^SOCIAL-|^FOOD|SPECIAL DIETARY|CLOTHING|APPAREL|TOILET|PERSONAL CARE|^LODGING/;

/** Work for the agencies' own staff. */
const STAFF =
  /\bWORKERS'? COMP\w*|\bWORKMAN'?S? COMP\w*|\bWORKPLACE INJUR\w*|\bINJURED EMPLOYEES\b|\bPRE-?EMPLOYMENT\b|\bFITNESS\b|\bDRUG TESTING\b|\bRELOCATION SERVICES\b|\bMOVING SERVICES\b|\bHOUSEHOLD GOODS\b|\bBACK-?UP CARE\b|\bEMPLOYEE ASSISTANCE\b|\bEAP\b|\bEMPLOYEE HEALTH\b|\bFOR (?:CBP |ICE )?EMPLOYEES\b|\bHUMAN CAPITAL\b|\bPOLYGRAPH\w*|\bBACKGROUND INVESTIGAT\w*|\bTRANSPORTATION SERVICES FOR (?:CBP |ICE )?(?:HQ|HEADQUARTERS)\b/;

/** Building, repairing, maintaining, cleaning buildings, sites and roads. */
const FACILITY_WORK =
  /\bCONSTRUCT\w*|\bRENOVAT\w*|\bROOF\w*|\bPAINT\w*|\bPAV\w*|\b(?:FACILITY|FACILITIES|BUILDING|ROAD|ROADWAY|CONCRETE|ASPHALT|FENCE|PLUMBING|ELECTRICAL|EMBANKMENT|PARKING LOT|STRUCTURAL|HOUSING|SIDEWALK|STORM|EROSION)S? (?:REPAIRS?|IMPROVEMENTS?|ALTERATIONS?)\b|\bREPAIRS? (?:AND|&) ALTERATIONS?\b|\b(?:REPAIRS?|IMPROVEMENTS) (?:AT|OF|TO) (?:THE )?(?:[A-Z]+ ){0,3}(?:FACILIT\w*|BUILDINGS?|STATIONS?|HANGARS?|ROADS?|SPC|CENTER|PORTS? OF ENTRY|POE|BPS|HOUSING|HOUSES|OFFICES?)\b|\bDESIGN[-/ ]?BUILD\b|\bJANITORIAL\b|\bCUSTODIAL\b|\bHVAC\b|\bPREVENTIVE MAINTENANCE\b|\bFACILITY (?:MAINTENANCE|SUPPORT|OPERATIONS)\b|\bMAINTENANCE OF (?:BUILDINGS|FACILITIES|ROADS)\b|\bGROUNDS MAINTENANCE\b|\bTRASH\b|\bDEMOLITION\b/;

/** Product codes for building, repairing, running and looking after buildings and sites. */
const FACILITY_CODE = /^CONSTRUCTION OF|^MAINTENANCE OF|^REPAIR OR ALTERATION|^HOUSEKEEPING- (?!FOOD|LAUNDRY)|^OPERATION OF .*(?:BUILDINGS|FACILITIES)|^ARCHITECT AND ENGINEERING- CONSTRUCTION/;

type Texts = { description: string[]; productOrService: string; naics: string };
type Rule = [when: (t: Texts) => boolean, kind: Involvement];
const said = (pattern: RegExp) => (t: Texts) => t.description.some((d) => pattern.test(d));
const both = (work: (t: Texts) => boolean, whom = IN_CUSTODY) => (t: Texts) => work(t) && said(whom)(t);
const code = (pattern: RegExp) => (t: Texts) => pattern.test(t.productOrService);
const industry = (pattern: RegExp) => (t: Texts) => pattern.test(t.naics);

const RULES: Rule[] = [
  [
    said(/\bSKIP[- ]TRAC|\bINTENSIVE SUPERVISION APPEARANCE PROGRAM\b|\bISAP\b|\bALTERNATIVES? TO DETENTION\b|\bELECTRONIC MONITORING\b|\bLOCATION AND IDENTITY\b|\b(?:LOCATION|IDENTITY|GEOLOCATION) (?:DATA|INFORMATION|INTELLIGENCE)\b|\bMONITORING OF (?:PARTICIPANTS|ALIENS|NONCITIZENS|RELEASED)\b/),
    'surveillance-data',
  ],
  [
    said(/\bQUALITY ASSURANCE\b|\bQA (?:SUPPORT|SERVICES|INSPECT|PERSONNEL)|(?<!NON-INTRUSIVE )(?<!NON INTRUSIVE )\bINSPECTIONS? (?:SUPPORT|SERVICES)\b|\bFACILIT(?:Y|IES) INSPECTIONS?\b|\bINSPECTORS\b|\bCONSTRUCTION MONITOR|\bRESOURCES? MONITOR|\bENVIRONMENTAL (?:MONITOR|SERVICES|ASSESSMENT|COMPLIANCE|PLANNING)|\bCULTURAL (?:AND NATURAL )?RESOURCES?\b|\bFACILITY EVALUATIONS?\b|\bCOMPLIANCE (?:ASSESSMENTS?|INSPECTIONS?)\b|\bDETENTION STANDARDS\b|\bDEATH REVIEWS?\b|\bPROGRAMMATIC (?:MANAGEMENT )?SUPPORT\b|\bCONSULTING SERVICES\b|\bANALYSIS OF\b|\bANALYTIC(?:AL)? SERVICES\b|\bTEST AND EVALUATION\b|\bPROGRAM MANAGEMENT (?:SUPPORT|SERVICES)\b|\bRESOURCE SURVEYS?\b/),
    'professional-services',
  ],
  [code(/^IT AND TELECOM/), 'it-cloud'],
  [said(STAFF), 'professional-services'],
  // Officers' uniforms are goods for the agency's own staff, whatever office they are for.
  [said(/\bUNIFORMS?\b/), 'equipment-supplies'],
  // The wall in the records' words: border wall or barrier, bollards, barrier work ("border
  // infrastructure" alone may be roads, lights or drainage: construction). Before the surveillance
  // words: a barrier with a ground detection system is barrier construction.
  [said(/\bBORDER (?:WALL|BARRIER)|\b(?:VERTICAL|WATERBORNE|BORDER) BARRIERS?\b|\bBOLLARDS?\b|\bBARRIER WORK\b|\bBARRIER WALL\b/), 'border-barrier-construction'],
  // What the records name as surveillance: the word itself, cell-site simulators, trail cameras, plate readers, face and iris recognition.
  [said(/\bSURVEILLANCE\b|\bCELL[- ]SITE SIMULATORS?\b|\bTRAIL CAM(?:ERA)?S?\b|\bLICENSE PLATE (?:READERS?|DATA)\b|\bFACIAL RECOGNITION\b|\b(?:UNATTENDED )?GROUND SENSORS?\b|\bGROUND DETECTION\b|\bIRIS (?:BIOMETRIC|RECOGNITION)\b/), 'surveillance-data'],
  [said(/\b(?:REMOVAL|DEPORTATION) FLIGHTS?\b|\bICE AIR\b|\bFLIGHTS? (?:SERVICES )?FOR (?:THE )?REMOVAL\b/), 'transport-deportation-flights'],
  [both(said(HOLDING)), 'detention-operations'],
  [(t) => said(GUARDING)(t) && said(PLACE_OF_DETENTION)(t), 'detention-operations'],
  // Buses and vans leased or bought are goods, whoever rides in them.
  [code(/MOTOR VEHICLES|^TRUCKS AND TRUCK TRACTORS|^TRAILERS/), 'equipment-supplies'],
  [both(said(MOVING)), 'transport-deportation-flights'],
  // Medical services for people in custody under a guard product code (ICE's 2025 medical vehicle) are care.
  [both(said(/\bMEDICAL (?:RELATED )?SERVICES\b/), PEOPLE_IN_CUSTODY), 'detention-services'],
  [both((t) => said(GUARDING)(t) || code(/^HOUSEKEEPING- GUARD/)(t)), 'detention-operations'],
  // Back-office work for the ICE Health Service Corps (claims, benefit management, business operations) is not care.
  [both(said(/\bCLAIMS PROCESSING\b|\bBENEFIT MANAGE\w*|\bBUSINESS OPERA?TIONS?\b|\bBUSINESS OPPERATIONS?\b/), PEOPLE_IN_CUSTODY), 'professional-services'],
  // Care bought under a building code (mold remediation in a detention centre's dental unit) is facility work.
  [(t) => both((u) => said(CARE)(u) || code(CARE_CODE)(u), PEOPLE_IN_CUSTODY)(t) && !code(FACILITY_CODE)(t), 'detention-services'],
  [said(FACILITY_WORK), 'construction-facilities'],
  [
    // Not "HAZARD-DETECTING": X-ray and radiation scanners inspect cargo, vehicles and baggage (equipment).
    code(/RADAR|COUNTERMEASURES|NIGHT VISION|SURVEILLANCE/),
    'surveillance-data',
  ],
  [code(FACILITY_CODE), 'construction-facilities'],
  // Alarms, cameras and access control at the agency's own buildings guard the buildings (facility
  // work); the same product code for sensors in the field is surveillance.
  [(t) => code(/ALARM, SIGNAL|SECURITY DET/)(t) && said(/\bFACILIT\w*|\bBUILDINGS?\b|\bACCESS CONTROL\b|\bPACS\b|\bCCTV\b|\bCARD READERS?\b|\bENTRANCE\b|\bOFFICES?\b|\bSECURITY SYSTEMS?\b|\bINTRUSION DETECTION\b|\bPIDS\b|\bCTV\b|\bPAC\b|\bPERIMETER\b|\bNURSE CALL\b|\bFIRE ALARM/)(t), 'construction-facilities'],
  [code(/ALARM, SIGNAL|SECURITY DET/), 'surveillance-data'],
  [code(/^SUPPORT-|^SPECIAL STUDIES|ENVIRON|^HOUSEKEEPING-|^EDUCATION|^TRAINING|^MEDICAL-|^SOCIAL-|^TRANSPORTATION\/TRAVEL\/RELOCATION|^LODGING|^ARCHITECT AND ENGINEERING|^LEASE OR RENTAL OF FACILITIES/), 'professional-services'],
  [industry(/COMPUTER|SOFTWARE|DATA PROCESSING/), 'it-cloud'],
  [industry(/CONSTRUCTION|(?<!FOOD SERVICE )CONTRACTORS\b|JANITORIAL|FACILITIES SUPPORT|LANDSCAPING|EXTERMINATING|BUILDINGS|DWELLINGS/), 'construction-facilities'],
  [industry(/CONSULTING|ENGINEERING SERVICES|MANAGEMENT/), 'professional-services'],
];

/** What an award buys: its descriptions, product/service and NAICS descriptions. */
export interface AwardText {
  descriptions?: readonly string[];
  productOrService?: string;
  naics?: string;
}

/** The kind of work of an award (all its records' descriptions); goods and equipment when no rule says otherwise. */
export function classifyAward(award: AwardText): Involvement {
  const texts: Texts = {
    description: (award.descriptions ?? []).map((d) => d.toUpperCase().replace(/\s+/g, ' ')),
    productOrService: (award.productOrService ?? '').toUpperCase(),
    naics: (award.naics ?? '').toUpperCase(),
  };
  for (const [when, kind] of RULES) if (when(texts)) return kind;
  return 'equipment-supplies';
}

/** The kind of work one award row buys, read alone. */
export function classifyRow(row: Pick<AwardRow, 'description' | 'productOrService' | 'naics'>): Involvement {
  return classifyAward({ descriptions: row.description ? [row.description] : [], productOrService: row.productOrService, naics: row.naics });
}

/**
 * A company's dollars per kind over its fiscal-year buckets. Only buckets with net obligations
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

/** A company's kinds from its dollars per kind: ≥ 25 % of the total, largest first. */
export function involvementFrom(totals: ReadonlyMap<Involvement, number>): Involvement[] {
  const ranked = [...totals].filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return [];
  const sum = ranked.reduce((n, [, usd]) => n + usd, 0);
  return ranked.filter(([, usd], i) => i === 0 || usd >= sum * 0.25).map(([category]) => category);
}
