/**
 * The paragraph tools, loaded by transcript-boot.ts when the reader first
 * reaches for them. Turns each paragraph's button into the opener of one
 * shared popover menu: copy link, copy quote with attribution, copy the share-page
 * link (which previews as a quote card), native share where the browser has
 * it, cite, and the paragraph's other renderings (other publications' words
 * for it, listed on its share page) when it has any. Selecting words inside a paragraph offers "Link to selection",
 * a text-fragment link (`#<id>:~:text=…`). Confirmations go to #tx-announcer.
 * Browsers without the Popover API keep the plain copy-link button.
 */
import { attributeParagraph, type PersonNames } from '~/lib/attribution';
import type { RecordDescription } from '~/lib/record-description';
import { attributedQuote, quoteWithAttribution, type Attribution } from '~/lib/share';
import { paragraphOfPath } from '~/lib/urls';
import { announce, confirm, copyText } from './clipboard';
import { loadTranscriptData } from './transcript-data';
import { EDITORIAL, recordText } from './record-words';

/** The clean address of a paragraph on the current page: no query (e.g. search highlights), the anchor as hash. */
function paragraphUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

/** What TranscriptMeta.astro writes into #tx-share-data. */
interface ShareData {
  people: Record<string, PersonNames>;
  record: RecordDescription;
  place: string;
  date: string;
  /** Path of the share pages of this transcript, ending in `/`: append `<id>/`. */
  share: string;
}

const readData = (): ShareData | null => {
  const json = document.getElementById('tx-share-data')?.textContent;
  return json ? (JSON.parse(json) as ShareData) : null;
};

function attributionOf(paragraph: HTMLElement, data: ShareData): Attribution {
  const kind = paragraph.dataset['kind'] === 'speech' ? 'speech' : 'narration';
  const { speaker, who, translation, translator } = attributeParagraph(
    { kind, speaker: paragraph.dataset['speaker'] ?? null },
    new Map(Object.entries(data.people)),
    data.record,
  );
  return { speaker, who, translation, translator, place: data.place, date: data.date };
}

/** Places a top-layer popover below (or above) `rect`, in document coordinates, kept inside the viewport. */
function place(popover: HTMLElement, rect: DOMRect, side: 'below' | 'above' = 'below'): void {
  const width = popover.offsetWidth;
  const max = document.documentElement.clientWidth - width - 8;
  popover.style.left = `${Math.max(8, Math.min(rect.left, max)) + window.scrollX}px`;
  const top = side === 'below' ? rect.bottom + 6 : rect.top - popover.offsetHeight - 6;
  popover.style.top = `${top + window.scrollY}px`;
}

type Action = 'link' | 'quote' | 'card' | 'native';
/** Items that are links to a section of the paragraph's share page. */
type Page = 'cite' | 'renderings';

function createMenu(): HTMLElement {
  const menu = document.createElement('div');
  menu.id = 'tx-share-menu';
  menu.className = 'tx-share-menu';
  menu.popover = 'auto';
  menu.setAttribute('role', 'group');
  menu.dataset['pagefindIgnore'] = '';
  const items: [Action | Page, string][] = [
    ['link', 'Copy link'],
    ['quote', 'Copy quote'],
    ['card', 'Copy link with quote card'],
    ...('share' in navigator ? [['native', 'Share…'] as [Action, string]] : []),
    ['cite', 'Cite this paragraph'],
    ['renderings', 'Other renderings'],
  ];
  for (const [action, label] of items) {
    const item = document.createElement(
      action === 'cite' || action === 'renderings' ? 'a' : 'button',
    );
    item.className = 'tx-share-menu__item';
    item.dataset['action'] = action;
    item.textContent = label;
    if (item instanceof HTMLButtonElement) item.type = 'button';
    // Shown once the paragraph is known to have some (the transcript's open data, fetched when the menu first opens).
    if (action === 'renderings') item.hidden = true;
    menu.append(item);
  }
  document.body.append(menu);
  return menu;
}

