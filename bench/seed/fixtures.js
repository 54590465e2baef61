'use strict';
// What the benchmark's newsroom looks like: names, titles, who wrote what. Deterministic (a seeded
// generator), so two runs measure the same data and one run's figures can be compared with another's.

const FIRST_NAMES = [
  'Olena',
  'Andriy',
  'Iryna',
  'Dmytro',
  'Hanna',
  'Taras',
  'Daryna',
  'Oleh',
  'Kateryna',
  'Mykola',
  'Yulia',
  'Serhiy',
  'Natalia',
  'Bohdan',
  'Oksana',
  'Volodymyr',
  'Sofia',
  'Roman',
  'Tetiana',
  'Yaroslav',
  'Maria',
  'Petro',
  'Liudmyla',
  'Ivan',
  'Viktoria',
  'Maksym',
  'Svitlana',
  'Artem',
  'Halyna',
  'Vasyl',
  'James',
  'Emma',
  'Oliver',
  'Charlotte',
  'Henry',
  'Amelia',
  'Jack',
  'Isla',
  'Thomas',
  'Grace',
  'Lucas',
  'Chloe',
  'Daniel',
  'Ella',
  'Samuel',
  'Lily',
  'Joseph',
  'Zoe',
  'David',
  'Ruth',
  'Anna',
  'Piotr',
  'Agnieszka',
  'Tomasz',
  'Ewa',
  'Marek',
  'Lena',
  'Jonas',
  'Ines',
  'Mateo',
  'Lucia',
  'Pablo',
  'Elena',
  'Marco',
  'Giulia',
  'Luca',
  'Chiara',
  'Hugo',
  'Camille',
  'Louis',
  'Manon',
  'Arthur',
  'Noor',
  'Omar',
  'Leila',
  'Yusuf',
  'Aylin',
  'Emre',
  'Mina',
  'Kenji',
  'Yuki',
  'Hiro',
  'Mei',
  'Wei',
  'Lin',
  'Arjun',
  'Priya',
  'Ravi',
  'Asha',
  'Kwame',
  'Ama',
  'Kofi',
  'Zara',
  'Nia',
  'Tariq',
  'Selin',
  'Nikos',
  'Eleni',
  'Stefan',
  'Ingrid',
];
const LAST_NAMES = [
  'Marchenko',
  'Kovalchuk',
  'Bondar',
  'Shevchuk',
  'Melnyk',
  'Zadorozhnyy',
  'Holub',
  'Tkachenko',
  'Kravets',
  'Lysenko',
  'Boyko',
  'Kovalenko',
  'Savchenko',
  'Rudenko',
  'Moroz',
  'Pavlenko',
  'Polishchuk',
  'Hnatiuk',
  'Oliynyk',
  'Kuzmenko',
  'Petrenko',
  'Vasylenko',
  'Karpenko',
  'Ponomarenko',
  'Tymoshenko',
  'Hrytsenko',
  'Levchenko',
  'Fedorenko',
  'Sydorenko',
  'Yatsenko',
  'Whitfield',
  'Harris',
  'Clarke',
  'Turner',
  'Walker',
  'Wright',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Baker',
  'Carter',
  'Mitchell',
  'Parker',
  'Collins',
  'Stewart',
  'Morris',
  'Rogers',
  'Reed',
  'Nowak',
  'Kowalski',
  'Wisniewski',
  'Lewandowski',
  'Zielinski',
  'Schmidt',
  'Fischer',
  'Weber',
  'Becker',
  'Hoffmann',
  'Garcia',
  'Martinez',
  'Lopez',
  'Romero',
  'Rossi',
  'Bianchi',
  'Ricci',
  'Moretti',
  'Dubois',
  'Laurent',
  'Lefebvre',
  'Girard',
  'Haddad',
  'Nasser',
  'Aziz',
  'Yilmaz',
  'Demir',
  'Kaya',
  'Tanaka',
  'Sato',
  'Suzuki',
  'Chen',
  'Wang',
  'Zhang',
  'Sharma',
  'Patel',
  'Gupta',
  'Mensah',
  'Owusu',
  'Boateng',
  'Okafor',
  'Adeyemi',
  'Khan',
  'Rahman',
  'Papadopoulos',
  'Georgiou',
  'Andersen',
  'Larsen',
  'Nilsson',
  'Berg',
];
const BEATS = ['politics', 'war', 'economy', 'energy', 'culture', 'science', 'technology', 'sport', 'health', 'world'];
const CATEGORIES = ['politics', 'world', 'economy', 'war', 'culture', 'science', 'technology', 'sport'];
const TOPICS = ['Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Brussels', 'Warsaw', 'the front line', 'the central bank', 'grain exports', 'the power grid'];
const VERBS = ['weighs', 'braces for', 'reviews', 'rebuilds', 'debates', 'reopens', 'expands', 'tightens', 'restores', 'questions'];
const OBJECTS = [
  'security guarantees',
  'winter heating plans',
  'a new budget',
  'rail links',
  'school repairs',
  'export quotas',
  'air defence',
  'its EU accession talks',
];
const OTHER_ROLES = ['author', 'contributor', 'photographer', 'editor'];

