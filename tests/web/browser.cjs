// End-to-end test of the web app in headless Chromium (Debian's chromium,
// driven by playwright-core): starts `entente serve` on a database, loads
// the page, checks the graph and its actors, clicks a tie and reads the
// evidence panel, clicks an actor, searches, moves the time range, and
// saves a screenshot of each step.
//   node browser.cjs --entente BIN --db FILE --assets DIR --out DIR [--expect fixture]
// Prints one line per check and "N passed, N failed"; exits non-zero on failure.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const src = process.env.ENT_SOURCE_DIR || path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(src, 'web', 'node_modules', 'playwright-core'));

let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
}

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(args.entente, ['serve', '--db', args.db, '--port', '0', '--assets', args.assets], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + err)), 10000);
    p.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ proc: p, url: m[1] }); }
    });
    p.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}: ${err}`)); });
  });
}

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  fs.rmSync(path.join(args.out, 'web-error.png'), { force: true });
  const { proc, url } = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.ENT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 768 },
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  const problems = [], foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  const shot = (name) => page.screenshot({ path: path.join(args.out, `web-${name}.png`) });
  const fixture = args.expect === 'fixture';
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__entente && window.__entente.cy && window.__entente.cy.nodes().length > 0, null, { timeout: 15000 });
    const ids = await page.evaluate(() => window.__entente.cy.nodes().not('.bloc').map((n) => n.id()));
    check('the graph shows actors', ids.length >= 3, `${ids.length} actors`);
    if (fixture) check('the expected actors are there', ['ARM', 'AZE', 'RUS', 'TUR', 'IRN', 'FRA'].every((a) => ids.includes(a)), ids.join(','));
    // Actors are labelled by the names the server's dictionaries give, and
    // keep their codes as ids.
    const labels = await page.evaluate(() => Object.fromEntries(window.__entente.cy.nodes().not('.bloc').map((n) => [n.id(), n.data('label')])));
    if (fixture) check('actors are labelled by name', labels.AZE === 'Azerbaijan' && labels.ARM === 'Armenia' && labels.RUS === 'Russia', JSON.stringify(labels));
    else check('actors are labelled', Object.values(labels).every((l) => l && l.length > 0));
    const edges = await page.evaluate(() => window.__entente.cy.edges().map((e) => ({ s: e.data('source'), t: e.data('target'), sign: e.data('sign'), w: e.data('weight') })));
    check('ties are coloured by sign', edges.some((e) => e.sign > 0) && edges.some((e) => e.sign < 0));
    // Blocs are numbered as in the report: bloc 1 and bloc 2.
    const summary = await page.textContent('#panel');
    check('the summary panel names bloc 1 and bloc 2', /Bloc 1: /.test(summary) && /Bloc 2: /.test(summary) && !/Bloc [AB0]/.test(summary), summary.slice(0, 300));
    // Dashed means hostile, as in the report's pictures; orange marks a tie expected to change.
    const styles = await page.evaluate(() => window.__entente.cy.edges().map((e) => ({ sign: e.data('sign'), dash: e.style('line-style'), colour: e.style('line-color'), frustrated: e.hasClass('frustrated') })));
    check('hostile ties are dashed, the others solid', styles.every((e) => (e.sign < 0) === (e.dash === 'dashed')), JSON.stringify(styles.slice(0, 5)));
    check('ties expected to change are orange', styles.every((e) => e.frustrated === (e.colour === 'rgb(240,140,0)')), JSON.stringify(styles.filter((e) => e.frustrated).slice(0, 3)));
    const legend = await page.textContent('#legend');
    check('the legend says dashed is hostile', /hostile/.test(legend) && !/against its blocs/.test(legend), legend);
    const stats = await page.textContent('#stats');
    check('the header shows the counts', /\d+ documents · \d+ events/.test(stats), stats);
    await page.waitForTimeout(300);
    await shot('1-network');

    // Click a tie: the heaviest hostile one (in the fixture: Armenia-Azerbaijan).
    const tie = fixture ? edges.find((e) => [e.s, e.t].sort().join() === 'ARM,AZE') : edges.slice().sort((a, b) => b.w - a.w)[0];
    // Click on the tie itself, at the first point along it (middle first)
    // where no other tie or actor lies on top.
    const pos = await page.evaluate(([s, t]) => {
      const cy = window.__entente.cy;
      const e = cy.edges().filter((x) => x.data('source') === s && x.data('target') === t)[0];
      const a = e.source().renderedPosition(), b = e.target().renderedPosition();
      const box = cy.container().getBoundingClientRect();
      const others = cy.elements().not(e).not('.bloc');
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65]) {
        const x = a.x + (b.x - a.x) * f, y = a.y + (b.y - a.y) * f;
        const clash = others.some((o) => {
          if (o.isNode()) { const p = o.renderedPosition(), r = o.renderedWidth() / 2 + 6; return Math.hypot(p.x - x, p.y - y) < r; }
          const p = o.source().renderedPosition(), q = o.target().renderedPosition();
          const L = Math.hypot(q.x - p.x, q.y - p.y) || 1;
          const u = ((x - p.x) * (q.x - p.x) + (y - p.y) * (q.y - p.y)) / (L * L);
          if (u < 0 || u > 1) return false;
          return Math.hypot(p.x + u * (q.x - p.x) - x, p.y + u * (q.y - p.y) - y) < 8;
        });
        if (!clash) return { x: box.left + x, y: box.top + y };
      }
      const m = e.renderedMidpoint();
      return { x: box.left + m.x, y: box.top + m.y };
    }, [tie.s, tie.t]);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForSelector('#evidence .ev blockquote', { timeout: 10000 });
    const ev = await page.$$eval('#evidence .ev blockquote', (b) => b.map((x) => x.textContent));
    check('clicking a tie shows its evidence sentences', ev.length > 0 && ev.every((t) => t.length > 10), `${ev.length} sentences`);
    if (fixture) check('the evidence is the right sentence', ev.some((t) => t.includes('Azerbaijani forces shelled Armenian positions')));
    check('the tie has its chart over time', (await page.$$('#panel svg.chart rect')).length > 0);
    check('the evidence names its source document', /Source: /.test(await page.textContent('#evidence')));
    await shot('2-tie');

    // Click an actor: the most cross-pressured one, else the first.
    const actor = await page.evaluate(() => {
      const n = window.__entente.cy.nodes('.pressured').sort((a, b) => b.data('pressure') - a.data('pressure'))[0]
        || window.__entente.cy.nodes().not('.bloc')[0];
      const p = n.renderedPosition();
      const box = window.__entente.cy.container().getBoundingClientRect();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y, pressured: n.hasClass('pressured') };
    });
    await page.mouse.click(actor.x, actor.y);
    await page.waitForSelector('#ties li', { timeout: 10000 });
    const panelText = await page.textContent('#panel');
    check('clicking an actor shows its ties', (await page.$$('#ties li')).length > 0 && panelText.includes(actor.id));
    check('the actor panel shows pressure and triads', /Cross-pressure/.test(panelText) && (await page.$$('#triads li')).length > 0);
    check('the actor panel names its bloc as the report does', /Bloc(bloc [12]|none)/.test(panelText), panelText.slice(0, 200));
    if (fixture) check('a cross-pressured actor is marked', actor.pressured && /rank 1 of/.test(panelText), actor.id);
    const heading = await page.textContent('#panel h2');
    if (fixture) check('the actor panel is headed by its name, its code under it', heading === labels[actor.id] && heading !== actor.id &&
      (await page.textContent('#actor-code')) === actor.id, `${heading} / ${actor.id}`);
    await shot('3-actor');

    // Search.
    const word = fixture ? 'offensive' : (ev[0].match(/[A-Za-z]{6,}/) || ['the'])[0];
    await page.fill('#search', word);
    await page.press('#search', 'Enter');
    await page.waitForSelector('#hits .ev mark', { timeout: 10000 });
    const marks = await page.$$eval('#hits mark', (m) => m.map((x) => x.textContent.toLowerCase()));
    check('search finds sentences with the word marked', marks.length > 0 && marks.every((m) => m.startsWith(word.toLowerCase().slice(0, 4))), marks.join(','));
    if (fixture) check('search hits carry their events', (await page.$$('#hits .chip')).length > 0);
    await shot('4-search');

    // Time range: keep only the last year; the network must shrink.
    const before = await page.evaluate(() => window.__entente.cy.edges().length);
    await page.evaluate(() => {
      const s = document.querySelector('#since');
      s.value = String(Math.max(0, +s.max - 11));
      s.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((b) => window.__entente.cy.edges().length !== b || window.__entente.state.since !== '', before, { timeout: 10000 });
    await page.waitForTimeout(800);
    const after = await page.evaluate(() => window.__entente.cy.edges().length);
    const label = await page.textContent('#since-label');
    check('the time range control narrows the network', after < before, `${before} -> ${after} ties from ${label}`);
    await shot('5-range');

    check('no console errors or failed requests', problems.length === 0, problems.join(' | '));
    check('nothing fetched from outside the server', foreign.length === 0, foreign.join(' '));
  } catch (err) {
    check('the walk-through ran', false, String(err && err.stack || err));
    await shot('error').catch(() => {});
  } finally {
    await ctx.close().catch(() => {});
    proc.kill('SIGTERM');
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log(String(e)); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
