import { describe, expect, it } from 'vitest';
import { isAmbiguousName, isGenericPhrase } from '@/scripts/usaspending/name-ambiguity';

describe('name ambiguity (what data:new-companies writes as ambiguousNames)', () => {
  it('one ordinary word needs a second signal; a coined name known to be distinctive does not', () => {
    for (const name of ['Constellation, Inc.', 'EMERGENT, LLC', 'CACI', 'Haskell']) expect(isAmbiguousName(name)).toBe(true);
    for (const name of ['LEIDOS, INC.', 'Peraton Inc.', 'SLSCO, LTD.']) expect(isAmbiguousName(name)).toBe(false);
  });

  it('names made only of generic business words need a second signal, whatever their legal form or state', () => {
    for (const name of [
      'ACQUISITION LOGISTICS LLC',
      'Acquisition Logistics',
      'INFORMATION TECHNOLOGY STRATEGIES, INC.',
      'SECURE COMMUNICATION SYSTEMS, INC.',
      'Advanced Technology Systems Company',
      'ADVANCED TECHNOLOGY SYSTEMS COMPANY, INC. (OF VIRGINIA)',
      'NEW TECH SOLUTIONS, INC.',
      'SYSTEMS PLANNING AND ANALYSIS, INC.',
      'MANAGEMENT & TRAINING CORPORATION',
      'ASSET PROTECTION & SECURITY SERVICES, L.P.',
    ]) {
      expect(isGenericPhrase(name), name).toBe(true);
      expect(isAmbiguousName(name), name).toBe(true);
    }
  });

  it('a name with one word of its own matches alone', () => {
    for (const name of [
      'CACI, INC. - FEDERAL',
      'GENERAL DYNAMICS INFORMATION TECHNOLOGY, INC.',
      'GLOBAL MARITEK SYSTEMS, INC.',
      'DELL FEDERAL SYSTEMS L.P.',
      'CAPGEMINI GOVERNMENT SOLUTIONS LLC',
      'Booz Allen Hamilton Inc.',
      'Amazon Web Services',
    ]) {
      expect(isGenericPhrase(name), name).toBe(false);
      expect(isAmbiguousName(name), name).toBe(false);
    }
  });

  it('names made only of ordinary words (and generic ones) need a second signal; one word of their own is enough', () => {
    for (const name of ['BLUE TECH INC.', 'PEOPLE WHO THINK, L.L.C.', 'FOUR LLC', 'AVER LLC', 'ACUITY INC', 'SNAP, INC', 'Acuity International, LLC', 'SIERRA NEVADA COMPANY, LLC', 'DEPLOYED RESOURCES LLC', 'FAMILY ENDEAVORS, INC.']) {
      expect(isAmbiguousName(name), name).toBe(true);
    }
    for (const name of ['KCI-ACUITY, LLC', 'FOUR POINTS TECHNOLOGY, L.L.C.', 'CELLEBRITE INC', 'UNISSANT INC.']) expect(isAmbiguousName(name), name).toBe(false);
  });

  it('initials and numbers add nothing: the rest of the name decides', () => {
    for (const name of ['J.P. INDUSTRIES, INC.', 'C2 TECHNOLOGIES, INC.', '3T FEDERAL SOLUTIONS LLC', 'IT TECH DIRECT LLC', 'DV UNITED LLC']) {
      expect(isAmbiguousName(name), name).toBe(true);
    }
    for (const name of ['U.S. BANCORP', 'ERNST & YOUNG LLP', 'LIONBRIDGE GLOBAL SOLUTIONS II INC.', 'GRANT THORNTON LLP']) expect(isAmbiguousName(name), name).toBe(false);
  });

  it('an empty name or one of only joiners, legal forms and a state is never taken as distinctive', () => {
    expect(isAmbiguousName('')).toBe(true);
    expect(isAmbiguousName('Inc.')).toBe(true);
    expect(isAmbiguousName('The Company of Virginia')).toBe(true);
  });
});
