/**
 * Whether a click on the panel counts (entrypoints/panel.content/visibility.ts): only when the panel
 * was reported in plain view, and nothing hid it shortly before the click or until it was judged.
 */
import { describe, expect, it } from 'vitest';
import { CLEAR_BEFORE_MS, clickSeen, tracksVisibility } from '@/entrypoints/panel.content/visibility';

describe('clickSeen', () => {
  it('counts a click on a panel reported visible, and not hidden since shortly before', () => {
    expect(clickSeen([{ at: 100, visible: true }], 200)).toBe(true);
    expect(clickSeen([{ at: 100, visible: false }, { at: 400, visible: true }], 400 + CLEAR_BEFORE_MS + 1)).toBe(true);
  });

  it('refuses a click with no report yet, one under an overlay, and one just after an overlay went away', () => {
    expect(clickSeen([], 200)).toBe(false);
    // The page laid something over the panel; the click went through it.
    expect(clickSeen([{ at: 100, visible: true }, { at: 900, visible: false }], 1000)).toBe(false);
    // Shown as the button was pressed, gone a moment later: still reported, still refused.
    expect(clickSeen([{ at: 100, visible: true }, { at: 1010, visible: false }, { at: 1120, visible: true }], 1000)).toBe(false);
    expect(clickSeen([{ at: 100, visible: true }, { at: 700, visible: false }, { at: 800, visible: true }], 1000)).toBe(false);
  });

  it('where the browser cannot say (Node, Firefox), the guard is off', () => {
    expect(tracksVisibility()).toBe(false);
  });
});
