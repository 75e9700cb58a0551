// The HTML report in a real browser: `factlint report` (the server bundled in the .vsix) writes the
// examples' report, headless Chromium (Debian's) opens it from a file:// URL with the network cut
// off, and the test checks what a reader needs: no console error or failed request, every claim
// group drawn, the Khujand 2018 death toll group drawn and screenshotted in light and dark mode,
// the outlier of the one disagreement marked, and keyboard navigation from the first Tab.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ext, logger, out, repo } from './session.mjs';

const log = logger();
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-report-e2e-'));
fs.cpSync(path.join(repo, 'examples'), path.join(work, 'examples'), { recursive: true, filter: (f) => !f.includes('.factlint-cache') });
const report = path.join(work, 'out', 'report.html');
const said = execFileSync('dotnet', [path.join(ext, 'server', 'factlint.dll'), 'report', path.join(work, 'examples'), '-o', report], { encoding: 'utf8' });
const groups = Number(/(\d+) claim groups/.exec(said)?.[1]);
if (!(groups > 0)) throw new Error(`factlint report said: ${said}`);
log(`report written: ${said.trim()}`);

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
let failed = false;
try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: scheme });
    const problems = [];
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    // Self-contained means nothing but the file itself is loaded.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') && route.request().url().endsWith('report.html') ? route.continue() : (problems.push(`request: ${route.request().url()}`), route.abort())));
    await page.goto('file://' + report);

    const articles = page.locator('article.group');
    if ((await articles.count()) !== groups) throw new Error(`${await articles.count()} groups drawn, the report has ${groups}`);
    for (let i = 0; i < groups; i++) {
      const box = await articles.nth(i).boundingBox();
      if (!box || box.height < 40) throw new Error(`group ${i + 1} is not drawn (${JSON.stringify(box)})`);
    }

    const khujand = page.locator('article.group', { hasText: 'killed.total of khujand-riot-2018' }).first();
    await khujand.scrollIntoViewIfNeeded();
    const shot = path.join(out, `report-khujand-${scheme}.png`);
    await khujand.screenshot({ path: shot });
    const box = await khujand.boundingBox();
    const png = fs.readFileSync(shot);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (Math.abs(width - Math.round(box.width)) > 2 || Math.abs(height - Math.round(box.height)) > 2) throw new Error(`screenshot ${width}x${height} is not the group's ${box.width}x${box.height}`);
    const dot = khujand.locator('svg.chart .row circle.mark').first();
    const dotColour = await dot.evaluate((e) => getComputedStyle(e).fill);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (!/^rgb/.test(dotColour) || dotColour === background) throw new Error(`the death toll's dot is not visible: fill ${dotColour} on ${background}`);
    if (!(await khujand.getByText('FL3003').count())) throw new Error('the group does not show the sum FL3003 found');

    const outlier = page.locator('article.group.conflict svg.chart .row.outlier');
    if ((await outlier.count()) !== 1) throw new Error(`${await outlier.count()} outliers drawn in the disagreement, expected 1`);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className);
    if (focused !== 'skip') throw new Error(`the first Tab focuses '${focused}', not the skip link`);
    await page.keyboard.press('Enter');
    // The fragment navigation lands after the key press returns: wait for it (one CI run read the URL before it changed).
    await page.waitForURL((url) => url.hash === '#overview', { timeout: 5000 }).catch(() => {});
    if (!page.url().endsWith('#overview')) throw new Error(`the skip link went to ${page.url()}`);
    if (scheme === 'light') await page.screenshot({ path: path.join(out, 'report.png') });

    if (problems.length > 0) throw new Error(problems.join('\n'));
    log(`${scheme}: ${groups} groups drawn, Khujand 2018 death toll group ${width}x${height} (dot ${dotColour} on ${background}), one outlier, no console errors or requests; Tab reaches the skip link`);
    await context.close();
  }
  log('PASS');
  if (process.env.FACTLINT_UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(repo, 'docs', 'images'), { recursive: true });
    fs.copyFileSync(path.join(out, 'report.png'), path.join(repo, 'docs', 'images', 'report.png'));
    fs.copyFileSync(path.join(out, 'report-khujand-light.png'), path.join(repo, 'docs', 'images', 'report-khujand.png'));
    fs.copyFileSync(path.join(out, 'report-khujand-dark.png'), path.join(repo, 'docs', 'images', 'report-khujand-dark.png'));
  }
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
