/**
 * schema.org data in the page: JSON-LD and microdata. Reads JobPosting.hiringOrganization and the
 * organisation an EmployerAggregateRating or EmployerReview is about (the employer), and Product.brand /
 * Product.manufacturer (the brand). Page data is untrusted and can be
 * huge or hostile, so every read is bounded by count, not only by time: JSON-LD blocks share one
 * character budget (nothing larger is parsed), the walk stops at a node cap counted as children are
 * queued (a 450,000-element array or an object with 70,000 keys costs no more than the cap) and at a
 * depth cap, microdata reads a fixed number of scopes, and the whole read also stops after a small
 * time budget. A top-level Organization is ignored: on a job board or a store it is usually the site
 * itself.
 */
import { type PageSignal } from './types';

/** All JSON-LD blocks of a page together: real pages use a few kB. */
export const MAX_JSON_LD_CHARS = 256_000;
const MAX_DEPTH = 32;
/** Nodes queued in the JSON-LD walk, over all blocks. */
export const MAX_NODES = 10_000;
/** Microdata item scopes read, per type. */
export const MAX_MICRODATA_SCOPES = 20;

export interface Budget {
  deadline: number;
  now: () => number;
  /** Nodes queued so far (JSON-LD) and microdata scopes read: what the caps count. */
  nodes: number;
  scopes: number;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name.trim() || null : null;
  }
  return null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function walkJsonLd(root: unknown, out: PageSignal[], budget: Budget): void {
  const stack: Array<{ value: unknown; depth: number }> = [];
  // Every node is counted as it is queued, so no array or object can queue more than the cap allows.
  const queue = (value: unknown, depth: number): boolean => {
    if (budget.nodes >= MAX_NODES) return false;
    budget.nodes++;
    if (depth <= MAX_DEPTH) stack.push({ value, depth });
    return true;
  };
  queue(root, 0);
  let popped = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++popped % 256 === 0 && budget.now() > budget.deadline) return;
    if (Array.isArray(value)) {
      for (const item of value) if (!queue(item, depth + 1)) break;
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    if (types.includes('JobPosting')) {
      const employer = nameOf(node.hiringOrganization);
      if (employer) out.push({ name: employer.slice(0, 200), role: 'employer', source: 'structured-data' });
    }
    // An employer's ratings and reviews (Glassdoor, Indeed company pages): the employer they are about.
    if (types.includes('EmployerAggregateRating') || types.includes('EmployerReview')) {
      const employer = nameOf(node.itemReviewed);
      if (employer) out.push({ name: employer.slice(0, 200), role: 'employer', source: 'structured-data' });
    }
    if (types.some((t) => t === 'Product' || t === 'ProductGroup' || t === 'IndividualProduct')) {
      const product = nameOf(node)?.slice(0, 300);
      for (const key of ['brand', 'manufacturer']) {
        const brand = nameOf(node[key]);
        if (brand) out.push({ name: brand.slice(0, 200), role: 'brand', source: 'structured-data', ...(product ? { product } : {}) });
      }
    }
    for (const key in node) {
      const child = node[key];
      if (key !== 'hiringOrganization' && key !== 'brand' && key !== 'manufacturer' && child && typeof child === 'object') {
        if (!queue(child, depth + 1)) break;
      } else {
        // Keys with plain values count too: an object with 70,000 of them is not free to look at.
        if (budget.nodes >= MAX_NODES) break;
        budget.nodes++;
      }
    }
  }
}

function microdata(doc: Document, budget: Budget): PageSignal[] {
  const out: PageSignal[] = [];
  // A few scopes of each type, first in document order: thousands of nested scopes cost no more.
  const scopes = (type: string) => {
    const found: Element[] = [];
    for (const scope of doc.querySelectorAll(`[itemtype$="schema.org/${type}"]`)) {
      if (found.length >= MAX_MICRODATA_SCOPES || budget.now() > budget.deadline) break;
      found.push(scope);
    }
    budget.scopes += found.length;
    return found;
  };
  const read = (scope: Element, prop: string): string | null => {
    const el = scope.querySelector(`[itemprop="${prop}"]`);
    if (!el) return null;
    const inner = el.querySelector('[itemprop="name"]');
    const value = inner?.getAttribute('content') ?? inner?.textContent ?? el.getAttribute('content') ?? el.textContent;
    const text = value?.replace(/\s+/g, ' ').trim();
    return text ? text.slice(0, 200) : null;
  };
  for (const scope of scopes('JobPosting')) {
    const name = read(scope, 'hiringOrganization');
    if (name) out.push({ name, role: 'employer', source: 'structured-data' });
  }
  for (const scope of scopes('Product')) {
    for (const prop of ['brand', 'manufacturer']) {
      const name = read(scope, prop);
      if (name) out.push({ name, role: 'brand', source: 'structured-data' });
    }
  }
  return out;
}

/**
 * The names a page's schema.org data gives. `stats`, when given, receives what the read cost (nodes
 * queued, microdata scopes read), for tests that hold the caps.
 */
export function extractStructuredData(doc: Document, budgetMs = 25, now: () => number = () => performance.now(), stats?: { nodes: number; scopes: number }): PageSignal[] {
  const budget: Budget = { deadline: now() + budgetMs, now, nodes: 0, scopes: 0 };
  const out: PageSignal[] = [];
  let chars = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // The time budget stops further work, never all of it: on a busy machine the clock can pass the
    // deadline before the first block is read, and a posting's employer would then go unread (the
    // count and character caps bound the work whatever the clock says).
    if (budget.nodes >= MAX_NODES || (chars > 0 && now() > budget.deadline)) break;
    const text = script.textContent ?? '';
    // A block that would take the page past its character budget is not parsed at all.
    if (!text || chars + text.length > MAX_JSON_LD_CHARS) continue;
    chars += text.length;
    try {
      walkJsonLd(JSON.parse(text), out, budget);
    } catch {
      // Malformed JSON-LD is common on the web: skip the block.
    }
  }
  out.push(...microdata(doc, budget));
  if (stats) Object.assign(stats, { nodes: budget.nodes, scopes: budget.scopes });
  return out;
}
