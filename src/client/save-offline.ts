/**
 * `<tx-save-offline>` (src/components/site/SaveOffline.astro): the "Save for
 * offline reading" control, loaded when a reader first opens it (src/client/offline.ts). Opening it makes its
 * panel and downloads the offline manifest (a few kB; never on a page's load) to show what each choice costs; saving asks the
 * service worker to download it, with progress; removing deletes it. Storage
 * that is full or denied is said in words, and what was saved stays saved.
 */
import { registerOfflineWorker } from './offline-worker';

interface Manifest {
  shell: [string, number, string][];
  documents: { id: string; files: [string, number, string][] }[];
  archive: [string, number, string][];
}

type WorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'saved' } | { type: 'removed' } | { type: 'status'; groups: string[] } | { type: 'error'; reason: 'quota' | 'network' | 'failed' };

const WORDS = {
  intro: 'Pages you read are kept on this device. To read the rest without a connection, save it:',
  saveDocument: 'Save this transcript, its notes and search',
  saveArchive: 'Save the whole archive',
  progress: 'Saving for offline reading',
  remove: 'Remove the saved copy',
  saving: 'Saving for offline reading…',
  saved: 'Saved on this device: it opens without a connection, and is updated when the site changes.',
  savedArchive: 'The whole archive is saved on this device.',
  removed: 'Removed from this device. Pages you read stay readable until your browser clears them.',
  offline: 'You are offline: saving needs a connection.',
  noRoom: (needed: string, free: string) => `Not enough storage: this needs ${needed} and the browser allows this site ${free} more. Nothing was changed.`,
  quota: 'Your device’s storage for this site is full, or the browser refused it. What was already saved is kept; free some space and try again.',
  network: 'The connection dropped while saving. What was already saved is kept; try again when you are online.',
  failed: 'Saving stopped on an error. What was already saved is kept; try again later.',
};

/** An element with its attributes (`hidden` and `data-*` among them) and its children. */
function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/**
 * The panel the button opens, made here so that a page's HTML carries only the button: the choices
 * (the control's transcript, if it names one, and the whole archive), progress, status and removal.
 */
function makePanel(id: string, documentId: string | undefined): HTMLElement {
  const groups: [string, string][] = [...(documentId ? [[documentId, WORDS.saveDocument] as [string, string]] : []), ['archive', WORDS.saveArchive]];
  const choices = groups.map(([group, words]) => element('button', { class: 'tx-save__choice', type: 'button', 'data-group': group }, words, element('span', { 'data-size': '' })));
  return element(
    'div',
    { class: 'tx-save__panel', id: `${id}-panel`, hidden: '' },
    element('p', {}, WORDS.intro),
    element('div', { class: 'tx-save__choices' }, ...choices),
    element('p', { class: 'tx-save__progress' }, element('progress', { max: '1', value: '0', 'aria-label': WORDS.progress, hidden: '' }), element('span', { 'data-progress-text': '' })),
    element('p', { class: 'tx-save__status', 'data-status': '', role: 'status', 'aria-live': 'polite' }),
    element('button', { class: 'tx-save__remove', type: 'button', 'data-remove': '', hidden: '' }, WORDS.remove),
  );
}

/** Bytes as a reader reads them: “840 kB”, “2.4 MB”. */
const formatBytes = (bytes: number): string => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

const sizeOf = (files: readonly [string, number, string][]): number => files.reduce((sum, file) => sum + file[1], 0);

class SaveOffline extends HTMLElement {
  #manifest: Promise<Manifest> | undefined;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #progress!: HTMLProgressElement;
  #progressText!: HTMLElement;
  #remove!: HTMLButtonElement;
  #choices!: HTMLButtonElement[];

