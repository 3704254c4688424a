/**
 * The in-page panel. Registered at run time by the background for the dataset's hosts plus the job
 * boards and stores of lib/sites.ts (entrypoints/background/panel-registration.ts), so it never runs
 * anywhere else. On a job board or store it first reads the employer or brand off the page
 * (lib/extract); then it asks the background about the page (the background owns the dataset and the
 * settings) and, if told to, mounts a Preact panel in a shadow root.
 *
 * Single-page apps (LinkedIn …) change the URL with pushState: on WXT's location-change event the
 * page is read again and the panel follows (new employer → new panel, none → panel gone). Waiting
 * for the page to render uses one MutationObserver on the main content, debounced, disconnected as
 * soon as a name is found or after a few seconds.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LookupResponse, MatchInfo, PageInfo } from '@/lib/messages';
import type { PageSignal } from '@/lib/extract/types';
import { extractPageSignals } from '@/lib/extract';
import { getSiteCategory } from '@/lib/sites';
import { Panel } from '@/components/Panel';
import { CollapsedTab } from '@/components/CollapsedTab';
import { useState } from 'preact/hooks';
import './style.css';

const SETTLE_MS = 150;
const WAIT_MS = 2500;

type Outgoing =
  | { type: 'page-lookup'; url: string; signals: PageSignal[]; force?: boolean }
  | { type: 'page-leave' | 'dismiss-site' }
  | { type: 'mute'; kind: 'site' | 'company'; duration: 'day' | 'week' | 'always'; companyId?: string };

async function send(message: Outgoing): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated under this page: stay silent.
    return undefined;
  }
}

/**
 * Waits for the page to render a name: one observer on the main content, debounced, disconnected as
 * soon as a name appears or after WAIT_MS, when whatever the page then shows is read.
 */
function waitForSignals(ctx: ContentScriptContext): Promise<PageSignal[]> {
  const read = () => extractPageSignals(document, location.hostname);
  return new Promise((resolve) => {
    let settle: number | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      resolve(ctx.isValid ? read() : []);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = window.setTimeout(() => {
        if (read().length) finish();
      }, SETTLE_MS);
    });
    const deadline = window.setTimeout(finish, WAIT_MS);
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * The popup asks the page for its URL and names (it cannot read tab URLs without `tabs`), and asks it
 * to show the panel ("Show details").
 */
function answerPopup(ctx: ContentScriptContext, info: () => PageInfo, showDetails: () => Promise<void>) {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'page-info') return Promise.resolve(info());
    if (type === 'show-panel') return showDetails().then(() => true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** The full panel, or the collapsed tab that opens it. */
function PanelRoot({ match, initiallyOpen, onClose }: { match: MatchInfo; initiallyOpen: boolean; onClose: (message: Outgoing) => void }) {
  const [open, setOpen] = useState(initiallyOpen);
  if (!open) return <CollapsedTab companyName={match.company.name} onOpen={() => setOpen(true)} />;
  return (
    <Panel
      autoFocus={!initiallyOpen}
      match={match}
      today={new Date().toISOString().slice(0, 10)}
      onDismiss={() => onClose({ type: 'dismiss-site' })}
      onMute={(kind, duration) => onClose({ type: 'mute', kind, duration, companyId: kind === 'company' ? match.company.id : undefined })}
    />
  );
}

async function mountPanel(ctx: ContentScriptContext, match: MatchInfo, open: boolean): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: 'contractlens-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute('data-company', match.company.id);
      const close = (message: Outgoing) => {
        ui.remove();
        void send(message);
      };
      render(<PanelRoot match={match} initiallyOpen={open} onClose={close} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const category = getSiteCategory(location.hostname);
    let signals: PageSignal[] = [];
    let shown: { key: string; ui: ShadowRootContentScriptUi<HTMLElement> } | null = null;
    let generation = 0;
    const apply = async (mine: number, force = false) => {
      const response = (await send({ type: 'page-lookup', url: location.href, signals, force })) as LookupResponse | undefined;
      // A newer navigation superseded this one, or the extension went away.
      if (mine !== generation || !ctx.isValid) return;
      const match = response?.status === 'show' && typeof response.match?.company?.id === 'string' ? response.match : null;
      const open = response?.status === 'show' && response.open === true;
      const key = match ? `${match.company.id}|${match.why.kind}|${open}` : null;
      if (!force && shown && shown.key === key && shown.ui.shadowHost.isConnected) return;
      shown?.ui.remove();
      shown = null;
      if (match && key) shown = { key, ui: await mountPanel(ctx, match, open) };
    };
    answerPopup(
      ctx,
      () => ({ url: location.href, signals }),
      () => apply(generation, true),
    );
    // The badge belongs to this page: clear it when the page goes (navigation, tab closed).
    ctx.addEventListener(window, 'pagehide', () => void send({ type: 'page-leave' }));
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) void evaluate(false);
    });

    const evaluate = async (afterNavigation: boolean) => {
      const mine = ++generation;
      if (!afterNavigation) {
        // Answer at once from what the page already shows (the site's own company, if listed).
        signals = category ? extractPageSignals(document, location.hostname) : [];
        await apply(mine);
        if (!category || signals.length) return;
      }
      // A single-page app still rendering, or a same-page navigation: wait for the page, then ask again.
      const later = await waitForSignals(ctx);
      if (mine !== generation) return;
      signals = later;
      await apply(mine);
    };

    await evaluate(false);
    if (category) ctx.addEventListener(window, 'wxt:locationchange', () => void evaluate(true));
  },
});
