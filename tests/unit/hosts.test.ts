import { describe, expect, it } from 'vitest';
import { candidateHosts, HostIndex, isPublicSuffix, normalizeHost, toMatchPatterns } from '@/lib/hosts';

describe('normalizeHost', () => {
  it.each([
    ['https://WWW.Wayfair.COM/sofas?x=1', 'www.wayfair.com'],
    ['www.wayfair.com.', 'www.wayfair.com'],
    ['http://aws.amazon.com:8443/path', 'aws.amazon.com'],
    ['https://user:pw@github.com/', 'github.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['https://xn--mnchen-3ya.de/', 'xn--mnchen-3ya.de'],
    ['  dell.com  ', 'dell.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['', '   ', 'http://[::1]/', 'http://127.0.0.1/', 'http://', 'not a host name', 'http://a..b.com/'])(
    'rejects %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );
});

describe('candidateHosts', () => {
  it('walks up to the registrable domain and no further', () => {
    expect(candidateHosts('a.b.aws.amazon.com')).toEqual(['a.b.aws.amazon.com', 'b.aws.amazon.com', 'aws.amazon.com', 'amazon.com']);
    expect(candidateHosts('wayfair.com.example.net')).toEqual(['wayfair.com.example.net', 'com.example.net', 'example.net']);
  });
  it('treats private suffixes (github.io, blogspot.com) as boundaries', () => {
    expect(candidateHosts('octocat.github.io')).toEqual(['octocat.github.io']);
    expect(candidateHosts('www.shop.co.uk')).toEqual(['www.shop.co.uk', 'shop.co.uk']);
  });
  it('has nothing for a bare public suffix', () => {
    expect(candidateHosts('co.uk')).toEqual([]);
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('github.io')).toBe(true);
    expect(isPublicSuffix('github.com')).toBe(false);
  });
});

describe('HostIndex', () => {
  // Values are company positions; named here for readability.
  const [AMAZON, GITHUB, WAYFAIR, SPECIAL] = [0, 1, 2, 3];
  const index = new HostIndex();
  index.add('amazon.com', AMAZON);
  index.add('wholefoodsmarket.com', AMAZON);
  index.add('github.com', GITHUB);
  index.add('wayfair.com', WAYFAIR);
  index.add('special.amazon.com', SPECIAL);

  it.each([
    ['https://aws.amazon.com/', AMAZON, 'amazon.com'],
    ['https://www.amazon.com/dp/B0', AMAZON, 'amazon.com'],
    ['https://wholefoodsmarket.com/', AMAZON, 'wholefoodsmarket.com'],
    ['https://github.com/features', GITHUB, 'github.com'],
    ['https://gist.github.com/', GITHUB, 'github.com'],
    ['https://x.special.amazon.com/', SPECIAL, 'special.amazon.com'],
  ])('%s → %s by the rule %s', (url, value, rule) => {
    expect(index.lookup(url)).toEqual({ value, rule });
  });

  it.each([
    'https://notwayfair.com/',
    'https://wayfair.com.example.net/',
    'https://octocat.github.io/',
    'https://github.io/',
    'https://amazon.co.uk/',
    'https://amazonas-coffee.com/',
    'https://www.example.com/',
    'about:blank',
  ])('%s matches nothing', (url) => {
    expect(index.lookup(url)).toBeNull();
  });

  it('keeps the first owner of a host and reports the clash', () => {
    const clash = new HostIndex();
    expect(clash.add('example.com', 7)).toBeUndefined();
    expect(clash.add('example.com', 8)).toBe(7);
    expect(clash.lookup('example.com')?.value).toBe(7);
  });
});

describe('toMatchPatterns', () => {
  it('covers each host and its subdomains once', () => {
    expect(toMatchPatterns(['amazon.com', 'aws.amazon.com', 'github.com', 'amazon.com'])).toEqual([
      '*://*.amazon.com/*',
      '*://*.github.com/*',
    ]);
  });
});
