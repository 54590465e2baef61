import type { Core } from '@strapi/strapi';
import { seedReporters, withheldReporter } from './seed';
import { UPLOAD_FILE } from './public-query-crawl';
import { REPORTER_UID } from './newsroom';

/**
 * What identifies the demo's withheld reporter, and finding it in a response: shared by the tests
 * that prove no public answer holds it (privacy crawl, reporter feeds).
 */

type Json = Record<string, any>;

// The withheld name as the Ukrainian bio spells it (the seed has no separate Ukrainian name field).
const CYRILLIC_NAME = 'Марина Кравець';
const BASED_IN = (withheldReporter as unknown as { basedIn: string }).basedIn;

export interface Identity {
  documentId: string;
  ids: number[];
  markers: Array<{ label: string; text: string }>;
  photo: { name: string; hash: string; urls: string[] };
  values: Record<string, Record<string, string>>;
}

const textsOfBlocks = (blocks: unknown): string[] => {
  const out: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string' && node.text.length > 20) out.push(node.text);
    for (const child of Array.isArray(node) ? node : (node.children ?? [])) walk(child);
  };
  walk(blocks);
  return out;
};

/**
 * Reads what identifies the withheld reporter: the ids from the database, the identity as editors
 * see it (the plugin keeps it out of the public attributes), and the texts from the seed.
 */
export async function readIdentity(strapi: Core.Strapi): Promise<Identity> {
  const reporters = strapi.db.query(REPORTER_UID);
  const named = (await reporters.findMany({ where: { $or: [{ slug: withheldReporter.slug }, { withheldSlug: withheldReporter.slug }] } })) as Json[];
  const documentId = named[0].documentId as string;
  const stored = (await reporters.findMany({ where: { documentId }, populate: ['photo'] })) as Json[];
  const rows = (await strapi.plugin('newsroom').service('withheldIdentity').reveal(stored)) as Json[];
  const seedPhoto = (withheldReporter as unknown as { photo: string }).photo;
  const file = ((await strapi.db.query(UPLOAD_FILE).findOne({ where: { name: seedPhoto } })) ?? rows.find((r) => r.photo)?.photo) as Json;
  const urls = [file.url, ...Object.values((file.formats ?? {}) as Record<string, Json>).map((f) => f.url)] as string[];
  const [first, last] = withheldReporter.fullName.split(' ');
  const [firstUk, lastUk] = CYRILLIC_NAME.split(' ');
  const seedBios = withheldReporter as unknown as { en: { bio: unknown }; uk: { bio: unknown } };
  const markers = [
    { label: 'fullName', text: withheldReporter.fullName },
    { label: 'first name', text: first },
    { label: 'last name', text: last },
    { label: 'Cyrillic name', text: firstUk },
    { label: 'Cyrillic name', text: lastUk },
    { label: 'slug', text: withheldReporter.slug },
    { label: 'slug (underscored, as in upload hashes)', text: withheldReporter.slug.replace(/-/g, '_') },
    { label: 'publicEmail', text: withheldReporter.publicEmail! },
    { label: 'photo file name', text: file.name },
    { label: 'photo hash', text: file.hash },
    ...urls.map((url) => ({ label: 'photo URL', text: url })),
    { label: 'photoAlt', text: withheldReporter.photoAlt! },
    { label: 'shortBio (en)', text: withheldReporter.en.shortBio },
    { label: 'shortBio (uk)', text: withheldReporter.uk.shortBio },
    ...textsOfBlocks(seedBios.en.bio).map((text) => ({ label: 'bio (en)', text })),
    ...textsOfBlocks(seedBios.uk.bio).map((text) => ({ label: 'bio (uk)', text })),
    { label: 'internal notes', text: withheldReporter.internalNotes },
    { label: 'real documentId', text: documentId },
  ];
  const published = rows.filter((r) => r.publishedAt && r.fullName === withheldReporter.fullName);
  const values: Identity['values'] = {};
  for (const row of rows.filter((r) => r.fullName === withheldReporter.fullName)) {
    for (const attr of ['fullName', 'slug', 'basedIn', 'publicEmail', 'photoAlt', 'jobTitle', 'shortBio']) {
      if (typeof row[attr] === 'string' && row[attr]) (values[row.locale] ??= {})[attr] = row[attr];
    }
  }
  expect(published.length).toBeGreaterThan(0);
  return { documentId, ids: rows.map((r) => r.id as number), markers, photo: { name: file.name, hash: file.hash, urls }, values };
}

/** Labels of the identity markers found in a response body (basedIn only as a field value: the city is also in a story). */
export const leaksIn = (identity: Identity, text: string): string[] => {
  const lower = text.toLowerCase();
  const found = identity.markers.filter((m) => lower.includes(m.text.toLowerCase())).map((m) => m.label);
  if (new RegExp(`"basedIn"\\s*:\\s*"${BASED_IN}"`, 'i').test(text)) found.push('basedIn');
  const notes = seedReporters.filter((r) => r !== withheldReporter && lower.includes(r.internalNotes.toLowerCase()));
  if (notes.length) found.push('another reporter’s internal notes');
  return [...new Set(found)];
};
