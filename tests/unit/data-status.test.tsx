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
  updateSource: 'https://contractlens.github.io/contractlens/dataset.json',
  checkOverdue: false,
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

  it('says where updates come from, and when none has got through for over a week', async () => {
    await mount(base);
    expect(container.querySelector('[data-testid=update-source]')!.textContent).toBe("Updates come from contractlens.github.io, signed with ContractLens's publishing key.");
    expect(container.querySelector('[data-testid=check-overdue]')).toBeNull();
    await mount({ ...base, checkOverdue: true, status: { lastCheckAt: '2026-12-01T08:00:00.000Z', lastSuccessAt: '2026-11-20T08:00:00.000Z' } });
    expect(container.querySelector('[data-testid=check-overdue]')!.textContent).toMatch(/^No update has got through for over a week \(last success: .*2026.*\): the data may be falling behind\.$/);
    await mount({ ...base, updatesConfigured: false, updateSource: undefined });
    expect(container.querySelector('[data-testid=update-source]')).toBeNull();
    expect(container.textContent).toContain('This build has no update source');
  });

  it('flags only expired data as a problem; a failed or overdue check and data nearing its expiry are neutral notes', async () => {
    const failed = { lastCheckAt: '2026-12-01T08:00:00.000Z', lastSuccessAt: '2026-11-20T08:00:00.000Z', lastError: { at: '2026-12-01T08:00:00.000Z', code: 'network', message: 'offline' } };
    const classes = () => ['data-expiry', 'check-overdue', 'last-error'].map((id) => container.querySelector(`[data-testid=${id}]`)?.className ?? null);
    await mount({ ...base, checkOverdue: true, status: failed });
    expect(classes()).toEqual(['muted', 'note', 'note']);
    await mount({ ...base, freshness: 'stale', checkOverdue: true, status: failed });
    expect(classes()).toEqual(['note', 'note', 'note']);
    await mount({ ...base, freshness: 'expired', checkOverdue: true, status: failed });
    expect(classes()).toEqual(['problem', 'problem', 'problem']);
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
