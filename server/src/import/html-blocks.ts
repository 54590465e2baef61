/**
 * A WordPress post body (HTML, classic or block editor) as Strapi rich text (blocks): paragraphs,
 * headings, lists and quotes, with bold, italic and links kept; other markup (images, embeds,
 * tables, scripts) is dropped, its text kept.
 */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
type Inline = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: Inline[] }[] };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
};

/** Decodes HTML character references: numeric ones, and the named ones WordPress writes. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

const BLOCK_TAGS = /<(p|h[1-6]|ul|ol|li|blockquote|div)\b/i;
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/))/i;
// Elements whose text is not part of the story.
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'svg', 'noscript']);

export const htmlToBlocks = (html: string): Block[] => {
  let source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n?/g, '\n');
  // The classic editor stores paragraphs as blank lines (WordPress adds the <p> when it renders).
  if (!BLOCK_TAGS.test(source)) {
    source = source
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
      .join('');
  }
  const blocks: Block[] = [];
  let current: { children: Inline[] } | null = null;
  let list: Extract<Block, { type: 'list' }> | null = null;
  let link: LinkNode | null = null;
  let bold = 0;
  let italic = 0;
  let dropped = 0;
  let quote: Extract<Block, { type: 'quote' }> | null = null;

  const open = (block: Block | { type: 'list-item'; children: Inline[] }) => {
    if (block.type === 'list-item') list!.children.push(block);
    else blocks.push(block);
    current = block as { children: Inline[] };
  };
  /** Adds text to the open block (a paragraph when none is open); `literal` keeps a line break's newline. */
  const addText = (raw: string, literal = false) => {
    const text = literal ? raw : decodeEntities(raw.replace(/[ \t\n]+/g, ' '));
    if (!current) {
      if (text.trim() === '') return;
      list = null;
      open({ type: 'paragraph', children: [] });
    }
    const node: TextNode = { type: 'text', text };
    if (bold) node.bold = true;
    if (italic) node.italic = true;
    const siblings = link ? link.children : current!.children;
    const previous = siblings[siblings.length - 1];
    // Runs of text in the same style are one node.
    if (previous?.type === 'text' && previous.bold === node.bold && previous.italic === node.italic) previous.text += node.text;
    else siblings.push(node);
  };

  for (const [, closing, rawName, attributes, text] of source.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi)) {
    if (text !== undefined) {
      if (!dropped) addText(text);
      continue;
    }
    const name = rawName.toLowerCase();
    if (DROPPED.has(name)) {
      dropped = Math.max(0, dropped + (closing ? -1 : 1));
      continue;
    }
    if (name === 'strong' || name === 'b') bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (name === 'em' || name === 'i') italic = Math.max(0, italic + (closing ? -1 : 1));
    else if (name === 'br') addText('\n', true);
    else if (name === 'a') {
      link = null;
      const href = decodeEntities(/\bhref\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1] ?? '');
      if (!closing && SAFE_URL.test(href)) {
        if (!current) open({ type: 'paragraph', children: [] });
        link = { type: 'link', url: href, children: [] };
        current!.children.push(link);
      }
    } else if (name === 'ul' || name === 'ol') {
      current = null;
      list = null;
      if (!closing) {
        list = { type: 'list', format: name === 'ol' ? 'ordered' : 'unordered', children: [] };
        blocks.push(list);
      }
    } else if (name === 'li') {
      current = null;
      if (!closing && list) open({ type: 'list-item', children: [] });
    } else if (quote && (name === 'p' || name === 'div')) {
      // Paragraphs inside a quote are lines of the quote.
      if (!closing && quote.children.length) addText('\n', true);
    } else if (/^(p|div|h[1-6]|blockquote)$/.test(name)) {
      current = null;
      if (name === 'blockquote') quote = null;
      if (closing) continue;
      list = null;
      if (name[0] === 'h') open({ type: 'heading', level: Number(name[1]) as 1, children: [] });
      else if (name === 'blockquote') {
        quote = { type: 'quote', children: [] };
        open(quote);
      } else open({ type: 'paragraph', children: [] });
    }
  }

  // Whitespace between tags leaves empty or blank nodes: trimmed away, empty blocks dropped.
  const tidy = (children: Inline[]): Inline[] => {
    const kept = children.filter((node) => (node.type === 'link' ? node.children.some((c) => c.text.trim()) : node.text !== ''));
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
    if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
    return kept.filter((node) => node.type === 'link' || node.text !== '');
  };
  const hasText = (children: Inline[]) => children.length > 0;
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'list') {
      const items = block.children.map((item) => ({ ...item, children: tidy(item.children) })).filter((item) => hasText(item.children));
      return items.length ? [{ ...block, children: items }] : [];
    }
    const children = tidy(block.children);
    return hasText(children) ? [{ ...block, children }] : [];
  });
};
