/**
 * The only search code a page runs on load, kept to a few hundred bytes:
 * it waits for the reader. Focusing a search field loads the search UI
 * (search-ui.ts, which then loads Pagefind); `/` focuses the field from
 * anywhere; the search page loads the UI at once; so does a page opened from
 * a result (`?hl=`), to highlight the words. One lazy module, not two, so the
 * bundler adds no preload helper to this file.
 */
// `?worker&url` asks Vite for the URL of search-ui.ts bundled as one
// self-contained file, without making it a worker: a plain `import()` would
// pull Vite's 2 KB preload helper into this file, which every page loads.
// The bundle only has side effects (it defines <tx-search> and highlights),
// so importing it as a module is all it needs. In `astro dev`, where worker
// files are wrapped for workers, the plain import is used instead.
import uiUrl from './search-ui.ts?worker&url';

let ui: Promise<unknown> | undefined;
const loadUi = (): Promise<unknown> =>
  (ui ??= import.meta.env.DEV ? import('./search-ui.ts') : import(/* @vite-ignore */ uiUrl));

const warmed = new Set<string>();
/**
 * Starts Pagefind (script, entry, WebAssembly, index metadata) beside the UI
 * rather than after it: on a slow network each of its round trips would wait
 * for the UI's. Its WebAssembly, the largest file, is preloaded at once
 * rather than after the loader and the entry file, two round trips later.
 * The UI imports the same module URL, finds it started, and sets its options
 * (search-pagefind.ts) before the first search. Nothing is imported here, so
 * that this inline script shares no chunk with the UI.
 */
const warm = (search: Element): void => {
  const bundle = search.getAttribute('data-bundle') ?? '/pagefind/';
  if (warmed.has(bundle) || import.meta.env.DEV) return;
  warmed.add(bundle);
  const wasm = document.createElement('link');
  Object.assign(wasm, {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: `${bundle}wasm.${(document.documentElement.lang || 'unknown').toLowerCase()}.pagefind`,
  });
  document.head.append(wasm);
  // A URL in a variable, not a template in the import(): the bundler would wrap that in its preload helper.
  const url = `${bundle}pagefind.js`;
  void (
    import(/* @vite-ignore */ url) as Promise<{
      options(options: object): Promise<void>;
      init(): Promise<void>;
    }>
  )
    .then((pagefind) => {
      // On the main thread, as search-pagefind.ts says, unless the UI has started it first. Before
      // Pagefind starts, options() only records them: options and start go in one step, so no other
      // caller's options can come between them.
      const started = (window.txPagefindStarted ??= new Set());
      if (started.has(bundle)) return;
      started.add(bundle);
      void pagefind.options({ noWorker: true });
      return pagefind.init();
    })
    .catch(() => undefined);
};

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('focusin', (event) => {
  const search = event.target instanceof Element ? event.target.closest('tx-search') : null;
  if (!search) return;
  warm(search);
  void loadUi();
});

// Phones: the close button of the header field that covers the header row (search.css). Focus leaves the
// search, which folds the field back and, once search-ui.ts has arrived, closes its panel. Handled here, not
// in the lazy UI, so that the button works before the UI has loaded. Taken from whatever holds focus, since
// some phones leave it in the field when a button is tapped.
document.addEventListener('click', (event) => {
  const search =
    event.target instanceof Element && event.target.closest('.tx-search__close')
      ? event.target.closest('tx-search')
      : null;
  if (
    search &&
    document.activeElement instanceof HTMLElement &&
    search.contains(document.activeElement)
  )
    document.activeElement.blur();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target))
    return;
  // The search page's own field comes first; elsewhere, the header's.
  const field =
    document.querySelector<HTMLInputElement>('tx-search[data-mode="page"] input[name="q"]') ??
    document.querySelector<HTMLInputElement>('tx-search input[name="q"]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

const pageSearch = document.querySelector('tx-search[data-mode="page"]');
if (pageSearch) warm(pageSearch);
if (pageSearch || document.activeElement?.closest('tx-search')) void loadUi();
// A page opened from a result highlights the matched words (search-ui.ts runs search-highlight.ts).
if (new URLSearchParams(location.search).has('hl')) void loadUi();
