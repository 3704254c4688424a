/**
 * Reads what the panel shows on a page, for `npm start`'s headless demo and the e2e checks that run
 * the release build: the rendered text of the `<contractlens-panel>` element's shadow root
 * (entrypoints/panel.content), never recomputed from the data, so it is what a user would see. The
 * panel renders a closed section only when it is opened: the reader opens each one, as a user reading
 * everything would, and reads once they are rendered.
 *
 * The release build's root is closed: the reader runs on the root found through the DevTools
 * protocol (`DOM.getDocument` with `pierce: true` reaches closed roots too). A test build's open root
 * is read with a plain `host.shadowRoot`. Playwright's locators pierce open roots only, so they are
 * not used here.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface PanelText {
  company: string;
  /** "Owned by …" or the members of a joint venture, as shown under the name. */
  owner: string;
  /** What was matched on job and product pages ("Employer named in this job posting: …"). */
  context: string;
  summary: string;
  involvement: string;
  /** The contracts section's title with its count, as shown ("Contracts (12)"). */
  contractsTitle: string;
  /** Every contract: its claim (with the "reported" badge in brackets) and its agency · amount · period line. */
  contracts: Array<{ claim: string; meta: string }>;
  /** Every entry of every section (contracts, protests, responses), by entry id: its detail line. */
  lines: Record<string, string>;
  /** The award-records history line under the summary, or '' when the company has none. */
  history: string;
  /** The largest awards, as the award-records section says them. */
  largest: string[];
  /** The verdict in the first view: its badge, headline and rounded amount. */
  verdict: { badge: string; headline: string; amount: string };
}

export type PanelState =
  | { kind: 'none' }
  /** Closed sections were just opened and are still rendering (the panel renders them only when opened). */
  | { kind: 'opening' }
  | { kind: 'tab'; text: string; box: { x: number; y: number; width: number; height: number } }
  | { kind: 'panel'; panel: PanelText };

/**
 * The one reader: runs in the page on the panel's shadow root (or on null when there is no panel).
 * Self-contained, since it is serialised into the page. It declares no named inner function: tsx
 * would wrap one in a `__name` helper the page lacks.
 */
