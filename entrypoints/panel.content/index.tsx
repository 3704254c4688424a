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
 *
 * On a result list (job searches, web searches: lib/extract/lists) it also puts a marker beside each
 * result whose employer or site is a listed company (./markers.ts); a marker opens that company's panel.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ListMarker, LookupResponse, MatchInfo } from '@/lib/messages';
import type { PageSignal } from '@/lib/extract/types';
import { extractPageSignals } from '@/lib/extract';
import { getListReader } from '@/lib/extract/lists';
import { t, type MessageKey } from '@/lib/i18n';
import { getSiteCategory, showsManyCompanies } from '@/lib/sites';
import { choosePlace, CORNERS, nextCorner, type Corner } from '@/lib/placement';
import { getVerdict, verdictLevel } from '@/lib/verdict';
import { verdictAmount, verdictBadge, verdictHeadline, verdictMarker } from '@/lib/verdict-text';
import { findBars, findBuyButtons } from './placement';
import { Panel } from '@/components/Panel';
import { CollapsedTab } from '@/components/CollapsedTab';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createMarkers } from './markers';
import { readFastCard } from './fast-card';
import { guardVisibility, type VisibilityGuard } from './visibility';
import './style.css';

const SETTLE_MS = 150;
const WAIT_MS = 2500;
/** The longest the panel waits for the page to be idle (a page that is never idle still gets it). */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Resolves once the page's main thread is idle: reading the page and rendering the panel come after
 * the page's own work (its load event included, on a page that has nothing left to load), never
 * before it. Without requestIdleCallback (older Safari-like engines), after the current task.
 */
function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** What the user does with a panel: sent with the panel's answer id, and applied to its company. */
type PanelAction = { type: 'dismiss' | 'undismiss' | 'panel-seen' } | { type: 'open-record'; section?: 'report' } | { type: 'mute'; kind: 'site' | 'company'; duration: 'day' | 'week' | 'always' };

type Outgoing =
  | { type: 'page-lookup'; doc: string; url: string; signals: PageSignal[]; force?: boolean }
  | { type: 'page-leave'; doc: string }
  | { type: 'warm-up' }
  | (PanelAction & { answer: string })
  | { type: 'list-lookup'; doc: string; names: string[]; hosts: string[] }
  | { type: 'list-open'; doc: string; name?: string; host?: string };

async function send(message: Outgoing): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated under this page: stay silent.
    return undefined;
  }
}

/**
 * A panel's answer id (lib/messages.ts AnswerId): given by the worker with the answer the panel shows.
 * A panel shown from a kept answer (./fast-card.ts) has none until the worker confirms it; an action
 * taken meanwhile waits for it (a few seconds at most), and is dropped if the panel is replaced.
 */
interface PanelAnswer {
  id: string | undefined;
  ready: Promise<string | undefined>;
  settle: (id: string | undefined) => void;
}

function panelAnswer(id?: string): PanelAnswer {
  let resolve: (id: string | undefined) => void = () => undefined;
  const answer: PanelAnswer = {
    id,
    ready: new Promise((r) => (resolve = r)),
    settle: (next) => {
      answer.id = next;
      resolve(next);
    },
  };
  if (id) resolve(id);
  return answer;
}

const ANSWER_WAIT_MS = 5000;

/** Sends a panel's action with its answer id, once it has one. */
async function sendAction(answer: PanelAnswer, action: PanelAction): Promise<unknown> {
  const id = answer.id ?? (await Promise.race([answer.ready, new Promise<undefined>((r) => setTimeout(r, ANSWER_WAIT_MS))]));
  return id ? send({ ...action, answer: id }) : undefined;
}

/**
 * Waits for the page to render a name: one observer on the main content, debounced, disconnected as
 * soon as a name appears or after WAIT_MS, when whatever the page then shows is read. A newer
 * navigation aborts the wait: its observer and timers go at once, and nothing more is read.
 */
