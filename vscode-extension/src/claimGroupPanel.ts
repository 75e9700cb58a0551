// "FactLint: Show Claim Group": the claim group under the cursor, drawn by the server as the HTML
// report draws it, in a webview beside the editor. It follows the group (by subject and property)
// as you type: every change to a fact file or to the findings redraws it a moment later.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { gonePage, withPolicy } from './core/webviewHtml';

interface ClaimGroupView {
  title: string;
  html: string;
  subject: string;
  property: string;
  asOf: string;
}

interface GroupKey {
  uri: string;
  subject: string;
  property: string;
  asOf: string;
  title: string;
}

const method = 'factlint/claimGroupView';
const refreshDelayMs = 300;

export class ClaimGroupPanel implements vscode.Disposable {
  private static current: ClaimGroupPanel | undefined;
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private key: GroupKey;
  private timer: NodeJS.Timeout | undefined;
  private version = 0;

  private constructor(private readonly client: () => LanguageClient | undefined, view: ClaimGroupView, uri: string) {
    this.key = { uri, subject: view.subject, property: view.property, asOf: view.asOf, title: view.title };
    this.panel = vscode.window.createWebviewPanel('factlint.claimGroup', `Claim group: ${view.title}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: ['factlint.openLocation'],
      localResourceRoots: [],
    });
    this.panel.webview.html = withPolicy(view.html);
    this.panel.onDidDispose(() => this.dispose(), null, this.subscriptions);
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'yaml' && e.contentChanges.length > 0) {this.schedule();}
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
    );
  }

  /** Opens (or retargets) the view on the group of the claim at the position. */
  static async show(client: () => LanguageClient | undefined, uri: string, position: vscode.Position): Promise<void> {
    const c = client();
    if (!c) {
      vscode.window.showWarningMessage('The FactLint server is not running. Run "FactLint: Restart Server", or see "FactLint: Show Output".');
      return;
    }
    const view = await c.sendRequest<ClaimGroupView | null>(method, { textDocument: { uri }, position: { line: position.line, character: position.character } });
    if (!view) {
      vscode.window.showInformationMessage('FactLint: there is no claim group here. Put the cursor on a claim that has a subject, a property and a value.');
      return;
    }
    if (ClaimGroupPanel.current) {
      ClaimGroupPanel.current.retarget(view, uri);
    } else {
      ClaimGroupPanel.current = new ClaimGroupPanel(client, view, uri);
    }
  }

  dispose(): void {
    if (ClaimGroupPanel.current === this) {ClaimGroupPanel.current = undefined;}
    if (this.timer) {clearTimeout(this.timer);}
    for (const s of this.subscriptions.splice(0)) {s.dispose();}
    this.panel.dispose();
  }

  private retarget(view: ClaimGroupView, uri: string): void {
    this.key = { uri, subject: view.subject, property: view.property, asOf: view.asOf, title: view.title };
    this.draw(view);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private draw(view: ClaimGroupView): void {
    this.panel.title = `Claim group: ${view.title}`;
    this.panel.webview.html = withPolicy(view.html);
  }

  private schedule(): void {
    if (this.timer) {clearTimeout(this.timer);}
    this.timer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  private async refresh(): Promise<void> {
    const c = this.client();
    if (!c) {return;}
    // Only the newest answer is drawn: an older request may come back last.
    const version = ++this.version;
    const { uri, subject, property, asOf } = this.key;
    try {
      const view = await c.sendRequest<ClaimGroupView | null>(method, { textDocument: { uri }, subject, property, asOf });
      if (version !== this.version) {return;}
      if (view) {this.draw(view);}
      else {this.panel.webview.html = gonePage(this.key.title);}
    } catch {
      // The server restarting or busy: the next change redraws.
    }
  }
}
