// The FactLint extension: starts the FactLint language server for fact files and gives it a few
// commands and a status-bar item. All analysis happens in the server; nothing here decides what
// is wrong with a fact file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { ClaimGroupPanel } from './claimGroupPanel';
import { chooseServer } from './core/serverCommand';
import { RestartPolicy } from './core/restartPolicy';
import { SerialRestarts } from './core/serialRestarts';
import { toServerOptions } from './core/settings';
import { statusText } from './core/statusText';

// Set by the bundle's first line (scripts/build.mjs); the module's own load time otherwise.
const loadedAt: number = (globalThis as { __factlintLoadStart?: number }).__factlintLoadStart ?? performance.now();
let client: LanguageClient | undefined;
// The start of the current client, settled or not: a restart must wait for it before stopping the
// client (vscode-languageclient refuses to stop a client that is still starting, and the old one
// then ran on beside the new one).
let starting: Promise<void> = Promise.resolve();
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
const restarts = new RestartPolicy();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The output channel is disposed in deactivate, after the server has stopped: disposed with the
  // other subscriptions it went first, and the stopping client wrote to a closed channel.
  // A log channel: vscode-languageclient 10 writes its lines with levels and times into it.
  output = vscode.window.createOutputChannel('FactLint', { log: true });
  status = vscode.window.createStatusBarItem('factlint.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'FactLint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  const serial = new SerialRestarts(async () => {
    restarts.reset();
    await stopClient();
    await startClient(context);
  });

  context.subscriptions.push(
    vscode.commands.registerCommand('factlint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('factlint.restartServer', () => serial.request()),
    vscode.commands.registerCommand('factlint.lintWorkspace', async () => {
      if (!client || client.state !== State.Running) {
        vscode.window.showWarningMessage('The FactLint server is not running. Run "FactLint: Restart Server", or see "FactLint: Show Output".');
        return;
      }
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'FactLint: reading the workspace' }, () =>
        client!.sendRequest('workspace/executeCommand', { command: 'factlint.reindex', arguments: [] }));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('factlint.explainRule', (ruleId?: string) => explainRule(context, ruleId)),
    // From a code lens: (uri, line, character); from the palette or the editor's menu: the cursor.
    vscode.commands.registerCommand('factlint.showClaimGroup', (uri?: string, line?: number, character?: number) => {
      const editor = vscode.window.activeTextEditor;
      const target = typeof uri === 'string' ? uri : editor?.document.uri.toString();
      if (!target) {
        vscode.window.showInformationMessage('FactLint: open a fact file and put the cursor on a claim.');
        return;
      }
      const position = typeof line === 'number' ? new vscode.Position(line, character ?? 0) : (editor?.selection.active ?? new vscode.Position(0, 0));
      return ClaimGroupPanel.show(() => (client?.state === State.Running ? client : undefined), target, position);
    }),
    vscode.commands.registerCommand('factlint.openLocation', async (uri: string, line: number) => {
      const at = new vscode.Position(Math.max(0, line ?? 0), 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(at, at), viewColumn: vscode.ViewColumn.One });
    }),
    vscode.languages.onDidChangeDiagnostics(() => scheduleStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factlint.server.path')) {
        vscode.commands.executeCommand('factlint.restartServer');
      } else if (e.affectsConfiguration('factlint') && client?.state === State.Running) {
        client.sendNotification('workspace/didChangeConfiguration', { settings: currentOptions() });
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => vscode.commands.executeCommand('factlint.restartServer')),
  );

  await startClient(context);
  const activationMs = performance.now() - loadedAt;
  output.appendLine(`FactLint extension activated in ${activationMs.toFixed(1)} ms (server starting in the background).`);
  const report = process.env.FACTLINT_E2E_REPORT;
  if (report) {
    fs.writeFileSync(report, JSON.stringify({ activationMs }));
  }
}

export async function deactivate(): Promise<void> {
  await stopClient();
  output?.dispose();
}

function currentOptions(): { factlint: Record<string, unknown> } {
  const config = vscode.workspace.getConfiguration('factlint');
  return toServerOptions(
    {
      severity: config.get<Record<string, string>>('severity'),
      namesThreshold: config.get<number | null>('names.threshold'),
      codeLens: config.get<boolean>('codeLens'),
    },
    vscode.workspace.isTrusted,
  );
}

