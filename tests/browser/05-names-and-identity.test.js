// Names typed in either script find the same reporter; a name that has a profile is offered, not
// made twice; the keyboard reaches the first match; credited reporters and attached boxes are not
// offered again; withheld and pseudonym reporters show what the public reads; an Author's own
// profile comes first and is credited on a new article.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  axeViolations,
  withBrowser,
  logIn,
  adminApi,
  articleDocumentId,
  openArticle,
  dismissGuidedTour,
  screenshot,
  creditItems,
  creditNames,
  boxItems,
} = require('./browser');

const BASE = process.env.BASE_URL;
const PROFILE_UID = 'plugin::newsroom.reporter-profile';
const EDITOR = 'editor@newsroom.local';

const reporterBox = (page) => page.getByRole('combobox', { name: 'Add a reporter' });
const bylinePanel = (page) => page.locator('aside', { has: page.locator('[data-newsroom-panel="byline"]') }).last();
/** The search box with its open list of options, which overflows the panel. */
const searchWithOptions = (page) => [
  page
    .locator('[data-newsroom-panel="byline"] > div')
    .filter({ has: reporterBox(page) })
    .last(),
  page.getByRole('listbox', { name: 'Add a reporter' }),
];
const optionNames = (page) => page.getByRole('listbox', { name: 'Add a reporter' }).getByRole('option').allInnerTexts();

/** Types `text` in the reporter search and waits for the answer to it. */
async function searchReporters(page, text) {
  const answered = page.waitForResponse(
    (res) => res.url().includes('/newsroom/reporters/search') && res.url().includes(`search=${encodeURIComponent(text).replace(/%20/g, '+')}`)
  );
  await reporterBox(page).fill(text);
  await answered;
  await page.waitForTimeout(100);
}

test('names in either script, duplicates, keyboard, no re-offer, and what the public reads', async () => {
  const documentId = await articleDocumentId(BASE);
  // The Super Admin: the earlier files have used the Editor's logins, which the admin rate-limits.
  const adminFetch = await adminApi(BASE, EDITOR);
  // A profile written in Cyrillic.
  const cyrillic = await adminFetch('POST', '/newsroom/reporters', { fullName: 'Богдан Гнатюк', locale: 'en', publish: false });
  assert.equal(cyrillic.status, 201);

  await withBrowser('names-and-identity', async (page) => {
    await logIn(page, BASE, EDITOR);
    await openArticle(page, BASE, documentId);
    await page.locator('[data-newsroom-panel="byline"]').getByText('Credits, roles and notes are shared by every language of this article').waitFor();
    const before = await creditNames(page);

    // Cyrillic finds a Latin name, Latin a Cyrillic one.
    await searchReporters(page, 'Мельн');
    assert.match((await optionNames(page))[0], /^Hanna Melnyk/);
    await searchReporters(page, 'Bohdan Hnat');
    assert.match((await optionNames(page))[0], /^Богдан Гнатюк/);
    await screenshot(page, 'byline-search-either-script', searchWithOptions(page));

    // ArrowDown from the box goes to the first match, Enter credits it.
    await searchReporters(page, 'Hanna Mel');
    await reporterBox(page).press('ArrowDown');
    const active = await reporterBox(page).getAttribute('aria-activedescendant');
    assert.match(await page.locator(`#${active}`).innerText(), /^Hanna Melnyk/);
    await reporterBox(page).press('Enter');
    await creditItems(page).filter({ hasText: 'Hanna Melnyk' }).waitFor();

    // Credited reporters are not offered again.
    for (const name of [...before, 'Hanna Melnyk']) {
      await searchReporters(page, name);
      const offered = await optionNames(page);
      assert.ok(!offered.some((text) => text.startsWith(name)), `${name} is credited and not offered: ${offered.join(' | ')}`);
    }

    // A name that has a profile, typed in the other script: the profile is offered first.
    await searchReporters(page, 'Ірина Бондар');
    assert.deepEqual(
      (await optionNames(page)).map((text) => text.split('\n')[0]),
      ['Already exists: Iryna Bondar — use it', 'Iryna Bondar', 'Create another reporter named “Ірина Бондар”…']
    );
    await screenshot(page, 'byline-duplicate-warning', searchWithOptions(page));
    await page.getByRole('option', { name: 'Create another reporter named “Ірина Бондар”…' }).click();
    const modal = page.getByRole('dialog', { name: 'New reporter' });
    await modal.getByText('A reporter named Iryna Bondar already exists in this language.').waitFor();
    await modal.getByRole('button', { name: 'Create a second profile' }).click();
    await modal.getByText('Tick this to create a second profile, or use the existing one').waitFor();
    await screenshot(page, 'create-reporter-duplicate', modal);
    // The pointer off the button it just pressed: a hovered button is lighter than at rest.
    await page.mouse.move(0, 0);
    assert.deepEqual(await axeViolations(page, '[role="dialog"]'), [], 'no accessibility violation in the create modal');
    await modal.getByRole('button', { name: 'Use Iryna Bondar instead' }).click();
    await modal.waitFor({ state: 'detached' });
    await creditItems(page).filter({ hasText: 'Iryna Bondar' }).waitFor();

    // Withheld and pseudonym reporters: what the public reads, in the typeahead and on the credit.
    await searchReporters(page, 'Kravets');
    assert.match((await optionNames(page))[0], /Maryna Kravets[\s\S]*Name withheld[\s\S]*Public byline: Staff reporter/i);
    await page.getByRole('option', { name: /Maryna Kravets/ }).click();
    await searchReporters(page, 'Viter');
    await page.getByRole('option', { name: /Ostap Viter/ }).click();
    const withheld = creditItems(page).filter({ hasText: 'Maryna Kravets' });
    await withheld.getByText('Public byline: Staff reporter').waitFor();
    await withheld.getByText('Name withheld').waitFor();
    await creditItems(page).filter({ hasText: 'Ostap Viter' }).getByText('Pseudonym', { exact: true }).waitFor();
    await screenshot(page, 'byline-withheld-and-pseudonym', bylinePanel(page));
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="byline"]'), [], 'no accessibility violation in the Byline panel');
    await searchReporters(page, 'Iryna');
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="byline"]'), [], 'no accessibility violation in the typeahead with its options open');
    await reporterBox(page).press('Escape');

    // Attached boxes are not offered again.
    const attached = (await boxItems(page).allInnerTexts()).map((text) => text.split('\n')[0]);
    const boxSearch = page.getByRole('combobox', { name: 'Attach a box' });
    for (const title of attached) {
      const answered = page.waitForResponse((res) => res.url().includes('/newsroom/key-facts-boxes/search'));
      await boxSearch.fill(title.slice(0, 20));
      await answered;
      await page.waitForTimeout(100);
      const offered = await page.getByRole('listbox', { name: 'Attach a box' }).getByRole('option').allInnerTexts();
      assert.ok(!offered.some((text) => text.startsWith(title)), `${title} is attached and not offered`);
    }

    // Nothing was saved: the article keeps its byline, and no profile was created.
    const search = await adminFetch('GET', `/newsroom/reporters/search?search=${encodeURIComponent('Бондар')}&locale=en`);
    assert.deepEqual(
      search.body.data.map((row) => row.fullName),
      ['Iryna Bondar']
    );
  });
});

