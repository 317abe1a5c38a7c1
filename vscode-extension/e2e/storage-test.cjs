// Unit check of src/cds.ts cleanStorage (run by build.sh on the bundled module): what an interrupted or outdated
// recording left in the extension's storage goes; the archive in use and a live recording's file stay.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { cleanStorage } = require(process.argv[2]);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-storage-'));
const touch = (name, ageDays = 0) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, 'x');
  const t = (Date.now() - ageDays * 24 * 3600 * 1000) / 1000;
  fs.utimesSync(f, t, t);
  return f;
};
const keep = touch('dockmentor-aaaa.jsa', 30);
touch('dockmentor-aaaa.jsa.failed', 30);
touch('dockmentor-bbbb.jsa', 8);             // another jar's archive, untouched for 8 days: goes
touch('dockmentor-cccc.jsa', 1);             // another Java's, used yesterday: stays
touch('dockmentor-aaaa.jsa.2147483646.tmp'); // its recorder is gone: goes
touch(`dockmentor-aaaa.jsa.${process.pid}.tmp`); // a live recording: stays
touch('notes.txt', 100);                     // not ours: stays
const removed = cleanStorage(dir, keep).sort();
const left = fs.readdirSync(dir).sort();
fs.rmSync(dir, { recursive: true, force: true });
const want = ['dockmentor-aaaa.jsa.2147483646.tmp', 'dockmentor-bbbb.jsa'];
if (JSON.stringify(removed) !== JSON.stringify(want)) {
  console.error(`storage-test: removed ${JSON.stringify(removed)}, expected ${JSON.stringify(want)}; left ${JSON.stringify(left)}`);
  process.exit(1);
}
console.error('storage-test: stale recordings removed, archive in use and live recording kept');
