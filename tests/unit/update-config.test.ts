/**
 * Where a build takes its updates from (lib/updates/update-config.ts): the project's own source by default,
 * the environment's instead, none when switched off; every wrong value is refused by name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readUpdateConfig } from '@/lib/updates/update-config';
import { generateSigningKeys } from '@/lib/updates/signing';

const official = JSON.parse(readFileSync('data/update-source.json', 'utf8')) as { url: string; publicKeys: string[] };
const key = generateSigningKeys().publicKey;
const next = generateSigningKeys().publicKey;

describe('the update source of a build', () => {
  it('is the project\'s own by default: its GitHub Pages address, over https, with one or two keys', () => {
    expect(readUpdateConfig({}, official)).toEqual(official);
    expect(official.url).toMatch(/^https:\/\/[a-z0-9-]+\.github\.io\/[a-z0-9-]+\/dataset\.json$/);
    expect(official.publicKeys.length).toBeGreaterThanOrEqual(1);
  });

  it('is the environment\'s when DATASET_URL and DATASET_PUBLIC_KEY are set (keys separated by commas)', () => {
    expect(readUpdateConfig({ DATASET_URL: 'https://data.example.org/d.json', DATASET_PUBLIC_KEY: `${key}, ${next}` }, official)).toEqual({
      url: 'https://data.example.org/d.json',
      publicKeys: [key, next],
    });
  });

  it('is none with CONTRACTLENS_UPDATES=off, whatever else is set', () => {
    expect(readUpdateConfig({ CONTRACTLENS_UPDATES: 'off' }, official)).toBeNull();
    expect(readUpdateConfig({ CONTRACTLENS_UPDATES: 'off', DATASET_URL: 'https://x.example/d.json', DATASET_PUBLIC_KEY: key }, official)).toBeNull();
    expect(readUpdateConfig({}, undefined)).toBeNull();
  });

  it.each([
    [{ CONTRACTLENS_UPDATES: 'no' }, undefined, 'CONTRACTLENS_UPDATES must be "off" or "on"'],
    [{ DATASET_URL: 'https://x.example/d.json' }, undefined, 'Set both DATASET_URL and DATASET_PUBLIC_KEY'],
    [{ DATASET_URL: 'http://x.example/d.json', DATASET_PUBLIC_KEY: key }, undefined, 'DATASET_URL must be https://'],
    [{ DATASET_URL: 'https://x.example/d.json', DATASET_PUBLIC_KEY: 'abc' }, undefined, 'DATASET_PUBLIC_KEY[0] must be the base64'],
    [{ DATASET_URL: 'https://x.example/d.json', DATASET_PUBLIC_KEY: `${key},${key}` }, undefined, 'DATASET_PUBLIC_KEY lists the same key twice'],
    [{}, { url: 'https://x.example/d.json', publicKeys: [key, next, generateSigningKeys().publicKey] }, 'data/update-source.json: publicKeys must list 1 or 2'],
    [{}, { url: 'ftp://x.example/d.json', publicKeys: [key] }, 'data/update-source.json: url must be https://'],
    [{}, { url: 'https://x.example/d.json', publicKeys: key }, 'data/update-source.json: publicKeys must be a list'],
  ])('refuses %j %j, by name', (env, file, message) => {
    expect(() => readUpdateConfig(env, file)).toThrow(message);
  });
});
