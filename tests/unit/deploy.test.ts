import { describe, expect, test } from 'vitest';
import {
  LOCAL_SITE_URL,
  basePathFrom,
  isPublishedSiteUrl,
  localSiteUrlWarning,
  siteUrlFrom,
} from '~/lib/deploy';

describe('siteUrlFrom', () => {
  test('defaults to the local preview address', () => {
    expect(siteUrlFrom({})).toBe(LOCAL_SITE_URL);
  });
  test('takes SITE_URL as given', () => {
    expect(siteUrlFrom({ SITE_URL: 'https://owner.github.io' })).toBe('https://owner.github.io');
  });
  test('refuses a SITE_URL that is not an absolute http(s) URL, quoting it', () => {
    expect(() => siteUrlFrom({ SITE_URL: 'owner.github.io' })).toThrow(
      /SITE_URL must be an absolute URL.*"owner\.github\.io"/,
    );
    expect(() => siteUrlFrom({ SITE_URL: 'ftp://example.org' })).toThrow(/https:\/\/ or http:\/\//);
  });
});

describe('basePathFrom', () => {
  test('takes GitHub Pages’ base_path as it comes: "/repo" for a project site, "" for a user site', () => {
    expect(basePathFrom({ BASE_PATH: '/meeting' })).toBe('/meeting/');
    expect(basePathFrom({ BASE_PATH: '' })).toBe('/');
  });
  test('gives one leading and one trailing slash however it is written', () => {
    for (const value of ['meeting', 'meeting/', '/meeting/', '//meeting//'])
      expect(basePathFrom({ BASE_PATH: value })).toBe('/meeting/');
    expect(basePathFrom({})).toBe('/');
  });
});

describe('localSiteUrlWarning', () => {
  test('warns when SITE_URL is not set, naming what the local address spoils', () => {
    const warning = localSiteUrlWarning({}) ?? '';
    expect(warning).toMatch(
      /^SITE_URL is not set: this build says http:\/\/localhost:4321 in every absolute URL/,
    );
    for (const use of [
      'canonical links',
      'Open Graph',
      'share links',
      'citations',
      'JSON-LD',
      'sitemap',
    ])
      expect(warning).toContain(use);
    expect(warning).toContain('SITE_URL=https://example.org BASE_PATH=/ npm run build');
  });
  test('warns when SITE_URL is set to a local address', () => {
    expect(localSiteUrlWarning({ SITE_URL: 'http://127.0.0.1:4321' })).toMatch(
      /^SITE_URL is http:\/\/127\.0\.0\.1:4321/,
    );
  });
  test('is silent for a real host', () => {
    expect(localSiteUrlWarning({ SITE_URL: 'https://owner.github.io' })).toBeUndefined();
  });
});

describe('isPublishedSiteUrl', () => {
  test('a real host is a published address', () => {
    expect(isPublishedSiteUrl('https://owner.github.io')).toBe(true);
    expect(isPublishedSiteUrl('https://moscow-record.eu/meeting/')).toBe(true);
    expect(isPublishedSiteUrl('https://notexample.org')).toBe(true);
  });
  test('the local machine and names reserved for examples and tests are not', () => {
    for (const site of [
      'http://localhost:4321',
      'http://127.0.0.1:4321',
      'http://[::1]:4321',
      'http://app.localhost',
      'https://example.org',
      'https://example.com',
      'https://docs.example.net',
      'https://record.test',
      'https://x.invalid',
      'https://site.example',
    ]) {
      expect(isPublishedSiteUrl(site), site).toBe(false);
    }
  });
});
