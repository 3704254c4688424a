/**
 * Vendors behind resellers. Much of what ICE and CBP buy from well-known vendors is awarded to a
 * reseller, and the vendor is named only in the award's description: "ORACLE SOFTWARE AND HARDWARE
 * MAINTENANCE" to Akira Technologies, "SHADOWDRAGON SOCIALNET SOFTWARE" to PanAmerica Computers.
 *
 * A vendor's name in a description is a purchase of its product only when the words right after the
 * name say what was bought: one of the vendor's own product names ("ORACLE CLOUD INFRASTRUCTURE",
 * "MICROSOFT AZURE") or a plain product word (licences, software, a subscription, maintenance,
 * hardware) within a few words. It is not a purchase when the name is another maker's product for
 * that platform ("TOAD FOR ORACLE", "CISCO CATALYST 8000V FOR AWS GOVCLOUD", "ADVANCO SALESFORCE
 * SOFTWARE"), when the work is moving away from it or handling it ("MIGRATION FROM", "ORACLE
 * EQUIPMENT RELOCATION", "DECOMMISSIONING OF ORACLE HARDWARE"), or when what follows is an
 * integrator's labour ("SALESFORCE SUPPORT SERVICES", "MICROSOFT M365 OPERATIONS AND MAINTENANCE").
 * An award counts for a vendor when any of its descriptions is such a purchase; the vendor's own
 * awards (its own recipient name) are direct and never counted here.
 *
 * The facts say what the records say: the agency obligated this much to the reseller on awards whose
 * descriptions name the vendor's products, quoting one of them. The money went to the reseller, so the
 * figure is never the vendor's revenue.
 */

export interface Vendor {
  /** The dataset company, or null: found and reported (npm run data:coverage), not flagged. */
  company: string | null;
  /** The vendor's name as the panel says it. */
  name: string;
  /** The vendor's name in the records (capitals, whole words). */
  pattern: RegExp;
  /** The vendor's own product names, right after its name ("CLOUD INFRASTRUCTURE", "AZURE"). */
  products?: RegExp;
  /** Descriptions naming these are another maker's product (Quest's "Toad for Oracle"). */
  traps?: RegExp;
}

export const VENDORS: readonly Vendor[] = [
  {
    company: 'oracle',
    name: 'Oracle',
    pattern: /\bORACLE\b/,
    products: /^(?:CLOUD|ADVANCED CUSTOMER SUPPORT|UNLIMITED LICENSING|CAPPED LICENSE|DATABASE|GOLDENGATE|FORMS|SOLUTIONS SUPPORT)\b/,
    traps: /\bTOAD\b/,
  },
  { company: 'google', name: 'Google', pattern: /\bGOOGLE\b/, products: /^(?:CLOUD|ANALYTICS|CHROME|WORKSPACE|EARTH|MAPS)\b/ },
  { company: 'shadowdragon', name: 'ShadowDragon', pattern: /\bSHADOW ?DRAGON\b/, products: /^(?:SOCIALNET|HORIZON|OIMONITOR)\b/ },
  { company: 'babel-street', name: 'Babel Street', pattern: /\bBABEL STREET\b/, products: /^(?:INSIGHTS|LOCATE ?X|BABEL ?X)\b/ },
  {
    company: 'microsoft',
    name: 'Microsoft',
    pattern: /\bMICROSOFT\b/,
    products: /^(?:AZURE|OFFICE|M365|365|SURFACE|DYNAMICS|PREMIER|UNIFIED|ENTERPRISE (?:SERVICES|AGREEMENT)|WINDOWS|TEAMS)\b/,
  },
  { company: 'amazon', name: 'Amazon Web Services', pattern: /\bAMAZON\b|\bAWS\b/, products: /^(?:WEB SERVICES?|WES SERVICES|GOVCLOUD|ELEMENTAL)\b/ },
  { company: 'salesforce', name: 'Salesforce', pattern: /\bSALESFORCE\b/, products: /^(?:PAAS|BUNDLE|SOLUTION BUNDLE|MAPS|INTEGRATION CLOUD|SERVICE CLOUD|SHIELD|TABLEAU|MULESOFT)\b/ },
  { company: 'cellebrite', name: 'Cellebrite', pattern: /\bCELLEBRITE\b/, products: /^(?:PHYSICAL ANALYZER|4PC|UFED|PREMIUM|PATHFINDER|INSEYETS|GUARDIAN)\b/ },
  { company: 'palantir', name: 'Palantir', pattern: /\bPALANTIR\b/, products: /^(?:FOUNDRY|GOTHAM|APOLLO|AIP)\b/ },
  { company: 'cisco', name: 'Cisco', pattern: /\bCISCO\b/, products: /^(?:SMARTNET|CATALYST|WEBEX|NETWORKING|ROUTERS?|SWITCHES|ENTERPRISE AGREEMENT|WIFI)\b/ },
  { company: 'adobe', name: 'Adobe', pattern: /\bADOBE\b/, products: /^(?:ACROBAT|EXPERIENCE MANAGER|AEM|CONNECT|CREATIVE CLOUD|SIGN)\b/ },
  { company: 'apple', name: 'Apple', pattern: /\bAPPLE\b/, products: /^(?:IPADS?|IPHONES?|MACBOOKS?|MAC|WATCH(?:ES)?|DESKTOPS|DEVICES|CARE|PENCILS?)\b/ },
  { company: 'servicenow', name: 'ServiceNow', pattern: /\bSERVICE ?NOW\b/, products: /^(?:TASKER|BUSINESS STAKEHOLDER)\b/ },
  { company: 'vmware', name: 'VMware', pattern: /\bVMWARE\b/ },
  { company: 'red-hat', name: 'Red Hat', pattern: /\bRED ?HAT\b/, products: /^(?:ENTERPRISE|LINUX|JBOSS|APPLICATION FOUNDATION)\b/ },
  { company: 'splunk', name: 'Splunk', pattern: /\bSPLUNK\b/, products: /^(?:ENTERPRISE|SYNTHETIC)\b/ },
];

