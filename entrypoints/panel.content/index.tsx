/**
 * The in-page panel. Registered at run time by the background with the dataset's hosts as match
 * patterns (entrypoints/background/panel-registration.ts), so it runs only on listed hosts and
 * follows data updates. At document_idle it asks the background about this page (the background
 * owns the dataset and the settings) and, if told to, mounts a Preact panel in a shadow root.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LookupResponse, MatchInfo } from '@/lib/messages';
import { Panel } from '@/components/Panel';
import './style.css';

async function ask(message: { type: 'page-lookup' | 'dismiss-site' | 'mute-site' }): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated under this page: stay silent.
    return undefined;
  }
}

/**
 * The popup cannot read a tab's URL without the broad `tabs` permission, so it asks the page's own
 * content script, which exists only on listed hosts: no answer means nothing is flagged there.
 */
function answerUrlQueries(ctx: ContentScriptContext) {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== 'page-url') return undefined;
    return Promise.resolve(location.href);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

async function mountPanel(ctx: ContentScriptContext, match: MatchInfo) {
  const ui = await createShadowRootUi(ctx, {
    name: 'contractlens-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute('data-company', match.company.id);
      const close = (message: 'dismiss-site' | 'mute-site') => {
        ui.remove();
        void ask({ type: message });
      };
      render(
        <Panel
          match={match}
          today={new Date().toISOString().slice(0, 10)}
          onDismiss={() => close('dismiss-site')}
          onMute={() => close('mute-site')}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    answerUrlQueries(ctx);
    const response = (await ask({ type: 'page-lookup' })) as LookupResponse | undefined;
    // The background validated the dataset; here only the shape of the answer is checked.
    if (!ctx.isValid || response?.status !== 'show' || typeof response.match?.company?.id !== 'string') return;
    await mountPanel(ctx, response.match);
  },
});
