/**
 * publish-check: a build for a published address stops, before it renders a
 * page, while content/site.yaml still holds the example contact (or an editor
 * marked as the example), naming the setting to change and its line. Readers
 * of a published site must reach someone when they report an error. Builds
 * for the local preview or an example address (`npm start`, the tests) keep
 * the example and only warn (src/lib/site-config.ts).
 */
import type { AstroIntegration } from 'astro';
import { SITE_URL } from '../src/lib/deploy.ts';
import { assertPublishable } from '../src/lib/site-config.ts';

/** The Astro integration: checks on `astro:config:setup` of `astro build`. */
export function publishCheckIntegration(): AstroIntegration {
  return {
    name: 'tx:publish-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') assertPublishable(SITE_URL);
      },
    },
  };
}
