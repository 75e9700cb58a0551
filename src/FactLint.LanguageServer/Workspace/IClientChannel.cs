using System.Threading.Tasks;
using FactLint.LanguageServer.Protocol.Types;

namespace FactLint.LanguageServer.Workspace;

/// <summary>What the workspace tells the client; implemented over the JSON-RPC connection (and by fakes in tests).</summary>
public interface IClientChannel
{
    Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics);

    Task LogAsync(MessageType type, string message);

    /// <summary>Starts a progress report; the returned reporter is a no-op when the client does not show progress.</summary>
    Task<IProgressReporter> BeginProgressAsync(string title, string? message);

    /// <summary>Asks the client to fetch code lenses again (their counts changed).</summary>
    Task RefreshCodeLensAsync();
}

public interface IProgressReporter
{
    Task ReportAsync(string message, int percentage);

    Task EndAsync(string message);
}
