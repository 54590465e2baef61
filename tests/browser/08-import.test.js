// The Newsroom page's Import tab: a profiles CSV's dry run lists its wrong rows, a good file's dry
// run shows what would change, the run creates the profiles, and the directory shows them; the
// directory's Export CSV downloads the profiles.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { axeViolations, withBrowser, logIn, dismissGuidedTour, screenshot } = require('./browser');

const BASE = process.env.BASE_URL;
const EDITOR = 'editor@newsroom.local';
const IMPORT_UI = '[data-newsroom-import]';

const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('the Import tab: dry run, report, run; the profiles appear in the directory; Export CSV downloads them', async () => {
  await withBrowser('import', async (page) => {
    await logIn(page, BASE, EDITOR);
    await page.goto(`${BASE}/admin/plugins/newsroom`);
    await dismissGuidedTour(page);
    await page.getByRole('tab', { name: 'Import' }).click();
    const tab = page.locator(IMPORT_UI);
    await tab.waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'import-tab', page.locator('main'));
    assert.deepEqual(await axeViolations(page, IMPORT_UI), [], 'no accessibility violation in the Import tab');

    // A file with a wrong row: the dry run lists it by row and column, and the import is not offered.
    await page
      .getByLabel('File to import')
      .setInputFiles(csvFile('bad.csv', 'fullName,publicEmail,jobTitle@en\r\nMaryna Kovalchuk,not-an-email,Data reporter\r\n'));
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByText('The file has 1 problem; nothing will be imported').waitFor();
    const errorRow = page.locator('tbody tr', { hasText: 'publicEmail' });
    assert.match(await errorRow.innerText(), /2\s+publicEmail\s+must be a valid email address/);
    assert.equal(await page.getByRole('button', { name: 'Run the import' }).isDisabled(), true);

    // A good file: the dry run says what would change, then the run does it, with its progress announced.
    const good =
      'fullName,slug,beats,jobTitle@en,jobTitle@uk\r\nMaryna Kovalchuk,maryna-kovalchuk,Data|Elections,Data reporter,Журналістка даних\r\nOstap Lysenko,,Sport,Sports reporter,\r\n';
    await page.getByLabel('File to import').setInputFiles(csvFile('people.csv', good));
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByText('What the import would do').waitFor();
    assert.match(await tab.innerText(), /2 profiles to create, 0 to update, 0 unchanged, 0 kept/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'import-tab-report', page.locator('main'));
    assert.deepEqual(await axeViolations(page, IMPORT_UI), [], 'no accessibility violation with the report shown');

    await page.getByRole('button', { name: 'Run the import' }).click();
    await page.getByText('What the import did').waitFor();
    assert.equal(await tab.getByRole('status').innerText(), 'Done: 2 of 2');

    await page.getByRole('tab', { name: 'Reporters' }).click();
    await page.getByPlaceholder('Search reporters by name').fill('Maryna Kovalchuk');
    await page.waitForFunction(
      () => document.querySelectorAll('tbody tr').length === 1 && document.querySelector('tbody tr').textContent.includes('Maryna Kovalchuk')
    );
    assert.match(await page.locator('tbody tr').innerText(), /Data reporter/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^reporter-profiles-\d{4}-\d\d-\d\d\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFFdocumentId,updatedAt,slug,fullName,'), 'the header of the profiles CSV');
    assert.match(text, /,maryna-kovalchuk,Maryna Kovalchuk,.*Data\|Elections/);
    assert.match(text, /,ostap-lysenko,Ostap Lysenko,/);
  });
});
