// What the panels change belongs to the article's unsaved form: leaving without saving discards it.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { withBrowser, logIn, articleDocumentId, openArticle, creditItems, creditNames, openCredit, boxItems } = require('./browser');

const BASE = process.env.BASE_URL;

const storedDraft = async (documentId) => {
  const url = `${BASE}/api/articles?locale=en&filters[documentId][$eq]=${documentId}&populate[credits][populate][reporter]=true&populate[keyFacts]=true`;
  const [article] = (await (await fetch(url)).json()).data;
  return { credits: article.credits.map((c) => [c.reporter?.fullName, c.role]), keyFacts: article.keyFacts.map((box) => box.title) };
};

test('leaving the article without saving leaves its credits and key facts as they were', async () => {
  const documentId = await articleDocumentId(BASE);
  const before = await storedDraft(documentId);

  await withBrowser('discard', async (page) => {
    await logIn(page, BASE, 'desk-editor@newsroom.local');
    await openArticle(page, BASE, documentId);
    const names = await creditNames(page);
    const boxTitles = (await boxItems(page).allInnerTexts()).map((text) => text.split('\n')[0]);
    assert.ok(boxTitles.length > 0, 'the seeded article has key-facts boxes');

    // Change everything the panels can change.
    // By keyboard alone: type, wait for the server's answer, Enter picks the highlighted option.
    await page.getByRole('combobox', { name: 'Add a reporter' }).fill('bondar');
    await page.getByRole('option', { name: /Iryna Bondar/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await openCredit(creditItems(page).first());
    await creditItems(page).first().getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Editor', exact: true }).click();
    await boxItems(page)
      .first()
      .getByRole('button', { name: /^Detach / })
      .click();
    assert.deepEqual(await creditNames(page), [...names, 'Iryna Bondar']);
    assert.equal(await boxItems(page).count(), boxTitles.length - 1);
    assert.equal(await page.getByRole('button', { name: 'Save' }).isEnabled(), true);

    // Leave, confirming that the changes are to be lost.
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/api::article\.article(\?|$)/);

    await openArticle(page, BASE, documentId);
    assert.deepEqual(await creditNames(page), names);
    assert.deepEqual(
      (await boxItems(page).allInnerTexts()).map((text) => text.split('\n')[0]),
      boxTitles
    );
    assert.equal(await page.getByRole('button', { name: 'Save' }).isEnabled(), false);
  });

  assert.deepEqual(await storedDraft(documentId), before);
});
