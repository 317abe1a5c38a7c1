// dockmentor for VS Code: a thin client that launches `java -jar <extension>/server/dockmentor.jar lsp`.
// All analysis lives in the server; this file finds Java, starts and restarts the server, forwards settings,
// and adds a status item and four commands.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import {
  CloseAction, DidChangeConfigurationNotification, ErrorAction, LanguageClient,
  ExecuteCommandRequest, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, State, TransportKind,
} from 'vscode-languageclient/node';
import { archiveArgs, archivePath, LOG_TO_STDERR, recordArchive, SERVER_FLAGS } from './cds';
import { findJava, JavaFound } from './java';
import { serverSettings, ServerSettings } from './settings';

export const DOCKERFILE_GLOBS = ['Dockerfile', 'Containerfile', 'Dockerfile.*', '*.Dockerfile', '*.dockerfile', 'Containerfile.*',
  'Dockerfile-*', 'Dockerfile_*'];
export const COMPOSE_GLOBS = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml',
  'compose.*.yaml', 'compose.*.yml', 'docker-compose.*.yaml', 'docker-compose.*.yml',
  'docker-compose-*.yaml', 'docker-compose-*.yml', 'docker-compose_*.yaml', 'docker-compose_*.yml', 'compose-*.yaml', 'compose-*.yml'];
const FIX_ALL_KIND = 'source.fixAll.dockmentor';
const JAVA_DOWNLOAD = 'https://adoptium.net/temurin/releases/?version=21';
const MAX_RESTARTS = 4;            // automatic restarts ...
const RESTART_WINDOW_MS = 180000;  // ... within this window, then stop and tell the user
const RULE_SCHEME = 'dockmentor-rule';
const rulePages = new Map<string, string>();

const selector: vscode.DocumentFilter[] = [
  { scheme: 'file', language: 'dockerfile' },
  { scheme: 'file', language: 'dockercompose' },
  { scheme: 'untitled', language: 'dockerfile' },
  { scheme: 'file', pattern: `**/{${DOCKERFILE_GLOBS.join(',')}}` },
  { scheme: 'file', pattern: `**/{${COMPOSE_GLOBS.join(',')}}` },
];

let ctx: vscode.ExtensionContext;
let client: LanguageClient | undefined;
let java: JavaFound | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
let starting: Promise<void> | undefined;
let crashes: number[] = [];

function settings(scope?: vscode.Uri): ServerSettings {
  const c = vscode.workspace.getConfiguration('dockmentor', scope);
  return serverSettings(k => c.get(k), vscode.env.language);
}

function jarPath(): string {
  return path.join(ctx.extensionPath, 'server', 'dockmentor.jar');
}

function setStatus(state: 'idle' | 'starting' | 'running' | 'stopped' | 'error', detail = ''): void {
  const icon = { idle: '$(circle-outline)', starting: '$(loading~spin)', running: '$(check)', stopped: '$(debug-stop)', error: '$(error)' }[state];
  status.text = `${icon} dockmentor`;
  const javaInfo = java ? `\nJava ${java.version} (${java.source}): ${java.java}` : '';
  status.tooltip = `dockmentor server: ${state}${detail ? ` (${detail})` : ''}${javaInfo}\nClick to show the output.`;
  status.backgroundColor = state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  statusState = state;
  showStatusForEditor();
}

let statusState = 'idle';

/** The status item belongs to Dockerfiles and compose files: shown for them, and always when the server failed. */
function showStatusForEditor(): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (statusState === 'error' || (doc !== undefined && matches(doc))) status.show();
  else status.hide();
}

function matches(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(selector, doc) > 0;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = context;
  output = vscode.window.createOutputChannel('dockmentor', { log: true });
  status = vscode.window.createStatusBarItem('dockmentor.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'dockmentor';
  status.command = 'dockmentor.showOutput';
  setStatus('idle');
  context.subscriptions.push(output, status,
    vscode.commands.registerCommand('dockmentor.restartServer', () => restart()),
    vscode.commands.registerCommand('dockmentor.showOutput', () => output.show(true)),
    // A hover's "full page" link passes the rule id; from the Command Palette the rule at the cursor is used.
    vscode.commands.registerCommand('dockmentor.explainRule', (id?: unknown) => explainRuleAtCursor(typeof id === 'string' ? id : undefined)),
    // Rule pages open read-only (no save prompt on close), as dockmentor-rule:/<id>.md documents.
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, { provideTextDocumentContent: uri => rulePages.get(uri.path) ?? '' }),
    vscode.commands.registerCommand('dockmentor.fixAll', () => fixAll()),
    vscode.workspace.onDidChangeConfiguration(e => onConfigChange(e)),
    vscode.window.onDidChangeActiveTextEditor(() => showStatusForEditor()),
    // Start lazily: activation on any YAML file must not spawn Java until a Dockerfile or compose file shows up.
    vscode.workspace.onDidOpenTextDocument(doc => { if (!client && !starting && matches(doc)) void start(); }),
  );
  if (vscode.workspace.textDocuments.some(matches)) await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  if (starting) return starting;
  starting = doStart().finally(() => { starting = undefined; });
  return starting;
}

