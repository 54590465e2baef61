#!/usr/bin/env node
// Checks what `npm pack` would publish (run it after `npm run build`): every file package.json's
// `exports` and `strapi-server.js` point to is in the tarball, no test, playground, benchmark or
// source folder is, and every relative link and image of README.md resolves to a shipped file
// (the npm page shows the README alone), every #anchor to one of its headings.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// Folders and files that must never reach the registry.
const NOT_SHIPPED = [
  /^tests\//,
  /^playground\//,
  /^bench\//,
  /^scripts\//,
  /^server\//,
  /^admin\//,
  /^shared\//,
  /^\.ci\//,
  /^coverage\//,
  /\.test\.[jt]sx?$/,
  /(^|\/)\.env/,
];

const packed = () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out);
  return { files: new Set(report.files.map((file) => file.path)), size: report.size, unpackedSize: report.unpackedSize };
};

/** The files package.json promises: the targets of `exports` (but `source`, which points into the repository) and the server entry. */
const promisedFiles = () => {
  const targets = [];
  const walk = (value, condition) => {
    if (typeof value === 'string') {
      if (condition !== 'source') targets.push(value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, key);
    }
  };
  walk(pkg.exports);
  return [...targets, './strapi-server.js', './README.md', './LICENSE'].map((target) => path.posix.normalize(target));
};

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
const anchorOf = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The link and image targets of a Markdown text, outside code blocks and inline code. */
const linkTargets = (markdown) => {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [];
  for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]);
  for (const match of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]);
  for (const match of prose.matchAll(/<(?:img|a)\s[^>]*?(?:src|href)="([^"]+)"/g)) targets.push(match[1]);
  return targets;
};

const headingAnchors = (markdown) => {
  const anchors = new Set();
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const match of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    let anchor = anchorOf(match[1]);
    for (let n = 1; anchors.has(anchor); n += 1) anchor = `${anchorOf(match[1])}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
};

const problems = [];
const { files, size, unpackedSize } = packed();

for (const file of promisedFiles()) {
  if (!files.has(file)) problems.push(`not shipped: ${file} (package.json points to it)`);
}
for (const file of files) {
  if (NOT_SHIPPED.some((pattern) => pattern.test(file))) problems.push(`shipped but must not be: ${file}`);
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const anchors = headingAnchors(readme);
let links = 0;
for (const target of linkTargets(readme)) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …: absolute, not the package's business
  links += 1;
  const [file, anchor] = target.split('#');
  if (file === '') {
    if (!anchors.has(decodeURIComponent(anchor))) problems.push(`README.md links to #${anchor}, which is no heading of it`);
    continue;
  }
  const shipped = path.posix.normalize(decodeURIComponent(file.split('?')[0]).replace(/^\.\//, ''));
  if (shipped.startsWith('..')) problems.push(`README.md links outside the package: ${target}`);
  else if (!files.has(shipped)) problems.push(`README.md links to ${target}, which is not shipped`);
}

if (problems.length > 0) {
  console.error(`npm pack check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kB = (bytes) => `${Math.round(bytes / 1024)} kB`;
console.log(
  `npm pack check: ${files.size} files (${kB(size)} packed, ${kB(unpackedSize)} unpacked), no test, playground or source folder; ${links} relative links of README.md resolve`
);
