// A cache of the classes a language-server session loads: on Java 25+ an AOT cache (JEP 483/514: classes
// loaded and linked, with method profiles), else a class-data archive (AppCDS). With it the JVM starts ~30%
// faster (AOT cache: another ~25% on the 2-core reference machine). It must be recorded by the same Java and
// the same jar that use it, so it is recorded here, once, in the extension's global storage, by running
// `dockmentor lsp --self-test` in the background.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';

/** JVM log output to stderr, never stdout, where it would corrupt the LSP stream. */
export const LOG_TO_STDERR = ['-Xlog:disable', '-Xlog:all=warning:stderr'];

/**
 * The server's JVM flags, the same when the archive is recorded and when it is used (an AOT cache recorded
 * with another GC is refused). C1 only: see the launcher (../dockmentor) for the measurements.
 */
export const SERVER_FLAGS = ['-XX:+UseSerialGC', '-Xms32m', '-Xmn12m', '-XX:TieredStopAtLevel=1', '-Xss4m'];

/** The archive's file for this jar and this Java (name from their identities, so a change records a new one). */
export function archivePath(storageDir: string, jar: string, javaBin: string, javaVersion: string): string {
  let stamp = '0';
  try {
    const st = fs.statSync(jar);
    stamp = `${st.size}-${Math.floor(st.mtimeMs)}`;
  } catch { /* missing jar: the server will say so */ }
  let javaStamp = '0';
  try {
    javaStamp = String(Math.floor(fs.statSync(fs.realpathSync(javaBin)).mtimeMs)); // an update in place changes it
  } catch { /* resolved later by the JVM itself */ }
  // The flags too: an archive recorded under others (another collector) would be refused, and say so at each start.
  const id = `${javaBin}|${javaVersion}|${javaStamp}|${stamp}|${SERVER_FLAGS.join(' ')}`;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return path.join(storageDir, `dockmentor-${h.toString(16)}.jsa`);
}

/** Java 25 is the first with one-step AOT cache recording (-XX:AOTCacheOutput, JEP 514). */
export const AOT_CACHE_JAVA = 25;

/** The JVM options to use the archive when it exists. */
export function archiveArgs(archive: string, javaVersion: number): string[] {
  if (!fs.existsSync(archive)) return [];
  return [javaVersion >= AOT_CACHE_JAVA ? `-XX:AOTCache=${archive}` : `-XX:SharedArchiveFile=${archive}`];
}

/** The JVM option that records the archive into this file. */
export function recordArg(file: string, javaVersion: number): string {
  return javaVersion >= AOT_CACHE_JAVA ? `-XX:AOTCacheOutput=${file}` : `-XX:ArchiveClassesAtExit=${file}`;
}

/**
 * Records the archive in the background when it is missing (a failed attempt leaves a marker, so it is not
 * retried for this jar and Java). Calls back with a line for the output channel.
 */
export function recordArchive(archive: string, javaBin: string, javaVersion: number, jar: string, log: (line: string) => void): void {
  cleanStorage(path.dirname(archive), archive);
  const failed = `${archive}.failed`;
  if (fs.existsSync(archive) || fs.existsSync(failed)) return;
  fs.mkdirSync(path.dirname(archive), { recursive: true });
  const tmp = `${archive}.${process.pid}.tmp`;
  const args = [...LOG_TO_STDERR, ...SERVER_FLAGS, recordArg(tmp, javaVersion), '-jar', jar, 'lsp', '--self-test'];
  execFile(javaBin, args, { timeout: 120000 }, err => {
    try {
      if (!err && fs.existsSync(tmp) && fs.statSync(tmp).size > 0) {
        fs.renameSync(tmp, archive);
        log(`dockmentor: recorded a class-data archive for faster starts: ${archive}`);
      } else {
        fs.rmSync(tmp, { force: true });
        fs.writeFileSync(failed, String(err ?? 'empty archive'));
        log(`dockmentor: no class-data archive (${err ? err.message : 'empty'}); starts stay as they are`);
      }
    } catch (e) {
      log(`dockmentor: class-data archive not kept: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

const ARCHIVE_FILE = /^dockmentor-[0-9a-f]+\.jsa(?:\.(\d+)\.tmp|\.failed)?$/;
const DAY_MS = 24 * 3600 * 1000;

/** True when a process with this id runs (a recording another window started may still be writing its file). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what earlier recordings left behind in the storage folder (tens of MB each): a recording's temporary
 * file whose process is gone (VS Code closed mid-recording), and archives and failure markers of other jars or
 * Javas not touched for a week (an update records a new one). The archive in use, and anything a live recording
 * writes, stay.
 */
export function cleanStorage(dir: string, keep: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = ARCHIVE_FILE.exec(name);
    const file = path.join(dir, name);
    if (!m || file === keep || file === `${keep}.failed`) continue;
    try {
      const stale = m[1] !== undefined ? !alive(Number(m[1])) : now - fs.statSync(file).mtimeMs > 7 * DAY_MS;
      if (stale) {
        fs.rmSync(file, { force: true });
        removed.push(name);
      }
    } catch { /* gone meanwhile, or not ours to remove */ }
  }
  return removed;
}
