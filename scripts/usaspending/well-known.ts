/**
 * Companies people meet as customers or employers, checked against every recipient name in the award
 * records at any amount (`npm run data:coverage` lists the hits per year, mapped or not). Dollars pile
 * up on builders and integrators nobody shops from; a $36,630 hotel contract is what a shopper can
 * act on. A hit is a lead for a person to read, never a mapping: the recipient map
 * (data/recipients.json) decides, with its basis.
 *
 * Each pattern is written against the records' capitals and held tight: the whole legal name or a
 * name no other firm carries ("FEDERAL EXPRESS", not "EXPRESS"; "TARGET CORPORATION", never
 * "TARGET" alone, which is also Target Hospitality's Target Logistics Management).
 */

export const WELL_KNOWN_KINDS = ['carrier', 'airline', 'hotel', 'telecom', 'retailer', 'tech', 'bank', 'car-rental', 'food-service', 'employer'] as const;
export type WellKnownKind = (typeof WELL_KNOWN_KINDS)[number];

export interface WellKnown {
  name: string;
  kind: WellKnownKind;
  pattern: RegExp;
}

const entry = (name: string, kind: WellKnownKind, pattern: RegExp): WellKnown => ({ name, kind, pattern });

export const WELL_KNOWN: readonly WellKnown[] = [
  entry('FedEx', 'carrier', /\bFEDERAL EXPRESS\b|\bFEDEX\b/),
  entry('UPS', 'carrier', /\bUNITED PARCEL SERVICE\b|^UPS\b/),
  entry('DHL', 'carrier', /\bDHL\b/),
  entry('American Airlines', 'airline', /\bAMERICAN AIRLINES\b/),
  entry('Delta Air Lines', 'airline', /\bDELTA AIR ?LINES\b/),
  entry('United Airlines', 'airline', /\bUNITED AIRLINES\b/),
  entry('Southwest Airlines', 'airline', /\bSOUTHWEST AIRLINES\b/),
  entry('Alaska Airlines', 'airline', /\bALASKA AIRLINES\b/),
  entry('JetBlue', 'airline', /\bJETBLUE\b/),
  entry('Avelo Airlines', 'airline', /\bAVELO\b/),
  entry('GlobalX', 'airline', /\bGLOBAL CROSSING AIRLINES\b|\bGLOBALX\b/),
  entry('Omni Air International', 'airline', /\bOMNI AIR\b/),
  entry('World Atlantic Airlines', 'airline', /\bWORLD ATLANTIC\b/),
  entry('Marriott', 'hotel', /\bMARRIOTT\b/),
  entry('Hilton', 'hotel', /\bHILTON\b/),
  entry('Hyatt', 'hotel', /\bHYATT\b/),
  entry('IHG', 'hotel', /\bINTERCONTINENTAL HOTELS\b|\bHOLIDAY INN\b/),
  entry('Wyndham', 'hotel', /\bWYNDHAM\b/),
  entry('Choice Hotels', 'hotel', /\bCHOICE HOTELS\b/),
  entry('Best Western', 'hotel', /\bBEST WESTERN\b/),
  entry('Verizon', 'telecom', /\bVERIZON\b|\bCELLCO PARTNERSHIP\b/),
  entry('AT&T', 'telecom', /\bAT ?& ?T\b|^ATT MOBILITY\b/),
  entry('T-Mobile', 'telecom', /\bT-MOBILE\b/),
  entry('Comcast', 'telecom', /\bCOMCAST\b/),
  entry('Charter Communications', 'telecom', /\bCHARTER COMMUNICATIONS\b/),
  entry('Lumen', 'telecom', /\bLUMEN TECHNOLOGIES\b|\bCENTURYLINK\b|\bQWEST\b/),
  entry('Amazon', 'retailer', /\bAMAZON\b/),
  entry('Walmart', 'retailer', /\bWAL-?MART\b/),
  entry('Target Corporation', 'retailer', /\bTARGET CORPORATION\b|\bTARGET STORES\b/),
  entry('Home Depot', 'retailer', /\bHOME DEPOT\b/),
  entry("Lowe's", 'retailer', /\bLOWE'?S HOME\b/),
  entry('Best Buy', 'retailer', /\bBEST BUY\b/),
  entry('Costco', 'retailer', /\bCOSTCO\b/),
  entry('Staples', 'retailer', /^STAPLES\b/),
  entry('Office Depot', 'retailer', /\bOFFICE DEPOT\b|\bODP BUSINESS\b/),
  entry('W. W. Grainger', 'retailer', /\bGRAINGER\b/),
  entry('Apple', 'tech', /^APPLE INC\b/),
  entry('Microsoft', 'tech', /\bMICROSOFT\b/),
  entry('Google', 'tech', /\bGOOGLE\b/),
  entry('Oracle', 'tech', /\bORACLE AMERICA\b|^ORACLE CORP/),
  entry('IBM', 'tech', /\bINTERNATIONAL BUSINESS MACHINES\b|^IBM\b/),
  entry('Dell', 'tech', /^DELL\b/),
  entry('HP Inc.', 'tech', /^HP INC\b/),
  entry('Hewlett Packard Enterprise', 'tech', /\bHEWLETT PACKARD ENTERPRISE\b/),
  entry('Lenovo', 'tech', /\bLENOVO\b/),
  entry('Samsung', 'tech', /\bSAMSUNG\b/),
  entry('Cisco', 'tech', /\bCISCO SYSTEMS\b/),
  entry('Adobe', 'tech', /^ADOBE\b/),
  entry('Salesforce', 'tech', /\bSALESFORCE\b/),
  entry('Xerox', 'tech', /\bXEROX\b/),
  entry('Canon', 'tech', /^CANON\b/),
  entry('Motorola Solutions', 'tech', /\bMOTOROLA SOLUTIONS\b/),
  entry('Thomson Reuters', 'tech', /\bTHOMSON REUTERS\b|\bWEST PUBLISHING\b/),
  entry('LexisNexis', 'tech', /\bLEXISNEXIS\b|\bRELX\b/),
  entry('JPMorgan Chase', 'bank', /\bJPMORGAN\b|\bJ\.? ?P\.? MORGAN\b/),
  entry('Citibank', 'bank', /\bCITIBANK\b/),
  entry('Bank of America', 'bank', /\bBANK OF AMERICA\b/),
  entry('Wells Fargo', 'bank', /\bWELLS FARGO\b/),
  entry('U.S. Bank', 'bank', /\bU\.? ?S\.? BANK\b/),
  entry('Enterprise Holdings', 'car-rental', /\bENTERPRISE RENT-A-CAR\b|\bENTERPRISE HOLDINGS\b|\bENTERPRISE LEASING\b/),
  entry('Hertz', 'car-rental', /\bHERTZ\b/),
  entry('Avis Budget', 'car-rental', /\bAVIS\b|\bBUDGET RENT A CAR\b/),
  entry('Aramark', 'food-service', /\bARAMARK\b/),
  entry('Sodexo', 'food-service', /\bSODEXO\b/),
  entry('Compass Group', 'food-service', /\bCOMPASS GROUP\b/),
  entry('Sysco', 'food-service', /\bSYSCO\b/),
  entry('US Foods', 'food-service', /^US FOODS\b/),
  entry('Allied Universal', 'employer', /\bALLIED UNIVERSAL\b|\bUNIVERSAL PROTECTION SERVICE\b/),
  entry('GardaWorld', 'employer', /\bGARDA\b/),
  entry('Securitas', 'employer', /\bSECURITAS\b/),
  entry('G4S', 'employer', /\bG4S\b/),
  entry('Labcorp', 'employer', /\bLABORATORY CORPORATION OF AMERICA\b|\bLABCORP\b/),
  entry('Quest Diagnostics', 'employer', /\bQUEST DIAGNOSTICS\b/),
  entry('CVS Health', 'employer', /^CVS\b/),
  entry('Walgreens', 'employer', /\bWALGREEN\b/),
  entry('McKesson', 'employer', /\bMCKESSON\b/),
  entry('Cardinal Health', 'employer', /\bCARDINAL HEALTH\b/),
  entry('Henry Schein', 'employer', /\bHENRY SCHEIN\b/),
  entry('Johnson Controls', 'employer', /\bJOHNSON CONTROLS\b/),
  entry('Honeywell', 'employer', /\bHONEYWELL\b/),
  entry('3M', 'employer', /^3M\b/),
  entry('General Electric', 'employer', /\bGENERAL ELECTRIC\b|^GE /),
  entry('Siemens', 'employer', /\bSIEMENS\b/),
  entry('Ford', 'employer', /\bFORD MOTOR\b/),
  entry('General Motors', 'employer', /\bGENERAL MOTORS\b/),
  entry('Toyota', 'employer', /^TOYOTA MOTOR/),
  entry('Boeing', 'employer', /\bBOEING\b/),
  entry('Lockheed Martin', 'employer', /\bLOCKHEED\b/),
  entry('Northrop Grumman', 'employer', /\bNORTHROP\b/),
  entry('Raytheon (RTX)', 'employer', /\bRAYTHEON\b/),
  entry('United Rentals', 'employer', /\bUNITED RENTALS\b/),
  entry('Sunbelt Rentals', 'employer', /\bSUNBELT RENTALS\b/),
  entry('Waste Management', 'employer', /\bWASTE MANAGEMENT\b/),
  entry('Cintas', 'employer', /\bCINTAS\b/),
  entry('UniFirst', 'employer', /\bUNIFIRST\b/),
  entry('ADP', 'employer', /\bAUTOMATIC DATA PROCESSING\b/),
  entry('Kelly Services', 'employer', /\bKELLY SERVICES\b/),
  entry('ManpowerGroup', 'employer', /\bMANPOWER\b/),
  entry('Robert Half', 'employer', /\bROBERT HALF\b/),
  entry('Experian', 'employer', /\bEXPERIAN\b/),
  entry('Equifax', 'employer', /\bEQUIFAX\b/),
  entry('TransUnion', 'employer', /\bTRANS ?UNION\b/),
  entry('Axon', 'employer', /\bAXON ENTERPRISE\b/),
  entry('Deloitte', 'employer', /\bDELOITTE\b/),
  entry('Accenture', 'employer', /\bACCENTURE\b/),
  entry('KPMG', 'employer', /\bKPMG\b/),
  entry('PwC', 'employer', /\bPRICEWATERHOUSECOOPERS\b/),
  entry('Ernst & Young', 'employer', /\bERNST & YOUNG\b/),
  entry('McKinsey', 'employer', /\bMCKINSEY\b/),
  entry('Booz Allen Hamilton', 'employer', /\bBOOZ ALLEN\b/),
  entry('Target Hospitality', 'employer', /\bTARGET LOGISTICS MANAGEMENT\b|\bTARGET HOSPITALITY\b/),
  entry('V2X', 'employer', /\bVECTRUS\b|\bV2X\b/),
  entry('International SOS', 'employer', /\bINTERNATIONAL SOS\b/),
];

/** The well-known companies a recipient name (as the records spell it) is, usually none. */
export function wellKnownIn(recipient: string): WellKnown[] {
  const text = recipient.toUpperCase().replace(/\s+/g, ' ').trim();
  return WELL_KNOWN.filter((w) => w.pattern.test(text));
}
