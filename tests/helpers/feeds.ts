import { SaxesParser } from 'saxes';
import type { Response } from 'superagent';

/** A supertest parser that keeps a body as text, whatever its media type (feeds, sitemaps). */
export const asText = (res: Response, done: (error: Error | null, body: string) => void) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
};

/**
 * Reading feeds in tests the way a strict client would: RSS and Atom through
 * `@rowanmanning/feed-parser` (imported by the tests), what it leaves out (contributors, guid
 * attributes) and well-formedness through saxes, a conformant XML 1.0 parser, and JSON Feed against
 * the 1.1 spec's required fields.
 */

export interface XmlElement {
  /** The qualified name as written, e.g. `dc:creator`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses a document with namespaces, failing on anything that is not well-formed XML 1.0 (characters included). */
export const parseXml = (xml: string): XmlElement => {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: '',
    };
    open[open.length - 1].children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    open[open.length - 1].text += text;
  });
  parser.on('cdata', (text) => {
    open[open.length - 1].text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  return root.children[0];
};

export const childrenNamed = (element: XmlElement, name: string): XmlElement[] => element.children.filter((child) => child.name === name);

/** The RSS items or Atom entries of a parsed document, in document order. */
export const xmlEntries = (document: XmlElement): XmlElement[] =>
  document.name === 'rss' ? childrenNamed(childrenNamed(document, 'channel')[0], 'item') : childrenNamed(document, 'entry');

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** What a JSON Feed 1.1 document breaks of the spec's requirements (https://jsonfeed.org/version/1.1); empty when none. */
export const jsonFeedProblems = (feed: any): string[] => {
  const problems: string[] = [];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${feed.version}`);
  if (typeof feed.title !== 'string' || !feed.title) problems.push('title is required');
  if (!Array.isArray(feed.items)) return [...problems, 'items must be an array'];
  const checkAuthors = (authors: unknown, where: string) => {
    if (authors === undefined) return;
    if (!Array.isArray(authors)) return problems.push(`${where}.authors must be an array`);
    authors.forEach((author: any, i) => {
      if (!['name', 'url', 'avatar'].some((key) => typeof author?.[key] === 'string')) problems.push(`${where}.authors[${i}] needs a name, url or avatar`);
    });
  };
  checkAuthors(feed.authors, 'feed');
  for (const key of ['home_page_url', 'feed_url']) if (feed[key] !== undefined) new URL(feed[key]);
  feed.items.forEach((item: any, i: number) => {
    const where = `items[${i}]`;
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where}.id is required`);
    if (typeof item.content_text !== 'string' && typeof item.content_html !== 'string') problems.push(`${where} needs content_text or content_html`);
    for (const key of ['date_published', 'date_modified']) {
      if (item[key] !== undefined && !RFC3339.test(item[key])) problems.push(`${where}.${key} is not RFC 3339: ${item[key]}`);
    }
    if (item.url !== undefined) new URL(item.url);
    checkAuthors(item.authors, where);
    for (const key of Object.keys(item)) {
      if (key.startsWith('_') && !/^_[A-Za-z]/.test(key)) problems.push(`${where}.${key}: extensions start with _ and a letter`);
    }
  });
  return problems;
};
