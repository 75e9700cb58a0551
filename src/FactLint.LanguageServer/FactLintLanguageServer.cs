using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FactLint.LanguageServer.Handlers;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.JsonRpc;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.LanguageServer.Workspace;

namespace FactLint.LanguageServer;

/// <summary>
/// The FactLint language server: the lifecycle, and which handler answers which method. All
/// meaning comes from the engine through <see cref="WorkspaceSession"/>; all wire format from
/// <c>Protocol/</c>.
/// </summary>
public sealed class FactLintLanguageServer : IDisposable
{
    public const string ReindexCommand = "factlint.reindex";

    /// <summary>Fact files and the config (any YAML: include globs are configurable), and the usual archive formats.</summary>
    private static readonly string[] WatchedGlobs = { "**/*.{yaml,yml}", "**/*.{txt,text,md,html,htm}" };

    private readonly JsonRpcConnection _connection;
    private readonly ServerLog _log;
    private readonly WorkspaceSession _session;
    private ClientCapabilities _capabilities = new();
    private LifecycleState _state = LifecycleState.Created;
    private int? _parentProcess;

    public FactLintLanguageServer(Stream input, Stream output, TextWriter stderr)
    {
        _log = new ServerLog(stderr);
        _connection = new JsonRpcConnection(input, output, LspJsonContext.Default, _log);
        _session = new WorkspaceSession(new ClientChannel(_connection, () => _capabilities));
        _connection.Admit = Admit;
        Register();
    }

    private enum LifecycleState
    {
        Created,
        Initialized,
        ShuttingDown,
    }

    /// <summary>The session (for in-process tests and benchmarks).</summary>
    public WorkspaceSession Session => _session;

