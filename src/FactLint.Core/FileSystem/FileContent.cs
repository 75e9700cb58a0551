namespace FactLint.FileSystem;

/// <summary>What reading one file gave: its bytes, or why there are none, in words for the person who named the file.</summary>
public sealed class FileContent
{
    private FileContent(byte[]? bytes, string? problem, bool missing)
    {
        Bytes = bytes;
        Problem = problem;
        IsMissing = missing;
    }

    public byte[]? Bytes { get; }

    /// <summary>Why the file was not read ("it is a named pipe, not a regular file"); null when it was, or is simply missing.</summary>
    public string? Problem { get; }

    public bool IsMissing { get; }

    public bool IsRead => Bytes != null;

    public static FileContent Read(byte[] bytes) => new(bytes, null, false);

    public static FileContent Missing() => new(null, null, true);

    public static FileContent Refused(string problem) => new(null, problem, false);
}
