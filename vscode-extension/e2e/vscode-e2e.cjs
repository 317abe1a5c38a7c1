// Drives a real VS Code (code-server in headless Chromium) through the dockmentor extension.
// Usage: node vscode-e2e.cjs <spec.json>
// spec: { url, folder, locale, shotDir, timeoutMs, scenarios: [{ name, file, rule, message, line, character, fixTitle, why, count, fixAllChanges }] }
// For each scenario: open the file (Quick Open), wait for the first squiggle (timed), require a Problems row with the
// rule id and message, hover the squiggle and require the rule's "why", apply the expected quick fix from the light
// bulb, save, and require that the file text changed and the diagnostic went away. Then the extension's own commands
// from the Command Palette: "Explain Rule at Cursor" must open the rule's page (with its "why"), and "Fix All in
// File" must apply the remaining safe fixes (when the CLI says there are some) and leave fewer problems. Last, on a file
// of its own: "Format Document" must give what `dockmentor format` gives, and F2 must rename a stage everywhere.
// Prints one "PASS|FAIL <locale> <scenario> <check> ..." line per check and a JSON summary line; exit 0 only when all pass.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');

const SQUIGGLE = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const T = spec.timeoutMs || 60000;
const results = [];
const norm = s => (s || '').replace(/\s+/g, ' ').trim();

function check(scn, name, ok, detail) {
  results.push({ locale: spec.locale, scenario: scn.name, check: name, ok: !!ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'} [${spec.locale}] ${scn.name}: ${name}${detail !== undefined ? ` — ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
  return !!ok;
}

async function poll(fn, timeout, every = 250) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise(r => setTimeout(r, every));
  }
  return last;
}

async function problemRows(page) {
  return page.$$eval('.markers-panel .monaco-list-row', els => els.map(e => `${e.getAttribute('aria-label') || ''} | ${e.textContent || ''}`));
}

/** The status bar's problem count (errors + warnings + infos): the panel's list renders only the rows in view. */
async function problemTotal(page) {
  return page.evaluate(() => {
    const el = document.getElementById('status.problems');
    return el ? (el.innerText.match(/\d+/g) || []).reduce((a, b) => a + Number(b), 0) : -1;
  });
}

async function visibleHoverText(page) {
  const texts = await page.$$eval('.monaco-hover:not(.hidden)', els => els.filter(e => e.offsetParent !== null || e.getClientRects().length)
    .map(e => e.innerText));
  return texts.join('\n');
}

