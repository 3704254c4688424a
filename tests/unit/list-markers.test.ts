/**
 * Which results of a list get a marker (entrypoints/background/list-markers.ts): listed employers and
 * listed companies' sites, and never anything the settings switch off.
 */
import { describe, expect, it } from 'vitest';
import { listMarkers } from '@/entrypoints/background/list-markers';
import { buildCompanyIndex } from '@/lib/company-index';
import { addMute, DEFAULT_SETTINGS, type Dismissal, type Settings } from '@/lib/settings';
import { buildDataset } from '@/scripts/build-dataset';

const dataset = buildDataset();
const index = buildCompanyIndex(dataset);
const NOW = Date.parse('2026-12-04T12:00:00Z');
const state = { now: NOW, dismissed: [] as Dismissal[] };
const JOBS = 'https://www.linkedin.com/jobs/search/?keywords=engineer';
const SEARCH = 'https://www.google.com/search?q=analytics';
const request = {
  // Listed; unlisted; listed but a name that also means other things (needs a second signal).
  names: ['Booz Allen Hamilton', 'Acme Robotics', 'BAH'],
  hosts: ['www.palantir.com', 'example.org', 'octocat.github.io'],
};
const keys = async (url: string, settings: Settings = DEFAULT_SETTINGS, s = state) => (await listMarkers(index, url, request, settings, s)).map((m) => `${m.key}→${m.company.id}`);

describe('list markers', () => {
  it('marks listed employers and listed companies\' sites, nothing else (not an ambiguous name, not a github.io page)', async () => {
    expect(await keys(JOBS)).toEqual(['Booz Allen Hamilton→booz-allen', 'www.palantir.com→palantir']);
  });

  it('carries the verdict for the marker\'s words: direct and recent for Booz Allen, indirect and past for GitHub', async () => {
    const [booz] = await listMarkers(index, JOBS, { names: ['Booz Allen Hamilton'], hosts: [] }, DEFAULT_SETTINGS, state);
    expect(booz!.verdict).toMatchObject({ tier: 'direct', recent: true });
    expect(booz!.verdict.agencies.every((a) => ['ICE', 'CBP', 'DHS', 'ORR', 'USACE', 'DoD'].includes(a))).toBe(true);
    const [github] = await listMarkers(index, SEARCH, { names: [], hosts: ['github.com'] }, DEFAULT_SETTINGS, state);
    expect(github!.verdict).toMatchObject({ tier: 'indirect', recent: false, agencies: ['ICE'] });
  });

  it('nothing with alerts off, in discreet mode, or on a muted site; a dismissed company loses its marker on that site only', async () => {
    expect(await keys(JOBS, { ...DEFAULT_SETTINGS, showAlerts: false })).toEqual([]);
    expect(await keys(JOBS, { ...DEFAULT_SETTINGS, discreet: true })).toEqual([]);
    // Booz Allen's panel dismissed on LinkedIn: Palantir keeps its marker there, Booz Allen keeps its own elsewhere.
    const dismissed = { ...state, dismissed: [{ site: 'linkedin.com', company: 'booz-allen' }] };
    expect(await keys(JOBS, DEFAULT_SETTINGS, dismissed)).toEqual(['www.palantir.com→palantir']);
    expect(await keys(SEARCH, DEFAULT_SETTINGS, dismissed)).toEqual(['Booz Allen Hamilton→booz-allen', 'www.palantir.com→palantir']);
    expect(await keys(JOBS, addMute(DEFAULT_SETTINGS, 'site', 'linkedin.com', 'day', NOW))).toEqual([]);
    // A mute that has ended mutes nothing.
    expect(await keys(JOBS, DEFAULT_SETTINGS, { ...state, now: NOW + 2 * 86_400_000 })).toHaveLength(2);
    expect(await keys(JOBS, addMute(DEFAULT_SETTINGS, 'site', 'linkedin.com', 'day', NOW), { ...state, now: NOW + 2 * 86_400_000 })).toHaveLength(2);
  });

  it('job results follow "job pages", web results "company sites"; a muted company or muted site gets no marker', async () => {
    expect(await keys(SEARCH, { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, jobs: false } })).toEqual(['www.palantir.com→palantir']);
    expect(await keys(SEARCH, { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, sites: false } })).toEqual(['Booz Allen Hamilton→booz-allen']);
    expect(await keys(JOBS, addMute(DEFAULT_SETTINGS, 'company', 'booz-allen', 'always', NOW))).toEqual(['www.palantir.com→palantir']);
    expect(await keys(SEARCH, addMute(DEFAULT_SETTINGS, 'site', 'palantir.com', 'always', NOW))).toEqual(['Booz Allen Hamilton→booz-allen']);
  });

  it('a listed employer named like a brand that counts only on its own products gets no marker; a distinctive brand does', async () => {
    const names = ['Ring', 'Spectrum', 'Surface', 'Whole Foods Market', 'Bath Iron Works'];
    expect((await listMarkers(index, JOBS, { names, hosts: [] }, DEFAULT_SETTINGS, state)).map((m) => `${m.key}→${m.company.id}`)).toEqual([
      'Whole Foods Market→amazon',
      'Bath Iron Works→general-dynamics',
    ]);
  });

  it('only companies doing a kind of work switched on', async () => {
    const off = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.involvement).map((k) => [k, false])) as Settings['involvement'];
    expect(await keys(JOBS, { ...DEFAULT_SETTINGS, involvement: off })).toEqual([]);
  });
});
