import crypto from 'crypto';
import { z } from 'zod/v4';
import { isHttpUrl } from '../../../shared/text-rules';
import { ImportInputError } from './import-error';
import { decodeEntities } from './html-blocks';
import type { WxrItem, WxrRecord, WxrTerm, WxrUser } from './wxr-reader';

/**
 * What a WordPress export means for the newsroom, worked out without touching the site: the
 * people (users, Co-Authors Plus guest authors, Co-Authors Plus and PublishPress Authors author
 * terms, one person where they are linked), each post's bylines in order with their roles, and
 * what could not be resolved and why.
 */

/** The profile fields the importer writes, and compares on a later run. */
export interface ImportedProfile {
  fullName: string;
  shortBio: string | null;
  bio: { type: 'paragraph'; children: { type: 'text'; text: string }[] }[] | null;
  sameAs: string[] | null;
}

export interface PlannedPerson {
  /** Stable across exports of the same site: `user:<id>`, `guest:<post id>` or `term:<term id>`. */
  key: string;
  /** Where the person comes from, for the report: "user mkovalenko", "guest author cap-ines-halloran"… */
  sources: string[];
  profile: ImportedProfile;
  /** The nicenames of their WordPress author pages (`/author/<nicename>/`). */
  nicenames: string[];
  /** Not downloaded: listed so the site can bring the photo over by hand. */
  avatarUrl: string | null;
}

export interface PlannedByline {
  person: string;
  role: string;
}

export interface PlannedPost {
  wpId: number | null;
  slug: string;
  title: string;
  /** ISO date-time (UTC), or null when the export gives none. */
  date: string | null;
  published: boolean;
  bylines: PlannedByline[];
}

export interface PlanIssue {
  post?: string;
  person?: string;
  reason: string;
}

export interface WordpressPlan {
  /** The exported site's address (`wp:base_site_url`), '' when the export gives none. */
  site: string;
  persons: PlannedPerson[];
  /** How many posts of the imported types the file holds. */
  postCount: number;
  /** People who could not be resolved as the export says (a post's own issues come with the post). */
  issues: PlanIssue[];
  /**
   * One post's bylines, with the bylines or roles that could not be resolved (the rest of the post
   * is still imported); null for an item that is not a post of the imported types. Posts are
   * planned one at a time as a second read of the file gives them, so none is held.
   */
  planPost(item: WxrItem): { post: PlannedPost; issues: PlanIssue[] } | null;
}

/** How PublishPress Authors' author categories become the site's credit roles. */
export interface RoleMapping {
  categories: Record<string, string>;
}

/** One row of PublishPress Authors' relationships table: which category an author holds on a post. */
export interface AuthorCategoryRow {
  postId: number;
  authorTermId: number;
  categorySlug: string;
}

export const DEFAULT_POST_TYPES = ['post'];
const SHORT_BIO_MAX = 300;
// Term meta that only PublishPress Authors writes on its author terms.
const PPA_META = ['user_id', 'user_email', 'first_name', 'last_name', 'user_url', 'avatar', 'description'];
// The post meta of a Co-Authors Plus guest author that the plan reads.
const GUEST_META = [
  'cap-display_name',
  'cap-first_name',
  'cap-last_name',
  'cap-user_login',
  'cap-website',
  'cap-description',
  'cap-linked_account',
  '_thumbnail_id',
];

/** Which post and term meta keys the reader must keep for the plan: nothing else is held. */
export const planNeedsMeta = (key: string): boolean => GUEST_META.includes(key) || PPA_META.includes(key);

const roleMappingSchema = z.object({ categories: z.record(z.string(), z.string()) }).strict();

