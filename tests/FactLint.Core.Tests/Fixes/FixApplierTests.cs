using System;
using System.Collections.Immutable;
using System.Linq;
using FactLint.Diagnostics;
using FactLint.Fixes;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Tests.Fixes;

public sealed class FixApplierTests
{
    private static CodeFix Edit(string path, int start, int length, string text, string key = "T.edit") =>
        new(key, FixApplicability.Safe, ImmutableArray.Create(new FileTextEdit(path, new TextSpan(start, length), text)), key);

    private static CodeFix Edits(string key, params FileTextEdit[] edits) => new(key, FixApplicability.Safe, edits.ToImmutableArray(), key);

    private static Func<string, SourceText?> Texts(params (string Path, string Text)[] files) =>
        p => files.Where(f => f.Path == p).Select(f => SourceText.From(f.Text)).FirstOrDefault();

    [Fact]
    public void Overlapping_fixes_wait_for_the_next_round_whole()
    {
        var result = FixApplier.Apply(new[] { Edit("a", 0, 5, "HELLO", "first"), Edit("a", 3, 4, "x", "second") }, Texts(("a", "hello world")));
        Assert.Equal("HELLO world", result.Texts["a"].ToString());
        Assert.Equal("second", Assert.Single(result.Deferred).Fix.Title);
    }

    [Fact]
    public void Two_insertions_at_one_point_are_not_ordered_by_guess()
    {
        var result = FixApplier.Apply(new[] { Edit("a", 5, 0, "1"), Edit("a", 5, 0, "2") }, Texts(("a", "hello world")));
        Assert.Equal("hello1 world", result.Texts["a"].ToString());
        Assert.Single(result.Deferred);
    }

    [Fact]
    public void A_fix_over_two_files_is_applied_in_both_or_in_neither()
    {
        var files = Texts(("a", "alpha"), ("b", "beta"));
        var blocker = Edit("b", 0, 4, "BETA", "blocker");
        var both = Edits("both", new FileTextEdit("a", new TextSpan(0, 1), "A"), new FileTextEdit("b", new TextSpan(1, 1), "E"));
        var result = FixApplier.Apply(new[] { blocker, both }, files);
        Assert.False(result.Texts.ContainsKey("a"));
        Assert.Equal("BETA", result.Texts["b"].ToString());
        Assert.Equal("both", Assert.Single(result.Deferred).Fix.Title);

        var alone = FixApplier.Apply(new[] { both }, files);
        Assert.Equal("Alpha", alone.Texts["a"].ToString());
        Assert.Equal("bEta", alone.Texts["b"].ToString());
    }

    [Fact]
    public void The_same_edit_offered_by_two_findings_is_made_once()
    {
        var result = FixApplier.Apply(new[] { Edit("a", 5, 0, ", there", "one"), Edit("a", 5, 0, ", there", "two") }, Texts(("a", "hello")));
        Assert.Equal("hello, there", result.Texts["a"].ToString());
        Assert.Equal(2, result.Applied.Count);
        Assert.Empty(result.Deferred);
    }

    [Theory]
    [InlineData("a: 1\r\nb: 2\r\n", "x: 1\ny: 2\n", "a: 1\r\nx: 1\r\ny: 2\r\nb: 2\r\n")]
    [InlineData("a: 1\nb: 2\n", "x: 1\r\ny: 2\r\n", "a: 1\nx: 1\ny: 2\nb: 2\n")]
    [InlineData("a: 1\r\nb: 2\nc: 3\n", "x: 1\n", "a: 1\r\nx: 1\r\nb: 2\nc: 3\n")]
    [InlineData("a: 1\nb: 2\r\nc: 3\r\n", "x: 1\r\n", "a: 1\nx: 1\nb: 2\r\nc: 3\r\n")]
    [InlineData("a: 1", "\rx: 1", "a: 1\nx: 1")]
    public void Inserted_line_breaks_take_the_files_first_line_break(string text, string insert, string expected)
    {
        var at = text.IndexOf('\n') + 1;
        at = at == 0 ? text.Length : at;
        var result = FixApplier.Apply(new[] { Edit("a", at, 0, insert) }, Texts(("a", text)));
        Assert.Equal(expected, result.Texts["a"].ToString());
    }

    [Fact]
    public void An_edit_past_the_end_of_its_file_or_in_a_missing_file_is_never_applied()
    {
        var result = FixApplier.Apply(new[] { Edit("a", 3, 10, "x"), Edit("missing", 0, 0, "x") }, Texts(("a", "hello")));
        Assert.Empty(result.Texts);
        Assert.Equal(2, result.Deferred.Count);
    }

    [Fact]
    public void Edits_of_one_fix_that_overlap_each_other_are_refused()
    {
        var fix = Edits("self", new FileTextEdit("a", new TextSpan(0, 3), "x"), new FileTextEdit("a", new TextSpan(2, 2), "y"));
        Assert.Null(FixApplier.Resolve(fix, Texts(("a", "hello"))));
    }
}