async function doStart(): Promise<void> {
  setStatus('starting');
  const jar = jarPath();
  if (!fs.existsSync(jar)) {
    setStatus('error', 'server jar missing');
    output.appendLine(`dockmentor: the server jar is missing: ${jar}`);
    void showError(`dockmentor: the server jar is missing (${jar}). Reinstall the dockmentor extension.`, ['Show Output']);
    return;
  }
  const s = settings();
  const lookup = await findJava(s.java.home, process.env, ctx.extensionPath);
  for (const r of lookup.rejected) output.appendLine(`dockmentor: Java candidate refused: ${r}`);
  if (!lookup.found) {
    java = undefined;
    setStatus('error', 'no Java 17+');
    const tried = lookup.rejected.length ? ` Tried: ${lookup.rejected.join('; ')}.` : ' No java was found in dockmentor.java.home, JAVA_HOME or the PATH.';
    void showError(`dockmentor needs Java 17 or newer to run its language server.${tried} ` +
      'Set "dockmentor.java.home" to a JDK/JRE folder, or install Java 17+ (or install the linux-x64 build of the extension, which carries its own runtime).',
      ['Open Setting', 'Get Java', 'Show Output']);
    return;
  }
  java = lookup.found;
  output.appendLine(`dockmentor: using Java ${java.version} from ${java.source}: ${java.java}`);

  const archive = archivePath(ctx.globalStorageUri.fsPath, jar, java.java, String(java.version));
  const serverOptions: ServerOptions = {
    command: java.java,
    args: [...LOG_TO_STDERR, ...archiveArgs(archive, java.version), ...SERVER_FLAGS, '-jar', jar, 'lsp'],
    transport: TransportKind.stdio,
    options: { env: { ...process.env, DOCKMENTOR_CLIENT: 'vscode' } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector as LanguageClientOptions["documentSelector"],
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // commandLinks: hovers may link to dockmentor.explainRule (the full rule page), a command trusted below.
    initializationOptions: { ...s, commandLinks: true },
    markdown: { isTrusted: { enabledCommands: ['dockmentor.explainRule'] } },
    middleware: {
      workspace: {
        // Answer workspace/configuration for the section "dockmentor" with the resolved settings (locale "auto" resolved).
        configuration: async (params, token, next) => {
          const res = await next(params, token);
          if (!Array.isArray(res)) return res;
          return params.items.map((item, i) => {
            if (item.section === 'dockmentor') return settings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
            if (item.section?.startsWith('dockmentor.')) {
              const key = item.section.slice('dockmentor.'.length);
              return (settings() as unknown as Record<string, unknown>)[key] ?? res[i];
            }
            return res[i];
          });
        },
      },
    },
    errorHandler: {
      error: (_e, _m, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const now = Date.now();
        crashes = crashes.filter(t => now - t < RESTART_WINDOW_MS);
        crashes.push(now);
        if (crashes.length <= MAX_RESTARTS) {
          output.appendLine(`dockmentor: the server stopped; restarting (${crashes.length}/${MAX_RESTARTS})`);
          setStatus('starting', `restart ${crashes.length}/${MAX_RESTARTS}`);
          return { action: CloseAction.Restart, handled: true };
        }
        setStatus('error', 'server crashed');
        void showError(`dockmentor: the language server stopped ${crashes.length} times in ${RESTART_WINDOW_MS / 60000} minutes and was not restarted again. ` +
          'The output channel "dockmentor" shows why.', ['Show Output', 'Restart Server']);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  const c = new LanguageClient('dockmentor', 'dockmentor', serverOptions, clientOptions);
  client = c;
  c.onDidChangeState(e => {
    if (e.newState === State.Running) setStatus('running');
    else if (e.newState === State.Starting) setStatus('starting');
    else if (e.newState === State.Stopped && status.text.indexOf('$(error)') < 0) setStatus('stopped');
  });
  try {
    await c.start();
    setStatus('running');
    recordArchive(archive, java.java, java.version, jar, line => output.appendLine(line));
  } catch (e) {
    setStatus('error', 'start failed');
    output.appendLine(`dockmentor: the server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void showError('dockmentor: the language server did not start. The output channel "dockmentor" shows why.', ['Show Output', 'Restart Server']);
  }
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try { await c.stop(5000); } catch { /* already gone */ }
  }
}

async function restart(): Promise<void> {
  crashes = [];
  await stop();
  await start();
}

async function showError(message: string, actions: string[]): Promise<void> {
  const pick = await vscode.window.showErrorMessage(message, ...actions);
  if (pick === 'Open Setting') await openJavaHomeSetting();
  else if (pick === 'Get Java') await vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD));
  else if (pick === 'Show Output') output.show(true);
  else if (pick === 'Restart Server') await restart();
}

function onConfigChange(e: vscode.ConfigurationChangeEvent): void {
  if (!e.affectsConfiguration('dockmentor')) return;
  if (e.affectsConfiguration('dockmentor.java.home')) {
    void vscode.window.showInformationMessage('dockmentor: the Java setting changed. Restart the server to use it.', 'Restart Server')
      .then(p => { if (p) void restart(); });
    return;
  }
  if (client && client.state === State.Running) {
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { dockmentor: settings() } });
  } else if (!client && vscode.workspace.textDocuments.some(matches)) {
    void start();
  }
}

function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

/** Every dockmentor diagnostic of a file, pushed or pulled: the client's push collection is empty ([]) when the
 *  editor pulls them (textDocument/diagnostic), so it cannot be the only place to look. */
function dockmentorDiagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'dockmentor');
}

async function explainRuleAtCursor(given?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  let id: string | undefined = given;
  if (!id && editor) {
    const all = dockmentorDiagnostics(editor.document.uri);
    const here = all.filter(d => d.range.contains(editor.selection.active) || d.range.start.line === editor.selection.active.line);
    const ids = [...new Set((here.length ? here : []).map(ruleId).filter((x): x is string => !!x))];
    if (ids.length === 1) id = ids[0];
    else if (ids.length > 1) id = await vscode.window.showQuickPick(ids, { placeHolder: 'Which rule?' });
    else {
      const inFile = [...new Set(all.map(ruleId).filter((x): x is string => !!x))];
      if (inFile.length) id = await vscode.window.showQuickPick(inFile, { placeHolder: 'No dockmentor finding at the cursor: pick a rule of this file' });
    }
  }
  if (!id) id = await vscode.window.showInputBox({ prompt: 'dockmentor rule id (e.g. root-user)' });
  if (!id) return;
  const locale = settings().locale;
  const text = await explainText(id, locale);
  const uri = vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${id}${locale === 'es' ? '.es' : ''}.md` });
  rulePages.set(uri.path, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** The rule's page: asked of the running server (dockmentor.explain), else of the jar on its own. */
async function explainText(id: string, locale: string): Promise<string> {
  if (client && client.isRunning()) {
    try {
      const md = await client.sendRequest(ExecuteCommandRequest.type, { command: 'dockmentor.explain', arguments: [id, locale] });
      if (typeof md === 'string') return md;
    } catch (e) {
      output.appendLine(`dockmentor: the server could not explain ${id}: ${e}`);
    }
  }
  if (!java) {
    const lookup = await findJava(settings().java.home, process.env, ctx.extensionPath);
    java = lookup.found;
  }
  if (!java) return `# ${id}\n\ndockmentor needs Java 17+ to print the rule's page (set dockmentor.java.home).\n`;
  const j = java.java;
  return new Promise(resolve => {
    execFile(j, ['-jar', jarPath(), 'explain', id, '--locale', locale], { timeout: 20000, maxBuffer: 4 << 20 }, (err, stdout, stderr) => {
      if (err && !stdout) resolve(`# ${id}\n\n${(stderr || String(err)).trim()}\n`);
      else resolve(stdout);
    });
  });
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  if (!matches(doc)) {
    void vscode.window.showInformationMessage('dockmentor: this is not a Dockerfile or a compose file.');
    return;
  }
  const full = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', doc.uri, full, FIX_ALL_KIND, 20) || [];
  const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('dockmentor');
  const chosen = actions.filter(a => a.kind && fixAllKind.contains(a.kind));
  if (!chosen.length) {
    void vscode.window.showInformationMessage('dockmentor: nothing to fix automatically in this file.');
    return;
  }
  const before = dockmentorDiagnostics(doc.uri).length;
  for (const a of chosen) {
    if (a.edit) await vscode.workspace.applyEdit(a.edit);
    if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments || []));
  }
  // Say what it did and what it left, once the server has published the fixed file's diagnostics.
  const after = await new Promise<number>(resolve => {
    const done = () => { sub.dispose(); clearTimeout(timer); resolve(dockmentorDiagnostics(doc.uri).length); };
    const sub = vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.toString() === doc.uri.toString())) done(); });
    const timer = setTimeout(done, 4000);
  });
  const fixed = Math.max(0, before - after);
  const es = settings().locale === 'es';
  void vscode.window.showInformationMessage(es
    ? `dockmentor: "Corregir todo" resolvió ${fixed} problema(s); quedan ${after}${after ? ' (la bombilla ofrece los arreglos que cambian el comportamiento y explica el resto)' : ''}.`
    : `dockmentor: Fix All fixed ${fixed} problem(s); ${after} left${after ? ' (the light bulb offers the fixes that change behaviour, and explains the rest)' : ''}.`);
}

/**
 * dockmentor.java.home is machine-overridable: in a remote window (SSH, WSL, a dev container) the Java that counts is the
 * remote machine's, so the setting opens on the Remote tab there; locally, on the User tab.
 */
async function openJavaHomeSetting(): Promise<void> {
  if (vscode.env.remoteName) {
    try {
      await vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query: 'dockmentor.java.home' });
      return;
    } catch { /* an older VS Code without the command's options: the plain settings editor below */ }
  }
  await vscode.commands.executeCommand('workbench.action.openSettings', 'dockmentor.java.home');
}
