namespace FactLint.Workspace;

/// <summary>Something found while listing a workspace that is not read, and why ("a link; links are not followed"), so nothing is skipped without a word.</summary>
public sealed record WorkspaceNotice(string Path, string Message);
