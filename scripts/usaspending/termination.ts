/**
 * Termination records: a contract action that ends an award before its term, recognised from the
 * record's action type (FPDS "reason for modification", `action_type_code` E, F, X in native files)
 * or from the wording of its transaction description ("TERMINATION FOR CONVENIENCE PER
 * 52.212-4(L)", "CONTRACT TERMINATION IN FULL FOR THE GOVERNMENT'S CONVENIENCE …", "THIS
 * MODIFICATION FULLY TERMINATES THE TASK ORDER …").
 *
 * Read conservatively, because a wrong "terminated" is a false statement about a company:
 * - a partial termination ("PARTIAL TERMINATION FOR CONVENIENCE") does not terminate the award;
 * - a record that rescinds a termination ("RESCIND THE TERMINATION FOR CONVENIENCE ISSUED UNDER
 *   P00009") undoes the termination records before it;
 * - words that only look alike ("PATROL TERMINATOR", "CANCELLATION OF STOP WORK ORDER", "EXTEND THE
 *   TERMINATION DATE", a clause incorporated into the contract) are not terminations;
 * - a record that refers to an earlier termination ("DE-OBLIGATE FUNDING FROM TERMINATED PURCHASE
 *   ORDER", "DUE TO TERMINATION OF CONTRACT FOR DEFAULT") is marked `reference`: the claim then says
 *   the record is of that date, not that the award was terminated on it.
 */
import type { AwardRow } from './formats';

export type TerminationKind = 'convenience' | 'default' | 'cause';

export interface TerminationEvent {
  /** `terminated`: the record terminates the award (or refers to its termination); `rescinded`: it undoes one. */
  event: 'terminated' | 'rescinded';
  date: string;
  kind?: TerminationKind;
  /** The record only refers to a termination made earlier (its date is not the termination's). */
  reference?: boolean;
  /** Read from the action type alone (FPDS codes E/F/X cover complete and partial terminations). */
  byActionType?: boolean;
}

/** FPDS reason-for-modification codes (`action_type_code`) that are terminations. */
const ACTION_TYPE_CODES: Record<string, TerminationKind> = { E: 'default', F: 'convenience', X: 'cause' };

const ACT = String.raw`\bTERMINAT(?:E|ES|ED|ING|ION)\b`;
const THING = String.raw`(?:CONTRACT|ORDER|TASK ORDER|DELIVERY ORDER|PURCHASE ORDER|PO|AWARD|AGREEMENT|BPA|BPA CALL)`;
const TERMINATION = new RegExp(
  [
    // "TERMINATION FOR CONVENIENCE", "TERMINATE … FOR THE CONVENIENCE OF THE GOVERNMENT", "TERMINATED FOR DEFAULT/CAUSE"
    String.raw`${ACT}[^.;]{0,80}?\bFOR\s+(?:THE\s+)?(?:GOVERNMENT'?S?\s+)?(?:CONVENIENCE|DEFAULT|CAUSE)\b`,
    // "CONTRACT TERMINATION IN FULL", "ORDER TERMINATION"
    String.raw`\b${THING}\s+TERMINATION\b`,
    String.raw`\bTERMINATION\s+IN\s+FULL\b`,
    String.raw`\bFULL(?:Y)?\s+TERMINAT`,
    // "TERMINATES THE CONTRACT", "TERMINATES THIS ORDER", "IS TERMINATED", "TERMINATED PURCHASE ORDER"
    String.raw`\bTERMINATES?\s+(?:THE\s+|THIS\s+)?${THING}\b`,
    String.raw`\b(?:IS|HAS BEEN|WAS|BEING)\s+TERMINATED\b`,
    String.raw`\bTERMINATED\s+${THING}\b`,
    String.raw`\bTO\s+TERMINATE\b`,
  ].join('|'),
);
const PARTIAL = /\bPARTIAL(?:LY)?\s+TERMINAT/;
const RESCISSION = /\b(?:RESCIND|RESCINDS|RESCINDED|RESCINDING|RESCISSION|REVOKE|REVOKES|REVOKED|WITHDRAW|WITHDRAWS|WITHDRAWN|REINSTATE|REINSTATES|REINSTATED)\b[^.;]{0,80}?\bTERMINATION\b/;
const REFERENCE = /\b(?:FROM|DUE TO|PURSUANT TO|AFTER|FOLLOWING|RESULTING FROM)\s+(?:A\s+|THE\s+)?(?:PRIOR\s+|PREVIOUS\s+)?TERMINAT(?:ED|ION)\b/;
// A termination clause added to the contract, not a termination.
const CLAUSE = /\bINCORPORAT\w*\b[^.;]{0,80}?\bCLAUSES?\b/;

