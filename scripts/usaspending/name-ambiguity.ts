/**
 * Which recipient names from the award records are too ordinary to flag a page on their own, so that
 * `npm run data:new-companies` writes them as `ambiguousNames` (matched only beside a second signal)
 * rather than as legal names. A false flag is worse than a miss.
 *
 * A name is ambiguous, once normalised (lib/names.ts), when it is
 * - one word that is not a coined name known to be distinctive ("Constellation", "Emergent", "CACI"), or
 * - made only of generic business words ("Acquisition Logistics", "Information Technology
 *   Strategies", "New Tech Solutions", "Systems Planning and Analysis"), whatever its legal form and
 *   a state it is "of".
 * - made only of ordinary English words, generic business words and neutral ones ("Blue Tech", "People Who
 *   Think", "Deployed Resources", "Sierra Nevada Company"): `ORDINARY_WORDS` lists the ordinary words, places
 *   and surnames seen in recipient names so far (a false flag is worse than a miss).
 * Names a company shares with another business for other reasons (a surname and a trade: "Spencer
 * Construction"; a casino group: "Ardent Group") are not ordinary phrases: the reviewer marks those.
 */
import { normalizeName } from '../../lib/names';

/** One-word names distinctive enough to match alone (coined names, not words or common acronyms). */
export const DISTINCTIVE_WORDS: ReadonlySet<string> = new Set([
  'leidos', 'amentum', 'peraton', 'akima', 'carahsoft', 'guidehouse', 'zerofox', 'tribalco', 'dignari', 'sintela',
  'procentrix', 'inserso', 'v3gate', 'srctec', 'aretecsbd', 'slsco', 'ingenesis',
  'cellebrite', 'gotenna', 'unissant', 'sev1tech', 'variq', 'affigent', 'alethix', 'amivero', 'govplace',
  'immixtechnology', 'integriward', 'vighter',
]);

/** Words of business names that say what a company does or how it is organised, not who it is. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'acquisition', 'acquisitions', 'advanced', 'analysis', 'analytics', 'applied', 'asset', 'assets', 'associates',
  'business', 'communication', 'communications', 'construction', 'consultants', 'consulting', 'data', 'defense',
  'digital', 'engineering', 'enterprise', 'enterprises', 'federal', 'global', 'government', 'group', 'holdings',
  'industries', 'information', 'innovations', 'innovative', 'integrated', 'integration', 'international',
  'logistics', 'management', 'national', 'network', 'networks', 'new', 'operations', 'partners', 'planning',
  'professional', 'protection', 'research', 'resources', 'secure', 'security', 'service', 'services', 'solution',
  'solutions', 'strategic', 'strategies', 'strategy', 'support', 'system', 'systems', 'tech', 'technical',
  'technologies', 'technology', 'training',
]);

/**
 * Ordinary English words found in award recipients' names: a name made only of these, generic business
 * words and neutral ones is an ordinary phrase ("Blue Tech Inc.", "People Who Think, L.L.C.").
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  'blue', 'people', 'who', 'think', 'four', 'aver', 'snap', 'acuity', 'active', 'aircraft', 'alliance', 'assessment',
  'aviation', 'bus', 'capital', 'center', 'clinical', 'coastal', 'composites', 'contract', 'corrections', 'creative',
  'credibility', 'definitive', 'dependable', 'deployed', 'deployment', 'diversified', 'elder', 'endeavors', 'energy',
  'family', 'health', 'infrastructure', 'leading', 'leasing', 'logic', 'maintenance', 'media', 'miracle', 'mission',
  'native', 'precision', 'presidential', 'safe', 'science', 'shuttle', 'supply', 'tactical', 'transport',
  // Places and a surname or word used as a name with a trade ("Sierra Nevada Company", "Hamilton Enterprises").
  'sierra', 'nevada', 'hamilton', 'red', 'river',
]);

/** Words that add nothing to a name: joiners, legal forms left inside a name, and what it is "of". */
const NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  'a', 'and', 'of', 'the', 'for', 'company', 'co', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'ltd', 'lp',
  'usa', 'us', 'america', 'american',
  // US states a recipient name is "of" ("ADVANCED TECHNOLOGY SYSTEMS COMPANY, INC. (OF VIRGINIA)").
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'wisconsin', 'wyoming',
]);

/** True when the name, normalised, is made only of generic business words and neutral ones. */
export function isGenericPhrase(name: string): boolean {
  const words = normalizeName(name).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w) || NEUTRAL_WORDS.has(w));
}

/** True when the name must need a second signal on the page: one ordinary word, or a generic phrase. */
export function isAmbiguousName(name: string, distinctive: ReadonlySet<string> = DISTINCTIVE_WORDS): boolean {
  const key = normalizeName(name);
  if (!key) return true;
  if (!key.includes(' ')) return !distinctive.has(key);
  return key.split(' ').every((w) => GENERIC_WORDS.has(w) || NEUTRAL_WORDS.has(w) || ORDINARY_WORDS.has(w));
}
