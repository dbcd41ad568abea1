/**
 * Who stands behind the site and how readers reach them: content/site.yaml,
 * read once per build. Every "Report an error" link is built here, with the
 * page's address filled in, so the editor knows which page a report is about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { contentPaths, type ContentPaths } from './content-paths.ts';
import { isPublishedSiteUrl, isReservedHost } from './deploy.ts';
import { siteConfigSchema } from './schemas.ts';
import { readYamlContent } from './yaml-content.ts';

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The contact's host (for mailto:, the domain of the address). */
function contactHost(contact: string): string {
  if (contact.startsWith('mailto:'))
    return (contact.slice('mailto:'.length).split('?')[0] ?? '').split('@')[1] ?? '';
  return new URL(contact).hostname;
}

/** True while the contact is still the shipped example: an address at a name reserved for examples (example.org, *.test …). */
export const isExampleContact = (contact: string): boolean => isReservedHost(contactHost(contact));

/** The marker of an example value written in content/site.yaml; a published page never shows it. */
const EXAMPLE_MARK = '(example entry)';

/** A setting of content/site.yaml that still holds the shipped example, and what to do about it. */
export interface PublishProblem {
  /** The setting to change, as written in content/site.yaml (`contact`, `editor.name`). */
  setting: 'contact' | 'editor.name';
  message: string;
}

/**
 * Why this configuration must not be published at `site`, naming the one
 * setting of content/site.yaml to change; undefined when it may be, or when
 * `site` is local or an example address (`npm start`, the tests), which keep
 * the example.
 */
export function publishProblem(config: SiteConfig, site: string): PublishProblem | undefined {
  if (!isPublishedSiteUrl(site)) return undefined;
  const why = `this build publishes the site at ${site}, where readers' error reports must reach someone`;
  const how = 'README, "Who edits the site and the contact"';
  if (isExampleContact(config.contact)) {
    return {
      setting: 'contact',
      message: `contact is still the example (${config.contact}): ${why}. Set \`contact\` in content/site.yaml to your own mailto: address or https:// form (${how}).`,
    };
  }
  if (config.editor.name.includes(EXAMPLE_MARK)) {
    return {
      setting: 'editor.name',
      message: `editor.name is still marked "${EXAMPLE_MARK}": ${why}. Set \`editor.name\` in content/site.yaml to who edits the site (${how}).`,
    };
  }
  return undefined;
}

/** The line of a top-level key in a YAML text (1-based), or 0. */
function lineOfKey(text: string, key: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1;
}

/**
 * Stops a build for the published site `site` while content/site.yaml holds an
 * example value: a ContentError at the line of the setting to change.
 */
export function assertPublishable(site: string, paths: ContentPaths = contentPaths()): void {
  const config = getSiteConfig(paths);
  const problem = publishProblem(config, site);
  if (!problem) return;
  const line = lineOfKey(readFileSync(paths.site, 'utf8'), problem.setting.split('.')[0]!);
  throw new ContentError(relative(process.cwd(), paths.site), line, problem.message);
}

/** How the contact reads on a page: the e-mail address, or the URL without its scheme. */
export const contactLabel = (contact: string): string =>
  contact.startsWith('mailto:')
    ? contact.slice('mailto:'.length).split('?')[0]!
    : contact.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * The "Report an error" link of a page: a mailto: with a subject naming the
 * page and a body holding its address, or the contact URL with the page's
 * address in a `page` query parameter.
 */
export function reportErrorHref(contact: string, page: { url: string; title: string }): string {
  if (contact.startsWith('mailto:')) {
    const [address] = contact.slice('mailto:'.length).split('?');
    const subject = `Error report: ${page.title}`;
    const body = `Page: ${page.url}\n\nWhat is wrong, and the source that shows it:\n`;
    return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(contact);
  url.searchParams.set('page', page.url);
  return url.href;
}

let cached: SiteConfig | undefined;

/** content/site.yaml, validated (cached for the build). Stops the build, naming the file and line, when it is missing or wrong. */
export function getSiteConfig(paths: ContentPaths = contentPaths()): SiteConfig {
  if (cached) return cached;
  if (!existsSync(paths.site)) {
    throw new ContentError(
      'content/site.yaml',
      0,
      'missing: the site configuration names the editor and the contact for error reports (see README)',
    );
  }
  cached = readYamlContent(paths.site, siteConfigSchema);
  // Only a production build warns: that is what gets published. (Scripts run outside Vite have no import.meta.env.)
  if (import.meta.env?.PROD && isExampleContact(cached.contact)) {
    console.warn(
      `[site] content/site.yaml still holds the example contact (${cached.contact}): set a real contact before publishing; a build for a published SITE_URL stops until then (README, "Who edits the site and the contact").`,
    );
  }
  return cached;
}
