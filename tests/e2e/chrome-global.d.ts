// `chrome` inside serviceWorker.evaluate callbacks runs in the extension's worker.
declare const chrome: typeof import('wxt/browser').browser;
