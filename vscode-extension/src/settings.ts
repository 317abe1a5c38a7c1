// The editor's dockmentor.* settings as the server takes them (initializationOptions, workspace/configuration,
// workspace/didChangeConfiguration). Plain functions over a getter, so they do not depend on the vscode API.

export type Get = <T>(key: string) => T | undefined;

export interface ServerSettings {
  profile: 'recommended' | 'strict';
  locale: 'en' | 'es';
  rules: Record<string, string>;
  trace: { server: 'off' | 'messages' | 'verbose' };
  java: { home: string };
  docsBaseUrl?: string;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** 'auto' follows the editor's display language: Spanish for es / es-*, else English. */
export function resolveLocale(setting: string | undefined, displayLanguage: string): 'en' | 'es' {
  const s = (setting || 'auto').toLowerCase();
  if (s === 'en' || s === 'es') return s;
  return displayLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function serverSettings(get: Get, displayLanguage: string): ServerSettings {
  const profile = get<string>('profile') === 'strict' ? 'strict' : 'recommended';
  const rules: Record<string, string> = {};
  const raw = get<Record<string, unknown>>('rules') || {};
  for (const [id, sev] of Object.entries(raw)) {
    if (typeof sev === 'string' && SEVERITIES.has(sev.toLowerCase())) rules[id] = sev.toLowerCase();
  }
  const trace = get<string>('trace.server');
  return {
    profile,
    locale: resolveLocale(get<string>('locale'), displayLanguage),
    rules,
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
    java: { home: get<string>('java.home') || '' },
    ...docsBase(get<string>('docsBaseUrl')),
  };
}

/** Where a diagnostic's rule link points: an http(s) folder of the rule pages; none set keeps the server's default. */
function docsBase(url: string | undefined): { docsBaseUrl?: string } {
  const u = (url || '').trim();
  return /^https?:\/\/\S+$/.test(u) ? { docsBaseUrl: u } : {};
}
