// A config file's problems as diagnostics in that file: as typed while it is open, else as saved.
// Sent again only when they change, cleared once fixed, and said once in the log per broken file.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, MAX_CONFIG_FILE_BYTES } from './config/configFile';
import { readTextCached } from './config/fileCache';
import { configProblemDiagnostics } from './features/diagnostics';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';

export const isConfigFile = (path: string | undefined): path is string => !!path && basename(path) === CONFIG_FILE_NAME;

export class ConfigProblems {
  /** The diagnostics last published per config file, as JSON. */
  private readonly published = new Map<string, string>();
  /** Broken config files already logged: closing and reopening one is no news. */
  private readonly logged = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
  ) {}

  async publish(file: string): Promise<void> {
    const open = this.documents.all().find((d) => uriToPath(d.uri) === file);
    const text = open ? open.getText() : readTextCached(file, MAX_CONFIG_FILE_BYTES);
    // As they apply here: trust and the template's folder are the workspace's to say.
    const diagnostics =
      text === undefined ? [] : configProblemDiagnostics(text, this.workspace.configFileProblems(file, text));
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(file) ?? '[]') === key) return;
    if (!diagnostics.length) this.logged.delete(file);
    else if (!this.logged.has(file)) {
      this.logged.add(file);
      // One line per broken file, not one per validation: the details are in the file's diagnostics.
      this.connection.console.warn(
        `${file}: ${diagnostics.length} problem(s); the valid settings apply, the rest fall back to defaults.`,
      );
    }
    if (diagnostics.length) this.published.set(file, key);
    else this.published.delete(file);
    await this.connection.sendDiagnostics({
      uri: open?.uri ?? pathToFileURL(file).href,
      version: open?.version,
      diagnostics,
    });
  }

  /** Closed, the file still applies as saved: its saved text's problems are shown. */
  closed(file: string): Promise<void> {
    this.published.delete(file);
    return this.publish(file);
  }
}
