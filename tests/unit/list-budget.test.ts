/**
 * The result-list budget (lib/list-budget.ts): a page load and a site get what a person reads, and
 * a new day starts afresh; sites do not share.
 */
import { describe, expect, it } from 'vitest';
import { grantListKeys, LIST_KEYS_PER_PAGE, LIST_KEYS_PER_SITE_DAY, listBudgetSpent, type ListBudget } from '@/lib/list-budget';

const DAY = Date.parse('2026-12-07T10:00:00Z');

describe('list budget', () => {
  it('grants a page load up to its share, then nothing', () => {
    let budget: ListBudget | undefined;
    let used = 0;
    const grants: number[] = [];
    for (let i = 0; i < 4; i++) {
      const result = grantListKeys(budget, 'linkedin.com', DAY, 100, used);
      grants.push(result.granted);
      used += result.granted;
      budget = result.budget;
    }
    expect(grants).toEqual([100, LIST_KEYS_PER_PAGE - 100, 0, 0]);
    expect(budget!.sites['linkedin.com']).toBe(LIST_KEYS_PER_PAGE);
  });

  it('new page loads of one site share its budget for the day; another site and the next day start afresh', () => {
    let budget: ListBudget | undefined;
    let total = 0;
    for (let load = 0; load < 10; load++) {
      const result = grantListKeys(budget, 'linkedin.com', DAY + load * 60_000, 100, 0);
      total += result.granted;
      budget = result.budget;
    }
    expect(total).toBe(LIST_KEYS_PER_SITE_DAY);
    expect(listBudgetSpent(budget, 'linkedin.com', DAY)).toBe(true);
    expect(grantListKeys(budget, 'linkedin.com', DAY, 1, 0).granted).toBe(0);
    expect(grantListKeys(budget, 'indeed.com', DAY, 100, 0).granted).toBe(100);
    expect(listBudgetSpent(budget, 'indeed.com', DAY)).toBe(false);
    const tomorrow = DAY + 24 * 3600_000;
    expect(listBudgetSpent(budget, 'linkedin.com', tomorrow)).toBe(false);
    expect(grantListKeys(budget, 'linkedin.com', tomorrow, 100, 0)).toEqual({ granted: 100, budget: { day: '2026-12-08', sites: { 'linkedin.com': 100 } } });
  });
});
