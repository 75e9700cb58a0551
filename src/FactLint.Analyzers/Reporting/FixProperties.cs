using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using FactLint.Analyzers.Inputs;
using FactLint.Diagnostics;
using FactLint.Fixes;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Analyzers.Reporting;

/// <summary>
/// Carries the engine's fixes from the analyzer to the code-fix provider in the diagnostic's
/// properties (the only channel between them): for fix i, <c>fix{i}.title</c>, <c>fix{i}.key</c>
/// and per edit j <c>fix{i}.edit{j}.path/start/length/old/new</c>; <c>anchor</c> is the text the
/// finding points at. <c>old</c> is the text an edit replaces, so a fix is only offered while the
/// finding's own text and every text the fix edits still read as they did.
/// </summary>
internal static class FixProperties
{
    public const string AnchorKey = "anchor";

    public static void Write(ImmutableDictionary<string, string?>.Builder properties, FactLint.Diagnostics.Diagnostic finding, BuildWorkspace workspace)
    {
        var fixes = finding.Fixes;
        var written = 0;
        foreach (var fix in fixes)
        {
            // The one applier resolves the edits (line breaks made the file's own), as for the CLI and the editor.
            var files = FixApplier.Resolve(fix, path => workspace.Corpus[path]?.Text);
            if (files == null)
            {
                continue;
            }

            var edits = new List<(string Path, TextSpan Span, string Old, string New)>();
            foreach (var file in files)
            {
                foreach (var change in file.Changes)
                {
                    edits.Add((workspace.FullPath(file.Path), change.Span, file.Before.ToString(change.Span), change.NewText ?? string.Empty));
                }
            }

            if (edits == null || edits.Count == 0)
            {
                continue;
            }

            var prefix = "fix" + Number(written) + ".";
            properties[prefix + "title"] = fix.Title;
            properties[prefix + "key"] = fix.EquivalenceKey;
            properties[prefix + "edits"] = Number(edits.Count);
            for (var j = 0; j < edits.Count; j++)
            {
                var e = prefix + "edit" + Number(j) + ".";
                properties[e + "path"] = edits[j].Path;
                properties[e + "start"] = Number(edits[j].Span.Start);
                properties[e + "length"] = Number(edits[j].Span.Length);
                properties[e + "old"] = edits[j].Old;
                properties[e + "new"] = edits[j].New;
            }

            written++;
        }

        if (written > 0)
        {
            properties["fixes"] = Number(written);
            properties[AnchorKey] = finding.Location.Text.ToString(finding.Location.Span);
        }
    }

    /// <summary>The fixes a diagnostic carries; malformed entries (another tool's properties) are skipped.</summary>
    public static IReadOnlyList<CarriedFix> Read(ImmutableDictionary<string, string?> properties)
    {
        var result = new List<CarriedFix>();
        for (var i = 0; i < Count(properties, "fixes"); i++)
        {
            var prefix = "fix" + Number(i) + ".";
            var edits = new List<CarriedEdit>();
            var editCount = Count(properties, prefix + "edits");
            for (var j = 0; j < editCount; j++)
            {
                var e = prefix + "edit" + Number(j) + ".";
                if (Get(properties, e + "path") is { } path && Count(properties, e + "start") is var start && Count(properties, e + "length") is var length
                    && start >= 0 && length >= 0 && Get(properties, e + "old") is { } old && Get(properties, e + "new") is { } replacement)
                {
                    edits.Add(new CarriedEdit(path, new TextSpan(start, length), old, replacement));
                }
            }

            if (Get(properties, prefix + "title") is { } title && edits.Count == editCount && editCount > 0)
            {
                result.Add(new CarriedFix(title, Get(properties, prefix + "key") ?? title, edits));
            }
        }

        return result;
    }

    private static string? Get(ImmutableDictionary<string, string?> properties, string key) => properties.TryGetValue(key, out var value) ? value : null;

    private static int Count(ImmutableDictionary<string, string?> properties, string key) =>
        int.TryParse(Get(properties, key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
