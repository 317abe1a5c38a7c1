// Finding a Java 17+ runtime: the setting dockmentor.java.home, then the runtime bundled in the platform-specific
// .vsix (<extension>/runtime: the one the package was built and tested with, and with a JDK 25 build the faster
// start of an AOT cache), then JAVA_HOME, then `java` on the PATH. Plain Node, no vscode API.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';

export const MIN_JAVA = 17;

export interface JavaCandidate {
  source: 'setting' | 'JAVA_HOME' | 'PATH' | 'bundled';
  java: string;           // path of the java executable
}

export interface JavaFound extends JavaCandidate {
  version: number;        // feature version, e.g. 17
}

export interface JavaLookup {
  found?: JavaFound;
  rejected: string[];     // human-readable reasons, one per candidate that was tried and refused
}

const EXE = process.platform === 'win32' ? 'java.exe' : 'java';

export function javaInHome(home: string): string {
  return path.join(home, 'bin', EXE);
}

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH || env.Path || '').split(path.delimiter).filter(Boolean);
  for (const d of dirs) {
    const p = path.join(d, EXE);
    if (isFile(p)) return p;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

export function candidates(settingHome: string | undefined, env: NodeJS.ProcessEnv, extensionDir: string): JavaCandidate[] {
  const out: JavaCandidate[] = [];
  if (settingHome && settingHome.trim()) out.push({ source: 'setting', java: javaInHome(expandHome(settingHome.trim(), env)) });
  const bundled = path.join(extensionDir, 'runtime');
  if (fs.existsSync(bundled)) out.push({ source: 'bundled', java: javaInHome(bundled) });
  if (env.JAVA_HOME && env.JAVA_HOME.trim()) out.push({ source: 'JAVA_HOME', java: javaInHome(env.JAVA_HOME.trim()) });
  const p = onPath(env);
  if (p) out.push({ source: 'PATH', java: p });
  return out;
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  if (p === '~' || p.startsWith('~/')) return path.join(env.HOME || '', p.slice(1));
  return p;
}

/** Parses the feature version out of `java -version` output or a `release` file: 1.8.0 -> 8, 17.0.15 -> 17, "21" -> 21. */
export function parseJavaVersion(text: string): number | undefined {
  const m = /(?:version|JAVA_VERSION=)\s*"([0-9][0-9._+\-a-z]*)"/i.exec(text);
  if (!m) return undefined;
  const parts = m[1].split(/[._+\-]/);
  const first = Number(parts[0]);
  if (first === 1 && parts.length > 1) return Number(parts[1]);
  return Number.isFinite(first) ? first : undefined;
}

/** The version of one candidate: from <home>/release when present (no process), else `java -version`. */
export async function versionOf(java: string, timeoutMs = 10000): Promise<number | undefined> {
  const release = path.join(path.dirname(path.dirname(java)), 'release');
  try {
    const v = parseJavaVersion(fs.readFileSync(release, 'utf8'));
    if (v !== undefined) return v;
  } catch { /* no release file: ask the binary */ }
  return new Promise(resolve => {
    execFile(java, ['-version'], { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      if (err && !stderr) { resolve(undefined); return; }
      resolve(parseJavaVersion(`${stderr}\n${stdout}`));
    });
  });
}

/** The bundled runtime may lose its executable bits in a zip: restore them (best effort). */
export function ensureExecutable(java: string): void {
  if (process.platform === 'win32') return;
  const home = path.dirname(path.dirname(java));
  for (const f of [java, path.join(home, 'lib', 'jspawnhelper'), path.join(home, 'lib', 'jexec')]) {
    try {
      const st = fs.statSync(f);
      if ((st.mode & 0o111) === 0) fs.chmodSync(f, st.mode | 0o755);
    } catch { /* absent */ }
  }
}

export async function findJava(settingHome: string | undefined, env: NodeJS.ProcessEnv, extensionDir: string): Promise<JavaLookup> {
  const rejected: string[] = [];
  for (const c of candidates(settingHome, env, extensionDir)) {
    if (!isFile(c.java)) { rejected.push(`${c.source}: ${c.java} does not exist`); continue; }
    if (c.source === 'bundled') ensureExecutable(c.java);
    const v = await versionOf(c.java);
    if (v === undefined) { rejected.push(`${c.source}: ${c.java} did not report a version`); continue; }
    if (v < MIN_JAVA) { rejected.push(`${c.source}: ${c.java} is Java ${v}, dockmentor needs ${MIN_JAVA}+`); continue; }
    return { found: { ...c, version: v }, rejected };
  }
  return { rejected };
}
