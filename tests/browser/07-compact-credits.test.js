// A saved credit is one compact line until opened: its height, opening and closing it with the
// keyboard, role and note edits that still reach the saved article, keyboard reordering and removal
// while closed, axe on the panel both ways. Then the reporters directory at 1280 px, in Ukrainian
// and English: the last column is inside the window, with no sideways scroll.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { axeViolations, withBrowser, logIn, articleDocumentId, openArticle, dismissGuidedTour, screenshot, creditItems, creditNames } = require('./browser');

const BASE = process.env.BASE_URL;
// The Super Admin: the Desk Editor has used up its logins in the earlier files (the admin rate-limits them).
const EDITOR = 'editor@newsroom.local';
// A line of name, role and controls, with its padding: well below the ~205 px of a card showing its fields.
const COLLAPSED_MAX_HEIGHT = 90;

const bylinePanel = (page) => page.locator('aside', { has: page.locator('[data-newsroom-panel="byline"]') }).last();
const credit = (page, name) => creditItems(page).filter({ hasText: name });
const detailsToggle = (page, name) => page.getByRole('button', { name: `Details of ${name}` });
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
const heightOf = async (locator) => (await locator.boundingBox()).height;

test('credits are one line until opened; keyboard, role, note, reorder and removal still work', async () => {
  const documentId = await articleDocumentId(BASE);
  await withBrowser('compact-credits', async (page) => {
    await logIn(page, BASE, EDITOR);
    await openArticle(page, BASE, documentId);
    // The byline the editor flow (03) saved.
    const names = await creditNames(page);
    assert.deepEqual(names, ['Olena Marchenko', 'Tim Zadorozhnyy', 'Andriy Kovalchuk', 'Nadiya Ostapenko']);

    // Saved credits open closed: one line with the role as text, no fields.
    const heights = {};
    for (const name of names) {
      assert.equal(await detailsToggle(page, name).getAttribute('aria-expanded'), 'false', `${name} starts closed`);
      assert.equal(await credit(page, name).getByRole('combobox', { name: 'Role' }).count(), 0, `${name}: no role select while closed`);
      heights[name] = await heightOf(credit(page, name));
      assert.ok(heights[name] < COLLAPSED_MAX_HEIGHT, `${name}'s closed credit is ${heights[name]} px tall`);
    }
    console.log(`closed credit heights (px): ${JSON.stringify(heights)}`);
    assert.match(await credit(page, 'Olena Marchenko').innerText(), /Contributor/);
    assert.match(await credit(page, 'Andriy Kovalchuk').innerText(), /Photographer/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'byline-compact-credits', bylinePanel(page));
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="byline"]'), [], 'no accessibility violation with closed credits');

    // Reordering by keyboard works on a closed credit, and is announced.
    await credit(page, 'Andriy Kovalchuk').focus();
    await page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual(await creditNames(page), ['Olena Marchenko', 'Andriy Kovalchuk', 'Tim Zadorozhnyy', 'Nadiya Ostapenko']);
    await page.getByRole('status').filter({ hasText: 'Andriy Kovalchuk moved to position 2 of 4.' }).waitFor({ state: 'attached' });
    assert.equal(await focusedLabel(page), 'Andriy Kovalchuk', 'focus follows the moved credit');

    // Opened with Enter on its toggle: the role select and the note appear; Space closes it again.
    const toggle = detailsToggle(page, 'Tim Zadorozhnyy');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const tim = credit(page, 'Tim Zadorozhnyy');
    const details = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    assert.equal(await details.isVisible(), true, 'the toggle controls the details it shows');
    const role = tim.getByRole('combobox', { name: 'Role' });
    await role.waitFor();
    assert.ok((await heightOf(tim)) > heights['Tim Zadorozhnyy'] + 60, 'the opened credit shows its fields');
    // The note's limit is the server's (CREDIT_NOTE_MAX_LENGTH in the plugin's credit rules).
    const note = tim.getByLabel('Note');
    assert.equal(await note.getAttribute('maxlength'), '200');
    await role.click();
    await page.getByRole('option', { name: 'Editor', exact: true }).click();
    await note.fill('Interviews in Kyiv');
    await page.mouse.move(0, 0);
    await screenshot(page, 'byline-credit-expanded', bylinePanel(page));
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="byline"]'), [], 'no accessibility violation with an opened credit');
    await toggle.focus();
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await role.count(), 0, 'closed again: the role select is hidden');
    assert.equal(await details.isVisible(), false);
    // The closed line shows the new role.
    assert.match(await tim.innerText(), /Editor/);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published document').waitFor();

    // Removing a closed credit moves focus to the one that takes its place (not saved).
    await creditItems(page).filter({ hasText: 'Tim Zadorozhnyy' }).getByRole('button', { name: 'Remove Tim Zadorozhnyy from the byline' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Nadiya Ostapenko', null, { timeout: 3000 });
    assert.deepEqual(await creditNames(page), ['Olena Marchenko', 'Andriy Kovalchuk', 'Nadiya Ostapenko']);
  });

  const url = `${BASE}/api/articles?locale=en&filters[documentId][$eq]=${documentId}&populate[credits][populate][reporter]=true`;
  const [article] = (await (await fetch(url)).json()).data;
  assert.deepEqual(
    article.credits.map((saved) => [saved.reporter?.fullName, saved.role, saved.note ?? null]),
    [
      ['Olena Marchenko', 'contributor', null],
      ['Andriy Kovalchuk', 'photographer', null],
      ['Tim Zadorozhnyy', 'editor', 'Interviews in Kyiv'],
      ['Nadiya Ostapenko', 'author', 'Additional reporting from Kherson'],
    ]
  );
});

test('the reporters directory fits a 1280 px window in Ukrainian and English', async () => {
  await withBrowser('directory-1280', async (page) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await logIn(page, BASE, 'viewer@newsroom.local');
    for (const [language, lastHeader] of [
      ['uk', 'Можливі дублікати'],
      ['en', 'Likely duplicates'],
    ]) {
      // The admin's interface language, as the profile menu stores it.
      await page.evaluate((value) => localStorage.setItem('strapi-admin-language', value), language);
      await page.goto(`${BASE}/admin/plugins/newsroom`);
      await dismissGuidedTour(page);
      await page.locator('tbody tr').first().waitFor();
      const last = page.locator('thead th').last();
      assert.equal((await last.textContent()).trim(), lastHeader);
      const { right, viewport, scrolls } = await last.evaluate((cell) => {
        const scroller = cell.closest('table').parentElement;
        return { right: cell.getBoundingClientRect().right, viewport: window.innerWidth, scrolls: scroller.scrollWidth > scroller.clientWidth };
      });
      assert.ok(right <= viewport, `${language}: the last column ends at ${right} px, inside the ${viewport} px window`);
      assert.equal(scrolls, false, `${language}: the table does not scroll sideways`);
      const lastCells = page.locator('tbody tr td:last-child');
      for (const box of await lastCells.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right)))
        assert.ok(box <= viewport, `${language}: a last-column cell ends at ${box} px`);
      await screenshot(page, `reporters-directory-${language}-1280`, page.locator('main'));
    }
  });
});
