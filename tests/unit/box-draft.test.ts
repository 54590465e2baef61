import { boxInput, draftFromBox, draftProblems, emptyFact, hasChanges, type BoxDraft } from '../../admin/src/panels/key-facts/box-draft';
import { messagesByField, ruleAtField } from '../../shared/validation-error';
import type { BoxSummary } from '../../shared/admin-api';

const STORED: BoxSummary = {
  documentId: 'box1',
  locale: 'en',
  title: 'Security guarantees: what we know',
  kind: 'key-facts',
  lastVerifiedAt: '2026-01-05T10:00:00.000Z',
  stale: false,
  published: true,
  facts: [
    {
      text: 'Three documents are under review.',
      label: null,
      date: null,
      sources: [{ name: 'Office of the President', url: 'https://www.president.gov.ua/en' }],
    },
    { text: 'Leaders met in Paris.', label: 'Paris', date: '2026-01-06', sources: [] },
  ],
  claimReviewed: null,
  claimAuthor: null,
  rating: null,
};

const valid = (): BoxDraft => draftFromBox(STORED);

describe('the box editor draft', () => {
  it('sends back what it opened, unchanged', () => {
    expect(boxInput(valid())).toEqual({
      title: STORED.title,
      kind: 'key-facts',
      facts: STORED.facts.map(({ text, label, date, sources }) => ({ text, label, date, sources })),
      claimReviewed: null,
      claimAuthor: null,
      rating: null,
    });
  });

  it('drops source rows left blank and trims what is typed', () => {
    const draft = valid();
    draft.title = '  Spaced title ';
    draft.facts[1].sources.push({ key: 'x', name: ' ', url: '' });
    const input = boxInput(draft);
    expect(input.title).toBe('Spaced title');
    expect(input.facts[1].sources).toEqual([]);
  });

  it('sends fact-check fields only for a fact-check box', () => {
    const draft = { ...valid(), claimReviewed: 'A claim', ratingValue: '2', ratingLabel: 'Misleading' };
    expect(boxInput(draft)).toMatchObject({ claimReviewed: null, rating: null });
    expect(boxInput({ ...draft, kind: 'fact-check' })).toMatchObject({ claimReviewed: 'A claim', rating: { value: 2, label: 'Misleading' } });
  });

  describe('unsaved changes', () => {
    it('none right after opening, nor after typing only spaces or adding an empty source', () => {
      const opened = valid();
      const draft = {
        ...opened,
        title: `${opened.title}  `,
        facts: opened.facts.map((fact) => ({ ...fact, sources: [...fact.sources, { key: 'y', name: '', url: '' }] })),
      };
      expect(hasChanges(opened, opened)).toBe(false);
      expect(hasChanges(opened, draft)).toBe(false);
    });

    it.each<[string, (draft: BoxDraft) => BoxDraft]>([
      ['a changed title', (draft) => ({ ...draft, title: 'Another title' })],
      ['another kind', (draft) => ({ ...draft, kind: 'timeline' })],
      ['a fact added', (draft) => ({ ...draft, facts: [...draft.facts, { ...emptyFact(), text: 'New' }] })],
      ['facts reordered', (draft) => ({ ...draft, facts: [...draft.facts].reverse() })],
      ['a source removed', (draft) => ({ ...draft, facts: draft.facts.map((fact) => ({ ...fact, sources: [] })) })],
    ])('%s', (_, change) => {
      const opened = valid();
      expect(hasChanges(opened, change(opened))).toBe(true);
    });
  });

  describe('problems found before sending, by field, in words', () => {
    it('none in a valid box', () => {
      expect(draftProblems(valid())).toEqual({});
    });

    it('an empty new box: the title and the fact text', () => {
      expect(draftProblems(draftFromBox(null))).toEqual({ title: 'Must not be empty', 'facts.0.text': 'Must not be empty' });
    });

    it('a source without its URL scheme, at that URL, and a nameless source at its name', () => {
      const draft = valid();
      draft.facts[0].sources = [
        { key: 'a', name: 'Reuters', url: 'reuters.com/world' },
        { key: 'b', name: '', url: 'https://example.org' },
      ];
      expect(draftProblems(draft)).toEqual({ 'facts.0.sources.0.url': 'Must be an http(s) URL', 'facts.0.sources.1.name': 'Must not be empty' });
    });

    it('markup, an impossible date and a long label', () => {
      const draft = valid();
      draft.facts[0].text = 'Read <b>this</b>';
      draft.facts[1].date = '2026-02-30';
      draft.facts[1].label = 'x'.repeat(81);
      expect(draftProblems(draft)).toEqual({
        'facts.0.text': 'Must be plain text without markup',
        'facts.1.date': 'Must be a real date as YYYY-MM-DD',
        'facts.1.label': 'Must be at most 80 characters',
      });
    });

    it('a fact check without its claim and rating', () => {
      expect(draftProblems({ ...valid(), kind: 'fact-check' })).toEqual({
        claimReviewed: 'Is required for a fact-check box',
        rating: 'Is required for a fact-check box',
      });
    });

    it('a rating without its label', () => {
      expect(draftProblems({ ...valid(), kind: 'fact-check', claimReviewed: 'A claim', ratingValue: '3' })).toEqual({ 'rating.label': 'Must not be empty' });
    });
  });
});

describe('server problems shown at the field', () => {
  it('lose the path the field stands for', () => {
    expect(ruleAtField('facts[0].sources[0].url: must be an http(s) URL')).toBe('Must be an http(s) URL');
    expect(ruleAtField('title: must not be empty')).toBe('Must not be empty');
    expect(ruleAtField('must not contain ":" here')).toBe('Must not contain ":" here');
  });

  it('are keyed by dotted path, the first rule of each field kept', () => {
    expect(
      messagesByField([
        { path: ['data', 'facts', '0', 'sources', '0', 'url'], message: 'data.facts[0].sources[0].url: must be an http(s) URL' },
        { path: ['data', 'title'], message: 'data.title: must not be empty' },
        { path: ['data', 'title'], message: 'data.title: must be plain text without markup' },
      ])
    ).toEqual({ 'data.facts.0.sources.0.url': 'Must be an http(s) URL', 'data.title': 'Must not be empty' });
  });
});