function waitForSignals(ctx: ContentScriptContext, abort: AbortSignal): Promise<PageSignal[]> {
  const read = () => extractPageSignals(document, location.href);
  return new Promise((resolve) => {
    let settle: number | undefined;
    const stop = () => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      abort.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      resolve([]);
    };
    const finish = () => {
      stop();
      resolve(ctx.isValid && !abort.aborted ? read() : []);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = window.setTimeout(() => {
        if (read().length) finish();
      }, SETTLE_MS);
    });
    const deadline = window.setTimeout(finish, WAIT_MS);
    abort.addEventListener('abort', cancel);
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** "Show details" in the popup asks the page to show the panel, even if muted or discreet. */
function answerPopup(ctx: ContentScriptContext, showDetails: () => Promise<void>) {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only our own pages (the popup), never another tab's content script.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if ((message as { type?: unknown } | null)?.type === 'show-panel') return showDetails().then(() => true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/**
 * Tells the background that a panel that opened by itself was on screen, once the tab is visible
 * (a background tab's panel has not been seen): only then does the auto-open guard count it.
 */
function reportSeen(ctx: ContentScriptContext, answer: PanelAnswer) {
  if (document.visibilityState === 'visible') {
    void sendAction(answer, { type: 'panel-seen' });
    return;
  }
  const onVisible = (event: Event) => {
    if (!event.isTrusted || document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', onVisible);
    if (ctx.isValid) void sendAction(answer, { type: 'panel-seen' });
  };
  document.addEventListener('visibilitychange', onVisible);
  ctx.onInvalidated(() => document.removeEventListener('visibilitychange', onVisible));
}

/** The corner the user docked the panel in, per site (only sites where they moved it). */
const DOCK_KEY = 'dock';
const MAX_DOCKED_SITES = 200;

async function readDock(site: string): Promise<Corner | undefined> {
  try {
    const docked = ((await browser.storage.local.get(DOCK_KEY))[DOCK_KEY] ?? {}) as Record<string, unknown>;
    const corner = docked[site];
    return (CORNERS as readonly unknown[]).includes(corner) ? (corner as Corner) : undefined;
  } catch {
    return undefined;
  }
}

async function writeDock(site: string, corner: Corner): Promise<void> {
  try {
    const docked = { ...(((await browser.storage.local.get(DOCK_KEY))[DOCK_KEY] ?? {}) as Record<string, Corner>) };
    delete docked[site];
    // Newest last; the oldest go first past the bound.
    const entries = [...Object.entries(docked), [site, corner] as const].slice(-MAX_DOCKED_SITES);
    await browser.storage.local.set({ [DOCK_KEY]: Object.fromEntries(entries) });
  } catch {
    // Storage unavailable (the extension reloaded): the panel still moves on this page.
  }
}

const PLACE_NAMES: Record<Corner, MessageKey> = {
  'bottom-right': 'placeBottomRight',
  'bottom-left': 'placeBottomLeft',
  'top-left': 'placeTopLeft',
  'top-right': 'placeTopRight',
};

/** How long the "Hidden … · Undo" note stays when nobody touches it. */
const UNDO_MS = 10_000;

/**
 * The panel, the collapsed tab that opens it, or the note left by a dismissal (with its undo). It
 * places itself where it covers no buy button and no bar the page keeps fixed (lib/placement.ts),
 * or where the user docked it on this site. Every action needs the user's own input (`isTrusted`):
 * a page script that clicks our buttons or dispatches keys changes nothing. What changes a setting
 * (dismiss, undo, mute) also needs the panel to have been in plain view when it was clicked
 * (./visibility.ts): a click that went through something the page laid over the panel changes
 * nothing, and the panel says what covered it and where else to act.
 */
function PanelRoot({
  match,
  host,
  initiallyOpen,
  act,
  onClose,
}: {
  match: MatchInfo;
  host: HTMLElement;
  initiallyOpen: boolean;
  act: (action: PanelAction) => void;
  onClose: (action?: PanelAction) => void;
}) {
  const [mode, setMode] = useState<'panel' | 'tab' | 'hidden'>(initiallyOpen ? 'panel' : 'tab');
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<Corner | undefined>(undefined);
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const box = useRef<HTMLDivElement>(null);
  const guard = useRef<VisibilityGuard | null>(null);
  const [covered, setCovered] = useState(false);

  useEffect(() => {
    if (!box.current) return undefined;
    const watching = guardVisibility(box.current);
    guard.current = watching;
    return () => watching.stop();
  }, []);

  useEffect(() => void readDock(match.site).then((docked) => docked && setChosen(docked)), [match.site]);

  // Placed now, whenever the card changes size, and when the window is resized or scrolling stops.
  useEffect(() => {
    const card = box.current;
    if (!card) return undefined;
    const place = () => {
      const width = window.innerWidth;
      const height = window.innerHeight;
      const rect = card.getBoundingClientRect();
      const where = choosePlace({
        width,
        height,
        card: { width: rect.width, height: rect.height },
        keepVisible: findBuyButtons(document, width, height),
        bars: findBars(document, width, height),
        ...(chosen ? { chosen } : {}),
      });
      host.setAttribute('data-place', where.corner);
      host.style.setProperty('--cl-offset', `${Math.round(where.offset)}px`);
      setCorner(where.corner);
    };
    let timer: number | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = window.setTimeout(place, 250);
    };
    place();
    const sized = new ResizeObserver(later);
    sized.observe(card);
    window.addEventListener('resize', later);
    window.addEventListener('scroll', later, { passive: true });
    return () => {
      clearTimeout(timer);
      sized.disconnect();
      window.removeEventListener('resize', later);
      window.removeEventListener('scroll', later);
    };
  }, [chosen, mode, host]);

  // The note goes by itself unless the pointer or focus is on it.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (mode !== 'hidden' || held) return undefined;
    const timer = window.setTimeout(() => onClose(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [mode, held]);

  const trusted = (event: Event, act: () => void) => event.isTrusted && act();
  // A choice that changes a setting: only from a panel the user could see (judged a moment later).
  const seen = (event: Event, act: () => void) => {
    if (!event.isTrusted) return;
    const at = performance.now();
    void (guard.current?.seen(at) ?? Promise.resolve(false)).then((ok) => {
      setCovered(!ok);
      if (ok) act();
    });
  };
  let content;
  if (mode === 'tab') {
    content = (
      <CollapsedTab
        companyName={match.company.name}
        level={verdictLevel(getVerdict(match.company, today()))}
        onOpen={(event) =>
          trusted(event, () => {
            setOpened(true);
            setMode('panel');
          })
        }
      />
    );
  } else if (mode === 'hidden') {
    content = (
      <div
        class="hidden-note"
        role="status"
        data-testid="hidden-note"
        onPointerEnter={() => setHeld(true)}
        onPointerLeave={() => setHeld(false)}
        onFocusIn={() => setHeld(true)}
        onFocusOut={() => setHeld(false)}
      >
        <span>{t('panelHidden', match.company.name, match.site)}</span>
        <button
          type="button"
          onClick={(event) =>
            seen(event, () => {
              act({ type: 'undismiss' });
              setOpened(true);
              setMode('panel');
            })
          }
        >
          {t('panelUndo')}
        </button>
        <button type="button" class="icon-button" aria-label={t('panelCloseNote')} onClick={(event) => trusted(event, () => onClose())}>
          ×
        </button>
      </div>
    );
  } else {
    content = (
      <Panel
        autoFocus={!initiallyOpen || opened}
        match={match}
        today={today()}
        place={t(PLACE_NAMES[corner])}
        manyCompanies={showsManyCompanies(location.hostname)}
        onDismiss={(event) =>
          seen(event, () => {
            act({ type: 'dismiss' });
            setMode('hidden');
          })
        }
        onMinimise={(event) => trusted(event, () => setMode('tab'))}
        onOpenRecord={(event, section) => trusted(event, () => act({ type: 'open-record', ...(section ? { section } : {}) }))}
        onMove={(event) =>
          trusted(event, () => {
            const next = nextCorner(corner);
            setChosen(next);
            void writeDock(match.site, next);
          })
        }
        onMute={(kind, duration, event) => seen(event, () => onClose({ type: 'mute', kind, duration }))}
        onMuteSite={(duration, event) => seen(event, () => onClose({ type: 'mute', kind: 'site', duration }))}
      />
    );
  }
  return (
    <div ref={box}>
      {covered ? (
        <p class="covered" role="alert" data-testid="covered">
          {t('panelCovered')}
        </p>
      ) : null}
      {content}
    </div>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Which answer a panel shows: a new answer with the same key keeps the panel as it is. */
const answerKey = (match: MatchInfo) => `${match.company.id}|${match.why.kind}`;

/** A panel in the page: its host element (`<contractlens-panel>`) and how to take it out. */
interface MountedPanel {
  host: HTMLElement;
  remove: () => void;
}

/** The panel's stylesheet (a web-accessible file of the extension), fetched once per page. */
let panelCss: Promise<string> | undefined;
const loadPanelCss = () =>
  (panelCss ??= fetch((browser.runtime.getURL as (path: string) => string)('/content-scripts/panel.css'))
    .then((response) => response.text())
    .catch(() => ''));

/**
 * Mounts the panel in a shadow root of its own, at the end of the body, styled only by our sheet
 * (`:host` is reset, so the page's styles do not reach in). Closed: page scripts cannot read or
 * rewrite the panel. Test builds (`--mode test`) leave it open so that Playwright's locators can
 * reach it; tests/e2e/page-attacks.spec.ts runs the real build.
 */
async function mountPanel(ctx: ContentScriptContext, match: MatchInfo, open: boolean, answer: PanelAnswer): Promise<MountedPanel> {
  const host = document.createElement('contractlens-panel');
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'test' ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${await loadPanelCss()}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Test builds name the company on the host, for locators; a release build tells the page nothing.
  if (import.meta.env.MODE === 'test') host.setAttribute('data-company', match.company.id);
  const remove = () => {
    render(null, container);
    host.remove();
  };
  const act = (action: PanelAction) => void sendAction(answer, action);
  const close = (action?: PanelAction) => {
    remove();
    if (action) act(action);
  };
  render(<PanelRoot match={match} host={host} initiallyOpen={open} act={act} onClose={close} />, container);
  document.body.append(host);
  ctx.onInvalidated(remove);
  return { host, remove };
}

/**
 * WXT ends a content script when a newer copy of it announces itself with a `…wxt:content-script-
 * started` event on the document, and a page can dispatch that event too (the extension's id is
 * public), which would end the panel, the markers and the popup's "Show details". A newer copy of
 * this script only ever starts once the extension was updated or reloaded, and then this copy has
 * lost its extension (`runtime.id` is gone): so while ours is alive, the event is stopped before it
 * reaches WXT's listener (a capturing listener on the window runs first); once ours is gone, it
 * passes, and WXT takes the old panel down.
 */
function keepAlive() {
  // The name WXT gives the event (its internal getUniqueEventName; page-attacks.spec.ts dispatches it).
  window.addEventListener(
    `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would otherwise post a message with the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    keepAlive();
    const category = getSiteCategory(location.hostname);
    // This page load, for the background's per-page rate limit (getRandomValues: randomUUID needs a
    // secure context, and http:// pages are not one).
    const doc = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36).padStart(7, '0')).join('');
    let signals: PageSignal[] = [];
    // The panel shown: which answer (company and kind of match), opened or collapsed, and whether it
    // was reported as seen (an opened panel counts for the auto-open guard once, after the worker's answer).
    // `kept`: shown from the answer kept in storage, not yet confirmed by the worker. `answer`: the id
    // its actions name (a kept one gets it when the worker confirms).
    let shown: { key: string; panel: MountedPanel; open: boolean; answer: PanelAnswer; seen?: boolean; kept?: boolean } | null = null;
    // The evaluation in progress; a newer navigation aborts it (observer, timers, its answer).
    let evaluation = new AbortController();
    // The address last read: the page is read once per real change of address.
    let readUrl: string | null = null;

    // The panel on the page: one at a time, replaced by the next answer (a lookup, a clicked marker).
    // The latest call wins: a panel still mounting when a newer answer comes is dropped.
    let generation = 0;
    const show = async (match: MatchInfo | null, open: boolean, key: string, answerId: string | undefined) => {
      const mine = ++generation;
      shown?.panel.remove();
      // Actions still waiting for the replaced panel's answer are dropped.
      shown?.answer.settle(shown.answer.id);
      shown = null;
      if (!match) return;
      const answer = panelAnswer(answerId);
      const panel = await mountPanel(ctx, match, open, answer);
      if (mine === generation) shown = { key, open, panel, answer, kept: answerId === undefined };
      else {
        panel.remove();
        answer.settle(answerId);
      }
    };
    const apply = async (abort: AbortSignal, force = false) => {
      const response = (await send({ type: 'page-lookup', doc, url: location.href, signals, force })) as LookupResponse | undefined;
      if (abort.aborted || !ctx.isValid || response?.status === 'busy') return;
      const match = response?.status === 'show' && typeof response.match?.company?.id === 'string' ? response.match : null;
      const open = response?.status === 'show' && response.open === true;
      const answerId = response?.status === 'show' && typeof response.answer === 'string' ? response.answer : undefined;
      const key = match ? answerKey(match) : null;
      // The same answer as the panel already shown (a same-page navigation): kept as the user left it.
      // One from storage is kept only if the worker agrees on opened or collapsed too: the kept
      // answer may predate the auto-open record of a panel just seen on another page.
      const stale = shown?.kept === true && shown.open !== open;
      if (force || stale || !shown || shown.key !== key || !shown.panel.host.isConnected) await show(match, open, key ?? '', answerId);
      else {
        // The same company and kind of match: the panel stays, and its actions name the newest answer.
        shown.kept = false;
        if (answerId) shown.answer.settle(answerId);
      }
      if (shown && open && shown.open && !shown.seen && !force) {
        shown.seen = true;
        reportSeen(ctx, shown.answer);
      }
    };
    answerPopup(ctx, () => apply(evaluation.signal, true));
    // The badge belongs to this page: clear it when the page really goes (navigation, tab closed).
    // Events a page script dispatches itself are never trusted, and are ignored.
    ctx.addEventListener(window, 'pagehide', (event) => {
      if (event.isTrusted) void send({ type: 'page-leave', doc });
    });
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.isTrusted && (event as PageTransitionEvent).persisted) void evaluate(false);
    });

    const evaluate = async (afterNavigation: boolean, url = location.href) => {
      evaluation.abort();
      const abort = (evaluation = new AbortController()).signal;
      readUrl = url;
      if (!afterNavigation) {
        // Answer at once from what the page already shows (the site's own company, if listed).
        signals = category ? extractPageSignals(document, location.href) : [];
        await apply(abort);
        if (!category || signals.length || abort.aborted) return;
      }
      // A single-page app still rendering, or a same-page navigation: wait for the page, then ask again.
      const later = await waitForSignals(ctx, abort);
      if (abort.aborted) return;
      signals = later;
      await apply(abort);
    };

    // Started at once, since the browser does the reading: the panel's sheet and, on a listed
    // company's own site, the answer the worker left in storage (./fast-card.ts).
    const fastCard = category ? Promise.resolve(null) : readFastCard(location.hostname);
    if (!category) void loadPanelCss();
    // A store or job board needs the worker's answer: a sleeping worker wakes while the page is read.
    else void send({ type: 'warm-up' });
    // Everything that costs the page (reading it, the markers, the panel) waits until it is idle.
    await pageIdle();
    if (!ctx.isValid) return;

    // Result lists: a marker beside each listed employer or site; a marker opens its company's panel.
    const listReader = getListReader(new URL(location.href));
    if (listReader) {
      const markers = createMarkers({
        doc: document,
        reader: listReader,
        mode: import.meta.env.MODE === 'test' ? 'open' : 'closed',
        lookup: async (names, hosts) => {
          const answer = (await send({ type: 'list-lookup', doc, names, hosts })) as { status?: string; markers?: ListMarker[] } | undefined;
          return answer?.status === 'busy' || answer?.status === 'spent' ? answer.status : Array.isArray(answer?.markers) ? answer.markers : [];
        },
        label: (m) => {
          const amount = verdictAmount(m.verdict);
          const preview = `${m.company.name}: ${verdictBadge(m.verdict)} · ${verdictHeadline(m.verdict)}${amount ? `. ${amount}` : ''}.`;
          const text = verdictMarker(m.verdict);
          // The visible words, after the name, make the accessible name (the same in every language).
          return { text, preview, name: `${m.company.name}: ${text} (${t('brand')})` };
        },
        open: (request) =>
          void (async () => {
            const response = (await send({ type: 'list-open', doc, ...request })) as LookupResponse | undefined;
            if (response?.status === 'show' && ctx.isValid) await show(response.match, true, `${response.match.company.id}|list`, response.answer);
          })(),
      });
      const stop = new AbortController();
      ctx.onInvalidated(() => stop.abort());
      markers.watch(stop.signal);
    }

    // The kept answer is shown without waking a sleeping worker (MV3 stops it after 30 s idle); the
    // worker is asked after it, off the panel's path, and its answer (with the badge) wins.
    const fast = await fastCard;
    if (fast && ctx.isValid && !shown) await show(fast.match, fast.open, answerKey(fast.match), undefined);
    await evaluate(false);
    // WXT's location-change event fires as a navigation starts (the Navigation API's `navigate`), so
    // its own `newUrl` says where to. It is never trusted, and a page could dispatch one by that name,
    // but a page's event carries no `newUrl` this world can see: only a real change of address starts
    // a new read, once.
    if (category) {
      ctx.addEventListener(window, 'wxt:locationchange', (event) => {
        const next = (event as Event & { newUrl?: unknown }).newUrl;
        if (next instanceof URL && next.href !== readUrl) void evaluate(true, next.href);
      });
    }
  },
});