function readRoot(root: ShadowRoot | null): PanelState {
  const tab = root?.querySelector<HTMLElement>('[data-testid="contractlens-tab"]');
  if (tab) {
    const rect = tab.getBoundingClientRect();
    return { kind: 'tab', text: tab.innerText.replace(/\s+/g, ' ').trim(), box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
  }
  const region = root?.querySelector('[data-testid="contractlens-panel"]');
  if (!region) return { kind: 'none' };
  // The panel opens as a compact card: its record is under "Details" (a plain toggle, which a
  // script's click may open), read once rendered.
  if (!region.querySelector('[data-testid="details"]')) {
    region.querySelector<HTMLButtonElement>('[data-testid="details-button"]')?.click();
    return { kind: 'opening' };
  }
  // Every entry is read: a closed section is opened, and read once the panel has rendered it.
  const sections = [...region.querySelectorAll<HTMLDetailsElement>('details.section')];
  for (const closed of sections.filter((details) => !details.open)) closed.open = true;
  if (sections.some((details) => details.children.length < 2)) return { kind: 'opening' };
  // Contracts come first: the schema requires at least one, so the first section is always theirs.
  const section = region.querySelector('details.section');
  const entries = [...(section?.querySelectorAll(':scope > ul > li.entry') ?? [])];
  // [field, scope, selector]: the rendered text of every match, spaces collapsed, joined by a space.
  const fields = [
    ['company', region, 'h2'],
    ['owner', region, '[data-testid="parent"], [data-testid="members"]'],
    ['context', region, '[data-testid="context"]'],
    ['summary', region, '.summary'],
    ['involvement', region, '[data-testid="involvement"]'],
    ['contractsTitle', section, ':scope > summary'],
    ...entries.flatMap((entry, i) => [
      [`badge${i}`, entry, '.claim .badge'],
      [`claim${i}`, entry, '.claim'],
      [`meta${i}`, entry, '.meta'],
    ]),
  ] as Array<[string, Element | null, string]>;
  const text = Object.fromEntries(
    fields.map(([key, scope, selector]) => [
      key,
      [...(scope?.querySelectorAll<HTMLElement>(selector) ?? [])].map((el) => el.innerText.replace(/\s+/g, ' ').trim()).join(' '),
    ]),
  ) as Record<string, string>;
  return {
    kind: 'panel',
    panel: {
      company: text.company!,
      owner: text.owner!,
      context: text.context!,
      summary: text.summary!,
      involvement: text.involvement!,
      contractsTitle: text.contractsTitle!,
      history: region.querySelector('.history-line')?.textContent ?? '',
      verdict: {
        badge: region.querySelector('.verdict-badge')?.textContent ?? '',
        headline: (region.querySelector('.verdict-headline')?.textContent ?? '').replace(region.querySelector('.verdict-badge')?.textContent ?? '', '').trim(),
        amount: region.querySelector('[data-testid="verdict-amount"]')?.textContent ?? '',
      },
      largest: [...region.querySelectorAll('[data-testid="largest-awards"] > li .claim')].map((el) => el.textContent ?? ''),
      lines: Object.fromEntries([...region.querySelectorAll('li.entry[data-entry]')].map((li) => [li.getAttribute('data-entry'), li.querySelector('.meta')?.textContent ?? ''])),
      contracts: entries.map((_, i) => ({
        claim: text[`badge${i}`] ? `[${text[`badge${i}`]}] ${text[`claim${i}`]!.replace(text[`badge${i}`]!, '').trim()}` : text[`claim${i}`]!,
        meta: text[`meta${i}`]!,
      })),
    },
  };
}

interface DomNode {
  localName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Where the panel's button (or a section's summary, "Mute…") with this visible text is, scrolled into
 * view: the centre of its box, or null. Self-contained, like readRoot.
 */
function buttonCentre(root: ShadowRoot | null, text: string): { x: number; y: number } | null {
  const button = [...(root?.querySelectorAll<HTMLElement>('button, summary') ?? [])].find((b) => b.innerText.replace(/\s+/g, ' ').trim() === text);
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const rect = button.getBoundingClientRect();
  return rect.width && rect.height ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
}

/**
 * Clicks the panel's button with this visible text with the mouse, as a user would (a script's click
 * is ignored by the panel); false when there is no such button. Works on the release build's closed
 * root too.
 */
export async function clickPanelButton(page: Page, text: string): Promise<boolean> {
  const at = await onPanelRoot(page, buttonCentre, text);
  if (!at) return false;
  await page.mouse.click(at.x, at.y);
  return true;
}

/** Runs a self-contained function on the panel's shadow root, open or closed (null when there is no panel). */
export async function onPanelRoot<A, R>(page: Page, fn: (root: ShadowRoot | null, arg: A) => R, arg: A): Promise<R> {
  const host = await page.evaluate(() => {
    const el = document.querySelector('contractlens-panel');
    return el ? (el.shadowRoot ? 'open' : 'closed') : 'none';
  });
  if (host === 'none') return fn(null, arg);
  if (host === 'open') {
    const root = await page.evaluateHandle(() => document.querySelector('contractlens-panel')?.shadowRoot ?? null);
    try {
      return await root.evaluate(fn as (root: ShadowRoot | null, arg: A) => R, arg as never);
    } finally {
      await root.dispose();
    }
  }
  let cdp: CDPSession | undefined;
  try {
    cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node: DomNode): DomNode | undefined =>
      node.localName === 'contractlens-panel' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return fn(null, arg);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Running on the panel failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp?.detach().catch(() => undefined);
  }
}

/**
 * What the panel shows now: nothing yet, the collapsed tab, or the panel. With `open`, the collapsed
 * tab is clicked with the mouse, as a user would: the panel ignores clicks a script makes.
 */
export async function readPanel(page: Page, open = false): Promise<PanelState> {
  const state = await readOnce(page);
  if (open && state.kind === 'tab') await page.mouse.click(state.box.x + state.box.width / 2, state.box.y + state.box.height / 2);
  return state;
}

/** The panel read whole: closed sections are opened first, and read once rendered (at most 2 s). */
async function readOnce(page: Page): Promise<PanelState> {
  for (let tries = 0; ; tries++) {
    const state = await readRootOnce(page);
    if (state.kind !== 'opening' || tries === 100) return state;
    await page.waitForTimeout(20);
  }
}

function readRootOnce(page: Page): Promise<PanelState> {
  return onPanelRoot(page, readRoot, undefined);
}

/**
 * Waits up to `timeoutMs` for the panel. The panel opens by itself once a day per company, so a
 * second page of the same company shows the collapsed tab: it is clicked open, as a user would.
 * Returns the panel, with `fromTab` set when it was opened from the tab, or null if none appeared.
 */
export async function waitForPanel(page: Page, timeoutMs: number): Promise<{ panel: PanelText; fromTab: boolean } | null> {
  const deadline = Date.now() + timeoutMs;
  let fromTab = false;
  for (;;) {
    const state = await readPanel(page, true);
    if (state.kind === 'panel') return { panel: state.panel, fromTab };
    if (state.kind === 'tab') fromTab = true;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(150);
  }
}
