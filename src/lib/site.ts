/** The site's name and the words it uses about itself: content/site.yaml, read once per build. */
import { getSiteConfig } from './site-config.ts';

const { name, tagline, description } = getSiteConfig();

export const SITE = {
  name,
  tagline,
  description,
  /** The interface's language: its wording (src/lib/wording.ts) is English, whatever a record's language. */
  lang: 'en',
} as const;

/** Search results cut page titles near this length; longer titles lose the site's name. */
export const TITLE_MAX_CHARS = 70;
