/**
 * Privacy by construction for withheld reporters. While a profile is withheld, its public
 * attributes hold only the withheld presentation; the person's identity lives in private
 * attributes (`withheldIdentity`, `withheldSlug`, `photoFileId`) that the content API never
 * outputs and refuses to filter or sort by. Whatever path a public request finds (populate,
 * filters, sort, morph links, GraphQL), the rows it can reach have nothing to give away.
 *
 * The slug is kept in `withheldSlug` (so no other profile takes it meanwhile) and the photo's file
 * id stays in `photoFileId` while the photo link itself is removed.
 *
 * This module is the pure part: which attributes are identity, what a sealed row holds, and how
 * an editor's view is put back together. services/withheld-identity.ts moves the values.
 */
import type { StoredRow as Row } from './stored-row';

/** Identity attributes shared by all locales of a profile (kept in `withheldIdentity` while withheld). */
export const SHARED_IDENTITY = [
  'fullName',
  'photoAlt',
  'pronouns',
  'basedIn',
  'languages',
  'beats',
  'sameAs',
  'socialLinks',
  'publicEmail',
  'staffStatus',
  'noindex',
] as const;

/** Identity attributes written per locale. */
export const LOCALIZED_IDENTITY = ['jobTitle', 'shortBio', 'bio'] as const;

export type IdentityField = (typeof SHARED_IDENTITY)[number] | (typeof LOCALIZED_IDENTITY)[number];
export type WithheldIdentity = Partial<Record<IdentityField, unknown>>;

const ALL_IDENTITY: readonly IdentityField[] = [...SHARED_IDENTITY, ...LOCALIZED_IDENTITY];
const isShared = (field: string) => (SHARED_IDENTITY as readonly string[]).includes(field);

export const isWithheld = (row: Row | null | undefined) => row?.bylineMode === 'withheld';

/** The identity values a row holds in its public attributes (social links without their component ids). */
export const identityOfPublicRow = (row: Row): WithheldIdentity => {
  const identity: WithheldIdentity = {};
  for (const field of ALL_IDENTITY) identity[field] = row[field] ?? null;
  identity.socialLinks = Array.isArray(row.socialLinks) ? row.socialLinks.map(({ network, url }: Row) => ({ network, url })) : [];
  return identity;
};

/**
 * The identity a row keeps after a write: what it kept before, with the fields the write set
 * taken from the written row (shared fields from any locale's write, localized ones only from its
 * own). A row sealed for the first time gives everything it showed.
 */
export const nextIdentity = (row: Row, write: { row: Row | null; fields: readonly string[] }): WithheldIdentity => {
  const kept = (row.withheldIdentity as WithheldIdentity | null) ?? null;
  if (!kept) return identityOfPublicRow(row);
  if (!write.row || write.fields.length === 0) return kept;
  const written = identityOfPublicRow(write.row);
  const sameLocale = write.row.locale === row.locale;
  const next = { ...kept };
  for (const field of write.fields) {
    if ((ALL_IDENTITY as readonly string[]).includes(field) && (isShared(field) || sameLocale)) {
      next[field as IdentityField] = written[field as IdentityField];
    }
  }
  return next;
};

/** The scalar columns of a sealed row: the withheld presentation and nothing else. */
export const sealedColumns = (withheldText: string): Row => ({
  fullName: withheldText,
  slug: null,
  photoAlt: null,
  pronouns: null,
  basedIn: null,
  languages: null,
  beats: null,
  sameAs: null,
  publicEmail: null,
  staffStatus: 'active',
  noindex: true,
  jobTitle: null,
  shortBio: null,
  bio: null,
});

/**
 * The public columns a row gets back when its profile stops being withheld: the kept identity,
 * except the fields the write itself set (already in place on the written row, and taken from it
 * for shared fields on the other locales).
 */
export const restoredColumns = (row: Row, write: { row: Row | null; fields: readonly string[] }): { columns: Row; socialLinks: unknown[] | null } => {
  const kept = (row.withheldIdentity as WithheldIdentity | null) ?? {};
  const written = write.row ? identityOfPublicRow(write.row) : {};
  const sameLocale = write.row?.locale === row.locale;
  const fromWrite = (field: string) => write.fields.includes(field) && (isShared(field) || sameLocale);
  const columns: Row = {};
  for (const field of ALL_IDENTITY) {
    if (field === 'socialLinks') continue;
    columns[field] = fromWrite(field) ? written[field] : (kept[field] ?? null);
  }
  if (!fromWrite('slug')) columns.slug = row.withheldSlug ?? null;
  columns.withheldIdentity = null;
  columns.withheldSlug = null;
  const socialLinks = fromWrite('socialLinks') ? null : ((kept.socialLinks as unknown[] | undefined) ?? []);
  return { columns, socialLinks };
};

/**
 * An editor's view of a sealed row: the identity put back in place of the withheld presentation;
 * the photo as its file id (callers that show it load the file).
 */
export const revealedRow = (row: Row): Row => {
  if (!row?.withheldIdentity) return row;
  const { withheldIdentity: identity, withheldSlug, ...rest } = row;
  return { ...rest, ...identity, slug: withheldSlug ?? null, photo: row.photoFileId ? { id: row.photoFileId } : null };
};