/** Parses the role mapping file; every role must be one of the site's `creditRoles`. */
export const parseRoleMapping = (json: unknown, creditRoles: string[]): RoleMapping => {
  const parsed = roleMappingSchema.safeParse(json);
  if (!parsed.success) throw new ImportInputError('The role mapping must be { "categories": { "<PublishPress category slug>": "<credit role>" } }');
  for (const [category, role] of Object.entries(parsed.data.categories)) {
    if (!creditRoles.includes(role)) {
      throw new ImportInputError(`The role mapping maps "${category}" to "${role}", which is not one of this site's credit roles (${creditRoles.join(', ')})`);
    }
  }
  return parsed.data;
};

/**
 * Parses a CSV of PublishPress Authors' `ppma_author_relationships` table (columns `post_id`,
 * `author_term_id`, `category_slug`), which a WXR export leaves out. A bad row is named by line and column.
 */
export const parseAuthorCategories = (csv: string): AuthorCategoryRow[] => {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((cell) => cell.trim());
  const columns = ['post_id', 'author_term_id', 'category_slug'];
  const at = columns.map((name) => header.indexOf(name));
  const absent = columns.filter((_, index) => at[index] < 0);
  if (absent.length) throw new ImportInputError(`The author categories CSV has no ${absent.map((c) => `"${c}"`).join(', ')} column (line 1)`);
  return lines.map((line, index) => {
    const cells = line.split(',').map((cell) => cell.trim());
    const cell = (column: number) => cells[at[column]] ?? '';
    const where = (column: number) => `line ${index + 2}, column "${columns[column]}"`;
    for (const column of [0, 1])
      if (!/^\d+$/.test(cell(column))) throw new ImportInputError(`The author categories CSV, ${where(column)}: must be a whole number`);
    if (!/^[a-z0-9_-]+$/i.test(cell(2))) throw new ImportInputError(`The author categories CSV, ${where(2)}: must be a category slug`);
    return { postId: Number(cell(0)), authorTermId: Number(cell(1)), categorySlug: cell(2) };
  });
};

/**
 * The prefix of what an import remembers: WordPress ids are the site's own, so two sites imported
 * into one newsroom are told apart by their address (with or without https and a final slash).
 */
export const sourcePrefix = (site: string): string =>
  `wordpress:${crypto
    .createHash('sha256')
    .update(
      site
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '')
    )
    .digest('hex')
    .slice(0, 12)}`;

/** WordPress's nicename for a login (its `sanitize_title`, for the characters logins hold). */
export const nicenameOf = (login: string): string =>
  login
    .toLowerCase()
    .replace(/[.@\s]+/g, '-')
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Plain text of a WordPress description: tags dropped, the usual entities decoded, paragraphs
 * kept. Angle brackets come back as ‹ › so that the text stays plain (a profile holds no markup).
 */