async function gotoPosition(page, line, character) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { timeout: T });
  await page.keyboard.type(`${line + 1}:${character + 1}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** The squiggle on the cursor's line (after gotoPosition), else the first one. */
async function squiggleAtCursor(page) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const cursor = await editor.locator('.cursor').first().boundingBox().catch(() => null);
  const boxes = [];
  for (const el of await editor.locator(SQUIGGLE).all()) { const b = await el.boundingBox(); if (b) boxes.push(b); }
  if (!boxes.length) return null;
  if (cursor) {
    const onLine = boxes.filter(b => Math.abs((b.y + b.height / 2) - (cursor.y + cursor.height / 2)) < cursor.height);
    if (onLine.length) return onLine.sort((a, b) => Math.abs(a.x - cursor.x) - Math.abs(b.x - cursor.x))[0];
  }
  return boxes[0];
}

async function scenario(page, scn) {
  const abs = path.join(spec.folder, scn.file);
  const before = fs.readFileSync(abs, 'utf8');
  let ok = true;
  // 1. open, time to first squiggle
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: T });
  await page.keyboard.type(scn.file);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: T });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const t0 = Date.now();
  const sq = await page.waitForSelector(`.editor-group-container.active .monaco-editor ${SQUIGGLE}`, { timeout: T }).catch(() => null);
  const squiggleMs = sq ? Date.now() - t0 : null;
  ok = check(scn, 'squiggle', sq, sq ? `first squiggle ${squiggleMs} ms after opening` : `none within ${T} ms`) && ok;
  if (!sq) return { ok, squiggleMs };
  // 2. Problems panel lists rule id and message
  await page.keyboard.press('Control+Shift+M');
  const rows = await poll(async () => {
    const r = await problemRows(page);
    return r.some(x => x.includes(scn.rule) && norm(x).includes(norm(scn.message))) ? r : null;
  }, T);
  ok = check(scn, 'problems panel', rows, rows ? rows.find(x => x.includes(scn.rule)) : await problemRows(page)) && ok;
  const countBefore = (await problemRows(page)).filter(x => norm(x).includes(norm(scn.message))).length;
  // 3. hover the squiggle: the rule's explanation
  await page.keyboard.press('Control+1');                 // focus the editor again
  await gotoPosition(page, scn.line, scn.character);
  const box = await squiggleAtCursor(page);
  let hover = '';
  if (box) {
    await page.mouse.move(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2);
    hover = await poll(async () => { const t = await visibleHoverText(page); return norm(t).includes(norm(scn.why)) ? t : null; }, Math.min(T, 20000)) || await visibleHoverText(page);
  }
  ok = check(scn, 'hover', norm(hover).includes(norm(scn.why)), norm(hover).slice(0, 300) || 'no hover') && ok;
  // A lesson in a glance: short, the message shown once (VS Code prints the diagnostic; the hover must not repeat it),
  // and in Spanish no English severity word.
  const h = norm(hover);
  const repeats = h.split(norm(scn.message)).length - 1;
  ok = check(scn, 'hover is short and says the message once', h.length > 0 && h.length <= 1500 && repeats <= 1,
    { chars: h.length, messageShown: repeats }) && ok;
  if (spec.locale === 'es') {
    const english = h.match(/\((?:warning|error|info|hint)\)/);
    ok = check(scn, 'Spanish hover has no English severity', !english, english ? english[0] : 'none') && ok;
  }
  if (spec.shotDir) await page.screenshot({ path: path.join(spec.shotDir, `${spec.locale}-${scn.name}-hover.png`) }).catch(() => {});
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  // 4. "Explain Rule at Cursor": the rule's page beside the file
  await gotoPosition(page, scn.line, scn.character);
  await palette(page, 'dockmentor: Explain Rule at Cursor');
  // Several rules on the line: the extension asks which one.
  const asked = await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row', { timeout: 3000 }).catch(() => null);
  if (asked) { await page.keyboard.type(scn.rule); await page.waitForTimeout(300); await page.keyboard.press('Enter'); }
  const page2 = await poll(async () => {
    const t = await page.$$eval('.editor-group-container.active .monaco-editor .view-lines', els => els.map(e => e.innerText).join('\n')).catch(() => '');
    return norm(t).includes(norm(scn.why)) ? t : null;
  }, Math.min(T, 30000));
  ok = check(scn, 'explain command', page2, page2 ? norm(page2).slice(0, 120) : 'no page with the rule\'s why') && ok;
  if (!page2 && spec.shotDir) await page.screenshot({ path: path.join(spec.shotDir, `fail-${spec.locale}-${scn.name}-explain.png`) }).catch(() => {});
  if (page2) await palette(page, 'View: Revert and Close Editor'); // an untitled page: closed without a save prompt
  await page.keyboard.press('Control+1');
  // 5. quick fix from the light bulb
  await gotoPosition(page, scn.line, scn.character);
  const bulb = await poll(async () => {
    for (const b of await page.locator('.editor-group-container.active .monaco-editor [class*="lightBulbWidget"], ' +
                                       '.editor-group-container.active .monaco-editor [class*="codicon-light"]').all()) {
      if (await b.isVisible().catch(() => false)) { const bb = await b.boundingBox(); if (bb && bb.width > 0) return bb; }
    }
    return null;
  }, 10000);
  if (bulb) await page.mouse.click(bulb.x + bulb.width / 2, bulb.y + bulb.height / 2); else await page.keyboard.press('Control+.');
  const items = await poll(async () => {
    const it = await page.$$eval('.action-widget .monaco-list-row', els => els.map(e => e.textContent.trim()));
    return it.some(i => i.includes(scn.fixTitle)) ? it : null;
  }, Math.min(T, 20000)) || [];
  ok = check(scn, 'quick fix offered', items.some(i => i.includes(scn.fixTitle)), { via: bulb ? 'light bulb' : 'Ctrl+.', expected: scn.fixTitle, items }) && ok;
  if (items.some(i => i.includes(scn.fixTitle))) {
    // choose the expected item with the keyboard (the list re-renders under the mouse)
    for (let i = 0; i < items.length + 1; i++) {
      const focused = await page.$eval('.action-widget .monaco-list-row.focused', e => e.textContent.trim()).catch(() => '');
      if (focused.includes(scn.fixTitle)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+S');
    const after = await poll(async () => { const t = fs.readFileSync(abs, 'utf8'); return t !== before ? t : null; }, Math.min(T, 20000));
    ok = check(scn, 'fix changed the file', after, after ? diffLine(before, after) : 'file unchanged') && ok;
    const gone = await poll(async () => {
      const n = (await problemRows(page)).filter(x => norm(x).includes(norm(scn.message))).length;
      return n < countBefore ? { before: countBefore, after: n } : null;
    }, Math.min(T, 20000));
    ok = check(scn, 'diagnostic gone after fix', gone, gone || `still ${countBefore} row(s) with the message`) && ok;
    // 6. "Fix All in File": the remaining safe fixes, in one go
    if (scn.fixAllChanges) {
      const beforeAll = fs.readFileSync(abs, 'utf8');
      const rowsBefore = await problemTotal(page);
      await page.keyboard.press('Control+1');
      await palette(page, 'dockmentor: Fix All in File');
      await page.waitForTimeout(500);
      await page.keyboard.press('Control+S');
      const afterAll = await poll(async () => { const t = fs.readFileSync(abs, 'utf8'); return t !== beforeAll ? t : null; }, Math.min(T, 20000));
      ok = check(scn, 'fix all changed the file', afterAll, afterAll ? diffLine(beforeAll, afterAll) : 'file unchanged') && ok;
      // and says what it did and what it left
      const toast = await poll(async () => {
        const t = await page.$$eval('.notifications-toasts .notification-toast', els => els.map(e => e.innerText).join('\n')).catch(() => '');
        return /Fix All|Corregir todo/.test(t) && /\d/.test(t) ? t : null;
      }, Math.min(T, 10000));
      ok = check(scn, 'fix all says what it did', toast, toast ? norm(toast).slice(0, 200) : 'no notification') && ok;
      const fewer = await poll(async () => { const n = await problemTotal(page); return n < rowsBefore ? { before: rowsBefore, after: n } : null; }, Math.min(T, 20000));
      ok = check(scn, 'fewer problems after fix all', fewer, fewer || `still ${rowsBefore} problems`) && ok;
    }
  } else {
    await page.keyboard.press('Escape');
  }
  return { ok, squiggleMs };
}

/**
 * Typing a new key in a compose file keeps the other findings (the half-typed line is recovered around), and
 * completion pops up by itself for a value (restart: …). The file is reverted afterwards, unsaved.
 */
async function composeEditing(page, scn) {
  const abs = path.join(spec.folder, scn.file);
  let ok = true;
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: T });
  await page.keyboard.type(scn.file);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: T });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.editor-group-container.active .monaco-editor ${SQUIGGLE}`, { timeout: T }).catch(() => null);
  const lines = fs.readFileSync(abs, 'utf8').split('\n');
  const at = lines.findIndex(l => /^\s+(build|image):/.test(l));
  if (at < 0) return check(scn, 'typing a key', false, 'no service line to type after');
  await page.keyboard.press('Control+Shift+M');
  const before = await poll(async () => { const r = await problemRows(page); return r.length ? r : null; }, Math.min(T, 20000)) || [];
  const rulesBefore = before.map(r => (r.match(/[a-z]+(?:-[a-z]+)+/g) || [])).flat();
  await page.keyboard.press('Control+1');
  await gotoPosition(page, at, lines[at].length);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('re', { delay: 60 });           // a key being typed: no colon yet
  await page.waitForTimeout(1500);
  await page.keyboard.press('Escape');
  const kept = await poll(async () => {
    const r = await problemRows(page);
    return r.some(x => rulesBefore.some(id => id !== 'syntax-error' && x.includes(id))) ? r : null;
  }, Math.min(T, 15000));
  ok = check(scn, 'typing a key keeps the other findings', kept, kept ? `${kept.length} problem rows while '  re' is half-typed`
    : { before: before.length, after: await problemRows(page) }) && ok;
  await page.keyboard.type('start: u', { delay: 80 });     // the value as it is typed: suggestions come by themselves
  const suggest = await poll(async () => {
    const t = await page.$$eval('.editor-widget.suggest-widget.visible .monaco-list-row', els => els.map(e => e.innerText).join(' | ')).catch(() => '');
    return /unless-stopped/.test(t) ? t : null;
  }, Math.min(T, 10000));
  ok = check(scn, 'completion pops up while typing restart: u', suggest, suggest ? suggest.slice(0, 160) : 'no suggestion list') && ok;
  if (spec.shotDir) await page.screenshot({ path: path.join(spec.shotDir, `${spec.locale}-compose-completion.png`) }).catch(() => {});
  await page.keyboard.press('Escape');
  await palette(page, 'File: Revert File');
  await page.waitForTimeout(500);
  return ok;
}

