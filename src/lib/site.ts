/** The site's name and the words it uses about itself, in one place. */
export const SITE = {
  name: 'The Moscow Meeting Record',
  tagline: 'Putin and Aliyev, 22 February 2022: the transcript, verbatim and annotated',
  description:
    'The English transcript of the one-on-one meeting of Vladimir Putin and Ilham Aliyev in Moscow on 22 February 2022, as published by AZERTAC: verbatim, searchable, with a permanent link to every paragraph.',
  lang: 'en',
} as const;

/** Search results cut page titles near this length; longer titles lose the site's name. */
export const TITLE_MAX_CHARS = 70;
