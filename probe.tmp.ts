import { chromium } from 'playwright-core';
import { launchOptions } from './tests/browser.ts';
const URL_ = 'http://127.0.0.1:4421/transcripts/2022-02-22-putin-aliyev/';
const browser = await chromium.launch(launchOptions);
const mode = process.argv[2] ?? 'shots';
if (mode === 'drift') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(URL_);
  const r = await page.evaluate(() => [...document.querySelectorAll('.tx-note__ref')].map((ref) => {
    const card = document.getElementById((ref as HTMLElement).dataset.note!)!;
    const a = ref.getBoundingClientRect(), b = card.getBoundingClientRect();
    return `${ref.textContent} p${ref.closest('.tx-para')!.getAttribute('data-n')} drift=${Math.round(b.top - a.top)} h=${Math.round(b.height)}`;
  }));
  console.log(r.join('\n'));
  const sz = await page.evaluate(() => [...document.querySelectorAll('.tx-note__ref')].slice(0,3).map(r => { const b = r.getBoundingClientRect(); return `${b.width}x${b.height}`; }));
  console.log(sz);
}
if (mode === 'shots') {
  for (const width of [390, 1280]) for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    const hash = process.argv[3] ?? '#putin-ukraine';
    await page.goto(URL_ + hash, { waitUntil: 'networkidle' });
    if (process.argv[4]) await page.evaluate(process.argv[4]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/i11/${width}-${colorScheme}.png` });
    await page.close();
  }
}
await browser.close();
