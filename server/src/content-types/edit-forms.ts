/**
 * How the Content Manager shows the plugin's types by default: labels and descriptions instead of
 * attribute names, fields grouped in rows, internal fields hidden. Strapi reads a type's `config`
 * (metadatas, attributes' `hidden`, layouts) only when it creates the type's configuration, so a
 * site that rearranged the form keeps its own.
 */

type FieldText = { label: string; description?: string; placeholder?: string };
type Row = { name: string; size: number }[];

const metadatas = (fields: Record<string, FieldText>) =>
  Object.fromEntries(Object.entries(fields).map(([name, edit]) => [name, { edit, list: { label: edit.label } }]));

const hidden = (names: string[]) => Object.fromEntries(names.map((name) => [name, { hidden: true }]));

export const REPORTER_FORM = {
  attributes: hidden(['facets', 'searchName', 'mergedInto', 'photoFileId', 'withheldIdentity', 'withheldSlug']),
  metadatas: metadatas({
    fullName: { label: 'Full name', description: 'As bylines show it.' },
    slug: { label: 'Slug', description: 'The profile’s address; made from the name. A changed slug still answers under the old one.' },
    jobTitle: { label: 'Job title', placeholder: 'e.g. Kyiv correspondent' },
    shortBio: { label: 'Short bio', description: 'Plain text, at most 300 characters: shown under articles.' },
    bio: { label: 'Bio', description: 'The full bio on the reporter’s page.' },
    photo: { label: 'Photo' },
    photoAlt: { label: 'Photo description (alt text)', description: 'Required when there is a photo.' },
    pronouns: { label: 'Pronouns', placeholder: 'e.g. she/her' },
    basedIn: { label: 'Based in', placeholder: 'e.g. Kharkiv' },
    languages: { label: 'Languages', description: 'Language codes, one per line: en, uk, pt-BR…' },
    beats: { label: 'Beats', description: 'Topics the reporter covers, one per line.' },
    sameAs: { label: 'Profiles elsewhere', description: 'The reporter’s pages elsewhere, one URL per line: personal site, Wikidata, ORCID…' },
    socialLinks: { label: 'Social links' },
    publicEmail: { label: 'Public email' },
    staffStatus: { label: 'Status', description: 'Alumni keep their profile and archive.' },
    bylineMode: { label: 'Byline', description: 'named: as written; pseudonym: a pen name, shown as written; withheld: only the withheld text is public.' },
    noindex: { label: 'Hide from search engines' },
    adminUser: { label: 'Admin account', description: 'This reporter’s admin user: offered first, and credited on their new articles. Never public.' },
    internalNotes: { label: 'Internal notes', description: 'Never public.' },
  }),
  layouts: {
    edit: [
      [
        { name: 'fullName', size: 6 },
        { name: 'slug', size: 6 },
      ],
      [
        { name: 'jobTitle', size: 6 },
        { name: 'pronouns', size: 6 },
      ],
      [{ name: 'shortBio', size: 12 }],
      [{ name: 'bio', size: 12 }],
      [
        { name: 'photo', size: 6 },
        { name: 'photoAlt', size: 6 },
      ],
      [
        { name: 'basedIn', size: 6 },
        { name: 'publicEmail', size: 6 },
      ],
      [{ name: 'languages', size: 12 }],
      [{ name: 'beats', size: 12 }],
      [{ name: 'sameAs', size: 12 }],
      [{ name: 'socialLinks', size: 12 }],
      [
        { name: 'bylineMode', size: 6 },
        { name: 'staffStatus', size: 6 },
      ],
      [{ name: 'noindex', size: 4 }],
      [
        { name: 'adminUser', size: 6 },
        { name: 'internalNotes', size: 6 },
      ],
    ] satisfies Row[],
    list: ['fullName', 'jobTitle', 'staffStatus', 'bylineMode'],
  },
};

export const KEY_FACTS_FORM = {
  attributes: {},
  metadatas: metadatas({
    title: { label: 'Title' },
    kind: { label: 'Kind', description: 'A fact check also has the claim reviewed and a rating.' },
    facts: { label: 'Facts', description: '1 to 20, in display order; each with its sources.' },
    lastVerifiedAt: { label: 'Last verified', description: 'A box verified longer ago than the site’s limit reads as stale.' },
    claimReviewed: { label: 'Claim reviewed' },
    claimAuthor: { label: 'Claim made by' },
    rating: { label: 'Rating' },
  }),
  layouts: {
    edit: [
      [
        { name: 'title', size: 6 },
        { name: 'kind', size: 6 },
      ],
      [{ name: 'lastVerifiedAt', size: 6 }],
      [
        { name: 'claimReviewed', size: 6 },
        { name: 'claimAuthor', size: 6 },
      ],
      [{ name: 'rating', size: 12 }],
      [{ name: 'facts', size: 12 }],
    ] satisfies Row[],
    list: ['title', 'kind', 'lastVerifiedAt'],
  },
};