  connectedCallback(): void {
    const open = this.querySelector<HTMLButtonElement>('[data-open]')!;
    this.#panel = makePanel(this.id, this.dataset['document']);
    open.after(this.#panel);
    open.setAttribute('aria-controls', this.#panel.id);
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#progress = this.querySelector<HTMLProgressElement>('progress')!;
    this.#progressText = this.querySelector<HTMLElement>('[data-progress-text]')!;
    this.#remove = this.querySelector<HTMLButtonElement>('[data-remove]')!;
    this.#choices = [...this.querySelectorAll<HTMLButtonElement>('[data-group]')];
    open.addEventListener('click', () => {
      const expanded = open.getAttribute('aria-expanded') !== 'true';
      open.setAttribute('aria-expanded', String(expanded));
      this.#panel.hidden = !expanded;
      if (expanded) void this.#describe();
    });
    for (const choice of this.#choices) choice.addEventListener('click', () => void this.#save(choice.dataset['group']!));
    this.#remove.addEventListener('click', () => void this.#send({ type: 'remove' }));
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => this.#onMessage(event.data));
    navigator.serviceWorker.startMessages();
    addEventListener('online', () => this.#setOnline());
    addEventListener('offline', () => this.#setOnline());
  }

  #say(words: string): void {
    this.#status.textContent = words;
  }

  #setOnline(): void {
    for (const choice of this.#choices) choice.disabled = !navigator.onLine;
    if (!navigator.onLine) this.#say(WORDS.offline);
    else if (this.#status.textContent === WORDS.offline) this.#say('');
  }

  /** Sizes on the choices, and whether something is saved already. */
  async #describe(): Promise<void> {
    this.#setOnline();
    void this.#send({ type: 'status' });
    if (!navigator.onLine) return;
    try {
      const manifest = await this.#loadManifest();
      for (const choice of this.#choices) {
        choice.querySelector('[data-size]')!.textContent = ` (${formatBytes(this.#bytesFor(manifest, choice.dataset['group']!))})`;
      }
    } catch {
      this.#say(WORDS.network);
    }
  }

  #loadManifest(): Promise<Manifest> {
    this.#manifest ??= fetch(this.dataset['manifest']!).then((response) => {
      if (!response.ok) throw new Error(`offline manifest: HTTP ${response.status}`);
      return response.json() as Promise<Manifest>;
    });
    this.#manifest.catch(() => (this.#manifest = undefined));
    return this.#manifest;
  }

  #bytesFor(manifest: Manifest, group: string): number {
    const files = group === 'archive' ? manifest.archive : (manifest.documents.find((doc) => doc.id === group)?.files ?? []);
    return sizeOf(manifest.shell) + sizeOf(files);
  }

  async #save(group: string): Promise<void> {
    let needed: number;
    try {
      needed = this.#bytesFor(await this.#loadManifest(), group);
    } catch {
      this.#say(WORDS.network);
      return;
    }
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < needed) {
      this.#say(WORDS.noRoom(formatBytes(needed), formatBytes(estimate.quota - estimate.usage)));
      return;
    }
    // Ask the browser not to evict the saved copy under storage pressure; it may say no, and saving goes on.
    void navigator.storage?.persist?.();
    for (const choice of this.#choices) choice.disabled = true;
    this.#progress.hidden = false;
    this.#progress.value = 0;
    this.#say(WORDS.saving);
    await this.#send({ type: 'save', group });
  }

  async #send(message: { type: 'save'; group: string } | { type: 'remove' } | { type: 'status' }): Promise<void> {
    try {
      const worker = message.type === 'status' ? navigator.serviceWorker.controller : await registerOfflineWorker();
      worker?.postMessage(message);
    } catch {
      this.#onMessage({ type: 'error', reason: 'failed' });
    }
  }

  #onMessage(message: WorkerMessage): void {
    if (message.type === 'progress') {
      this.#progress.hidden = false;
      this.#progress.value = message.total > 0 ? message.done / message.total : 1;
      this.#progressText.textContent = `${formatBytes(message.done)} of ${formatBytes(message.total)}`;
      return;
    }
    this.#progress.hidden = true;
    this.#progressText.textContent = '';
    this.#setOnline();
    if (message.type === 'status') {
      this.#remove.hidden = message.groups.length === 0;
      if (message.groups.includes('archive')) this.#say(WORDS.savedArchive);
      else if (message.groups.length > 0) this.#say(WORDS.saved);
    } else if (message.type === 'saved') {
      this.#remove.hidden = false;
      this.#say(WORDS.saved);
    } else if (message.type === 'removed') {
      this.#remove.hidden = true;
      this.#say(WORDS.removed);
    } else this.#say(WORDS[message.reason]);
  }
}

customElements.define('tx-save-offline', SaveOffline);
