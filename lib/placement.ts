/**
 * Where the panel goes, so that it never costs the user the page: not over a store's buy button,
 * not over a bar the page keeps fixed at the top or bottom of the window (a sticky cart bar, a
 * cookie banner's buttons). Given the window, the card's size and what the page must keep visible,
 * it picks the first free corner (bottom right first, as people expect), or the user's own choice;
 * in a narrow window the card is a sheet along the bottom (or top) edge, above the page's bars.
 * No DOM here: entrypoints/panel.content/placement.ts measures the page.
 */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

/** Below this width the panel is a sheet along an edge. */
export const NARROW_PX = 600;
export const MARGIN_PX = 16;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlaceInput {
  width: number;
  height: number;
  card: { width: number; height: number };
  /** What must stay visible (buy buttons), in window coordinates. */
  keepVisible: readonly Box[];
  /** How much of the window's top and bottom the page's fixed bars take. */
  bars: { top: number; bottom: number };
  /** The corner the user docked the panel in, on this site. */
  chosen?: Corner;
}

export interface Place {
  corner: Corner;
  /** How far from its edge the card sits, past the page's bar on that edge. */
  offset: number;
  narrow: boolean;
}

/** The card's box in a corner. */
export function boxAt(input: PlaceInput, corner: Corner): Box {
  const narrow = input.width < NARROW_PX;
  const margin = narrow ? 0 : MARGIN_PX;
  const top = corner.startsWith('top');
  const width = narrow ? input.width : Math.min(input.card.width, input.width - 2 * margin);
  const left = narrow || corner.endsWith('left') ? margin : input.width - margin - width;
  const edge = top ? input.bars.top + margin : input.height - input.bars.bottom - margin - input.card.height;
  return { left, top: edge, right: left + width, bottom: edge + input.card.height };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function choosePlace(input: PlaceInput): Place {
  const narrow = input.width < NARROW_PX;
  const offsetOf = (corner: Corner) => (corner.startsWith('top') ? input.bars.top : input.bars.bottom);
  const candidates: readonly Corner[] = input.chosen ? [input.chosen] : narrow ? ['bottom-right', 'top-right'] : CORNERS;
  let best: { corner: Corner; covered: number } | undefined;
  for (const corner of candidates) {
    const box = boxAt(input, corner);
    const covered = input.keepVisible.reduce((sum, keep) => sum + overlap(box, keep), 0);
    if (!best || covered < best.covered) best = { corner, covered };
    if (covered === 0) break;
  }
  const corner = best!.corner;
  return { corner, offset: offsetOf(corner), narrow };
}

const AROUND: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];

/** The next corner for the "move" button, clockwise from bottom right. */
export function nextCorner(corner: Corner): Corner {
  return AROUND[(AROUND.indexOf(corner) + 1) % AROUND.length]!;
}
