import { checkBox, keyFactsBoxFields } from '../../../../shared/key-facts-rules';
import { issuesFromZod, messagesByField, ruleAtField } from '../../../../shared/validation-error';
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

/** What the server receives; fact-check fields only for a fact-check box, source rows left blank dropped. */
export const boxInput = (draft: BoxDraft): BoxInput => {
  const factCheck = draft.kind === 'fact-check';
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    facts: draft.facts.map((fact) => ({
      text: fact.text.trim(),
      label: orNull(fact.label),
      date: orNull(fact.date),
      sources: fact.sources.filter(({ name, url }) => name.trim() || url.trim()).map(({ name, url }) => ({ name: name.trim(), url: url.trim() })),
    })),
    claimReviewed: factCheck ? orNull(draft.claimReviewed) : null,
    claimAuthor: factCheck ? orNull(draft.claimAuthor) : null,
    rating: factCheck && draft.ratingValue ? { value: Number(draft.ratingValue), label: draft.ratingLabel.trim() } : null,
  };
};

/** Whether closing the editor would lose something: what the server would receive differs from what was opened. */
export const hasChanges = (opened: BoxDraft, draft: BoxDraft): boolean => JSON.stringify(boxInput(opened)) !== JSON.stringify(boxInput(draft));

/**
 * What the server would refuse in this draft, by field path (`title`, `facts.0.sources.0.url`), in
 * words to show at the field: the same shared rules as the server's, checked before any request.
 * A box-wide rule is reported only where no field rule already speaks for that field, as the server does.
 */
export const draftProblems = (draft: BoxDraft): Record<string, string> => {
  const input = boxInput(draft);
  const parsed = keyFactsBoxFields.safeParse(input);
  const problems = parsed.success ? {} : messagesByField(issuesFromZod(parsed.error));
  for (const { path, message } of checkBox(input)) {
    if (!Object.keys(problems).some((field) => field.split('.')[0] === path[0])) problems[path.join('.')] = ruleAtField(message);
  }
  return problems;
};
