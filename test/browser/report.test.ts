// The HTML report in a real browser (Debian's Chromium via playwright-core): renders, has no console
// errors, and hostile document content runs no script.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { analyse } from '../../src/core/analyse.js';
import { formatHtml } from '../../src/core/format/html.js';

const root = new URL('../../', import.meta.url).pathname;
const artefacts = join(root, 'test-artifacts/browser');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HOSTILE = `---
type: ml-design-doc
title: "<script>window.__pwned = 'front matter'</script>"
---
# Hostile <script>window.__pwned = 'heading'</script> doc ${'H'.repeat(10000)}

## Data sources

Logs from <img src=x onerror="window.__pwned='img'"> and [a link](javascript:window.__pwned='link') TBD.

</style><style>body { display: none !important; }</style>

<div onclick="window.__pwned='div'"><b>unbalanced <i>html

\`\`\`
</script><script>window.__pwned = 'code'</script>
\`\`\`

## Monitoring <svg onload="window.__pwned='svg'">

We alert on drift: <iframe src="javascript:parent.__pwned='iframe'"></iframe>

The on-call team is paged when prediction drift crosses the \`<iframe src="javascript:parent.__pwned='quote'"></iframe>\` threshold.
`;

describe('HTML report in Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(artefacts, { recursive: true });
  });
  after(async () => browser?.close());

  async function render(name: string, text: string) {
    const html = formatHtml([{ path: `${name}.md`, text, result: analyse(text, { reviewAll: true }) }]);
    const file = join(artefacts, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`file://${file}`);
    await page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: false });
    return { page, errors, dialogs };
  }

  it('renders the example report with no console errors', async () => {
    const { page, errors } = await render('example', readFileSync(join(root, 'examples/churn-prediction-design.md'), 'utf8'));
    assert.deepEqual(errors, []);
    assert.match(await page.locator('[data-testid=score]').innerText(), /^\d+%$/);
    assert.equal(await page.locator('tr[data-item]').count(), 15);
    await page.close();
  });

  it('hostile content runs no script and still renders', async () => {
    const { page, errors, dialogs } = await render('hostile', HOSTILE);
    // Click everything that could carry a handler.
    for (const el of await page.locator('body *').all()) await el.click({ trial: true, timeout: 50 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('img, iframe, svg').count(), 0);
    assert.ok(await page.locator('body').isVisible(), 'the injected </style> must not hide the page');
    assert.equal(await page.locator('tr[data-item]').count(), 15);
    const text = await page.locator('body').innerText();
    // Evidence is quoted sentence by sentence: the sentence holding markup is shown as text.
    assert.ok(text.includes('<iframe src="javascript:'), 'document text is shown escaped, not interpreted');
    // Each item shows the facets it found (with their lines) and the ones still lacking.
    assert.ok((await page.locator('ul.facets.found li').count()) > 0);
    assert.ok((await page.locator('ul.facets.lacking li').count()) > 0);
    // CSP blocks nothing of ours: the only console errors allowed are none at all.
    assert.deepEqual(errors, []);
    await page.close();
  });
});
