import type { BoxInput, BoxSummary } from '../../api/types';

/** A box as its editor holds it: every fact with a stable key for the list, text fields never null. */
export interface FactDraft {
  key: string;
  text: string;
  label: string;
  date: string;
  sources: { key: string; name: string; url: string }[];
}

export interface BoxDraft {
  title: string;
  kind: string;
  facts: FactDraft[];
  claimReviewed: string;
  claimAuthor: string;
  ratingValue: string;
  ratingLabel: string;
}

let keys = 0;
export const newKey = () => `k${(keys += 1)}`;

export const emptyFact = (): FactDraft => ({ key: newKey(), text: '', label: '', date: '', sources: [] });

export const draftFromBox = (box: BoxSummary | null): BoxDraft => ({
  title: box?.title ?? '',
  kind: box?.kind ?? 'key-facts',
  facts: box?.facts.length
    ? box.facts.map((fact) => ({
        key: newKey(),
        text: fact.text,
        label: fact.label ?? '',
        date: fact.date ?? '',
        sources: fact.sources.map((source) => ({ key: newKey(), ...source })),
      }))
    : [emptyFact()],
  claimReviewed: box?.claimReviewed ?? '',
  claimAuthor: box?.claimAuthor ?? '',
  ratingValue: box?.rating ? String(box.rating.value) : '',
  ratingLabel: box?.rating?.label ?? '',
});

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** What the server receives; fact-check fields only for a fact-check box. */
export const boxInput = (draft: BoxDraft): BoxInput => {
  const factCheck = draft.kind === 'fact-check';
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    facts: draft.facts.map((fact) => ({
      text: fact.text.trim(),
      label: orNull(fact.label),
      date: orNull(fact.date),
      sources: fact.sources.map(({ name, url }) => ({ name: name.trim(), url: url.trim() })),
    })),
    claimReviewed: factCheck ? orNull(draft.claimReviewed) : null,
    claimAuthor: factCheck ? orNull(draft.claimAuthor) : null,
    rating: factCheck && draft.ratingValue ? { value: Number(draft.ratingValue), label: draft.ratingLabel.trim() } : null,
  };
};