test("an Author's own profile is offered first and credited on a new article", async () => {
  const superAdmin = await adminApi(BASE, EDITOR);
  const users = await superAdmin('GET', '/admin/users?pageSize=100');
  const author = users.body.data.results.find((user) => user.email === 'reporter@newsroom.local');
  const asAuthor = await adminApi(BASE, 'reporter@newsroom.local');
  const own = await asAuthor('POST', '/newsroom/reporters', { fullName: 'Staff Reporter', jobTitle: 'Reporter', locale: 'en', publish: false });
  assert.equal(own.status, 201, JSON.stringify(own.body));
  const linked = await superAdmin('PUT', `/content-manager/collection-types/${PROFILE_UID}/${own.body.data.documentId}?locale=en`, {
    adminUser: { connect: [{ id: author.id }] },
  });
  assert.equal(linked.status, 200, JSON.stringify(linked.body));

  await withBrowser('own-profile', async (page) => {
    await logIn(page, BASE, 'reporter@newsroom.local');
    await page.goto(`${BASE}/admin/content-manager/collection-types/api::article.article/create?plugins[i18n][locale]=en`);
    await dismissGuidedTour(page);
    await creditItems(page).filter({ hasText: 'Staff Reporter' }).waitFor();
    assert.deepEqual(await creditNames(page), ['Staff Reporter']);
    assert.equal(await creditItems(page).first().getByRole('combobox', { name: 'Role' }).innerText(), 'Author');
    // Removed, it is the first one offered.
    await page.getByRole('button', { name: 'Remove Staff Reporter from the byline' }).click();
    await reporterBox(page).click();
    await page.getByRole('listbox', { name: 'Add a reporter' }).getByRole('option').first().waitFor();
    assert.match((await optionNames(page))[0], /^Staff Reporter/);
    await screenshot(page, 'byline-own-profile-first', [bylinePanel(page), page.getByRole('listbox', { name: 'Add a reporter' })]);
  });
});