/** mulberry32: a small, fast, seeded generator; Math.random would make every run's data different. */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * A 24-character documentId, like Strapi's, unique per kind and number: zeros go before the number
 * (padded after it, reporter 1 and reporter 36 were both `rep1000…`, one document to Strapi).
 */
const documentId = (kind, n) => `${kind}${n.toString(36).padStart(24 - kind.length, '0')}`;

/** Reporter number `n`: every first name with every last name gives 10,000 distinct people. */
const reporterName = (n) => {
  const first = FIRST_NAMES[n % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length];
  const fullName = `${first} ${last}`;
  const round = Math.floor(n / (FIRST_NAMES.length * LAST_NAMES.length));
  return { fullName, slug: `${fullName.toLowerCase().replace(/ /g, '-')}${round ? `-${round + 1}` : ''}` };
};

/** A few reporters are pseudonymous or withheld, as in a real newsroom; the star reporter is named. */
const bylineMode = (n) => (n % 97 === 13 ? 'withheld' : n % 89 === 7 ? 'pseudonym' : 'named');

const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The editorial date of article `n`, published at `publishedAt`: its own day for most, but one in
 * 50 is an imported archive piece (dated 10–20 years before it reached the site) and one in 50 was
 * back-dated by an editor (1–9 days). Their editorial order differs from the order of publication,
 * so a reporter page in the right order proves it follows the editorial date.
 */
const editorialDate = (n, publishedAt) => {
  const daysEarlier = n % 50 === 7 ? 3650 + ((n * 37) % 3650) : n % 50 === 23 ? 1 + (n % 9) : 0;
  return new Date(publishedAt.getTime() - daysEarlier * DAY_MS).toISOString().slice(0, 10);
};

/** Article number `n` (0 = first published): its text, when it was published (every 5 minutes back from `newest`) and its editorial date. */
const article = (n, count, newest) => {
  const topic = TOPICS[n % TOPICS.length];
  const title = `${topic[0].toUpperCase()}${topic.slice(1)} ${VERBS[(n >> 3) % VERBS.length]} ${OBJECTS[(n >> 5) % OBJECTS.length]} (${n})`;
  const publishedAt = new Date(newest.getTime() - (count - 1 - n) * 5 * 60 * 1000);
  return {
    title,
    slug: articleSlug(title),
    dek: `What changed in ${topic} this week, and what it means for readers.`,
    body: [
      paragraph(`Officials in ${topic} said on Monday that the plan would be reviewed again before the end of the month, after a week of talks.`),
      paragraph('Reporters on the ground spoke to residents, officials and independent analysts; their accounts are summarised below.'),
    ],
    publishedDate: editorialDate(n, publishedAt),
    category: CATEGORIES[n % CATEGORIES.length],
    publishedAt,
  };
};

const articleSlug = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');

// The two reporters whose pages are compared: the star (reporter 0, on `starShare` of all
// articles) and a regular reporter (reporter 1, on about `regularShare`).
const STAR = 0;
const REGULAR = 1;

/**
 * The credits of every article, oldest first, one array per article: 1–4 distinct reporters, the
 * first one the author. The star is on `starShare` of all articles, so their page has many entries
 * to page through; the regular reporter joins about `regularShare` of the articles that have room
 * for another credit. The regular reporter draws from a generator of their own, so adding them
 * changed no other credit of the earlier runs' data (the star's 3,017 of 100,000 among them).
 * A generator, so a million articles never sit in memory at once.
 */
function* creditPlan({ articles, reporters, starShare, regularShare = 0, seed = 7 }) {
  const next = random(seed);
  const nextRegular = random(seed + 1);
  for (let n = 0; n < articles; n += 1) {
    const size = 1 + Math.floor(next() * next() * 4.999); // skewed towards one or two credits
    const people = new Set();
    if (next() < starShare) people.add(STAR);
    while (people.size < size) people.add(1 + Math.floor(next() * (reporters - 1)));
    const credits = [...people].map((reporter, i) => ({
      reporter,
      role: i === 0 ? 'author' : OTHER_ROLES[Math.floor(next() * OTHER_ROLES.length)],
      note: i === 1 && n % 10 === 0 ? 'Additional reporting' : null,
    }));
    if (nextRegular() < regularShare && credits.length < 4 && !people.has(REGULAR)) {
      credits.push({ reporter: REGULAR, role: OTHER_ROLES[Math.floor(nextRegular() * OTHER_ROLES.length)], note: null });
    }
    yield credits;
  }
}

/** A third of the articles have a key-facts box. */
const hasKeyFacts = (n) => n % 3 === 0;

module.exports = { BEATS, STAR, REGULAR, reporterName, bylineMode, article, creditPlan, hasKeyFacts, documentId, paragraph };
