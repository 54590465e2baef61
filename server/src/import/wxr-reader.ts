import { SaxesParser } from 'saxes';
import { ImportInputError } from './import-error';

/**
 * A streaming reader of WordPress's export format (WXR, the XML of Tools → Export): it turns the
 * file into the records the importer needs (users, taxonomy terms, items) one at a time, never
 * holding the document. Post bodies are skipped, so memory stays flat whatever the file's size.
 */

/** A WordPress user (`<wp:author>`). */
export interface WxrUser {
  kind: 'user';
  id: number | null;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

/** A term of a custom taxonomy (`<wp:term>`), with its term meta. */
export interface WxrTerm {
  kind: 'term';
  id: number | null;
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  meta: Record<string, string>;
}

/** A post-like item: a post, a page, an attachment, a Co-Authors Plus guest author… */
export interface WxrItem {
  kind: 'item';
  id: number | null;
  type: string;
  status: string;
  /** `wp:post_name`, the slug. */
  name: string;
  title: string;
  /** `wp:post_date_gmt` as given (`YYYY-MM-DD hh:mm:ss`), else the RSS `pubDate`. */
  date: string;
  /** `dc:creator`: the login of the post's WordPress author. */
  creator: string;
  /** The item's terms in the order the file lists them. */
  terms: { domain: string; nicename: string; name: string }[];
  meta: Record<string, string>;
  attachmentUrl: string;
  /** `content:encoded` (HTML), only when the reader is asked for it; null when it was too long to hold. */
  content?: string | null;
}

/** The exported site (`<wp:base_site_url>`), which tells two sites' ids apart. */
export interface WxrSite {
  kind: 'site';
  baseUrl: string;
}

export type WxrRecord = WxrSite | WxrUser | WxrTerm | WxrItem;

export interface ReadOptions {
  /** Which post meta keys to keep (meta values can be large serialized PHP); all by default. */
  keepMeta?: (key: string) => boolean;
  /** Keep each item's body (`content:encoded`), one item at a time; skipped by default. */
  content?: boolean;
}

const USER_FIELDS: Record<string, keyof Omit<WxrUser, 'kind' | 'id'> | 'id'> = {
  'wp:author_id': 'id',
  'wp:author_login': 'login',
  'wp:author_email': 'email',
  'wp:author_display_name': 'displayName',
  'wp:author_first_name': 'firstName',
  'wp:author_last_name': 'lastName',
};
const TERM_FIELDS: Record<string, 'id' | 'taxonomy' | 'slug' | 'name' | 'description'> = {
  'wp:term_id': 'id',
  'wp:term_taxonomy': 'taxonomy',
  'wp:term_slug': 'slug',
  'wp:term_name': 'name',
  'wp:term_description': 'description',
};
const ITEM_FIELDS: Record<string, 'id' | 'type' | 'status' | 'name' | 'title' | 'date' | 'pubDate' | 'creator' | 'attachmentUrl'> = {
  'wp:post_id': 'id',
  'wp:post_type': 'type',
  'wp:status': 'status',
  'wp:post_name': 'name',
  title: 'title',
  'wp:post_date_gmt': 'date',
  pubDate: 'pubDate',
  'dc:creator': 'creator',
  'wp:attachment_url': 'attachmentUrl',
};

// A text value longer than this is not something the importer reads (names, slugs, short meta).
const MAX_TEXT = 256 * 1024;
// A post body longer than this is left out (and said so) rather than held.
const MAX_CONTENT = 8 * 1024 * 1024;

/**
 * A copy of a kept text. The parser's strings can be slices of the whole chunk they were read from;
 * a record that outlives its chunk would keep that chunk (256 KiB) alive with it.
 */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

const toId = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/**
 * Reads a WXR file's text chunk by chunk and yields its records. Throws an ImportInputError for a DOCTYPE
 * (no entity of the file's is ever expanded: external entities, "billion laughs"), for XML that
 * is not well-formed or is cut short, and for a document that is not a WordPress export.
 */
export async function* readWxr(chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncGenerator<WxrRecord> {
  const keepMeta = options.keepMeta ?? (() => true);
  const parser = new SaxesParser({ position: true });
  const ready: WxrRecord[] = [];
  const path: string[] = [];
  let sawRoot = false;
  let sawWxrVersion = false;
  let failure: ImportInputError | null = null;

  let record: Record<string, any> | null = null;
  let text: string | null = null;
  let textLimit = MAX_TEXT;
  let metaKey = '';
  let metaValue = '';
  let pendingTerm: { domain: string; nicename: string } | null = null;

  const fail = (message: string) => {
    failure ??= new ImportInputError(`${message} (line ${parser.line}, column ${parser.column})`);
  };

  parser.on('doctype', () => fail('The file declares a DOCTYPE; a WordPress export has none, and its entities are not expanded'));
  parser.on('error', (error) => fail(`The file is not well-formed XML: ${error.message.replace(/^(.*?:)?\d+:\d+: /, '')}`));

  parser.on('opentag', (tag) => {
    const parent = path[path.length - 1];
    path.push(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'rss') fail(`This is not a WordPress export (WXR): its root element is <${tag.name}>, not <rss>`);
      return;
    }
    if (path.length === 3 && parent === 'channel') {
      if (tag.name === 'wp:author') record = { kind: 'user', id: null, login: '', email: '', displayName: '', firstName: '', lastName: '' };
      else if (tag.name === 'wp:term') record = { kind: 'term', id: null, taxonomy: '', slug: '', name: '', description: '', meta: {} };
      else if (tag.name === 'item') {
        record = {
          kind: 'item',
          id: null,
          type: '',
          status: '',
          name: '',
          title: '',
          date: '',
          pubDate: '',
          creator: '',
          terms: [],
          meta: {},
          attachmentUrl: '',
        };
      } else if (tag.name === 'wp:wxr_version' || tag.name === 'wp:base_site_url') text = '';
      return;
    }
    if (!record || path.length < 4) return;
    if (path.length === 4) {
      const fields = record.kind === 'user' ? USER_FIELDS : record.kind === 'term' ? TERM_FIELDS : ITEM_FIELDS;
      if (tag.name in fields) text = '';
      else if (record.kind === 'item' && tag.name === 'content:encoded' && options.content) {
        text = '';
        textLimit = MAX_CONTENT;
        record.content = null;
      } else if (record.kind === 'item' && tag.name === 'category') {
        pendingTerm = { domain: detached(String(tag.attributes.domain ?? 'category')), nicename: detached(String(tag.attributes.nicename ?? '')) };
        text = '';
      } else if (tag.name === 'wp:postmeta' || tag.name === 'wp:termmeta') {
        metaKey = '';
        metaValue = '';
      }
    } else if (path.length === 5 && (parent === 'wp:postmeta' || parent === 'wp:termmeta')) {
      if (tag.name === 'wp:meta_key' || tag.name === 'wp:meta_value') text = '';
    }
  });

  const onText = (chunk: string) => {
    if (text === null) return;
    if (text.length + chunk.length > textLimit) {
      // Only meta values and bodies can be this long; the value is dropped below rather than held.
      text = null;
      textLimit = MAX_TEXT;
      return;
    }
    text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    path.pop();
    const value = text;
    text = null;
    textLimit = MAX_TEXT;
    if (path.length === 2 && tag.name === 'wp:wxr_version') {
      sawWxrVersion = (value ?? '').trim() !== '';
      return;
    }
    if (path.length === 2 && tag.name === 'wp:base_site_url') {
      ready.push({ kind: 'site', baseUrl: detached((value ?? '').trim()) });
      return;
    }
    if (!record) return;
    if (path.length === 2) {
      if (record.kind === 'item') {
        record.date ||= record.pubDate;
        delete record.pubDate;
      }
      ready.push(record as WxrRecord);
      record = null;
      return;
    }
    if (path.length === 3) {
      if (record.kind === 'item' && tag.name === 'content:encoded') {
        if (options.content) record.content = value === null ? null : detached(value);
      } else if (record.kind === 'item' && tag.name === 'category' && pendingTerm) {
        record.terms.push({ ...pendingTerm, name: detached((value ?? '').trim()) });
        pendingTerm = null;
      } else if (tag.name === 'wp:postmeta' || tag.name === 'wp:termmeta') {
        if (metaKey && keepMeta(metaKey)) record.meta[detached(metaKey)] = detached(metaValue);
      } else if (value !== null) {
        const fields: Record<string, string> = record.kind === 'user' ? USER_FIELDS : record.kind === 'term' ? TERM_FIELDS : ITEM_FIELDS;
        const field = fields[tag.name];
        if (field) record[field] = field === 'id' ? toId(value) : detached(value.trim());
      }
    } else if (path.length === 4 && value !== null) {
      if (tag.name === 'wp:meta_key') metaKey = value.trim();
      else if (tag.name === 'wp:meta_value') metaValue = value;
    }
  });

  for await (const chunk of chunks) {
    if (failure) break;
    try {
      parser.write(chunk);
    } catch (error) {
      fail(`The file is not well-formed XML: ${(error as Error).message}`);
    }
    if (failure) throw failure;
    yield* ready.splice(0, ready.length);
  }
  if (!failure && !sawRoot) throw new ImportInputError('The file is empty: it holds no XML');
  if (!failure) {
    try {
      parser.close();
    } catch (error) {
      fail(`The file is not well-formed XML: ${(error as Error).message}`);
    }
  }
  if (failure) throw failure;
  if (!sawWxrVersion) throw new ImportInputError('This is not a WordPress export (WXR): it has no <wp:wxr_version>');
  yield* ready.splice(0, ready.length);
}