function kindOf(text: string): TerminationKind | undefined {
  if (/\bCONVENIENCE\b/.test(text)) return 'convenience';
  if (/\bDEFAULT\b/.test(text)) return 'default';
  if (/\bCAUSE\b/.test(text)) return 'cause';
  return undefined;
}

/** What one record says about its award's termination, or null when it says nothing. */
export function terminationEvent(row: Pick<AwardRow, 'description' | 'actionType' | 'date'>): TerminationEvent | null {
  const text = (row.description ?? '').toUpperCase().replace(/\s+/g, ' ');
  if (PARTIAL.test(text)) return null;
  if (RESCISSION.test(text)) return { event: 'rescinded', date: row.date };
  if (TERMINATION.test(text) && !(CLAUSE.test(text) && !/\bTERMINATES\b|\bTERMINATED\b/.test(text))) {
    const kind = kindOf(text);
    return { event: 'terminated', date: row.date, ...(kind ? { kind } : {}), ...(REFERENCE.test(text) ? { reference: true } : {}) };
  }
  const action = (row.actionType ?? '').trim().toUpperCase();
  const code = ACTION_TYPE_CODES[action] ?? (/^TERMINATE FOR (CONVENIENCE|DEFAULT|CAUSE)\b/.exec(action) ? kindOf(action) : undefined);
  if (code) return { event: 'terminated', date: row.date, kind: code, byActionType: true };
  return null;
}

/**
 * An award's standing from all its termination events, in date order: terminated when the last
 * event terminates it; the date is the first termination record after the last rescission.
 */
export function resolveTermination(events: readonly TerminationEvent[]): TerminationEvent | null {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || (a.event === b.event ? 0 : a.event === 'rescinded' ? 1 : -1));
  const last = sorted.at(-1);
  if (!last || last.event !== 'terminated') return null;
  const afterRescission = sorted.slice(sorted.findLastIndex((e) => e.event === 'rescinded') + 1);
  // A record that terminates the award is better evidence than one referring to it, and words better than a code.
  return afterRescission.find((e) => !e.reference && !e.byActionType) ?? afterRescission.find((e) => !e.reference) ?? afterRescission[0]!;
}

const KIND_WORDS: Record<TerminationKind, string> = {
  convenience: " for the government's convenience",
  default: ' for default',
  cause: ' for cause',
};

/**
 * `subject` "award 70CDCR26FR0000001" → "award 70CDCR26FR0000001 was terminated for the government's
 * convenience on 2026-04-17 (per the record)"; `plural` for "awards A, B and C were terminated …".
 */
export function describeTermination(subject: string, t: TerminationEvent, plural = false): string {
  const how = t.kind ? KIND_WORDS[t.kind] : '';
  const was = plural ? 'were' : 'was';
  if (t.reference) return `${subject} ${was} terminated${how} (per ${plural ? 'records' : 'a record'} of ${t.date})`;
  if (t.byActionType) return `${subject} ${was} terminated${how} on ${t.date} (per the action type of the record${plural ? 's' : ''}, which covers complete and partial terminations)`;
  return `${subject} ${was} terminated${how} on ${t.date} (per the record${plural ? 's' : ''})`;
}

/** "award A was terminated …" or, for awards terminated alike, "awards A, B and C were terminated …". */
export function describeTerminations(list: ReadonlyArray<{ award: string; termination: TerminationEvent }>, max = 6): string {
  const groups = new Map<string, { awards: string[]; termination: TerminationEvent }>();
  for (const { award, termination: t } of list) {
    const key = `${t.kind}|${t.date}|${t.reference}|${t.byActionType}`;
    const group = groups.get(key) ?? { awards: [], termination: t };
    group.awards.push(award);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ awards, termination }) => {
    const shown = awards.slice(0, max);
    const more = awards.length - shown.length;
    const names = more ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
    return describeTermination(`${awards.length > 1 ? 'awards' : 'award'} ${names}`, termination, awards.length > 1);
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts[0]!;
}