    public static string Version =>
        typeof(FactLintLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Serves until exit (0 after shutdown, else 1) or until the client's input closes (1).</summary>
    public async Task<int> RunAsync()
    {
        using var parentWatch = new CancellationTokenSource();
        BackgroundWork.Observe(WatchParentAsync(parentWatch.Token), "watching the editor process");
        await _connection.RunAsync().ConfigureAwait(false);
        parentWatch.Cancel();
        return _state == LifecycleState.ShuttingDown ? 0 : 1;
    }

    public void Dispose()
    {
        _session.Dispose();
        _connection.Dispose();
    }

    private JsonRpcError? Admit(string method, bool isRequest)
    {
        if (method == LspMethods.Exit)
        {
            return null;
        }

        return _state switch
        {
            LifecycleState.Created when method != LspMethods.Initialize => new JsonRpcError(ErrorCodes.ServerNotInitialized, $"The server is not initialized yet: send 'initialize' before '{method}'."),
            LifecycleState.Initialized when method == LspMethods.Initialize => new JsonRpcError(ErrorCodes.InvalidRequest, "The server is already initialized."),
            LifecycleState.ShuttingDown => new JsonRpcError(ErrorCodes.InvalidRequest, $"The server is shutting down and no longer handles '{method}'."),
            _ => null,
        };
    }

    private void Register()
    {
        var c = _connection;
        c.OnRequest<InitializeParams, InitializeResult>(LspMethods.Initialize, InitializeAsync);
        c.OnNotification<InitializedParams>(LspMethods.Initialized, _ => InitializedAsync());
        c.OnRequest<object?>(LspMethods.Shutdown, _ =>
        {
            _state = LifecycleState.ShuttingDown;
            return Task.FromResult<object?>(null);
        });
        c.OnNotification(LspMethods.Exit, () =>
        {
            c.Stop();
            return Task.CompletedTask;
        });

        c.OnNotification<DidOpenTextDocumentParams>(LspMethods.DidOpen, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                await _session.OpenAsync(p.TextDocument).ConfigureAwait(false);
            }
        });
        c.OnNotification<DidChangeTextDocumentParams>(LspMethods.DidChange, DidChangeAsync);
        c.OnNotification<DidCloseTextDocumentParams>(LspMethods.DidClose, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                await _session.CloseAsync(p.TextDocument.Uri).ConfigureAwait(false);
            }
        });
        c.OnNotification<DidSaveTextDocumentParams>(LspMethods.DidSave, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                // Saved: the pause is over, run the corpus rules now rather than after the debounce.
                var (_, project, _) = _session.Current(p.TextDocument.Uri);
                _session.ScheduleCorpusPass(project, 0);
            }
        });
        c.OnNotification<DidChangeWatchedFilesParams>(LspMethods.DidChangeWatchedFiles, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                await _session.FilesChangedAsync(p.Changes).ConfigureAwait(false);
            }
        });
        c.OnNotification<DidChangeConfigurationParams>(LspMethods.DidChangeConfiguration, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                _session.ApplySettings(EditorSettings.Read(p.Settings));
                foreach (var project in _session.Projects)
                {
                    await _session.PublishAsync(project, project.Corpus.Documents.Select(d => d.Path)).ConfigureAwait(false);
                }
            }
        });
        c.OnNotification<DidChangeWorkspaceFoldersParams>(LspMethods.DidChangeWorkspaceFolders, async p =>
        {
            using (await _session.Gate.EnterAsync().ConfigureAwait(false))
            {
                foreach (var removed in p.Event.Removed)
                {
                    if (DocumentUris.ToPath(removed.Uri) is string path)
                    {
                        await _session.RemoveFolderAsync(path).ConfigureAwait(false);
                    }
                }

                foreach (var added in p.Event.Added)
                {
                    if (DocumentUris.ToPath(added.Uri) is string path)
                    {
                        _session.AddFolder(path);
                    }
                }

                _session.StartIndexing();
            }
        });

        var navigation = new NavigationHandler(_session);
        var rename = new RenameHandler(_session, () => _capabilities.Workspace?.WorkspaceEdit?.DocumentChanges == true);
        var symbols = new SymbolHandler(_session);
        var hover = new HoverHandler(_session, () => _capabilities.TextDocument?.Hover?.ContentFormat is not { Count: > 0 } formats || formats.Contains(MarkupKind.Markdown));
        var completion = new CompletionHandler(_session);
        var codeActions = new CodeActionHandler(_session, () => _capabilities);
        var codeLens = new CodeLensHandler(_session);
        var groupView = new ClaimGroupViewHandler(_session);
        c.OnRequest<HoverParams, Hover?>(LspMethods.Hover, hover.HoverAsync);
        c.OnRequest<DefinitionParams, List<Location>>(LspMethods.Definition, navigation.DefinitionAsync);
        c.OnRequest<ReferenceParams, List<Location>>(LspMethods.References, navigation.ReferencesAsync);
        c.OnRequest<PrepareRenameParams, PrepareRenameResult>(LspMethods.PrepareRename, rename.PrepareAsync);
        c.OnRequest<RenameParams, WorkspaceEdit>(LspMethods.Rename, rename.RenameAsync);
        c.OnRequest<DocumentSymbolParams, List<DocumentSymbol>>(LspMethods.DocumentSymbol, symbols.DocumentSymbolsAsync);
        c.OnRequest<WorkspaceSymbolParams, List<SymbolInformation>>(LspMethods.WorkspaceSymbol, symbols.WorkspaceSymbolsAsync);
        c.OnRequest<CompletionParams, CompletionList>(LspMethods.Completion, completion.CompleteAsync);
        c.OnRequest<CodeActionParams, List<CodeAction>>(LspMethods.CodeAction, codeActions.CodeActionsAsync);
        c.OnRequest<CodeLensParams, List<CodeLens>>(LspMethods.CodeLens, codeLens.CodeLensAsync);
        c.OnRequest<Protocol.Extensions.ClaimGroupViewParams, Protocol.Extensions.ClaimGroupView?>(Protocol.Extensions.FactLintMethods.ClaimGroupView, groupView.ViewAsync);
        c.OnRequest<ExecuteCommandParams, object?>(LspMethods.ExecuteCommand, ExecuteCommandAsync);
    }

    private Task<InitializeResult> InitializeAsync(InitializeParams p, CancellationToken cancellationToken)
    {
        _capabilities = p.Capabilities ?? new ClientCapabilities();
        _parentProcess = p.ProcessId;
        var folders = p.WorkspaceFolders?.Select(f => DocumentUris.ToPath(f.Uri)).OfType<string>().ToList() ?? new List<string>();
        if (folders.Count == 0 && (p.RootUri != null ? DocumentUris.ToPath(p.RootUri) : p.RootPath) is string root)
        {
            folders.Add(root);
        }

        foreach (var folder in folders)
        {
            _session.AddFolder(folder);
        }

        _session.ApplySettings(EditorSettings.Read(p.InitializationOptions));
        _state = LifecycleState.Initialized;
        return Task.FromResult(new InitializeResult
        {
            ServerInfo = new ServerInfo { Name = "FactLint", Version = Version },
            Capabilities = new ServerCapabilities
            {
                // UTF-16 is what every client supports and what SourceText counts in.
                PositionEncoding = "utf-16",
                TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental, Save = new SaveOptions { IncludeText = false } },
                HoverProvider = true,
                DefinitionProvider = true,
                ReferencesProvider = true,
                DocumentSymbolProvider = true,
                WorkspaceSymbolProvider = true,
                RenameProvider = new RenameOptions { PrepareProvider = true },
                CompletionProvider = new CompletionOptions { TriggerCharacters = new List<string> { ":", " ", "[", ",", "-" } },
                CodeActionProvider = new CodeActionOptions { CodeActionKinds = new List<string> { CodeActionKind.QuickFix, CodeActionKind.SourceFixAllFactLint } },
                CodeLensProvider = new CodeLensOptions { ResolveProvider = false },
                ExecuteCommandProvider = new ExecuteCommandOptions { Commands = new List<string> { ReindexCommand } },
                Workspace = new ServerWorkspaceCapabilities { WorkspaceFolders = new WorkspaceFoldersServerCapabilities { Supported = true, ChangeNotifications = true } },
            },
        });
    }

    private async Task InitializedAsync()
    {
        if (_capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
        {
            var watchers = WatchedGlobs
                .Select(g => new Protocol.Types.FileSystemWatcher { GlobPattern = g })
                .ToList();
            var registering = _connection.SendRequestAsync<RegistrationParams, object>(LspMethods.RegisterCapability, new RegistrationParams
            {
                Registrations = new List<Registration>
                {
                    new() { Id = "factlint-watch", Method = LspMethods.DidChangeWatchedFiles, RegisterOptions = new DidChangeWatchedFilesRegistrationOptions { Watchers = watchers } },
                },
            });
            BackgroundWork.Observe(registering, "registering the file watcher");
        }

        using (await _session.Gate.EnterAsync().ConfigureAwait(false))
        {
            _session.StartIndexing();
        }

        await _connection.SendNotificationAsync(LspMethods.LogMessage, new LogMessageParams { Type = MessageType.Info, Message = $"FactLint {Version} started; reading the workspace." }).ConfigureAwait(false);
    }

    private async Task DidChangeAsync(DidChangeTextDocumentParams p)
    {
        OpenDocument? document;
        using (await _session.Gate.EnterAsync().ConfigureAwait(false))
        {
            if (!_session.Change(p.TextDocument, p.ContentChanges, out document, out var skipped))
            {
                _log.Warning($"didChange for {p.TextDocument.Uri}, which is not open: ignored (send didOpen first).");
                return;
            }

            if (skipped > 0)
            {
                _log.Warning($"didChange for {p.TextDocument.Uri} had {skipped} change(s) whose range ends before it starts: skipped. The server's copy of the document may now differ from the editor's; reopen the file if findings look wrong.");
            }
        }

        var version = p.TextDocument.Version;
        BackgroundWork.Observe(
            Task.Run(async () =>
            {
                using (await _session.Gate.EnterAsync().ConfigureAwait(false))
                {
                    await _session.AnalyzeIfCurrentAsync(document!, version).ConfigureAwait(false);
                }
            }),
            "analysing an edit");
    }

    private async Task<object?> ExecuteCommandAsync(ExecuteCommandParams p, CancellationToken cancellationToken)
    {
        if (p.Command != ReindexCommand)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"Unknown command '{p.Command}'; FactLint offers {ReindexCommand}.");
        }

        using (await _session.Gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            await _session.ReindexAsync().ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>LSP: "if the parent process is not alive then the server should exit" — an editor that crashed must not leave servers behind.</summary>
    private async Task WatchParentAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
                if (_parentProcess is int pid && !IsAlive(pid))
                {
                    _log.Error($"The editor (process {pid}) is gone; exiting.");
                    _connection.Stop();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
