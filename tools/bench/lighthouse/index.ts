/** Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G) in Debian's Chromium. Lighthouse and chrome-launcher live in this folder's own package, which `npm run bench` installs: a deploy's `npm ci` never fetches them. */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tests/browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** What this audit uses of chrome-launcher and Lighthouse. */
interface ChromeLauncher {
  launch(options: {
    chromePath: string;
    chromeFlags: string[];
  }): Promise<{ port: number; kill(): void }>;
}
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error' },
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, { numericValue?: number } | undefined>;
      };
    }
  | undefined
>;

/**
 * The two packages, from this folder's node_modules. Imported by a computed name so that type-checking the
 * project (`npm run check`) does not need them installed; their use is typed by the interfaces above.
 */
async function loadPackages(): Promise<{ chromeLauncher: ChromeLauncher; lighthouse: Lighthouse }> {
  const load = (name: string): Promise<unknown> => import(name);
  const [chromeLauncher, lighthouse] = await Promise.all([
    load('chrome-launcher'),
    load('lighthouse'),
  ]);
  return {
    chromeLauncher: chromeLauncher as ChromeLauncher,
    lighthouse: (lighthouse as { default: Lighthouse }).default,
  };
}

export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const { chromeLauncher, lighthouse } = await loadPackages();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: Math.round(value('first-contentful-paint')),
      lcpMs: Math.round(value('largest-contentful-paint')),
      tbtMs: Math.round(value('total-blocking-time')),
      cls: Number(value('cumulative-layout-shift').toFixed(3)),
    };
  } finally {
    chrome.kill();
  }
}
