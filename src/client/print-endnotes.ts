/**
 * Print endnotes: when the reader prints, the frame PrintEndnotes.astro left
 * after the record is filled from the note cards already in the page, one
 * group per paragraph that carries notes, each note with its marker's number,
 * kind, title, summary and address. Built once, on the first `beforeprint`:
 * the browser lays out the printed page after its listeners have run.
 */

/** Fills `.tx-endnotes` from the record's notes, unless it is already filled. */
export function fillEndnotes(): void {
  const list = document.querySelector('.tx-endnotes dl');
  const [groupShape, noteShape] = document.querySelector<HTMLTemplateElement>('.tx-endnotes template')?.content.children ?? [];
  if (!list || !groupShape || !noteShape || list.childElementCount > 0) return;
  for (const paragraph of document.querySelectorAll<HTMLElement>('.tx-record .tx-para')) {
    const notes = paragraph.querySelectorAll<HTMLElement>('.tx-note');
    if (notes.length === 0) continue;
    const group = groupShape.cloneNode(true) as HTMLElement;
    setText(group, '[data-paragraph]', paragraph.dataset['n']);
    for (const note of notes) {
      const entry = noteShape.cloneNode(true) as HTMLElement;
      entry.dataset['noteKind'] = note.dataset['noteKind'];
      const title = note.querySelector<HTMLAnchorElement>('.tx-card__title');
      setText(entry, '.tx-endnotes__n', note.querySelector('.tx-note__ref')?.textContent);
      setText(entry, '.tx-endnotes__kind', note.querySelector('.tx-card__kind')?.textContent);
      setText(entry, 'strong', title?.textContent);
      setText(entry, '[data-summary]', note.querySelector('.tx-card__summary')?.textContent);
      setText(entry, '.tx-endnotes__url', title?.href);
      group.append(entry);
    }
    list.append(group);
  }
}

function setText(root: Element, selector: string, text: string | null | undefined): void {
  const target = root.querySelector(selector);
  if (target) target.textContent = text ?? '';
}
