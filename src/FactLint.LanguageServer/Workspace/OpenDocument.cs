using Microsoft.CodeAnalysis.Text;

namespace FactLint.LanguageServer.Workspace;

/// <summary>A document the editor has open: its text is the editor's, not the disk's, until it is closed.</summary>
public sealed class OpenDocument
{
    public OpenDocument(string uri, FactProject project, string path, int version, SourceText text)
    {
        Uri = uri;
        Project = project;
        Path = path;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    public FactProject Project { get; }

    /// <summary>Workspace-relative path (the corpus key).</summary>
    public string Path { get; }

    public int Version { get; set; }

    public SourceText Text { get; set; }

    /// <summary>True for factlint.yaml: analysed as the project's config, not as a fact file.</summary>
    public bool IsConfig => Path == FactLint.Config.ConfigLoader.FileName;
}
