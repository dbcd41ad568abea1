/**
 * Who stands behind the site and how readers reach them: content/site.yaml,
 * read once per build. Every "Report an error" link is built here, with the
 * page's address filled in, so the editor knows which page a report is about.
 */
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { contentPaths, type ContentPaths } from './content-paths.ts';
import { siteConfigSchema } from './schemas.ts';
import { readYamlContent } from './yaml-content.ts';

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Domains reserved for examples (RFC 2606): a contact there is the shipped placeholder, not a real one. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(com|org|net)$/i;

/** The contact's host (for mailto:, the domain of the address). */
function contactHost(contact: string): string {
  if (contact.startsWith('mailto:')) return (contact.slice('mailto:'.length).split('?')[0] ?? '').split('@')[1] ?? '';
  return new URL(contact).hostname;
}

/** True while the contact is still the shipped example (an example.org/.com/.net address). */
export const isExampleContact = (contact: string): boolean => EXAMPLE_DOMAIN.test(contactHost(contact));

/** How the contact reads on a page: the e-mail address, or the URL without its scheme. */
export const contactLabel = (contact: string): string => (contact.startsWith('mailto:') ? contact.slice('mailto:'.length).split('?')[0]! : contact.replace(/^https?:\/\//, '').replace(/\/$/, ''));

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
    throw new ContentError('content/site.yaml', 0, 'missing: the site configuration names the editor and the contact for error reports (see README)');
  }
  cached = readYamlContent(paths.site, siteConfigSchema);
  // Only a production build warns: that is what gets published. (Scripts run outside Vite have no import.meta.env.)
  if (import.meta.env?.PROD && isExampleContact(cached.contact)) {
    console.warn(`[site] content/site.yaml still holds the example contact (${cached.contact}): set the editor and a real contact before publishing (README, "Who edits the site and the contact").`);
  }
  return cached;
}
