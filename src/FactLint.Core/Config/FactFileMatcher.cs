using System;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLint.Config;

/// <summary>The config's include and exclude globs as one matcher, so that every host picks the same fact files.</summary>
public static class FactFileMatcher
{
    /// <summary>Matches workspace-relative paths (forward slashes), case-sensitively as the spec's globs are written.</summary>
    public static Matcher Create(FactLintConfig config)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(config.Include);
        matcher.AddExcludePatterns(config.Exclude);
        return matcher;
    }
}
