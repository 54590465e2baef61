'use strict';
// A generated WordPress export (WXR) of a Co-Authors Plus site, written as a stream: `authors`
// people (a third of them guest authors), `posts` posts of one to three bylines each, every post
// with a body of `bodyBytes`. Deterministic, so two runs read the same file. Used by the
// importer's tests (bad and large files) and sized up for the import benchmark.
const fs = require('fs');
const { once } = require('events');

const cdata = (text) => `<![CDATA[${String(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The login of generated person `n`. */
const loginOf = (n) => `reporter-${n}`;

/**
 * Writes the export to `file`. `truncateAt` (bytes) cuts the file short there, as a failed
 * download would. Resolves to the number of bytes written.
 */
async function writeWxr(file, { posts = 100, authors = 10, bodyBytes = 200, truncateAt = Infinity } = {}) {
  const out = fs.createWriteStream(file);
  let written = 0;
  const write = async (text) => {
    if (written >= truncateAt) return;
    const chunk = written + Buffer.byteLength(text) > truncateAt ? Buffer.from(text).subarray(0, truncateAt - written) : text;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const isGuest = (n) => n % 3 === 2;

  await write(
    '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n' +
      '<title>Generated Gazette</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
  );
  for (let n = 1; n <= authors; n += 1) {
    if (isGuest(n)) continue;
    await write(
      `<wp:author><wp:author_id>${n}</wp:author_id><wp:author_login>${cdata(loginOf(n))}</wp:author_login>` +
        `<wp:author_email>${cdata(`${loginOf(n)}@example.net`)}</wp:author_email><wp:author_display_name>${cdata(`Reporter ${n}`)}</wp:author_display_name>` +
        `<wp:author_first_name>${cdata('Reporter')}</wp:author_first_name><wp:author_last_name>${cdata(String(n))}</wp:author_last_name></wp:author>\n`
    );
  }
  for (let n = 1; n <= authors; n += 1) {
    await write(
      `<wp:term><wp:term_id>${100000 + n}</wp:term_id><wp:term_taxonomy>author</wp:term_taxonomy><wp:term_slug>${cdata(`cap-${loginOf(n)}`)}</wp:term_slug>` +
        `<wp:term_name>${cdata(loginOf(n))}</wp:term_name></wp:term>\n`
    );
  }
  for (let n = 1; n <= authors; n += 1) {
    if (!isGuest(n)) continue;
    await write(
      `<item><title>${cdata(`Guest ${n}`)}</title><wp:post_id>${200000 + n}</wp:post_id><wp:post_name>${cdata(`cap-${loginOf(n)}`)}</wp:post_name>` +
        `<wp:status>publish</wp:status><wp:post_type>guest-author</wp:post_type>` +
        `<wp:postmeta><wp:meta_key>cap-display_name</wp:meta_key><wp:meta_value>${cdata(`Guest Reporter ${n}`)}</wp:meta_value></wp:postmeta>` +
        `<wp:postmeta><wp:meta_key>cap-user_login</wp:meta_key><wp:meta_value>${cdata(loginOf(n))}</wp:meta_value></wp:postmeta>` +
        `<wp:postmeta><wp:meta_key>cap-description</wp:meta_key><wp:meta_value>${cdata(`Guest reporter number ${n}.`)}</wp:meta_value></wp:postmeta></item>\n`
    );
  }
  const body = 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(bodyBytes / 28)).slice(0, bodyBytes);
  for (let p = 1; p <= posts; p += 1) {
    const bylines = [1 + (p % authors), 1 + ((p * 7) % authors), 1 + ((p * 13) % authors)].slice(0, 1 + (p % 3));
    const day = new Date(Date.UTC(2015, 0, 1) + p * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');
    await write(
      `<item><title>${cdata(`Generated story ${p}`)}</title><dc:creator>${cdata(loginOf(bylines[0]))}</dc:creator>` +
        `<content:encoded>${cdata(`<p>${body}</p>`)}</content:encoded><wp:post_id>${p}</wp:post_id>` +
        `<wp:post_date_gmt>${cdata(day)}</wp:post_date_gmt><wp:post_name>${cdata(`generated-story-${p}`)}</wp:post_name>` +
        `<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>` +
        [...new Set(bylines)].map((n) => `<category domain="author" nicename="cap-${loginOf(n)}">${cdata(loginOf(n))}</category>`).join('') +
        '</item>\n'
    );
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return written;
}

module.exports = { writeWxr, loginOf };
