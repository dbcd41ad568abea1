import { describe, expect, test } from 'vitest';
import { ContentError } from '~/lib/content-error';
import { checkCorrection } from '~/lib/editorial';
import { correctionsSchema, siteConfigSchema } from '~/lib/schemas';
import { contactLabel, isExampleContact, publishProblem, reportErrorHref } from '~/lib/site-config';
import { parseYamlContent } from '~/lib/yaml-content';

const PAGE = { url: 'https://record.example.net/notes/declaration/', title: 'note ‘Declaration on Allied Interaction’' };

describe('the "Report an error" link', () => {
  test('for an e-mail contact: a mailto with the page in the subject and its address in the body', () => {
    const href = reportErrorHref('mailto:editors@moscow-record.eu', PAGE);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('editors@moscow-record.eu');
    expect(url.searchParams.get('subject')).toBe('Error report: note ‘Declaration on Allied Interaction’');
    expect(url.searchParams.get('body')).toContain('Page: https://record.example.net/notes/declaration/');
  });

  test('for a web form: the form URL with the page address as a parameter, keeping the form’s own parameters', () => {
    expect(reportErrorHref('https://moscow-record.eu/report?lang=en', PAGE)).toBe('https://moscow-record.eu/report?lang=en&page=https%3A%2F%2Frecord.example.net%2Fnotes%2Fdeclaration%2F');
  });

  test('the contact reads as an address, not a URL', () => {
    expect(contactLabel('mailto:editors@moscow-record.eu')).toBe('editors@moscow-record.eu');
    expect(contactLabel('https://moscow-record.eu/report/')).toBe('moscow-record.eu/report');
  });

  test('a contact at a reserved example domain is the shipped example; a real one is not', () => {
    expect(isExampleContact('mailto:corrections@example.org')).toBe(true);
    expect(isExampleContact('https://forms.example.com/x')).toBe(true);
    expect(isExampleContact('mailto:editors@moscow-record.eu')).toBe(false);
    expect(isExampleContact('mailto:me@notexample.org')).toBe(false);
    expect(isExampleContact('mailto:editors@fixture.test')).toBe(true);
  });
});

describe('the contact rule: a published site cannot ship the example contact', () => {
  const IDENTITY = { name: 'The Moscow Meeting Record', tagline: 'The transcript, verbatim', description: 'A transcript.' };
  const EXAMPLE = { ...IDENTITY, editor: { name: 'The editors of The Moscow Meeting Record', role: 'Editor and publisher' }, contact: 'mailto:corrections@example.org' };
  const REAL = { ...EXAMPLE, contact: 'mailto:editors@moscow-record.eu' };

  test('a build for a real address with the example contact is refused, naming the one setting to change', () => {
    const problem = publishProblem(EXAMPLE, 'https://owner.github.io');
    expect(problem?.setting).toBe('contact');
    expect(problem?.message).toMatch(/^contact is still the example \(mailto:corrections@example\.org\): this build publishes the site at https:\/\/owner\.github\.io/);
    expect(problem?.message).toContain('Set `contact` in content/site.yaml');
  });

  test('a build for a real address with a real contact may publish', () => {
    expect(publishProblem(REAL, 'https://owner.github.io')).toBeUndefined();
    expect(publishProblem(REAL, 'https://moscow-record.eu/meeting/')).toBeUndefined();
  });

  test('local, test and example addresses keep the example contact (npm start, the tests)', () => {
    for (const site of ['http://localhost:4321', 'http://127.0.0.1:4472', 'https://example.org', 'https://www.example.com', 'https://record.test', 'https://x.invalid', 'https://site.example']) {
      expect(publishProblem(EXAMPLE, site), site).toBeUndefined();
    }
  });

  test('an editor still marked "(example entry)" is refused too, so no published footer shows it', () => {
    const problem = publishProblem({ ...REAL, editor: { name: 'Editors (example entry)', role: 'Editor' } }, 'https://owner.github.io');
    expect(problem?.setting).toBe('editor.name');
    expect(problem?.message).toContain('Set `editor.name` in content/site.yaml');
  });
});

/** The `file:line: problem` message of a ContentError thrown by `run`. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected a ContentError');
}

describe('content/site.yaml', () => {
  const IDENTITY_YAML = 'name: A record\ntagline: Verbatim\ndescription: A transcript.\n';
  test('a contact that is neither mailto: nor a URL stops the build at its line', () => {
    const yaml = `${IDENTITY_YAML}editor:\n  name: Someone\n  role: Editor\ncontact: editors at example dot org\n`;
    expect(errorOf(() => parseYamlContent(yaml, 'content/site.yaml', siteConfigSchema))).toBe('content/site.yaml:7: contact: expected "mailto:name@domain" or an http(s) URL');
  });

  test('a missing editor name is named with the line of its parent', () => {
    expect(errorOf(() => parseYamlContent(`${IDENTITY_YAML}editor:\n  role: Editor\ncontact: mailto:a@b.org\n`, 'content/site.yaml', siteConfigSchema))).toMatch(
      /^content\/site\.yaml:5: editor\.name: /,
    );
  });

  test('a site without its name stops the build, naming the setting', () => {
    expect(errorOf(() => parseYamlContent('tagline: T\ndescription: D\neditor:\n  name: E\n  role: R\ncontact: mailto:a@b.org\n', 'content/site.yaml', siteConfigSchema))).toMatch(
      /^content\/site\.yaml:\d+: name: /,
    );
  });
});

describe('content/corrections.yaml', () => {
  const entry = (over: string) => `- id: one\n  date: 2026-11-30\n  what: A change.\n  why: A reason.\n${over}`;

  test('reads dates as days and defaults the lists', () => {
    const [first] = parseYamlContent(entry('  notes: [declaration]\n'), 'c.yaml', correctionsSchema);
    expect(first).toMatchObject({ type: 'correction', notes: ['declaration'], paragraphs: [], timeline: [], pages: [] });
    expect(first!.date.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  test('an impossible date stops the build at its line', () => {
    expect(errorOf(() => parseYamlContent(entry('').replace('2026-11-30', '2026-11-31'), 'c.yaml', correctionsSchema))).toBe('c.yaml:2: date: "2026-11-31" is not a date: November 2026 has 30 days');
  });

  test('a duplicate id is refused', () => {
    expect(errorOf(() => parseYamlContent(entry('') + entry(''), 'c.yaml', correctionsSchema))).toMatch(/^c\.yaml:5: 1\.id: duplicate id "one"/);
  });

  test('a link to a note, paragraph or timeline entry that does not exist stops the build, naming the entry', () => {
    const known = { notes: new Set(['declaration']), paragraphs: new Map([['t', new Set(['dateline'])]]), timeline: new Set(['2022-02-22-meeting']) };
    expect(() => checkCorrection({ n: 1, notes: ['declaration'], paragraphs: ['t#dateline'], timeline: ['2022-02-22-meeting'] }, 'c.yaml', known)).not.toThrow();
    expect(errorOf(() => checkCorrection({ n: 2, notes: ['nope'], paragraphs: [], timeline: [] }, 'c.yaml', known))).toMatch(/correction 2.*"nope" is not a note/);
    expect(errorOf(() => checkCorrection({ n: 3, notes: [], paragraphs: ['t#gone'], timeline: [] }, 'c.yaml', known))).toMatch(/correction 3.*names no paragraph/);
    expect(errorOf(() => checkCorrection({ n: 4, notes: [], paragraphs: [], timeline: ['1999-01-01-x'] }, 'c.yaml', known))).toMatch(/correction 4.*timeline: "1999-01-01-x"/);
  });
});