/** Makers whose products are sold for other vendors' platforms: named before "FOR <vendor>", the product is theirs. */
const OTHER_MAKERS = /\b(?:TOAD|QUEST|SAILPOINT|ADVANCO|IMAZING|AKAMAI|SCHNEIDER)\b/;

/** Plain words for a product bought, a few words after the vendor's name. */
const PRODUCT_WORDS = /\b(?:LICEN[CS]ES?|LICENES|LICENSING|SOFTWARE|SW|SUBSCRIPTIONS?|MAINTENANCE|RENEWALS?|HARDWARE|EQUIPMENT|DEVICES|PRODUCTS|APPLIANCES?)\b/;

/** An integrator's labour or handling the vendor's goods, not buying them. */
const NOT_A_PURCHASE = /\b(?:SUPPORT SERVICES|PROFESSIONAL SERVICES|ARCHITECT|CENTER OF INNOVATION|COI|OPERATIONS AND MAINTENANCE|O&M|DEVELOPMENT|INTEGRATION SERVICES|TRAINING|RELOCATION|DECOMMISSION\w*|DE-COMMISSION\w*|DISPOSAL|MIGRATION)\b/;

/** What comes right before the name and turns it into something else: using it, moving away, replacing, handling. */
const BEFORE_TRAPS = /\b(?:VIA|USING|OVER|FROM|OFF|AWAY FROM|REPLACE|REPLACING|REPLACEMENT OF|DECOMMISSION\w* OF|RELOCATION OF|DISPOSAL OF|COMPATIBLE WITH|BUILT ON|INTEGRAT\w* WITH)\s+(?:THE\s+)?$/;

/** How far after the name a product word may be (about four words). */
const WINDOW = 40;

/** Every maker's name, for "X FOR <vendor>": a product of another maker for the vendor's platform. */
function namesAnotherMaker(text: string, vendor: Vendor): boolean {
  if (OTHER_MAKERS.test(text)) return true;
  return VENDORS.some((v) => v !== vendor && v.pattern.test(text));
}

/** Whether one mention of the vendor, at `index` in the description, is a purchase of its product. */
function isPurchase(description: string, vendor: Vendor, index: number, length: number): boolean {
  const before = description.slice(0, index);
  if (BEFORE_TRAPS.test(before)) return false;
  // "TOAD ORACLE SOFTWARE", "ADVANCO SALESFORCE": another maker's name right before the vendor's.
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (lastWord && namesAnotherMaker(lastWord, vendor)) return false;
  // "CISCO CATALYST 8000V FOR AWS GOVCLOUD": another maker's product for the vendor's platform.
  const forAt = before.search(/\bFOR\s+(?:THE\s+)?(?:\S+\s+){0,2}$/);
  if (forAt >= 0 && namesAnotherMaker(before.slice(0, forAt), vendor)) return false;
  let after = description.slice(index + length).trimStart();
  const own = vendor.products?.exec(after);
  if (own) after = after.slice(own[0].length);
  const window = after.slice(0, WINDOW);
  if (NOT_A_PURCHASE.test(window)) return false;
  return own !== null && own !== undefined ? true : PRODUCT_WORDS.test(window);
}

/** The vendors whose products a description says were bought (upper-cased first, as the records write). */
export function vendorsBought(description: string): Vendor[] {
  const text = description.toUpperCase().replace(/\s+/g, ' ');
  const found: Vendor[] = [];
  for (const vendor of VENDORS) {
    if (vendor.traps?.test(text)) continue;
    const global = new RegExp(vendor.pattern.source, 'g');
    for (const match of text.matchAll(global)) {
      if (isPurchase(text, vendor, match.index, match[0].length)) {
        found.push(vendor);
        break;
      }
    }
  }
  return found;
}

/** A cheap first look: does the description name any vendor at all? */
const ANY_VENDOR = new RegExp(VENDORS.map((v) => v.pattern.source).join('|'), 'i');
export const mayNameVendor = (description: string) => ANY_VENDOR.test(description);
