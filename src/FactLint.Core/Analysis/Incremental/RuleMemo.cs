using System;
using System.Collections.Generic;
using FactLint.Corpus;
using FactLint.Diagnostics;

namespace FactLint.Analysis.Incremental;

/// <summary>
/// One rule's results kept between corpus passes: findings per file (valid while the file and the parts
/// of other files they read are unchanged), and
/// findings per key (valid while the inputs they were computed from are the same objects).
/// </summary>
internal sealed class RuleMemo
{
    private readonly Dictionary<string, (CorpusAspects Reads, Diagnostic[] Findings)> _byDocument = new(StringComparer.Ordinal);
    private Dictionary<string, (CorpusAspects Reads, object?[] Inputs, Diagnostic[] Findings)> _byKey = new(StringComparer.Ordinal);
    private Dictionary<string, (CorpusAspects Reads, object?[] Inputs, Diagnostic[] Findings)>? _nextByKey;

    /// <summary>Forgets what the change since the last pass invalidated.</summary>
    public void Drop(PassDelta delta)
    {
        Pruning.RemoveWhere(_byDocument, (path, kept) => delta.ChangedPaths.ContainsKey(path) || !delta.Keeps(kept.Reads));
        Pruning.RemoveWhere(_byKey, (_, kept) => !delta.Keeps(kept.Reads));
    }

    public bool TryGetDocument(string path, out Diagnostic[] findings)
    {
        var found = _byDocument.TryGetValue(path, out var kept);
        findings = kept.Findings;
        return found;
    }

    public void SetDocument(string path, CorpusAspects reads, Diagnostic[] findings) => _byDocument[path] = (reads, findings);

    public void ForgetDocument(string path) => _byDocument.Remove(path);

    /// <summary>Starts a rule's run: keyed findings not asked for again by its end are forgotten.</summary>
    public void BeginRun() => _nextByKey = new Dictionary<string, (CorpusAspects, object?[], Diagnostic[])>(StringComparer.Ordinal);

    /// <summary>Ends a run that was not cancelled.</summary>
    public void EndRun()
    {
        if (_nextByKey != null)
        {
            _byKey = _nextByKey;
            _nextByKey = null;
        }
    }

    public bool TryGetKeyed(string key, object?[] inputs, out Diagnostic[] findings)
    {
        findings = Array.Empty<Diagnostic>();
        if (!_byKey.TryGetValue(key, out var kept) || kept.Inputs.Length != inputs.Length)
        {
            return false;
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            if (!Equals(kept.Inputs[i], inputs[i]))
            {
                return false;
            }
        }

        findings = kept.Findings;
        return true;
    }

    public void SetKeyed(string key, CorpusAspects reads, object?[] inputs, Diagnostic[] findings)
    {
        var entry = (reads, inputs, findings);
        if (_nextByKey != null)
        {
            _nextByKey[key] = entry;
        }

        _byKey[key] = entry;
    }
}
