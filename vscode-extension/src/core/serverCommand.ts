// Which program runs the FactLint server. Pure: the extension passes in what it knows, so the
// decision (and its security rule) is unit-tested without VS Code.

export interface ServerChoiceInput {
  /** factlint.server.path as VS Code resolved it (machine scope: a workspace cannot set it). */
  configuredPath: string | undefined;
  /** Workspace Trust: in Restricted Mode only the bundled server may run. */
  trusted: boolean;
  /** Absolute path of the bundled server's factlint.dll. */
  bundledDll: string;
  bundledExists: boolean;
  /** The dotnet executable found on PATH (or via DOTNET_ROOT), if any. */
  dotnet: string | undefined;
}

export type ServerChoice =
  | { kind: 'run'; command: string; args: string[]; description: string }
  | { kind: 'missing'; message: string; action?: { title: string; url: string } };

export const DOTNET_DOWNLOAD = 'https://dotnet.microsoft.com/download/dotnet/10.0';

export function chooseServer(input: ServerChoiceInput): ServerChoice {
  const custom = input.configuredPath?.trim();
  if (custom && input.trusted) {
    return { kind: 'run', command: custom, args: ['lsp', '--stdio'], description: `custom server ${custom} (factlint.server.path)` };
  }

  if (!input.bundledExists) {
    return { kind: 'missing', message: 'The FactLint server is missing from this installation of the extension. Reinstall the FactLint extension.' };
  }

  if (!input.dotnet) {
    return {
      kind: 'missing',
      message: 'FactLint needs the .NET 10 runtime to check fact files, and `dotnet` was not found. Install the .NET 10 Runtime, then reload the window.',
      action: { title: 'Download .NET 10', url: DOTNET_DOWNLOAD },
    };
  }

  const note = custom && !input.trusted ? ' (factlint.server.path is ignored in Restricted Mode)' : '';
  return { kind: 'run', command: input.dotnet, args: [input.bundledDll, 'lsp', '--stdio'], description: `bundled server${note}` };
}