function setupMenu(data: ShareData, buttons: HTMLButtonElement[]): void {
  const menu = createMenu();
  let current:
    { button: HTMLButtonElement; paragraph: HTMLElement; id: string; n: string } | undefined;

  for (const button of buttons) {
    const paragraph = button.closest<HTMLElement>('.tx-para');
    const id = button.dataset['copyLink'];
    if (!paragraph || !id) continue;
    const n = paragraph.dataset['n'] ?? '';
    button.setAttribute('popovertarget', menu.id);
    // Runs before the popover opens: tells the menu which paragraph it is for.
    button.addEventListener('click', () => (current = { button, paragraph, id, n }));
  }

  const cite = menu.querySelector<HTMLAnchorElement>('[data-action="cite"]');
  const renderings = menu.querySelector<HTMLAnchorElement>('[data-action="renderings"]');
  menu.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'open' || !current) return;
    menu.setAttribute('aria-label', `Share paragraph ${current.n}`);
    if (cite) cite.href = `${data.share}${current.id}/#cite`;
    if (renderings) showRenderings(renderings, current.id);
    place(menu, current.button.getBoundingClientRect());
    menu.querySelector<HTMLElement>('.tx-share-menu__item')?.focus();
  });

  menu.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[data-action]');
    const action = item?.dataset['action'] as Action | Page | undefined;
    if (!action || action === 'cite' || action === 'renderings' || !current) return;
    void act(action, current);
  });

  async function act(
    action: Action,
    { button, paragraph, id, n }: NonNullable<typeof current>,
  ): Promise<void> {
    const url = paragraphUrl(window.location, id);
    const card = `${window.location.origin}${data.share}${id}/`;
    const attribution = attributionOf(paragraph, data);
    menu.hidePopover();
    try {
      if (action === 'native') {
        await navigator.share({
          title: `${attribution.who}, ${attribution.place}, ${attribution.date}`,
          text: attributedQuote(recordText(paragraph), attribution),
          url: card,
        });
        return;
      }
      const text =
        action === 'link'
          ? url
          : action === 'card'
            ? card
            : quoteWithAttribution(recordText(paragraph), attribution, url);
      await copyText(text);
      confirm(button);
      announce(
        action === 'link'
          ? `Link to paragraph ${n} copied: ${url}`
          : action === 'card'
            ? `Link to the quote card of paragraph ${n} copied: ${card}`
            : `Quote of paragraph ${n} copied with attribution`,
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      announce(`Copying is blocked in this browser. The link to paragraph ${n} is ${url}`);
    }
  }

  /** "Other renderings (N)", leading to the share page's list, for a paragraph that has any. */
  function showRenderings(item: HTMLAnchorElement, id: string): void {
    item.hidden = true;
    const slug = paragraphOfPath(`${location.pathname}#${id}`)?.slug;
    if (!slug) return;
    void loadTranscriptData(slug).then(
      (transcript) => {
        const count = transcript.paragraphs.find((p) => p.id === id)?.renderings.length ?? 0;
        if (current?.id !== id || count === 0) return;
        item.textContent = `Other renderings (${count})`;
        item.href = `${data.share}${id}/#renderings`;
        item.hidden = false;
      },
      () => undefined,
    );
  }
}

/** Without the Popover API: the button copies the paragraph's link, as before. */
function setupCopyOnly(buttons: HTMLButtonElement[]): void {
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const id = button.dataset['copyLink'] ?? '';
      const url = paragraphUrl(window.location, id);
      const n = button.closest<HTMLElement>('[data-n]')?.dataset['n'] ?? '';
      try {
        await copyText(url);
        confirm(button);
        announce(`Link to paragraph ${n} copied: ${url}`);
      } catch {
        announce(`Copying is blocked in this browser. The link to paragraph ${n} is ${url}`);
      }
    });
  }
}

/** The page's visible-ish text before `node`, text nodes joined by spaces (never fewer word breaks than the browser sees). */
function textBefore(node: Node): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (text) =>
      text.parentElement?.closest('script, style, template, #tx-share-menu')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (node.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING)
      parts.push(text.nodeValue ?? '');
    else break;
  }
  return parts.join(' ');
}

/**
 * A paragraph's text before, inside and after a selection, with the text of
 * editorial markers (note numbers and cards) set between `markerBreak`s.
 */
