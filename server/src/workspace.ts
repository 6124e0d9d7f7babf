// What the server knows about the editor's world: workspace roots, settings per document, and
// the configuration each document gets. Kept apart from server.ts so the wiring stays readable.
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { dirname } from 'node:path';
import type { ConfigProblem } from './config/configFile';
import type { LoadedConfig } from './config/load';
import { mergeConfig, searchRoot } from './config/load';
import { loadConfigFor, readConfigFile, readSettings } from './configuration';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Workspace {
  roots: string[] = [];
  /** Whether the client answers `workspace/configuration` requests. */
  pullsConfiguration = false;
  /** Settings pushed by didChangeConfiguration or initializationOptions, for clients that cannot be asked. */
  pushedSettings: unknown = {};
  /**
   * False while VS Code runs the workspace in Restricted Mode (the client says so): config files
   * then apply without their keys that read files. Other editors have no such mode: trusted.
   */
  trusted = true;
  private readonly settingsByUri = new Map<string, Promise<unknown>>();
  /** Settings problems already logged: each once per session, not once per validation. */
  private readonly loggedSettingsProblems = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** The user trusted the workspace: config files apply whole from now on. */
  trust(revalidate: () => void): void {
    if (this.trusted) return;
    this.trusted = true;
    revalidate();
  }

  settingsChanged(pushed: unknown): void {
    this.settingsByUri.clear();
    if (pushed !== undefined) this.pushedSettings = pushed;
  }

  forget(uri: string): void {
    this.settingsByUri.delete(uri);
  }

  private settingsFor(uri: string): Promise<unknown> {
    if (!this.pullsConfiguration) return Promise.resolve(this.pushedSettings);
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'postmortem' })
        .catch(() => this.pushedSettings);
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  rootOf(path: string): string | undefined {
    return this.roots
      .filter((r) => path === r || path.startsWith(r.endsWith('/') ? r : r + '/'))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** The workspace folder bounding discovery for a file, named as messages name it. */
  private rootFor(path: string): { root?: string; rootName?: string } {
    const root = this.rootOf(path);
    return root ? { root, rootName: 'the workspace folder' } : {};
  }

  /** A config file's problems as they apply here (trust, the template's folder), for its own diagnostics. */
  configFileProblems(file: string, text: string): ConfigProblem[] {
    const { root, rootName } = this.rootFor(file);
    return readConfigFile(file, text, {
      root: root ?? searchRoot(dirname(file)) ?? dirname(file),
      rootName,
      trusted: this.trusted,
    }).problems;
  }

  /**
   * `settingsUri` scopes the editor's settings when not the document itself: the workspace scan
   * asks once per workspace folder, not once per file it reads.
   */
  async configFor(uri: string, settingsUri = uri): Promise<LoadedConfig & { path?: string }> {
    const settings = await this.settingsFor(settingsUri);
    const path = uriToPath(uri);
    let loaded: LoadedConfig & { path?: string };
    if (path) {
      loaded = { ...loadConfigFor(path, { settings, trusted: this.trusted, ...this.rootFor(path) }), path };
    } else {
      const { input, problems } = readSettings(settings);
      loaded = {
        config: mergeConfig(input, {}),
        problems: [],
        settingsProblems: problems,
        path: decodeURIComponent(uri.replace(/^[a-z]+:/i, '')),
      };
    }
    this.logSettingsProblems(loaded.settingsProblems);
    return loaded;
  }

  /** Settings have no file to show a diagnostic in: a bad one is said once in the log, and its default used. */
  private logSettingsProblems(problems: string[]): void {
    if (problems.length === 0) return;
    const line = `Settings: ${problems.join(' ')} The defaults apply instead.`;
    if (this.loggedSettingsProblems.has(line)) return;
    this.loggedSettingsProblems.add(line);
    this.connection.console.warn(line);
  }
}
