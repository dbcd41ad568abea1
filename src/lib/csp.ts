/** Content-Security-Policy helpers for the build (Node only). */
import { createHash } from 'node:crypto';
import { NOTES_PREFS_SCRIPT } from './notes-prefs.ts';

/** The CSP source expression that allows an inline script or style with exactly this text. */
export const cspHash = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Allows NotesControls' inline script; call as `Astro.csp?.insertScriptHash(notesPrefsScriptHash())` in a page's frontmatter. */
export const notesPrefsScriptHash = (): `sha256-${string}` => cspHash(NOTES_PREFS_SCRIPT);
