import { identityOfPublicRow, nextIdentity, restoredColumns, revealedRow, sealedColumns } from '../../server/src/domain/withheld-identity';

const named = {
  id: 1,
  locale: 'en',
  fullName: 'Maryna Kravets',
  slug: 'maryna-kravets',
  basedIn: 'Melitopol',
  publicEmail: 'm@example.org',
  jobTitle: 'Correspondent',
  shortBio: 'Reports from the south.',
  socialLinks: [{ id: 9, network: 'telegram', url: 'https://t.me/x' }],
  photoFileId: 4,
};

describe('a withheld profile’s identity', () => {
  it('is taken whole from the public attributes when first sealed, social links without component ids', () => {
    const identity = nextIdentity(named, { row: null, fields: [] });
    expect(identity).toMatchObject({
      fullName: 'Maryna Kravets',
      basedIn: 'Melitopol',
      jobTitle: 'Correspondent',
      socialLinks: [{ network: 'telegram', url: 'https://t.me/x' }],
    });
    expect(identity).not.toHaveProperty('slug');
  });

  it('takes what a later write set: shared fields from any locale, localized ones from its own', () => {
    const sealed = { ...named, ...sealedColumns('Staff reporter'), withheldIdentity: identityOfPublicRow(named) };
    const ukWrite = { row: { ...sealed, locale: 'uk', basedIn: 'Zaporizhzhia', jobTitle: 'Кореспондент' }, fields: ['basedIn', 'jobTitle'] };
    expect(nextIdentity(sealed, ukWrite)).toMatchObject({ basedIn: 'Zaporizhzhia', jobTitle: 'Correspondent' });
    // A write that sets a field to nothing clears it from the identity too.
    expect(nextIdentity(sealed, { row: { ...sealed, basedIn: null }, fields: ['basedIn'] }).basedIn).toBeNull();
    // A write that does not name a field leaves the kept value, whatever the public column holds.
    expect(nextIdentity(sealed, { row: sealed, fields: ['internalNotes'] }).fullName).toBe('Maryna Kravets');
  });

  it('leaves nothing identifying in the sealed columns', () => {
    const columns = sealedColumns('Staff reporter');
    const text = JSON.stringify(columns);
    for (const value of ['Maryna', 'Kravets', 'maryna-kravets', 'Melitopol', 'm@example.org', 'Correspondent']) expect(text).not.toContain(value);
    expect(columns).toMatchObject({ fullName: 'Staff reporter', slug: null, noindex: true });
  });

  it('gives the identity back when the profile is named again, except what the write itself set', () => {
    const sealed = { ...named, ...sealedColumns('Staff reporter'), withheldIdentity: identityOfPublicRow(named), withheldSlug: 'maryna-kravets' };
    const { columns, socialLinks } = restoredColumns(sealed, { row: { ...sealed, fullName: 'M. Kravets' }, fields: ['bylineMode', 'fullName'] });
    expect(columns).toMatchObject({ fullName: 'M. Kravets', slug: 'maryna-kravets', basedIn: 'Melitopol', withheldIdentity: null, withheldSlug: null });
    expect(socialLinks).toEqual([{ network: 'telegram', url: 'https://t.me/x' }]);
  });

  it('is what editors see', () => {
    const sealed = { ...named, ...sealedColumns('Staff reporter'), withheldIdentity: identityOfPublicRow(named), withheldSlug: 'maryna-kravets' };
    const shown = revealedRow(sealed);
    expect(shown).toMatchObject({ fullName: 'Maryna Kravets', slug: 'maryna-kravets', basedIn: 'Melitopol', photo: { id: 4 } });
    expect(shown).not.toHaveProperty('withheldIdentity');
    expect(revealedRow(named)).toBe(named);
  });
});
