/**
 * Whether the user could see the panel they clicked. A page can lay an opaque element over the panel
 * that lets clicks through (`pointer-events: none`) and draw its own "Accept all" there, so that a
 * click meant for the page lands on "Mute". Chromium's IntersectionObserver v2 (`trackVisibility`)
 * reports whether anything is painted over the target, or it or an ancestor is faded, filtered or
 * transformed. It reports changes only, at most every DELAY_MS, so a click is judged a moment after
 * it (SETTLE_MS): it counts only if the panel was reported fully visible then and nothing hid it
 * from CLEAR_BEFORE_MS before the click until then (an overlay shown just as the button is pressed
 * is reported within that time). Where the browser has no such report (Firefox), this check passes;
 * there the permanent choices' confirmation with its delay (components/Panel.tsx) is what stands.
 */

const DELAY_MS = 100;
export const SETTLE_MS = 250;
export const CLEAR_BEFORE_MS = 500;

export interface VisibilityReport {
  at: number;
  visible: boolean;
}

/** The decision, from the reports so far (oldest first): no browser API, tested in Node. */
export function clickSeen(reports: readonly VisibilityReport[], clickAt: number): boolean {
  const latest = reports.at(-1);
  if (!latest?.visible) return false;
  return !reports.some((r) => !r.visible && r.at >= clickAt - CLEAR_BEFORE_MS);
}

export interface VisibilityGuard {
  /** Resolves, a moment after a click at `clickAt` (performance.now()), with whether it counts. */
  seen(clickAt: number): Promise<boolean>;
  stop(): void;
}

export const tracksVisibility = () => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

export function guardVisibility(target: Element): VisibilityGuard {
  if (!tracksVisibility()) return { seen: () => Promise.resolve(true), stop() {} };
  const reports: VisibilityReport[] = [];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) reports.push({ at: performance.now(), visible: (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible });
      // Only the recent past and the latest report matter.
      const cutoff = performance.now() - 10 * CLEAR_BEFORE_MS;
      while (reports.length > 1 && reports[0]!.at < cutoff) reports.shift();
    },
    { trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit,
  );
  observer.observe(target);
  return {
    seen: (clickAt) => new Promise((resolve) => setTimeout(() => resolve(clickSeen(reports, clickAt)), SETTLE_MS)),
    stop: () => observer.disconnect(),
  };
}
