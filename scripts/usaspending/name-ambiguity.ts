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
 *   and surnames seen in recipient names so far (a false flag is worse than a miss). Initials and
 *   numbers of one or two characters ("J.P. Industries", "C2 Technologies") count as neutral.
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
  // FY2021–FY2025 recipients (issue 16): coined names, or a famous company's own one-word name.
  'anasec', 'mayvin', 'changeis', 'ellumen', 'equinix', 'impyrian', 'matroid', 'dextera', 'roccomar', 'commdex',
  'primcorp', 'electripro', 'govsmart', 'excella', 'bahfed', 'helistream', 'aktarius', 'niyamit', 'chainalysis',
  'neevsys', 'millerknoll', 'mlinqs', 'barbaricum', 'truetandem', 'fedratech', 'softconcept', 'agilitech',
  'thruwave', 'unisys', 'transystems', 'echodyne', 'attainx', 'infapro', 'excidion', 'digitalspec', 'greendart',
  'testpros', 'warfeather', 'qintel', 'tsymmetry', 'aspiryon', 'cykor', 'eclinicalworks', 'gartner', 'serco',
  'govcio', 'iproov', 'virtra', 'raytheon', 'glock',
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
  // Seen in FY2021–FY2025 recipients (issue 16): ordinary words, places, first names and common surnames.
  'achieve', 'acme', 'advisors', 'aeronautical', 'agile', 'air', 'all', 'altitude', 'amaze', 'analysts', 'anderson',
  'arch', 'arrow', 'athens', 'atlantic', 'automation', 'avid', 'axis', 'barons', 'ben', 'bennett',
  'berkeley', 'black', 'bona', 'fide', 'border', 'bound', 'bradley', 'bridge', 'brown', 'builders', 'bull', 'bunker',
  'capitol', 'care', 'cargo', 'carrot', 'centers', 'centric', 'chain', 'chapman', 'childcare', 'civility', 'cleaning',
  'click', 'cloud', 'coleman', 'companies', 'computer', 'computers', 'computing', 'concepts', 'conglomerate',
  'contracting', 'contractors', 'contracts', 'control', 'controlled', 'core', 'corporate', 'council', 'credence',
  'critical', 'cybersecurity', 'de', 'la', 'paz', 'dental', 'depot', 'design', 'detection', 'development',
  'diagnostics', 'direct', 'distribution', 'district', 'door', 'dover', 'dynamic', 'dynamo', 'eagle', 'edge',
  'electric', 'electrical', 'electron', 'empire', 'empower', 'energies', 'environmental', 'estate', 'experience',
  'express', 'facilities', 'facility', 'favor', 'fitzgerald', 'flag', 'fluence', 'food', 'foods', 'force', 'forensics',
  'forfeiture', 'general', 'genesis', 'ghost', 'grant', 'green', 'grey', 'guardian', 'harbor',
  'healthcare', 'heartland', 'hernandez', 'high', 'hill', 'hills', 'horse', 'human', 'imaging', 'immersive', 'impact',
  'imperial', 'indian', 'indigo', 'insight', 'instinct', 'institute', 'instrumentation', 'intelligent', 'interiors',
  'interpreters', 'investigation', 'iron', 'island', 'james', 'job', 'john', 'joint', 'knight', 'knowledge', 'labs',
  'lake', 'lewis', 'liability', 'limited', 'little', 'magnet', 'managed', 'marketing', 'medical', 'meridian', 'metro',
  'monarch', 'morris', 'mountain', 'networking', 'nomad', 'north', 'northern', 'northland', 'office',
  'operational', 'options', 'orbital', 'organization', 'organizational', 'overhaul', 'pacific', 'performance',
  'pioneer', 'place', 'point', 'polk', 'potomac', 'power', 'powered', 'prairie', 'prescient', 'prime',
  'products', 'program', 'quality', 'raceway', 'range', 'real', 'receiver', 'recon', 'refugee', 'rehabilitation',
  'remediation', 'rental', 'residential', 'resource', 'riders', 'ryan', 'satellite', 'scientific', 'sensor', 'shared',
  'shooting', 'site', 'software', 'sons', 'source', 'south', 'specialists', 'specialties', 'specialty', 'stamp',
  'standard', 'star', 'summit', 'surveillance', 'survival', 'sustainable', 'synergies', 'taylor', 'team', 'telecom',
  'telecommunications', 'ten', 'towers', 'translators', 'trend', 'tri', 'united', 'universal', 'valley', 'valor',
  'vector', 'vehicles', 'venture', 'ventures', 'veteran', 'vision', 'vortex', 'watch', 'water', 'welch', 'western',
  'wind', 'world', 'young', 'puerto', 'rico', 'cheyenne', 'on',
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
  // Initials and numbers ("J.P.", "C2", "3T") say no more than a legal form does.
  return key.split(' ').every((w) => w.length <= 2 || GENERIC_WORDS.has(w) || NEUTRAL_WORDS.has(w) || ORDINARY_WORDS.has(w));
}
