using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactLint.Schema;
using FactLint.Tests.Support;

namespace FactLint.Tests.Schema;

/// <summary>
/// The official JSON-Schema-Test-Suite (draft 2020-12, required tests). Every group either
/// compiles and passes all of its tests, or is refused at compile time with a message naming
/// the unsupported feature. A refused group must lie outside the "practical subset", which
/// this validator promises to support completely.
/// </summary>
public sealed class JsonSchemaTestSuiteTests
{
    private const string SuiteFolder = "conformance/json-schema-test-suite";

    public static TheoryData<string, int> Groups()
    {
        var data = new TheoryData<string, int>();
        var root = SharedData.SharedRoot;
        var folder = root == null ? null : Path.Combine(root, SuiteFolder, "draft2020-12");
        if (folder == null || !Directory.Exists(folder))
        {
            data.Add("(shared data missing)", -1);
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            for (var i = 0; i < doc.RootElement.GetArrayLength(); i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Group_passes_or_is_refused_clearly(string file, int groupIndex)
    {
        var folder = SharedData.Require(Path.Combine(SuiteFolder, "draft2020-12"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        var group = doc.RootElement[groupIndex];
        var outcome = SuiteRunner.Run(group);
        var inSubset = PracticalSubset.Contains(file, groupIndex);

        if (outcome.RefusedBecause != null)
        {
            Assert.False(inSubset, $"{file} group {groupIndex} is in the practical subset but was refused: {outcome.RefusedBecause}");
            Assert.Matches("not support|only references inside the same schema|does not know", outcome.RefusedBecause);
            return;
        }

        Assert.True(outcome.Failures.Count == 0, $"{file} group {groupIndex} ({group.GetProperty("description").GetString()}):\n" + string.Join("\n", outcome.Failures));
    }

    [Fact]
    public void Pass_count_covers_the_whole_practical_subset()
    {
        var folder = SharedData.Require(Path.Combine(SuiteFolder, "draft2020-12"));
        var passed = 0;
        var subsetPassed = 0;
        var refusedGroups = 0;
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var name = Path.GetFileName(file);
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var i = 0;
            foreach (var group in doc.RootElement.EnumerateArray())
            {
                var outcome = SuiteRunner.Run(group);
                if (outcome.RefusedBecause != null)
                {
                    refusedGroups++;
                }
                else
                {
                    passed += outcome.Passed;
                    if (PracticalSubset.Contains(name, i))
                    {
                        subsetPassed += outcome.Passed;
                    }
                }

                i++;
            }
        }

        TestContext.Current.SendDiagnosticMessage($"JSON-Schema-Test-Suite 2020-12 required: {passed} tests passed, {refusedGroups} groups refused as unsupported; practical subset: {subsetPassed}");
        Assert.Equal(PracticalSubset.RequiredSubsetTests, subsetPassed);
        Assert.True(passed >= 764);
    }
}

internal sealed record SuiteOutcome(string? RefusedBecause, int Passed, List<string> Failures);

internal static class SuiteRunner
{
    public static SuiteOutcome Run(JsonElement group)
    {
        JsonSchema schema;
        try
        {
            schema = SchemaCompiler.Compile(group.GetProperty("schema"));
        }
        catch (SchemaNotSupportedException ex)
        {
            return new SuiteOutcome(ex.Message, 0, new List<string>());
        }

        var failures = new List<string>();
        var passed = 0;
        foreach (var test in group.GetProperty("tests").EnumerateArray())
        {
            var expected = test.GetProperty("valid").GetBoolean();
            var instance = JsonNodeConverter.Convert(test.GetProperty("data"));
            var quick = schema.IsValid(instance);
            var errors = schema.Validate(instance);
            if (quick == expected && (errors.Count == 0) == expected)
            {
                passed++;
            }
            else
            {
                failures.Add($"  '{test.GetProperty("description").GetString()}': expected {(expected ? "valid" : "invalid")}, got {(quick ? "valid" : "invalid")} (errors: {errors.Count})");
            }
        }

        return new SuiteOutcome(null, passed, failures);
    }
}

internal static class PracticalSubset
{
    private static readonly Lazy<(HashSet<string> Groups, int RequiredTests)> Manifest = new(Load);

    public static int RequiredSubsetTests => Manifest.Value.RequiredTests;

    public static bool Contains(string file, int group) => Manifest.Value.Groups.Contains($"draft2020-12/{file}#{group}");

    private static (HashSet<string>, int) Load()
    {
        var path = SharedData.Require("conformance/json-schema-test-suite/practical-subset-manifest.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var tests = 0;
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateArray())
        {
            var filePath = file.GetProperty("path").GetString()!;
            var optional = file.GetProperty("optional").GetBoolean();
            foreach (var g in file.GetProperty("groupDetails").EnumerateArray())
            {
                if (g.GetProperty("inSubset").GetBoolean())
                {
                    groups.Add($"{filePath}#{g.GetProperty("index").GetInt32()}");
                    if (!optional)
                    {
                        tests += g.GetProperty("tests").GetInt32();
                    }
                }
            }
        }

        return (groups, tests);
    }
}
