// The key-facts box editor: verification is a deliberate act, unsaved edits are not thrown away
// without asking, the save button says how many articles it changes, problems are found in the
// browser and shown at their fields, and how fast it opens once its data is there (logged, not
// asserted). Then axe on the panels, the editor and the Newsroom page; the library opening the
// editor; a profile's Content Manager form (labels, hidden internals, list inputs); and an Author
// without the Newsroom permission sent to Strapi's no-permission page.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { axeViolations, withBrowser, logIn, articleDocumentId, openArticle, dismissGuidedTour, screenshot } = require('./browser');

const BASE = process.env.BASE_URL;
// The Super Admin: the earlier files have used the Desk Editor's logins, which the admin rate-limits.
const EDITOR = 'editor@newsroom.local';
const SHARED_BOX = 'Timeline: the road to security guarantees';
const OPENINGS = 5;

const keyFactsPanel = (page) => page.locator('[data-newsroom-panel="key-facts"]');
/** Waits until the focused element is the one named `name` (its aria-label or text). */
const focusOn = (page, name) =>
  page.waitForFunction((expected) => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent) === expected, name, {
    timeout: 3000,
  });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Opens the editor of `title` from the Key facts panel and returns, measured in the page, how long
 * its form took to appear after the box's data arrived (resource timing → the title field in the DOM).
 */
async function openBoxEditor(page, title) {
  await page.evaluate(() => {
    const timing = (window.__boxEditorTiming = {});
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((resource) => /\/newsroom\/key-facts-boxes\/[a-z0-9]+\?/.test(resource.name));
      if (!entry) return;
      timing.dataArrived = entry.responseEnd;
      observer.disconnect();
    }).observe({ type: 'resource' });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[role="dialog"] input[name="title"]')) return;
      timing.formShown = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await keyFactsPanel(page)
    .getByRole('button', { name: `Edit ${title}` })
    .click();
  const editor = page.getByRole('dialog', { name: 'Edit key-facts box' });
  await editor.locator('input[name="title"]').waitFor();
  // The dialog takes keys (Esc) once its focus trap holds focus, an effect after the form renders.
  await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]'));
  const timing = await page.waitForFunction(() => window.__boxEditorTiming.dataArrived && window.__boxEditorTiming).then((handle) => handle.jsonValue());
  return { editor, openMs: timing.formShown - timing.dataArrived };
}

