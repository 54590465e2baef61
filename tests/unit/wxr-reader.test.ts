import fs from 'fs';
import os from 'os';
import path from 'path';
import v8 from 'v8';
import vm from 'vm';
import { readWxr, type WxrRecord } from '../../server/src/import/wxr-reader';
import { writeWxr } from '../../bench/wxr-generator';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'wordpress');

async function* chunksOf(text: string, size = 7) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}
const readAll = async (text: string, size?: number) => {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(chunksOf(text, size))) records.push(record);
  return records;
};
const WXR = (body: string) =>
  `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><wp:wxr_version>1.2</wp:wxr_version>${body}</channel></rss>`;

describe('the WXR reader', () => {
  it('reads users, author terms with their meta, and items with their bylines in file order, whatever the chunking', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'cap-site.xml'), 'utf8');
    for (const size of [1, 13, 4096]) {
      const records = await readAll(text, size);
      expect(records.filter((r) => r.kind === 'user').map((r) => (r as any).login)).toEqual(['mkovalenko', 'tobrien', 'editor.desk']);
      const terms = records.filter((r) => r.kind === 'term');
      expect(terms[0]).toMatchObject({ id: 21, taxonomy: 'author', slug: 'cap-mkovalenko', name: 'mkovalenko' });
      const ferry = records.find((r) => r.kind === 'item' && r.name === 'ferry-strike') as any;
      expect(ferry).toMatchObject({
        id: 501,
        type: 'post',
        status: 'publish',
        title: 'Ferry strike enters second week',
        date: '2024-05-06 08:30:00',
        creator: 'mkovalenko',
      });
      expect(ferry.terms.map((t: any) => `${t.domain}:${t.nicename}`)).toEqual([
        'category:harbour',
        'author:cap-ines-halloran',
        'author:cap-mkovalenko',
        'author:cap-tobrien',
      ]);
      const guest = records.find((r) => r.kind === 'item' && r.type === 'guest-author') as any;
      expect(guest.meta['cap-display_name']).toBe('Inès Halloran');
      expect(guest.meta['cap-description']).toContain('\n\nShe was a deckhand');
    }
  });

  it("keeps an item's body only when asked", async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'cap-site.xml'), 'utf8');
    const bodies = async (content: boolean) => {
      const found: unknown[] = [];
      for await (const record of readWxr(chunksOf(text, 50), { content }))
        if (record.kind === 'item' && record.name === 'ferry-strike') found.push(record.content);
      return found;
    };
    expect(await bodies(false)).toEqual([undefined]);
    expect(await bodies(true)).toEqual(['<p>The ferry crews stayed ashore for a second week.</p>']);
  });

  it('keeps only the meta keys asked for', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'ppa-site.xml'), 'utf8');
    const records: WxrRecord[] = [];
    for await (const record of readWxr(chunksOf(text, 100), { keepMeta: (key) => key === 'user_url' })) records.push(record);
    const term = records.find((r) => r.kind === 'term' && r.slug === 'oleh') as any;
    expect(term.meta).toEqual({ user_url: 'https://oleh.example.com' });
  });

  it.each([
    ['a file that is not XML', 'name,email\nA,a@example.org\n', /not well-formed XML/],
    [
      'an RSS feed that is not a WordPress export',
      '<rss><channel><title>x</title></channel></rss>',
      /not a WordPress export \(WXR\): it has no <wp:wxr_version>/,
    ],
    ['another XML document', '<?xml version="1.0"?><html><body/></html>', /root element is <html>, not <rss>/],
    ['an empty file', '', /empty/],
    ['a truncated export', WXR('<item><title>Cut').slice(0, -30), /not well-formed XML/],
    [
      'an external entity',
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><wp:wxr_version>&x;</wp:wxr_version></channel></rss>`,
      /DOCTYPE/,
    ],
    ['a billion laughs', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss>&b;</rss>`, /DOCTYPE/],
  ])('refuses %s with a clear error', async (_, text, message) => {
    await expect(readAll(text, 64)).rejects.toThrow(message);
  });

  it('names the line of a bad file', async () => {
    await expect(readAll(WXR('\n\n<item><title>x</titel></item>'), 64)).rejects.toThrow(/line 3/);
  });

  it('streams: what it holds does not grow with the file', async () => {
    // Garbage is collected on demand, so the figure is what the reader retains, not GC timing.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const retained = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxr-'));
    const file = path.join(dir, 'big.xml');
    try {
      const bytes = await writeWxr(file, { posts: 4000, authors: 30, bodyBytes: 10000 });
      expect(bytes).toBeGreaterThan(40 * 1024 * 1024);
      const before = retained();
      let peak = before;
      let items = 0;
      for await (const record of readWxr(fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }))) {
        if (record.kind === 'item') items += 1;
        if (items % 1000 === 0) peak = Math.max(peak, retained());
      }
      expect(items).toBe(4000 + 10);
      // The file is over 40 MB; the reader holds a chunk and one record at a time.
      expect(peak - before).toBeLessThan(5 * 1024 * 1024);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
