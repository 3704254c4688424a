/**
 * schema.org data in the page: JSON-LD and microdata. Reads JobPosting.hiringOrganization (the
 * employer) and Product.brand / Product.manufacturer (the brand). Page data is untrusted and can be
 * huge or hostile, so each JSON-LD block is size-capped, the walk is bounded in depth and node count,
 * and the whole read stops after a small time budget. A top-level Organization is ignored: on a job
 * board or a store it is usually the site itself.
 */
import { type PageSignal } from './types';

const MAX_BLOCK_CHARS = 1_000_000;
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;

export interface Budget {
  deadline: number;
  now: () => number;
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
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let visited = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++visited > MAX_NODES || depth > MAX_DEPTH || (visited % 256 === 0 && budget.now() > budget.deadline)) return;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    if (types.includes('JobPosting')) {
      const employer = nameOf(node.hiringOrganization);
      if (employer) out.push({ name: employer.slice(0, 200), role: 'employer', source: 'structured-data' });
    }
    if (types.some((t) => t === 'Product' || t === 'ProductGroup' || t === 'IndividualProduct')) {
      for (const key of ['brand', 'manufacturer']) {
        const brand = nameOf(node[key]);
        if (brand) out.push({ name: brand.slice(0, 200), role: 'brand', source: 'structured-data' });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'hiringOrganization' && key !== 'brand' && key !== 'manufacturer' && child && typeof child === 'object') {
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
}

function microdata(doc: Document): PageSignal[] {
  const out: PageSignal[] = [];
  const read = (scope: Element, prop: string): string | null => {
    const el = scope.querySelector(`[itemprop="${prop}"]`);
    if (!el) return null;
    const inner = el.querySelector('[itemprop="name"]');
    const value = inner?.getAttribute('content') ?? inner?.textContent ?? el.getAttribute('content') ?? el.textContent;
    const text = value?.replace(/\s+/g, ' ').trim();
    return text ? text.slice(0, 200) : null;
  };
  for (const scope of doc.querySelectorAll('[itemtype$="schema.org/JobPosting"]')) {
    const name = read(scope, 'hiringOrganization');
    if (name) out.push({ name, role: 'employer', source: 'structured-data' });
  }
  for (const scope of doc.querySelectorAll('[itemtype$="schema.org/Product"]')) {
    for (const prop of ['brand', 'manufacturer']) {
      const name = read(scope, prop);
      if (name) out.push({ name, role: 'brand', source: 'structured-data' });
    }
  }
  return out;
}

export function extractStructuredData(doc: Document, budgetMs = 25, now: () => number = () => performance.now()): PageSignal[] {
  const budget = { deadline: now() + budgetMs, now };
  const out: PageSignal[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (now() > budget.deadline) break;
    const text = script.textContent ?? '';
    if (!text || text.length > MAX_BLOCK_CHARS) continue;
    try {
      walkJsonLd(JSON.parse(text), out, budget);
    } catch {
      // Malformed JSON-LD is common on the web: skip the block.
    }
  }
  out.push(...microdata(doc));
  return out;
}
