import { decodeEntities, htmlToBlocks } from '../../server/src/import/html-blocks';

const text = (value: string, extra: Record<string, true> = {}) => ({ type: 'text', text: value, ...extra });

describe('a WordPress body as rich text blocks', () => {
  it('the block editor: paragraphs, headings, lists, quotes, with bold, italic and links', () => {
    const html = `<!-- wp:paragraph -->
<p>The ferry crews stayed <strong>ashore</strong> for a <em>second</em> week, says <a href="https://union.example.org/">the union</a>.</p>
<!-- /wp:paragraph -->
<!-- wp:heading --><h2>What they want</h2><!-- /wp:heading -->
<ul>
  <li>Pay &amp; hours</li>
  <li>Safety&#8217;s rules</li>
</ul>
<blockquote><p>We stay.</p></blockquote>`;
    expect(htmlToBlocks(html)).toEqual([
      {
        type: 'paragraph',
        children: [
          text('The ferry crews stayed '),
          text('ashore', { bold: true }),
          text(' for a '),
          text('second', { italic: true }),
          text(' week, says '),
          { type: 'link', url: 'https://union.example.org/', children: [text('the union')] },
          text('.'),
        ],
      },
      { type: 'heading', level: 2, children: [text('What they want')] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Pay & hours')] },
          { type: 'list-item', children: [text('Safety’s rules')] },
        ],
      },
      { type: 'quote', children: [text('We stay.')] },
    ]);
  });

  it("a quote's paragraphs are its lines", () => {
    expect(htmlToBlocks('<blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p>')).toEqual([
      { type: 'quote', children: [text('One.\nTwo.')] },
      { type: 'paragraph', children: [text('After.')] },
    ]);
  });

  it('the classic editor: blank lines are paragraphs, single newlines line breaks', () => {
    expect(htmlToBlocks('First line\nsame paragraph.\n\nSecond <b>one</b>.')).toEqual([
      { type: 'paragraph', children: [text('First line\nsame paragraph.')] },
      { type: 'paragraph', children: [text('Second '), text('one', { bold: true }), text('.')] },
    ]);
  });

  it('drops scripts, embeds and unsafe links, keeping the story text', () => {
    expect(htmlToBlocks('<p>Read <a href="javascript:alert(1)">this</a><script>alert(1)</script><img src="x.jpg"> now.</p>')).toEqual([
      { type: 'paragraph', children: [text('Read this now.')] },
    ]);
    expect(htmlToBlocks('<figure><iframe src="https://video.example.org"></iframe></figure>')).toEqual([]);
  });

  it('decodes character references', () => {
    expect(decodeEntities('Tom&#039;s &ldquo;deal&rdquo; &#x2014; &unknown; &#0;')).toBe("Tom's “deal” — &unknown; &#0;");
  });
});
