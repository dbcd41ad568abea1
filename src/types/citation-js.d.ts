/**
 * The parts of Citation.js (0.8) that src/lib/citations.ts uses; the packages
 * ship no type declarations.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export type CslItem = Record<string, unknown> & { id: string; type: string };

  export interface CslCitationEntry {
    id: string;
    locator?: string;
    label?: string;
  }

  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    entry?: CslCitationEntry[] | string[];
  }

  export class Cite {
    constructor(data: CslItem | CslItem[]);
    format(
      kind: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'data',
      options?: FormatOptions,
    ): string;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
