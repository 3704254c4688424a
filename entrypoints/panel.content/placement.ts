/**
 * Measures what the panel must not cover on this page (lib/placement.ts decides where it goes):
 * buy buttons ("Add to cart", "Buy now", by their usual ids and names or their words) and the bars
 * the page keeps fixed along the window's top and bottom edges. Read when the panel appears, when
 * the window is resized and when scrolling stops; bounded (a few hundred elements at most).
 */
import type { Box } from '@/lib/placement';

const BUY_SELECTOR = [
  '#add-to-cart-button',
  '#buy-now-button',
  '[id*="add-to-cart" i]',
  '[id*="addtocart" i]',
  '[name*="add-to-cart" i]',
  '[data-testid*="add-to-cart" i]',
  '[data-automation-id*="add-to-cart" i]',
  '[class*="add-to-cart" i]',
  '[aria-label*="add to cart" i]',
  '[aria-label*="buy now" i]',
].join(',');
const BUY_WORDS = /\b(add to (cart|bag|basket|trolley)|buy now|buy it now|place order|checkout)\b|añadir al carrito|agregar al carrito|comprar ahora/i;
const MAX_SCANNED = 400;

const visible = (box: DOMRect, width: number, height: number) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < height && box.left < width;

/** Buy buttons on screen, as boxes in window coordinates. */
export function findBuyButtons(doc: Document, width: number, height: number): Box[] {
  const found = new Set<Element>(doc.querySelectorAll(BUY_SELECTOR));
  const buttons = doc.querySelectorAll('button, input[type="submit"], input[type="button"], a[role="button"]');
  for (let i = 0; i < buttons.length && i < MAX_SCANNED; i++) {
    const el = buttons[i]!;
    const words = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '').slice(0, 80);
    if (BUY_WORDS.test(words)) found.add(el);
  }
  const out: Box[] = [];
  for (const el of found) {
    if (el.localName.startsWith('contractlens-')) continue;
    const box = el.getBoundingClientRect();
    if (visible(box, width, height)) out.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
  }
  return out;
}

/** The element's nearest fixed or sticky ancestor (or itself), if any. */
function pinned(el: Element | null): Element | null {
  for (let node = el; node && node !== document.documentElement && node !== document.body; node = node.parentElement) {
    const position = getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/** How much of the window's top and bottom the page's fixed bars take (a bar: less than a third of the height). */
export function findBars(doc: Document, width: number, height: number): { top: number; bottom: number } {
  const bars = { top: 0, bottom: 0 };
  for (const x of [width * 0.2, width * 0.5, width * 0.8]) {
    for (const [edge, y] of [['top', 1], ['bottom', height - 2]] as const) {
      const hit = doc.elementsFromPoint(x, y).find((el) => !el.localName.startsWith('contractlens-'));
      const bar = pinned(hit ?? null);
      if (!bar) continue;
      const box = bar.getBoundingClientRect();
      if (box.height >= height / 3) continue;
      bars[edge] = Math.max(bars[edge], edge === 'top' ? Math.max(0, box.bottom) : Math.max(0, height - box.top));
    }
  }
  return bars;
}