/**
 * Format Document on a messy Dockerfile must give what `dockmentor format` gives, and Rename Symbol (F2) on a stage
 * name must rename it where it is defined and where COPY --from uses it.
 */
async function editorFeatures(page, f) {
  const scn = { name: 'editor features' };
  const abs = path.join(spec.folder, f.file);
  let ok = true;
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: T });
  await page.keyboard.type(f.file);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: T });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  // the server has the file once its diagnostics show
  await page.waitForSelector(`.editor-group-container.active .monaco-editor ${SQUIGGLE}`, { timeout: T }).catch(() => null);
  await palette(page, 'Format Document');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+S');
  const formatted = await poll(async () => { const t = fs.readFileSync(abs, 'utf8'); return t === f.expected ? t : null; }, Math.min(T, 20000));
  ok = check(scn, 'format document', formatted, formatted ? 'the file is what dockmentor format gives'
    : { got: fs.readFileSync(abs, 'utf8'), expected: f.expected }) && ok;
  // F2 on the stage name in its FROM line (line 1 of the formatted file: FROM alpine:3.20 AS build)
  const line = f.expected.split('\n')[0];
  await gotoPosition(page, 0, line.lastIndexOf(f.stage) + 1);
  await page.keyboard.press('F2');
  const input = await page.waitForSelector('.rename-box input, .rename-input', { timeout: Math.min(T, 20000) }).catch(() => null);
  if (input) {
    await input.fill(f.renamed);   // into the rename box itself (the editor behind it keeps its text)
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+S');
  }
  const renamed = await poll(async () => {
    const t = fs.readFileSync(abs, 'utf8');
    return t.includes(`AS ${f.renamed}\n`) && t.includes(`--from=${f.renamed} `) && !t.includes(`--from=${f.stage} `) ? t : null;
  }, Math.min(T, 20000));
  ok = check(scn, 'rename stage', renamed, renamed ? `'${f.stage}' renamed to '${f.renamed}' in FROM and COPY --from`
    : (input ? fs.readFileSync(abs, 'utf8') : 'no rename box on F2')) && ok;
  return ok;
}

