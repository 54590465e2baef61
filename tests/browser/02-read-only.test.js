// A role that may read articles and see the panels, but change nothing, gets panels without controls,
// and the admin routes refuse its writes.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { withBrowser, logIn, articleDocumentId, openArticle, adminApi, creditItems, creditNames, openCredit, boxItems, screenshot } = require('./browser');

const BASE = process.env.BASE_URL;

test('a read-only role sees the panels but cannot change anything', async () => {
  const documentId = await articleDocumentId(BASE);
  await withBrowser('read-only', async (page) => {
    await logIn(page, BASE, 'viewer@newsroom.local');
    await openArticle(page, BASE, documentId);

    assert.deepEqual(await creditNames(page), ['Tim Zadorozhnyy']);
    assert.ok((await boxItems(page).count()) > 0);
    const panels = page.locator('[data-newsroom-panel]');
    assert.equal(await panels.count(), 2);
    for (const name of ['Add a reporter', 'Attach a box']) assert.equal(await page.getByRole('combobox', { name }).count(), 0);
    for (const name of [/^Remove /, /^Move /, /^Detach /, /^Edit /, /^Create a box$/, /^New reporter$/]) {
      assert.equal(await panels.getByRole('button', { name }).count(), 0, `no ${name} button`);
    }
    // A reader can still open a credit to read its role.
    await openCredit(creditItems(page).first());
    assert.equal(await creditItems(page).first().getByRole('combobox', { name: 'Role' }).isDisabled(), true);
    // A reader sees a credit's note only where there is one, and cannot edit it.
    assert.equal(await creditItems(page).first().getByLabel('Note').count(), 0);
    assert.equal(await creditItems(page).first().getAttribute('draggable'), 'false');
    await screenshot(page, 'byline-panel-read-only', page.locator('aside', { has: page.locator('[data-newsroom-panel="byline"]') }).last());

    // Types the plugin did not extend get no panels.
    const [profile] = (await (await fetch(`${BASE}/api/newsroom/reporters?pageSize=1`)).json()).data;
    await page.goto(`${BASE}/admin/content-manager/collection-types/plugin::newsroom.reporter-profile/${profile.documentId}?plugins[i18n][locale]=en`);
    await page.locator('input[name="fullName"]').waitFor();
    assert.equal(await page.locator('[data-newsroom-panel]').count(), 0);

    // The server refuses what the panels do not offer.
    const adminFetch = await adminApi(BASE, 'viewer@newsroom.local');
    assert.equal((await adminFetch('POST', '/newsroom/reporters', { fullName: 'Not Allowed' })).status, 403);
    const box = { locale: 'en', data: { title: 'Not allowed', kind: 'key-facts', facts: [{ text: 'No.' }] } };
    assert.equal((await adminFetch('POST', '/newsroom/key-facts-boxes', box)).status, 403);
    assert.equal((await adminFetch('POST', '/newsroom/reporters/merge', { sourceDocumentId: 'a1', targetDocumentId: 'b2' })).status, 403);
    const update = await adminFetch('PUT', `/content-manager/collection-types/api::article.article/${documentId}?locale=en`, { credits: [] });
    assert.equal(update.status, 403);
    // Reading is allowed: the directory answers.
    assert.equal((await adminFetch('GET', '/newsroom/reporters/directory')).status, 200);
  });
});