export const plainDescription = (html: string): string[] =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt);/gi, (_, name: string) => (name.toLowerCase() === 'lt' ? '‹' : '›'))
    .split(/\n\s*\n/)
    .map((paragraph) => decodeEntities(paragraph).replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** The short bio: the description when it fits, else its first sentences up to the limit. */
const shortBioOf = (paragraphs: string[]): string | null => {
  const text = paragraphs.join(' ');
  if (!text) return null;
  if (text.length <= SHORT_BIO_MAX) return text;
  const cut = text.slice(0, SHORT_BIO_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
};

/** The author term slugs of an item, in the order the file lists them (its byline order). */
const authorTermsOf = (item: WxrItem) => item.terms.filter((term) => term.domain === 'author').map((term) => term.nicename);

const profileOf = (fullName: string, description: string, website: string): ImportedProfile => {
  const paragraphs = plainDescription(description);
  return {
    fullName: fullName.replace(/\s+/g, ' ').trim().slice(0, 120),
    shortBio: shortBioOf(paragraphs),
    bio: paragraphs.length ? paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) : null,
    sameAs: website && isHttpUrl(website) ? [website] : null,
  };
};

/** `YYYY-MM-DD hh:mm:ss` (UTC) or an RSS date, as ISO; null for WordPress's zero date or nothing. */
export const isoDate = (value: string): string | null => {
  if (!value || value.startsWith('0000')) return null;
  const date = new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/**
 * Builds the plan from the reader's records, fed one at a time. Of the posts only the byline
 * handles they use are kept (to know which accounts are reporters): memory grows with the number
 * of people, not of posts.
 */
export class WordpressPlanBuilder {
  private users: WxrUser[] = [];
  private guests: WxrItem[] = [];
  private authorTerms: WxrTerm[] = [];
  private attachments = new Map<number, string>();
  // The author term slugs posts byline, and the logins of posts without such terms.
  private bylinedTerms = new Set<string>();
  private bylinedLogins = new Set<string>();
  private posts = 0;
  private site = '';

  constructor(private readonly postTypes: string[] = DEFAULT_POST_TYPES) {}

  add(record: WxrRecord) {
    if (record.kind === 'site') this.site = record.baseUrl;
    else if (record.kind === 'user') this.users.push(record);
    else if (record.kind === 'term' && record.taxonomy === 'author') this.authorTerms.push(record);
    else if (record.kind === 'item') {
      if (record.type === 'guest-author') this.guests.push(record);
      else if (record.type === 'attachment' && record.id !== null && record.attachmentUrl) this.attachments.set(record.id, record.attachmentUrl);
      else if (this.postTypes.includes(record.type)) {
        this.posts += 1;
        const terms = authorTermsOf(record);
        if (terms.length) for (const slug of terms) this.bylinedTerms.add(slug);
        else if (record.creator) this.bylinedLogins.add(record.creator);
      }
    }
  }

  /** How many posts of the imported types were read so far. */
  get postCount() {
    return this.posts;
  }

  build({ roleMapping, authorCategories = [] }: { roleMapping?: RoleMapping; authorCategories?: AuthorCategoryRow[] } = {}): WordpressPlan {
    const issues: PlanIssue[] = [];
    const persons = new Map<string, PlannedPerson>();
    // Which person each WordPress handle names: logins, guest author post names, term slugs.
    const byLogin = new Map<string, string>();
    const byTermSlug = new Map<string, string>();

    const person = (key: string, source: string, fields: ImportedProfile, nicename: string) => {
      const existing = persons.get(key);
      if (existing) {
        existing.sources.push(source);
        // A guest author or author term says more about a person than their account does.
        existing.profile = {
          fullName: fields.fullName || existing.profile.fullName,
          shortBio: fields.shortBio ?? existing.profile.shortBio,
          bio: fields.bio ?? existing.profile.bio,
          sameAs: fields.sameAs ?? existing.profile.sameAs,
        };
        if (nicename && !existing.nicenames.includes(nicename)) existing.nicenames.push(nicename);
        return existing;
      }
      const created: PlannedPerson = { key, sources: [source], profile: fields, nicenames: nicename ? [nicename] : [], avatarUrl: null };
      persons.set(key, created);
      return created;
    };

    for (const user of this.users) {
      const key = `user:${user.id ?? user.login}`;
      const name = user.displayName || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.login;
      person(key, `user ${user.login}`, profileOf(name, '', ''), nicenameOf(user.login));
      byLogin.set(user.login, key);
    }

    for (const guest of this.guests) {
      const meta = guest.meta;
      const login = meta['cap-user_login'] ?? '';
      const linked = meta['cap-linked_account'] ? byLogin.get(meta['cap-linked_account']) : undefined;
      if (meta['cap-linked_account'] && !linked) {
        issues.push({
          person: guest.name,
          reason: `guest author is linked to the account "${meta['cap-linked_account']}", which is not in the export: imported on its own`,
        });
      }
      const key = linked ?? `guest:${guest.id ?? guest.name}`;
      const name = meta['cap-display_name'] || guest.title || [meta['cap-first_name'], meta['cap-last_name']].filter(Boolean).join(' ');
      const planned = person(
        key,
        `guest author ${guest.name}`,
        profileOf(name, meta['cap-description'] ?? '', meta['cap-website'] ?? ''),
        guest.name.replace(/^cap-/, '')
      );
      const thumbnail = Number(meta._thumbnail_id);
      if (thumbnail) planned.avatarUrl = this.attachments.get(thumbnail) ?? planned.avatarUrl;
      if (login && !byLogin.has(login)) byLogin.set(login, key);
      byTermSlug.set(guest.name, key);
    }

    for (const term of this.authorTerms) {
      const isPublishPress = !term.slug.startsWith('cap-') || PPA_META.some((key) => key in term.meta);
      if (!isPublishPress) {
        // Co-Authors Plus: the term's name is the login of a user or guest author, its slug cap-<nicename>.
        const key = byLogin.get(term.name) ?? byTermSlug.get(term.slug);
        if (key) {
          byTermSlug.set(term.slug, key);
          const planned = persons.get(key)!;
          const nicename = term.slug.replace(/^cap-/, '');
          if (!planned.nicenames.includes(nicename)) planned.nicenames.push(nicename);
        }
        continue;
      }
      const meta = term.meta;
      const userKey = meta.user_id ? [...persons.keys()].find((key) => key === `user:${meta.user_id}`) : undefined;
      const name = term.name || [meta.first_name, meta.last_name].filter(Boolean).join(' ');
      const planned = person(
        userKey ?? `term:${term.id ?? term.slug}`,
        `author term ${term.slug}`,
        profileOf(name, meta.description ?? '', meta.user_url ?? ''),
        term.slug
      );
      const avatar = Number(meta.avatar);
      if (avatar) planned.avatarUrl = this.attachments.get(avatar) ?? planned.avatarUrl;
      byTermSlug.set(term.slug, planned.key);
    }

    const termIds = new Map(this.authorTerms.map((term) => [term.slug, term.id]));
    const categories = new Map(authorCategories.map((row) => [`${row.postId}:${row.authorTermId}`, row.categorySlug]));
    const postTypes = this.postTypes;
    const planPost = (item: WxrItem) => {
      if (item.kind !== 'item' || !postTypes.includes(item.type)) return null;
      const label = item.name || `#${item.id}`;
      const postIssues: PlanIssue[] = [];
      const bylines: PlannedByline[] = [];
      const credit = (key: string, role: string) => {
        if (!bylines.some((b) => b.person === key && b.role === role)) bylines.push({ person: key, role });
      };
      const terms = authorTermsOf(item);
      if (terms.length > 0) {
        for (const slug of terms) {
          const key = byTermSlug.get(slug);
          if (!key) {
            postIssues.push({ post: label, reason: `byline "${slug}" names no user, guest author or author term in the export` });
            continue;
          }
          const category = categories.get(`${item.id}:${termIds.get(slug)}`);
          const role = category === undefined ? 'author' : roleMapping?.categories[category];
          if (role === undefined)
            postIssues.push({ post: label, reason: `author category "${category}" of "${slug}" has no role in the mapping: credited as author` });
          credit(key, role ?? 'author');
        }
      } else if (item.creator) {
        // Without a byline plugin's terms, the post's WordPress author is its byline.
        const key = byLogin.get(item.creator);
        if (key) credit(key, 'author');
        else postIssues.push({ post: label, reason: `author "${item.creator}" is not among the export's users` });
      }
      const post: PlannedPost = { wpId: item.id, slug: item.name, title: item.title, date: isoDate(item.date), published: item.status === 'publish', bylines };
      return { post, issues: postIssues };
    };

    const credited = new Set<string>();
    for (const slug of this.bylinedTerms) if (byTermSlug.has(slug)) credited.add(byTermSlug.get(slug)!);
    for (const login of this.bylinedLogins) if (byLogin.has(login)) credited.add(byLogin.get(login)!);
    // An account that bylines nothing, and is no guest author or author term, is not a reporter.
    const kept = [...persons.values()].filter((p) => credited.has(p.key) || p.sources.some((source) => !source.startsWith('user ')));
    return { site: this.site, persons: kept, postCount: this.posts, issues, planPost };
  }
}