test('the box editor, the Newsroom page and a profile form: verifying on purpose, no silent discard, field messages, opening time, list inputs, axe', async () => {
  const documentId = await articleDocumentId(BASE);
  await withBrowser('box-editor', async (page) => {
    const requests = [];
    page.on('request', (request) => {
      if (/\/newsroom\/key-facts-boxes/.test(request.url()) && ['POST', 'PUT'].includes(request.method()))
        requests.push(`${request.method()} ${request.url()}`);
    });
    await logIn(page, BASE, EDITOR);
    await openArticle(page, BASE, documentId);

    // Opening time: the form after the data, in the page, five times (closed with Esc, nothing changed).
    const openings = [];
    for (let time = 0; time < OPENINGS; time += 1) {
      const { editor, openMs } = await openBoxEditor(page, SHARED_BOX);
      openings.push(openMs);
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      // Focus goes back to the button that opened the editor (Radix moves it just after the dialog is gone).
      await focusOn(page, `Edit ${SHARED_BOX}`);
    }
    console.log(`box editor: form shown ${openings.map((ms) => Math.round(ms)).join(', ')} ms after its data; median ${Math.round(median(openings))} ms`);

    // An existing box: not re-verified unless the editor says so; the save button counts the articles.
    const { editor } = await openBoxEditor(page, SHARED_BOX);
    const verify = editor.getByRole('checkbox', { name: 'I have verified these facts now' });
    assert.equal(await verify.isChecked(), false);
    await editor.getByText(/^Last verified: /).waitFor();
    const save = editor.getByRole('button', { name: /^Save and publish in all \d+ articles$/ });
    await save.waitFor();
    await screenshot(page, 'box-editor-existing', editor);
    assert.deepEqual(await axeViolations(page, '[role="dialog"]'), [], 'no accessibility violation in the box editor');

    // Esc with an unsaved edit asks first; "Keep editing" keeps it, Cancel asks again, "Discard" closes.
    const title = editor.locator('input[name="title"]');
    await title.fill(`${SHARED_BOX} (edited)`);
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('alertdialog', { name: 'Discard your changes?' });
    await confirm.waitFor();
    await screenshot(page, 'box-editor-discard-confirmation', confirm);
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await confirm.waitFor({ state: 'detached' });
    assert.equal(await title.inputValue(), `${SHARED_BOX} (edited)`);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await editor.waitFor({ state: 'detached' });
    const reopened = await openBoxEditor(page, SHARED_BOX);
    assert.equal(await reopened.editor.locator('input[name="title"]').inputValue(), SHARED_BOX);
    await page.keyboard.press('Escape');
    await reopened.editor.waitFor({ state: 'detached' });
    assert.deepEqual(requests, [], 'nothing was saved');

    // A new box: problems found in the browser with the server's rules, shown at each field in words.
    await keyFactsPanel(page).getByRole('button', { name: 'Create a box' }).click();
    const creator = page.getByRole('dialog', { name: 'New key-facts box' });
    assert.equal(await creator.getByRole('checkbox', { name: 'I have verified these facts now' }).isChecked(), true);
    await creator.getByRole('button', { name: 'Add a source' }).click();
    await creator.getByLabel('Source', { exact: true }).fill('Reuters');
    await creator.getByLabel('Source URL').fill('reuters.com/world');
    await creator.getByRole('button', { name: 'Save and publish box' }).click();
    await creator.getByText('Must be an http(s) URL').waitFor();
    assert.equal(await creator.locator('input[name="title"]').getAttribute('aria-invalid'), 'true');
    assert.equal(await creator.getByText('Must not be empty').count(), 2, 'the title and the fact say they are empty');
    assert.equal(await creator.getByText(/facts\[0\]|sources\[0\]/).count(), 0, 'no raw paths');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'title', 'focus on the first field to fix');
    await page.mouse.move(0, 0);
    await screenshot(page, 'box-editor-field-messages', creator);
    assert.deepEqual(await axeViolations(page, '[role="dialog"]'), [], 'no accessibility violation with the field messages');
    assert.deepEqual(requests, [], 'nothing sent while the form has problems');
    // Fixed fields lose their message as they are typed.
    await creator.locator('input[name="title"]').fill('Sanctions: what we know');
    await creator.getByLabel('Source URL').fill('https://www.reuters.com/world/');
    assert.equal(await creator.getByText('Must be an http(s) URL').count(), 0);
    assert.equal(await creator.getByText('Must not be empty').count(), 1);
    await creator.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await creator.waitFor({ state: 'detached' });
    await focusOn(page, 'Create a box');

    await page.mouse.move(0, 0);
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="key-facts"]'), [], 'no accessibility violation in the Key facts panel');
    assert.deepEqual(await axeViolations(page, '[data-newsroom-panel="byline"]'), [], 'no accessibility violation in the Byline panel');

    // The Newsroom page, in the same session (the admin rate-limits logins per account).
    await page.goto(`${BASE}/admin/plugins/newsroom`);
    await page.getByRole('tab', { name: 'Reporters' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    await page.mouse.move(0, 0);
    assert.deepEqual(await axeViolations(page, 'main'), [], 'no accessibility violation in the reporters directory');
    await page.getByRole('tab', { name: 'Key-facts library' }).click();
    const libraryRow = page.getByRole('button', { name: SHARED_BOX });
    await libraryRow.waitFor();
    await page.mouse.move(0, 0);
    assert.deepEqual(await axeViolations(page, 'main'), [], 'no accessibility violation in the key-facts library');
    // The library opens the box editor, not the Content Manager's form.
    await libraryRow.click();
    const fromLibrary = page.getByRole('dialog', { name: 'Edit key-facts box' });
    assert.equal(await fromLibrary.locator('input[name="title"]').inputValue(), SHARED_BOX);
    await page.keyboard.press('Escape');
    await fromLibrary.waitFor({ state: 'detached' });

    // A profile from the directory: labelled fields, internal ones hidden, lists edited entry by entry.
    await page.getByRole('tab', { name: 'Reporters' }).click();
    await page.getByRole('link', { name: 'Tim Zadorozhnyy' }).click();
    await page.locator('input[name="fullName"]').waitFor();
    await dismissGuidedTour(page);
    const labels = await page.locator('main label').evaluateAll((elements) => elements.map((label) => label.textContent.replace(/\*$/, '').trim()));
    for (const label of [
      'Full name',
      'Slug',
      'Job title',
      'Short bio',
      'Photo description (alt text)',
      'Based in',
      'Public email',
      'Byline',
      'Admin account',
      'Internal notes',
    ]) {
      assert.ok(labels.includes(label), `a field labelled ${label}: ${labels.join(', ')}`);
    }
    for (const internal of ['mergedInto', 'searchName', 'facets', 'photoFileId', 'withheldSlug', 'withheldIdentity']) {
      assert.equal(await page.locator(`[name="${internal}"]`).count(), 0, `${internal} is not in the form`);
      assert.equal(await page.getByText(internal, { exact: true }).count(), 0, `${internal} is not in the form`);
    }
    const languages = page.getByRole('list', { name: 'Languages' });
    assert.deepEqual(await languages.getByRole('textbox').evaluateAll((inputs) => inputs.map((input) => input.value)), ['en', 'uk', 'ru']);
    assert.equal(await page.getByText('null', { exact: true }).count(), 0, 'no JSON editor showing null');
    await page.getByRole('button', { name: 'Add to Languages' }).click();
    await languages.getByRole('textbox', { name: 'Languages, entry 4' }).fill('pl_PL');
    await page.locator('[data-newsroom-field="languages"]').getByText('Must be a language code such as "en", "uk" or "pt-BR"').waitFor();
    const sameAs = page.getByRole('list', { name: 'Profiles elsewhere' });
    await page.getByRole('button', { name: 'Add to Profiles elsewhere' }).click();
    await sameAs.getByRole('textbox', { name: 'Profiles elsewhere, entry 2' }).fill('wikidata.org/wiki/Q1');
    await page.locator('[data-newsroom-field="sameAs"]').getByText('Must be an http(s) URL').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(
      page,
      'profile-form-lists',
      ['languages', 'beats', 'sameAs'].map((field) => page.locator(`[data-newsroom-field="${field}"]`))
    );
    for (const field of ['languages', 'beats', 'sameAs']) {
      assert.deepEqual(await axeViolations(page, `[data-newsroom-field="${field}"]`), [], `no accessibility violation in the ${field} list`);
    }
    console.log(`axe on the whole profile edit view: ${JSON.stringify(await axeViolations(page, 'main'))}`);
    await languages.getByRole('textbox', { name: 'Languages, entry 4' }).fill('pl');
    assert.equal(await page.getByText('Must be a language code such as "en", "uk" or "pt-BR"').count(), 0);
    await page.getByRole('button', { name: 'Remove pl' }).click();
    await page.getByRole('button', { name: 'Remove wikidata.org/wiki/Q1' }).click();
  });
});

test('an Author without the Newsroom permission who opens its URL gets the no-permission page', async () => {
  await withBrowser('newsroom-no-permission', async (page) => {
    await logIn(page, BASE, 'reporter@newsroom.local');
    await page.goto(`${BASE}/admin/plugins/newsroom`);
    await dismissGuidedTour(page);
    await page.getByText("You don't have the permissions to access that content").waitFor();
    assert.equal(await page.getByText('Policy Failed').count(), 0);
    await screenshot(page, 'newsroom-no-permission');
  });
});
