// The VS Code side: start the language server over IPC for markdown files. Everything the
// extension knows about postmortems lives in the server.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { workspace } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';
import { WORKSPACE_TRUSTED } from '../../server/src/protocol';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

/** Returns the started client, so extension-host tests can await readiness instead of sleeping. */
export async function activate(context: ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] },
    },
  };
  const configWatcher = workspace.createFileSystemWatcher('**/.postmortemrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    // In Restricted Mode the server sets aside the config-file keys that read files or choose where to write.
    initializationOptions: { trusted: workspace.isTrusted },
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      // Editing a config file re-validates the documents under it, whether or not the server registered watchers.
      fileEvents: configWatcher,
    },
  };
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
  const started = client;
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(() => void started.sendNotification(WORKSPACE_TRUSTED)),
  );
  registerCommands(context, client);
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