function findDotnet(): string | undefined {
  const names = process.platform === 'win32' ? ['dotnet.exe'] : ['dotnet'];
  const dirs = [process.env.DOTNET_ROOT, ...(process.env.PATH ?? '').split(path.delimiter)].filter((d): d is string => !!d);
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const bundledDll = context.asAbsolutePath(path.join('server', 'factlint.dll'));
  const choice = chooseServer({
    // inspect: only the machine-wide (user) value counts, never a workspace's.
    configuredPath: vscode.workspace.getConfiguration('factlint').inspect<string>('server.path')?.globalValue,
    trusted: vscode.workspace.isTrusted,
    bundledDll,
    bundledExists: fs.existsSync(bundledDll),
    dotnet: findDotnet(),
  });
  if (choice.kind === 'missing') {
    output.error(choice.message);
    updateStatus();
    const pick = await vscode.window.showErrorMessage(choice.message, ...(choice.action ? [choice.action.title] : []));
    if (pick && choice.action) {
      vscode.env.openExternal(vscode.Uri.parse(choice.action.url));
    }
    return;
  }

  output.appendLine(`Starting the FactLint server: ${choice.description}.`);
  if (vscode.env.remoteName) {
    // VS Code ignores a User value of a machine-scoped setting in a remote window, silently.
    output.appendLine(`This is a remote window (${vscode.env.remoteName}): FactLint's settings are machine settings, read from this machine's Remote settings; values in your local User settings do not apply here.`);
  }
  const serverOptions: ServerOptions = { command: choice.command, args: choice.args, options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: '**/*.facts.yaml' },
      { scheme: 'file', pattern: '**/*.facts.yml' },
      { scheme: 'file', pattern: '**/factlint.yaml' },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: currentOptions(),
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: async (): Promise<CloseHandlerResult> => {
        const decision = restarts.onCrash(Date.now());
        output.warn(decision.message);
        updateStatus();
        if (!decision.restart) {
          vscode.window.showErrorMessage(decision.message, 'Show Output').then((pick) => pick && output.show(true));
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        vscode.window.setStatusBarMessage(decision.message, decision.delayMs + 2000);
        await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('factlint', 'FactLint', serverOptions, clientOptions);
  client.onDidChangeState(() => updateStatus());
  // Started without awaiting: activation must not wait for the server (VS Code's start stays fast).
  starting = client.start().catch((e: unknown) => {
    output.error(`The FactLint server could not start: ${e instanceof Error ? e.message : String(e)}`);
    updateStatus();
  });
  updateStatus();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    // A server that never answers must not hold the restart forever.
    await Promise.race([starting, new Promise((resolve) => setTimeout(resolve, 10000))]);
    try {
      await running.stop(5000);
    } catch (e) {
      output.warn(`Stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  updateStatus();
}

let statusTimer: NodeJS.Timeout | undefined;
function scheduleStatus(): void {
  if (!statusTimer) {
    statusTimer = setTimeout(() => {
      statusTimer = undefined;
      updateStatus();
    }, 150);
  }
}

function updateStatus(): void {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== 'factlint') {
        continue;
      }
      if (d.severity === vscode.DiagnosticSeverity.Error) {
        counts.errors++;
      } else if (d.severity === vscode.DiagnosticSeverity.Warning) {
        counts.warnings++;
      } else {
        counts.infos++;
      }
    }
  }
  const running = client?.state === State.Running || client?.state === State.Starting;
  const { text, tooltip } = statusText(counts, running);
  status.text = text;
  status.tooltip = tooltip;
  status.command = running ? 'workbench.actions.view.problems' : 'factlint.showOutput';
  status.show();
}

interface RuleInfo {
  id: string;
  name: string;
  title: string;
}

async function explainRule(context: vscode.ExtensionContext, ruleId?: string): Promise<void> {
  let id = ruleId;
  if (!id) {
    const rules = JSON.parse(fs.readFileSync(context.asAbsolutePath(path.join('rules', 'rules.json')), 'utf8')) as RuleInfo[];
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.name, detail: r.title })),
      { placeHolder: 'Which rule? (type an id like FL3001 or a word from its name)', matchOnDescription: true, matchOnDetail: true },
    );
    id = pick?.label;
  }
  if (!id) {
    return;
  }
  const page = context.asAbsolutePath(path.join('rules', `${id}.md`));
  if (!fs.existsSync(page)) {
    vscode.window.showWarningMessage(`${id} is not a FactLint rule id.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(page));
}
