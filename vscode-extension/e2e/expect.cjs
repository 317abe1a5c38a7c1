// Computes what the editor must show for a file, from the server's own CLI (same analysis core as the LSP):
// the most severe finding (one with a safe fix preferred), its message, the fix title, and a phrase of the rule's "why".
// Usage: node expect.cjs <java> <jar> <file> <locale>   -> JSON on stdout, or {"none":true} when nothing is found.
const { execFileSync } = require('node:child_process');
const [java, jar, file, locale] = process.argv.slice(2);
function run(args) {
  try { return execFileSync(java, ['-jar', jar, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); }
  catch (e) { if (e.stdout) return e.stdout; throw e; }   // exit 1 = findings
}
const report = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'never', '--locale', locale, file]));
// The Problems panel lists by severity and shows only the first rows: pick from the most severe first.
const rank = { error: 0, warning: 1, info: 2, hint: 3 };
const diags = (report.files[0] || { diagnostics: [] }).diagnostics.slice().sort((a, b) => rank[a.severity] - rank[b.severity]);
if (!diags.length) { console.log(JSON.stringify({ none: true })); process.exit(0); }
const noCreate = d => (d.fixes || []).filter(f => f.edits.every(e => !e.create));
const d = diags.find(x => noCreate(x).some(f => f.safe)) || diags.find(x => noCreate(x).length) || diags[0];
const fix = noCreate(d).find(f => f.safe) || noCreate(d)[0];
const fixTitle = fix ? fix.title : (locale === 'es' ? `Ignorar ${d.rule} aquí` : `Ignore ${d.rule} here`);
const page = run(['explain', d.rule, '--locale', locale]);
const heading = locale === 'es' ? 'Por qué importa' : 'Why it matters';
const m = new RegExp(`^## ${heading}\\s*\\n+([^\\n]+)`, 'm').exec(page);
let why = heading;
if (m) {   // the first words of the "why" paragraph up to the first markdown mark, so the rendered hover contains them
  const words = [];
  for (const w of m[1].split(/\s+/)) { if (/[`*_\[\]<>]/.test(w) || words.length >= 8) break; words.push(w); }
  if (words.length >= 3) why = words.join(' ').replace(/[,.;:]$/, '');
}
// "Fix All in File" applies the safe fixes; after the scenario's own fix, do others remain?
const fixAllChanges = diags.some(x => x !== d && (x.fixes || []).some(f => f.safe));
console.log(JSON.stringify({ rule: d.rule, message: d.message, line: d.range.start.line, character: d.range.start.character,
  fixTitle, fixChangesText: !!fix, why, count: diags.filter(x => x.message === d.message).length, fixAllChanges }));
