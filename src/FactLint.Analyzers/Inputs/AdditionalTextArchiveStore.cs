using System.Threading;
using FactLint.Archives;
using Microsoft.CodeAnalysis;

namespace FactLint.Analyzers.Inputs;

/// <summary>
/// Archived sources read from the project's additional files. An archive that is not an
/// additional file is not known to be missing — the compiler is simply not told about it — so
/// its quotes go unchecked rather than reported: the build must not claim what it cannot see.
/// </summary>
internal sealed class AdditionalTextArchiveStore : IArchiveStore
{
    private readonly BuildWorkspace _workspace;
    private readonly CancellationToken _cancellationToken;

    public AdditionalTextArchiveStore(BuildWorkspace workspace, CancellationToken cancellationToken)
    {
        _workspace = workspace;
        _cancellationToken = cancellationToken;
    }

    public ArchiveLookup Open(string relativePath)
    {
        if (_workspace.FindFile(relativePath) is not AdditionalText file)
        {
            return new ArchiveLookup(ArchiveStatus.Available, relativePath);
        }

        var text = file.GetText(_cancellationToken);
        if (text == null)
        {
            return new ArchiveLookup(ArchiveStatus.Unreadable, relativePath, Detail: "the compiler could not read it");
        }

        return new ArchiveLookup(ArchiveStatus.Available, relativePath, new ArchiveDocument(relativePath, () => text.ToString()));
    }
}