/** Runs a command by its palette title. */
async function palette(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: T });
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

function diffLine(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i + 1}: ${JSON.stringify(x[i])} -> ${JSON.stringify(y[i])}`;
  return 'changed';
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const timings = {};
  let allOk = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (process.env.E2E_VERBOSE) page.on('console', m => console.error('[browser]', m.type(), m.text()));
    await page.goto(`${spec.url.replace(/\/$/, '')}/?folder=${encodeURIComponent(spec.folder)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: T });
    await page.waitForTimeout(2000);       // let the workbench finish restoring before keybindings
    for (const scn of spec.scenarios) {
      let r;
      try { r = await scenario(page, scn); }
      catch (e) { check(scn, 'no exception', false, String(e && e.message || e).split('\n')[0]); r = { ok: false }; }
      timings[scn.name] = r.squiggleMs;
      if (!r.ok) {
        allOk = false;
        if (spec.shotDir) {
          const shot = path.join(spec.shotDir, `fail-${spec.locale}-${scn.name}.png`);
          await page.screenshot({ path: shot }).catch(() => {});
          console.log(`screenshot: ${shot}`);
        }
      }
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K').catch(() => {}); await page.keyboard.press('w').catch(() => {}); // close editors
      await page.waitForTimeout(300);
    }
    const compose = spec.scenarios.find(x => x.name === 'compose');
    if (compose) {
      let cOk;
      try { cOk = await composeEditing(page, compose); }
      catch (e) { cOk = check({ name: 'compose editing' }, 'no exception', false, String(e && e.message || e).split('\n')[0]); }
      if (!cOk) {
        allOk = false;
        if (spec.shotDir) await page.screenshot({ path: path.join(spec.shotDir, `fail-${spec.locale}-compose-editing.png`) }).catch(() => {});
      }
      await page.keyboard.press('Control+K').catch(() => {}); await page.keyboard.press('w').catch(() => {});
      await page.waitForTimeout(300);
    }
    if (spec.format) {
      let fOk;
      try { fOk = await editorFeatures(page, spec.format); }
      catch (e) { fOk = check({ name: 'editor features' }, 'no exception', false, String(e && e.message || e).split('\n')[0]); }
      if (!fOk) {
        allOk = false;
        if (spec.shotDir) await page.screenshot({ path: path.join(spec.shotDir, `fail-${spec.locale}-editor-features.png`) }).catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ summary: { locale: spec.locale, ok: allOk, squiggleMs: timings, checks: results.length, failed: results.filter(r => !r.ok).length } }));
  return allOk ? 0 : 1;
}
main().then(c => process.exit(c), e => { console.error(e); process.exit(1); });
