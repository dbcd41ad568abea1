/**
 * The reader's note preferences: where they are stored, and the tiny inline
 * script that applies them before the record is painted. A module script runs
 * too late for that (after parsing), so this one runs inline, allowed by its
 * hash in the page's Content-Security-Policy (NotesControls.astro adds it).
 * No Node imports: the client script reads the keys from here too.
 */

/**
 * localStorage keys: `tx-notes` and `tx-notes-marks` are "off" or absent;
 * `tx-notes-kind` is "context", "translation" or absent (all).
 */
export const NOTES_STORE = {
  show: 'tx-notes',
  marks: 'tx-notes-marks',
  kind: 'tx-notes-kind',
} as const;

/** Sets the switches and the filter from storage; must run right after NotesControls' form controls. */
export const NOTES_PREFS_SCRIPT = `try{var s=localStorage,d=document;if(s.getItem('${NOTES_STORE.show}')==='off')d.getElementById('tx-notes-show').checked=false;if(s.getItem('${NOTES_STORE.marks}')==='off')d.getElementById('tx-notes-marks').checked=false;var k=d.getElementById('tx-notes-kind-'+s.getItem('${NOTES_STORE.kind}'));if(k)k.checked=true}catch(e){}`;
