// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataStatus } from '@/components/DataStatus';
import type { DatasetStatus } from '@/lib/messages';

const container = document.createElement('div');
document.body.append(container);

const base: DatasetStatus = {
  version: 4,
  generatedAt: '2026-11-22T00:00:00.000Z',
  expiresAt: '2027-02-20T00:00:00.000Z',
  freshness: 'fresh',
  companies: 158,
  source: 'update',
  updatesConfigured: true,
  updates: { enabled: true, periodHours: 24 },
  status: {},
  hostsNeedingPermission: [],
};

async function mount(status: DatasetStatus) {
  (fakeBrowser.runtime as any).sendMessage = vi.fn(async () => status);
  (fakeBrowser as any).permissions = { request: vi.fn(async () => true) };
  // A fresh mount: the section asks for the status once, when it appears.
  act(() => render(null, container));
  await act(async () => render(<DataStatus />, container));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

afterEach(() => act(() => render(null, container)));

describe('DataStatus', () => {
  it('says until when the data is valid, and when it is about to expire or has expired', async () => {
    await mount(base);
    expect(container.querySelector('[data-testid=data-expiry]')!.textContent).toBe('Valid until February 20, 2027.');
    await mount({ ...base, freshness: 'stale' });
    expect(container.querySelector('[data-testid=data-expiry]')!.textContent).toContain('expires on February 20, 2027 and no newer data has arrived');
    await mount({ ...base, freshness: 'expired' });
    expect(container.querySelector('[data-testid=data-expiry]')!.textContent).toContain('This data expired on February 20, 2027: facts may be out of date.');
  });

  it('says how many new sites need permission, and asks only on a real click', async () => {
    await mount({ ...base, hostsNeedingPermission: ['*://*.newco.com/*', '*://*.other.org/*'] });
    expect(container.querySelector('[data-testid=host-permission]')!.textContent).toContain('2 new sites in the data need your permission');
    // A synthetic click (isTrusted false) asks nothing.
    await act(async () => (container.querySelector('[data-testid=allow-hosts]') as HTMLButtonElement).click());
    expect((fakeBrowser as any).permissions.request).not.toHaveBeenCalled();
    await mount(base);
    expect(container.querySelector('[data-testid=host-permission]')).toBeNull();
  });
});
