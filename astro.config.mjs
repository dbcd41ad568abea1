// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkTranscript } from './build-plugins/remark-transcript.ts';
import { BASE_PATH, SITE_URL } from './src/lib/deploy.ts';
import { CACHE_DIR } from './src/lib/build-cache.ts';
import { pagefindIntegration } from './build-plugins/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import { siteUrlWarningIntegration } from './build-plugins/site-url-warning.ts';
import { publishCheckIntegration } from './build-plugins/publish-check.ts';
import { builtSiteIntegration } from './build-plugins/built-site.ts';

export default defineConfig({
  // Where the site is published; canonical and share URLs are built from it.
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Lossless: the default 'jsx' mode can drop the space between inline
  // elements, which would join words of the record.
  compressHTML: true,
  // Every page's CSS in its own <style> (hashed into the CSP like our inline
  // scripts): no render-blocking stylesheet request before the first paint.
  build: { inlineStylesheets: 'always' },
  // A Content-Security-Policy <meta> on every page: hashes for our scripts and
  // styles, no 'unsafe-inline', nothing from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The offline service worker (build-plugins/offline.ts); the installable app's manifest.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Search compiles Pagefind's WebAssembly on the page (src/client/search-pagefind.ts):
      // 'wasm-unsafe-eval' allows that and nothing else, no eval() of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Fixture, sub-path and benchmark builds write elsewhere so they never mix with the real build.
  outDir: process.env.OUT_DIR ?? './dist',
  // Also where quote cards are kept between builds (src/lib/quote-card-cache.ts).
  cacheDir: CACHE_DIR,
  markdown: {
    // No code in the record; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // One pipeline for .md and .mdx. remark-gfm is the only source of GFM
    // (built-in GFM off) and smartypants is off: the record keeps its own
    // quotes and dashes, character for character.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkTranscript],
    }),
  },
  vite: {
    // Lazy modules imported by URL (`?worker&url`, see src/client/search-boot.ts) are ES modules, so
    // one can export what its importer calls (src/client/search-closest.ts).
    worker: { format: 'es' },
    // No PostCSS plugins: said here, so Vite does not look for a PostCSS config file in every folder up the tree.
    css: { postcss: {} },
    build: {
      rolldownOptions: {
        // Astro marks every MDX module it bundles (each note and transcript) with the directive
        // "use astro:head-inject", which Rolldown does not know and warns about, once per file,
        // every build (withastro/astro#18087). Astro reads the marker itself; nothing is lost.
        // Only that directive is silenced: any other module-level directive still warns.
        onLog(level, log, handler) {
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('"use astro:head-inject"')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
  // Pagefind runs after the pages are written: it indexes the record and the built note pages (build-plugins/pagefind.ts).
  // built-site then reads every page once: it trims each page's CSP to the hashes of its own inline code,
  // lists what a reader can save for offline reading (offline.json, sw.js, the search index included)
  // and writes _headers (CSP as a header, caching) for Netlify and Cloudflare Pages;
  // the last word of a build is a warning when its URLs say localhost (src/lib/deploy.ts).
  // The sitemap lists canonical pages only: a share page (/q/…) is canonically its paragraph on the transcript.
  integrations: [
    // First: a published build with the example contact stops before any work (src/lib/site-config.ts).
    publishCheckIntegration(),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${BASE_PATH}q/`) }),
    pagefindIntegration(),
    builtSiteIntegration(),
    siteUrlWarningIntegration(),
  ],
});
