/**
 * site-url-warning: a production build whose absolute URLs would point at
 * localhost says so, at the end of the build where a publisher reads it,
 * listing what it affects (src/lib/deploy.ts). `npm start` and the tests
 * build on the local default on purpose, so this warns and never fails.
 */
import type { AstroIntegration } from 'astro';
import { localSiteUrlWarning } from '../src/lib/deploy.ts';

const RULE = '─'.repeat(72);

/** The Astro integration: warns on `astro:build:done` when SITE_URL is local. */
export function siteUrlWarningIntegration(): AstroIntegration {
  return {
    name: 'tx:site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warning = localSiteUrlWarning(process.env);
        if (warning) logger.warn(`\n${RULE}\n${warning}\n${RULE}`);
      },
    },
  };
}
