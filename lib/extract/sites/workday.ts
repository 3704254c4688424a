/**
 * Workday career sites (<tenant>.wdN.myworkdayjobs.com). The JSON-LD hiring organisation is often a
 * legal entity with an internal code in front ("MED Medtronic Inc"): when what follows the code
 * begins with the tenant's name, that part is read too. Other legal entities ("IN2 COV - COV
 * Engineering Services PL", "Autodesk Canada Co.") stay as they are: a subsidiary maps to a company
 * only where the data says so, with a source. The tenant itself is a job-board address
 * (lib/job-boards.ts).
 */
import { named, type SiteExtractor } from '../types';

const HIRING = /"hiringOrganization"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"\\]{1,200})"/;

export const workday: SiteExtractor = {
  domains: ['myworkdayjobs.com'],
  extract(doc, url) {
    const tenant = url.hostname.split('.')[0]!.toLowerCase();
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const name = HIRING.exec((script.textContent ?? '').slice(0, 100_000))?.[1];
      const coded = name ? /^[A-Z0-9]{2,5} +(.+)$/.exec(name.trim()) : null;
      if (coded && coded[1]!.toLowerCase().startsWith(tenant)) return named(coded[1], 'employer', 'structured-data');
    }
    return [];
  },
};
