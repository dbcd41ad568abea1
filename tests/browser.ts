/**
 * How tests and scripts start Chromium on this machine: Debian's browser (no
 * Playwright download), with the flags that keep it from calling home on a
 * closed network. Playwright gives every launch a fresh profile.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } as const;
