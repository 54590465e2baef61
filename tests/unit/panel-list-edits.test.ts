/**
 * The panels' list logic without a browser: how the Byline panel's credits and the Key facts
 * panel's ordered boxes become the Content Manager's form values, which the article's Save sends.
 */
import { creditKey, creditReporter, newCredit, type CreditValue } from '../../admin/src/panels/byline/credits';
import { connectedId, moveItem, orderedRelation, orderedRelationChange, relationItem } from '../../admin/src/panels/relation-value';
import type { ReporterSummary } from '../../admin/src/api/types';

const reporter = (documentId: string, fullName: string, locale: string | null = 'en'): ReporterSummary => ({
  documentId,
  locale,
  fullName,
  slug: fullName.toLowerCase().replace(/ /g, '-'),
  jobTitle: null,
  photoUrl: null,
  bylineMode: 'named',
  staffStatus: 'active',
  published: true,
  missing: [],
});

const kovalchuk = reporter('kov', 'Andriy Kovalchuk', 'uk');
const okafor = reporter('oka', 'Ada Okafor');
const reyes = reporter('rey', 'Sam Reyes');

describe('credits in the Byline panel', () => {
  it('a new credit connects its reporter in the reporter’s locale, with the role, no note and a fresh key', () => {
    const first = newCredit(kovalchuk, 'author');
    const second = newCredit(kovalchuk, 'photographer');
    expect(first).toMatchObject({ role: 'author', note: undefined });
    // No component id: the Content Manager creates the component on Save.
    expect('id' in first).toBe(false);
    expect(first.reporter).toEqual({ connect: [relationItem('kov', 'uk', 'Andriy Kovalchuk')], disconnect: [] });
    expect(first.reporter?.connect?.[0].apiData).toEqual({ documentId: 'kov', locale: 'uk' });
    // The Content Manager tells items apart by this key: two credits of one reporter must differ.
    expect(first.__temp_key__).toMatch(/^newsroom-/);
    expect(second.__temp_key__).not.toBe(first.__temp_key__);
  });

  it('a credit names the reporter it connects, else the one stored for its component id, else no one', () => {
    const stored = new Map<number, ReporterSummary | null>([
      [11, okafor],
      [12, null],
    ]);
    const known = { kov: kovalchuk, rey: reyes };
    expect(creditReporter({ id: 11, reporter: { connect: [], disconnect: [] } }, stored, known)).toBe(okafor);
    // A saved credit whose reporter was changed in the form names the new one.
    expect(creditReporter({ id: 11, reporter: { connect: [relationItem('rey', 'en', 'Sam Reyes')] } }, stored, known)).toBe(reyes);
    expect(creditReporter(newCredit(kovalchuk, 'author'), stored, known)).toBe(kovalchuk);
    expect(creditReporter({ id: 12 }, stored, known)).toBeNull();
    // Connected to a reporter the panel has not loaded yet: unknown for now, not the stored one.
    expect(creditReporter({ id: 11, reporter: { connect: [relationItem('zzz', 'en', 'Z')] } }, stored, known)).toBeNull();
  });

  it('keys credits by the form’s key, else the component id, else the position', () => {
    expect(creditKey({ __temp_key__: 'a1', id: 4 }, 0)).toBe('a1');
    expect(creditKey({ id: 4 }, 0)).toBe('4');
    expect(creditKey({}, 3)).toBe('3');
  });

  it('reorders credits without touching what each holds', () => {
    const credits: CreditValue[] = [
      { id: 1, role: 'author' },
      { id: 2, role: 'photographer', note: 'Kyiv' },
      { id: 3, role: 'editor' },
    ];
    expect(moveItem(credits, 2, 0).map((c) => c.id)).toEqual([3, 1, 2]);
    expect(moveItem(credits, 0, 2).map((c) => c.id)).toEqual([2, 3, 1]);
    expect(moveItem(credits, 1, 1)).toEqual(credits);
    expect(moveItem(credits, 0, 1)[0]).toBe(credits[1]);
    // The list given is left as it was: the form gets a new one.
    expect(credits.map((c) => c.id)).toEqual([1, 2, 3]);
  });

  it('reads which reporter a form value connects', () => {
    expect(connectedId(undefined)).toBeNull();
    expect(connectedId({ connect: [], disconnect: [relationItem('kov', 'uk', 'K')] })).toBeNull();
    expect(connectedId({ connect: [relationItem('rey', null, 'Sam Reyes')] })).toBe('rey');
  });
});

describe('ordered boxes in the Key facts panel', () => {
  const labels = {
    a: { locale: 'en', label: 'Box A' },
    b: { locale: 'en', label: 'Box B' },
    c: { locale: 'en', label: 'Box C' },
    d: { locale: 'en', label: 'Box D' },
  };
  const desired = (...ids: string[]) => ids.map((documentId) => ({ documentId, locale: 'en', label: labels[documentId as keyof typeof labels].label }));

  it('sends nothing when the order is the stored one', () => {
    expect(orderedRelationChange(['a', 'b', 'c'], desired('a', 'b', 'c'), labels)).toEqual({ connect: [], disconnect: [] });
  });

  it('sends only the removals when the boxes kept stay in order', () => {
    const change = orderedRelationChange(['a', 'b', 'c'], desired('a', 'c'), labels);
    expect(change.connect).toEqual([]);
    expect(change.disconnect?.map((item) => item.apiData.documentId)).toEqual(['b']);
    expect(orderedRelation(['a', 'b', 'c'], change)).toEqual(['a', 'c']);
  });

  it('connects every box again at the end, in order, for a move or an addition', () => {
    for (const wanted of [
      ['c', 'a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['d', 'b'],
    ]) {
      const change = orderedRelationChange(['a', 'b', 'c'], desired(...wanted), labels);
      expect(change.connect?.map((item) => item.apiData)).toEqual(wanted.map((documentId) => ({ documentId, locale: 'en', position: { end: true } })));
      expect(orderedRelation(['a', 'b', 'c'], change)).toEqual(wanted);
    }
  });

  it('empties the list by disconnecting every stored box', () => {
    const change = orderedRelationChange(['a', 'b'], [], labels);
    expect(change).toEqual({ connect: [], disconnect: [relationItem('a', 'en', 'Box A'), relationItem('b', 'en', 'Box B')] });
    expect(orderedRelation(['a', 'b'], change)).toEqual([]);
  });

  it('reads the order the form will save from either form of change, and the stored order without one', () => {
    expect(orderedRelation(['a', 'b'], undefined)).toEqual(['a', 'b']);
    expect(orderedRelation(['a', 'b'], { connect: [relationItem('b', 'en', 'B'), relationItem('a', 'en', 'A')], disconnect: [] })).toEqual(['b', 'a']);
  });

  it('any sequence of moves, removals and additions round-trips through the form value', () => {
    // A small generated walk: whatever the editor does, the form's change saves exactly the list shown.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const all = Object.keys(labels);
    for (let run = 0; run < 200; run += 1) {
      const stored = all.filter(() => random(2) === 0);
      let shown = [...stored];
      for (let step = 0; step < 4; step += 1) {
        const action = random(3);
        if (action === 0 && shown.length > 1) shown = moveItem(shown, random(shown.length), random(shown.length));
        else if (action === 1 && shown.length > 0) shown = shown.filter((_, i) => i !== random(shown.length));
        else {
          const missing = all.filter((id) => !shown.includes(id));
          if (missing.length) shown = [...shown, missing[random(missing.length)]];
        }
      }
      expect(orderedRelation(stored, orderedRelationChange(stored, desired(...shown), labels))).toEqual(shown);
    }
  });
});
