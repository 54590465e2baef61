// The Newsroom page: the reporters directory finds likely duplicates and merges them; the key-facts
// library lists boxes with where they are used.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { withBrowser, logIn, adminApi, dismissGuidedTour, screenshot } = require('./browser');

const BASE = process.env.BASE_URL;

test('the directory shows article counts and completeness, and merges a duplicate reporter', async () => {
  await withBrowser('directory', async (page) => {
    await logIn(page, BASE, 'desk-editor@newsroom.local');
    const adminFetch = await adminApi(BASE, 'desk-editor@newsroom.local');
    const copy = await adminFetch('POST', '/newsroom/reporters', { fullName: 'Tim Zadorozhnyy', jobTitle: 'Reporter', publish: false, allowDuplicate: true });
    assert.equal(copy.status, 201);

    await page.goto(`${BASE}/admin/plugins/newsroom`);
    await dismissGuidedTour(page);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 10, 'the seeded reporters are listed');
    await screenshot(page, 'reporters-directory', page.locator('main'));

    await page.getByPlaceholder('Search reporters by name').fill('zadorozhnyy');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    assert.match(await rows.allInnerTexts().then((texts) => texts.join('\n')), /^tim-zadorozhnyy-2$/m);
    const original = rows.filter({ hasNot: page.getByText('Draft', { exact: true }) });
    assert.equal(await original.getByRole('meter').getAttribute('aria-valuenow'), '100');
    await screenshot(page, 'reporters-directory-duplicates', page.locator('main'));

    await original.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('radio', { name: /tim-zadorozhnyy\)$/ }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    const merged = page.getByText(/was merged into Tim Zadorozhnyy \(tim-zadorozhnyy\)/);
    await merged.waitFor();
    // The merged copy is archived: the search now finds the one profile, with no duplicate.
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    assert.equal(await rows.getByRole('button', { name: 'Merge…' }).count(), 0);
    await merged.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Key-facts library' }).click();
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'key-facts-library', page.locator('main'));
  });
});
