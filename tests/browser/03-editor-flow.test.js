// An editor credits reporters and builds a key-facts box in the panels, saves and publishes, and the
// public content API then shows exactly that byline and those facts.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { withBrowser, logIn, adminApi, articleDocumentId, openArticle, screenshot, creditItems, creditNames, boxItems } = require('./browser');

const BASE = process.env.BASE_URL;
const NEW_BOX = {
  title: 'US security guarantees: what we know',
  facts: [
    { text: 'Three documents are under final review in Kyiv.', source: { name: 'Office of the President of Ukraine', url: 'https://www.president.gov.ua/en' } },
    { text: 'Allied leaders met in Paris on 6 January.' },
    { text: 'A 20-point peace framework has been refined since late 2025.' },
  ],
};

async function addReporterByTyping(page, text, name) {
  const input = page.getByRole('combobox', { name: 'Add a reporter' });
  await input.fill(text);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await creditItems(page).filter({ hasText: name }).waitFor();
}

async function chooseRole(page, name, role) {
  const item = creditItems(page).filter({ hasText: name });
  await item.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
}

test('an editor builds the byline and key facts of the Zelensky article, saves and publishes', async () => {
  const documentId = await articleDocumentId(BASE);
  let seededBoxes = [];
  await withBrowser('editor-flow', async (page) => {
    await logIn(page, BASE, 'desk-editor@newsroom.local');
    await openArticle(page, BASE, documentId);
    assert.deepEqual(await creditNames(page), ['Tim Zadorozhnyy']);

    // Two reporters found by typing part of their names (the server's folded-name search).
    await addReporterByTyping(page, 'marchen', 'Olena Marchenko');
    await addReporterByTyping(page, 'KOVALCH', 'Andriy Kovalchuk');
    assert.deepEqual(await creditNames(page), ['Tim Zadorozhnyy', 'Olena Marchenko', 'Andriy Kovalchuk']);

    // Reorder by keyboard (Alt+ArrowUp on the focused item) and by drag and drop.
    await creditItems(page).filter({ hasText: 'Andriy Kovalchuk' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual(await creditNames(page), ['Tim Zadorozhnyy', 'Andriy Kovalchuk', 'Olena Marchenko']);
    await assert.doesNotReject(page.getByRole('status').filter({ hasText: 'Andriy Kovalchuk moved to position 2 of 3.' }).waitFor({ state: 'attached' }));
    await creditItems(page)
      .filter({ hasText: 'Olena Marchenko' })
      .dragTo(creditItems(page).filter({ hasText: 'Tim Zadorozhnyy' }));
    assert.deepEqual(await creditNames(page), ['Olena Marchenko', 'Tim Zadorozhnyy', 'Andriy Kovalchuk']);

    await chooseRole(page, 'Olena Marchenko', 'Contributor');
    await chooseRole(page, 'Andriy Kovalchuk', 'Photographer');

    // A reporter who has no profile yet, created from the modal without leaving the article.
    await page.getByRole('combobox', { name: 'Add a reporter' }).fill('Nadiya Ostapenko');
    await page.getByRole('option', { name: 'Create a reporter named “Nadiya Ostapenko”' }).click();
    const modal = page.getByRole('dialog', { name: 'New reporter' });
    await assert.doesNotReject(modal.waitFor());
    assert.equal(await modal.getByLabel('Full name').inputValue(), 'Nadiya Ostapenko');
    await modal.getByLabel('Job title').fill('Stringer, Kherson');
    await modal.getByRole('button', { name: 'Create and add' }).click();
    // Created as a draft: the credit says so and links to the profile, to complete and publish it.
    const nadiya = creditItems(page).filter({ hasText: 'Nadiya Ostapenko' });
    await nadiya.waitFor();
    await nadiya.getByText('Draft profile: not in the published byline').waitFor();
    const profileLink = nadiya.getByRole('link', { name: 'Publish the profile of Nadiya Ostapenko' });
    assert.match(
      await profileLink.getAttribute('href'),
      /\/content-manager\/collection-types\/plugin::newsroom\.reporter-profile\/[a-z0-9]+\?plugins\[i18n\]\[locale\]=en$/
    );
    const profiles = (await (await fetch(`${BASE}/api/newsroom/reporters?search=ostapenko`)).json()).data;
    assert.deepEqual(profiles, [], 'no public profile before anyone publishes it');
    await creditItems(page).filter({ hasText: 'Nadiya Ostapenko' }).getByLabel('Note').fill('Additional reporting from Kherson');
    assert.deepEqual(await creditNames(page), ['Olena Marchenko', 'Tim Zadorozhnyy', 'Andriy Kovalchuk', 'Nadiya Ostapenko']);

    // Editing a box that other articles use warns, naming them.
    const keyFacts = page.locator('[data-newsroom-panel="key-facts"]');
    await keyFacts.getByRole('button', { name: 'Edit Timeline: the road to security guarantees' }).click();
    const shared = page.getByRole('dialog', { name: 'Edit key-facts box' });
    await shared.getByText('This box is used by other articles').waitFor();
    await shared.getByText(/^Coalition of the willing meets in Paris/).waitFor();
    await shared.getByRole('button', { name: 'Cancel' }).click();
    await shared.waitFor({ state: 'detached' });

    // A new key-facts box with three facts, the first one sourced.
    await keyFacts.getByRole('button', { name: 'Create a box' }).click();
    const editor = page.getByRole('dialog', { name: 'New key-facts box' });
    await editor.getByLabel('Title').fill(NEW_BOX.title);
    for (const [index, fact] of NEW_BOX.facts.entries()) {
      if (index > 0) await editor.getByRole('button', { name: 'Add a fact' }).click();
      await editor.getByRole('textbox', { name: `Fact ${index + 1}`, exact: true }).fill(fact.text);
      if (fact.source) {
        await editor.getByRole('button', { name: 'Add a source' }).nth(index).click();
        await editor.getByLabel('Source', { exact: true }).fill(fact.source.name);
        await editor.getByLabel('Source URL').fill(fact.source.url);
      }
    }
    await screenshot(page, 'key-facts-box-editor', editor);
    await editor.getByRole('button', { name: 'Save and publish box' }).click();
    await editor.waitFor({ state: 'detached' });
    const boxes = boxItems(page);
    await boxes.filter({ hasText: NEW_BOX.title }).waitFor();
    // Attached after the seeded boxes; moved to the top with the keyboard.
    seededBoxes = (await boxes.allInnerTexts()).slice(0, -1).map((text) => text.split('\n')[0]);
    await boxes.filter({ hasText: NEW_BOX.title }).focus();
    for (let moves = 0; moves < seededBoxes.length; moves += 1) await page.keyboard.press('Alt+ArrowUp');
    assert.equal((await boxes.first().innerText()).split('\n')[0], NEW_BOX.title);

    // The innermost aside around each panel is the panel itself.
    await screenshot(page, 'byline-panel', page.locator('aside', { has: page.locator('[data-newsroom-panel="byline"]') }).last());
    await screenshot(page, 'key-facts-panel', page.locator('aside', { has: keyFacts }).last());

    // The new profile is completed and published (where its link leads), then the article is
    // saved and published: a credited draft would make the Content Manager ask to publish without it.
    const adminFetch = await adminApi(BASE, 'desk-editor@newsroom.local');
    const profileId = (await profileLink.getAttribute('href')).match(/reporter-profile\/([a-z0-9]+)/)[1];
    const published = await adminFetch(
      'POST',
      `/content-manager/collection-types/plugin::newsroom.reporter-profile/${profileId}/actions/publish?locale=en`,
      {}
    );
    assert.equal(published.status, 200, JSON.stringify(published.body));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published document').waitFor();
  });

  const url =
    `${BASE}/api/articles?locale=en&filters[documentId][$eq]=${documentId}` +
    '&populate[credits][populate][reporter]=true&populate[keyFacts][populate][facts][populate]=sources';
  const [article] = (await (await fetch(url)).json()).data;
  assert.deepEqual(
    article.credits.map((credit) => [credit.reporter?.fullName, credit.role, credit.note ?? null]),
    [
      ['Olena Marchenko', 'contributor', null],
      ['Tim Zadorozhnyy', 'author', null],
      ['Andriy Kovalchuk', 'photographer', null],
      ['Nadiya Ostapenko', 'author', 'Additional reporting from Kherson'],
    ]
  );
  assert.deepEqual(
    article.keyFacts.map((box) => box.title),
    [NEW_BOX.title, ...seededBoxes]
  );
  const box = article.keyFacts[0];
  assert.deepEqual(
    box.facts.map((fact) => [fact.text, fact.sources.map(({ name, url }) => ({ name, url }))]),
    NEW_BOX.facts.map((fact) => [fact.text, fact.source ? [fact.source] : []])
  );
});
