// Debian's chromium driven by playwright-core, and the steps every browser test takes in the admin.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'Newsroom-demo-2026';
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const FAILURES = path.resolve(__dirname, '..', '..', 'test-results');
const ZELENSKY_SLUG = 'zelensky-orders-final-review-of-us-security-guarantees';

/** A fresh headless chromium (own profile dir, no network chatter) and one page at desktop size. */
async function openBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(20000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `steps` with a fresh browser; on failure keeps a screenshot of the page in test-results/
 * (named after the test) and adds the page's failed requests to the error, to see what went wrong.
 */
async function withBrowser(name, steps) {
  const { page, close } = await openBrowser();
  const failures = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('favicon.png'))
      failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  try {
    await steps(page);
  } catch (error) {
    fs.mkdirSync(FAILURES, { recursive: true });
    await page.screenshot({ path: path.join(FAILURES, `${name}.png`), fullPage: true }).catch(() => undefined);
    error.message += `\nFailed requests:\n${failures.join('\n') || '(none)'}`;
    throw error;
  } finally {
    await close();
  }
}

/** Logs in on the admin's login page. */
async function logIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 30000 });
}

/** Logs in to the admin API (as the login page does) and returns a caller of admin routes. */
async function adminApi(baseUrl, email) {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { data } = await login.json();
  return async (method, url, body) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
}

/** The documentId of a seeded article, found by its slug in the public content API. */
async function articleDocumentId(baseUrl, slug = ZELENSKY_SLUG) {
  const res = await fetch(`${baseUrl}/api/articles?locale=en&filters[slug][$eq]=${slug}`);
  const body = await res.json();
  if (!body.data?.[0]) throw new Error(`no published article ${slug}`);
  return body.data[0].documentId;
}

/** Opens an article's edit view (English) and waits for both newsroom panels to have loaded. */
async function openArticle(page, baseUrl, documentId) {
  await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=en`);
  await page.locator('[data-newsroom-panel="byline"][aria-busy="false"]').waitFor();
  await page.locator('[data-newsroom-panel="key-facts"][aria-busy="false"]').waitFor();
  await dismissGuidedTour(page);
}

/** Strapi's guided tour opens over a first visit; an editor would skip it. */
async function dismissGuidedTour(page) {
  const skip = page.getByRole('button', { name: 'Skip' });
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

const creditItems = (page) => page.locator('[data-newsroom-panel="byline"] ol > li');
const boxItems = (page) => page.locator('[data-newsroom-panel="key-facts"] > ol > li');
/** The names in the Byline panel, in order (each credit is labelled with its reporter's name). */
const creditNames = (page) => creditItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));

/** Opens a credit to show its role select and note: a saved credit is one line until opened. */
async function openCredit(item) {
  const toggle = item.getByRole('button', { name: /^Details of / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

// The admin scrolls inside its own layout, so an element is only captured whole when the window
// is tall enough to show the whole edit view.
const TALL_WINDOW = 3200;

/**
 * Saves a screenshot for the README: the window, one element of it, or the smallest area holding
 * several (for what overflows its element, like an open list of options).
 */
async function screenshot(page, name, element) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (!element) {
    await page.screenshot({ path: file });
    return file;
  }
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: TALL_WINDOW });
  await page.waitForTimeout(500);
  if (Array.isArray(element)) {
    const boxes = await Promise.all(element.map((part) => part.boundingBox()));
    const x = Math.min(...boxes.map((box) => box.x));
    const y = Math.min(...boxes.map((box) => box.y));
    const clip = { x, y, width: Math.max(...boxes.map((box) => box.x + box.width)) - x, height: Math.max(...boxes.map((box) => box.y + box.height)) - y };
    await page.screenshot({ path: file, clip });
  } else {
    await element.screenshot({ path: file });
  }
  await page.setViewportSize(viewport);
  return file;
}

/**
 * The axe-core violations inside the elements `selector` finds (the plugin's own UI, not the
 * Content Manager around it), as "rule: target" lines.
 */
async function axeViolations(page, selector) {
  // Evaluated, not added as a <script>: the admin's Content Security Policy refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (within) => (await window.axe.run(within, { resultTypes: ['violations'] })).violations, selector);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary.split('\n').slice(1).join(' ').trim()})`)
  );
}

module.exports = {
  axeViolations,
  openBrowser,
  withBrowser,
  logIn,
  adminApi,
  articleDocumentId,
  openArticle,
  dismissGuidedTour,
  creditItems,
  creditNames,
  openCredit,
  boxItems,
  screenshot,
};
