/**
 * A source that is an agency's own document (its address on a .gov or .mil site) read only in a copy
 * kept elsewhere (`archivedUrl`), such as ICE's 2015 detention-facility list: second-hand by the
 * data's rule, since the original address no longer serves it, but not hearsay. The panel says so
 * instead of a bare "reported". No browser API.
 */
import type { Source } from '../data/schema';

export function isAgencyRecordCopy(source: Pick<Source, 'url' | 'archivedUrl' | 'confidence'>): boolean {
  if (source.confidence !== 'reported' || !source.archivedUrl) return false;
  try {
    return /\.(gov|mil)$/.test(new URL(source.url).hostname);
  } catch {
    return false;
  }
}