function splitText(
  text: HTMLElement,
  range: Range,
  markerBreak: string,
): { before: string; selected: string; after: string } {
  let before = '';
  let selected = '';
  let after = '';
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (node.parentElement?.closest(EDITORIAL)) {
      // A marker's text, between breaks: the browser searches it, a directive never quotes it.
      const marked = `${markerBreak}${value}${markerBreak}`;
      if (range.comparePoint(node, value.length) < 0) before += marked;
      else if (range.comparePoint(node, 0) > 0) after += marked;
      else selected += marked;
      continue;
    }
    // Where the selected part of this text node starts and ends (a node wholly outside gives an empty part).
    const start =
      node === range.startContainer
        ? range.startOffset
        : range.comparePoint(node, 0) >= 0
          ? 0
          : value.length;
    const end = Math.max(
      start,
      node === range.endContainer
        ? range.endOffset
        : range.comparePoint(node, value.length) <= 0
          ? value.length
          : 0,
    );
    before += value.slice(0, start);
    selected += value.slice(start, end);
    after += value.slice(end);
  }
  return { before, selected, after };
}

/** "Link to selection": a small popover button above a selection that lies inside one paragraph. */
const LABEL = 'Link to selection';
const CONFIRM_MS = 1200;

function setupSelection(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tx-select-share';
  button.popover = 'manual';
  button.dataset['pagefindIgnore'] = '';
  button.textContent = LABEL;
  let target: { text: HTMLElement; range: Range } | undefined;
  // The text-fragment code loads when the button first appears, not with the page.
  let fragments: Promise<typeof import('~/lib/text-fragment')> | undefined;

  const hide = (): void => {
    target = undefined;
    if (button.matches(':popover-open')) button.hidePopover();
  };

  const update = (): void => {
    const selection = document.getSelection();
    const range =
      selection && selection.rangeCount === 1 && !selection.isCollapsed
        ? selection.getRangeAt(0)
        : undefined;
    const text =
      range?.commonAncestorContainer.parentElement?.closest<HTMLElement>('.tx-para__text') ??
      (range?.commonAncestorContainer instanceof HTMLElement
        ? range.commonAncestorContainer.closest<HTMLElement>('.tx-para__text')
        : null);
    const inNote = range?.commonAncestorContainer.parentElement?.closest(EDITORIAL);
    if (!range || !text || inNote || range.toString().trim() === '') return hide();
    target = { text, range: range.cloneRange() };
    // In the DOM right after the paragraph's text, so Tab reaches it from there.
    if (button.previousElementSibling !== text) text.after(button);
    fragments ??= import('~/lib/text-fragment');
    if (!button.matches(':popover-open')) button.showPopover();
    // Above the selection's first line box, so it never covers the next line of the record
    // (the whole range may span a sidenote in the margin).
    place(button, range.getClientRects()[0] ?? range.getBoundingClientRect(), 'above');
  };

  let pending = 0;
  document.addEventListener('selectionchange', () => {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(update);
  });
  // Keep the selection when the button is pressed.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
  button.addEventListener('click', async () => {
    if (!target) return;
    const { text, range } = target;
    const paragraph = text.closest<HTMLElement>('.tx-para');
    const id = paragraph?.id;
    if (!id) return;
    const { MARKER_BREAK, selectionLink } = await (fragments ??= import('~/lib/text-fragment'));
    const selection = splitText(text, range, MARKER_BREAK);
    const url = selectionLink(
      `${window.location.origin}${window.location.pathname}`,
      id,
      selection,
      textBefore(text),
    );
    try {
      await copyText(url);
      announce(
        url.includes(':~:')
          ? `Link to the selected words in paragraph ${paragraph.dataset['n'] ?? ''} copied`
          : `Link to paragraph ${paragraph.dataset['n'] ?? ''} copied`,
      );
    } catch {
      announce(`Copying is blocked in this browser. The link is ${url}`);
      hide();
      return;
    }
    // A visible confirmation on the button itself, then it goes.
    button.textContent = 'Link copied ✓';
    window.setTimeout(() => {
      hide();
      button.textContent = LABEL;
    }, CONFIRM_MS);
  });
  window.addEventListener('resize', hide);
  // The selection that caused this module to load.
  update();
}

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')];
const data = readData();
if (data && typeof HTMLElement.prototype.showPopover === 'function') {
  setupMenu(data, buttons);
  setupSelection();
} else {
  setupCopyOnly(buttons);
}
