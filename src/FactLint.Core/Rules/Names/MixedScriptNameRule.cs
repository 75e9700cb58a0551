using System.Collections.Immutable;
using System.Text;
using FactLint.Analysis;
using FactLint.Diagnostics;
using FactLint.Editing;
using FactLint.Names;
using FactLint.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactLint.Rules.Names;

/// <summary>
/// FL4004 mixed-script-name: a word that mixes alphabets — a Cyrillic а in a Latin Khalimov, a
/// Latin o in a Cyrillic name. It looks right and matches nothing: not searches, not the entity's
/// other spellings, not the archived source. Reported on the stray letters, in entity names and
/// aliases, and in the quotes, titles and notes where names are written.
/// </summary>
public sealed class MixedScriptNameRule : FileRule
{
    public static readonly DiagnosticDescriptor Definition = RuleDescriptors.Create(
        "FL4004", "mixed-script-name", "Word mixes alphabets", RuleCategories.Names, Severity.Warning,
        "A word mixes letters of different alphabets (e.g. a Cyrillic letter inside a Latin name), which looks right but matches no other spelling.");

    public override DiagnosticDescriptor Descriptor => Definition;

    public override FixKinds FixKinds => FixKinds.Safe | FixKinds.Unsafe;

    public override void Analyze(FileAnalysisContext context)
    {
        var model = context.Document.Model;
        foreach (var entity in model.Entities)
        {
            Check(context, entity.Name, owned: true);
            foreach (var alias in entity.Aliases)
            {
                Check(context, alias, owned: true);
            }
        }

        foreach (var source in model.Sources)
        {
            Check(context, source.Title, owned: false);
        }

        foreach (var claim in model.Claims)
        {
            Check(context, claim.Note, owned: true);
            foreach (var citation in claim.Citations)
            {
                Check(context, citation.Quote, owned: false);
            }
        }
    }

    private static void Check(FileAnalysisContext context, YamlScalar? scalar, bool owned)
    {
        if (scalar is not { IsString: true })
        {
            return;
        }

        var text = scalar.Value;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            CheckWord(context, scalar, text, start, i - start, owned);
        }
    }

    private static void CheckWord(FileAnalysisContext context, YamlScalar scalar, string text, int start, int length, bool owned)
    {
        int latin = 0, cyrillic = 0, greek = 0;
        for (var k = start; k < start + length; k++)
        {
            switch (Scripts.Of(text[k]))
            {
                case Scripts.Script.Latin: latin++; break;
                case Scripts.Script.Cyrillic: cyrillic++; break;
                case Scripts.Script.Greek: greek++; break;
            }
        }

        var present = (latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0);
        if (present < 2)
        {
            return;
        }

        // The word's script is the one most of its letters are in; the others are the strays.
        var main = latin >= cyrillic && latin >= greek ? Scripts.Script.Latin : cyrillic >= greek ? Scripts.Script.Cyrillic : Scripts.Script.Greek;
        int first = -1, last = -1;
        var stray = new StringBuilder();
        var fixedWord = new StringBuilder();
        var fixable = true;
        for (var k = start; k < start + length; k++)
        {
            var c = text[k];
            var script = Scripts.Of(c);
            if (script != main && script != Scripts.Script.Other)
            {
                first = first < 0 ? k : first;
                last = k;
                stray.Append(stray.Length > 0 ? ", " : string.Empty).Append($"'{c}' ({script}, U+{(int)c:X4})");
                var look = Scripts.LookAlike(c, main);
                fixable &= look.HasValue;
                fixedWord.Append(look ?? c);
            }
            else
            {
                fixedWord.Append(c);
            }
        }

        var word = text.Substring(start, length);
        var span = ScalarContent.SpanOf(scalar, context.Document.Text, first, last - first + 1);
        var message = $"'{word}' is a {main} word with {stray} in it: it looks the same but matches no other spelling. Retype {(last > first ? "those letters" : "the letter")} in {main}.";
        var fixes = ImmutableArray<CodeFix>.Empty;
        if (fixable && ScalarContent.TryGetValueStart(scalar, context.Document.Text, out _))
        {
            var replacement = fixedWord.ToString(first - start, last - first + 1);
            var edit = ScalarEdits.ReplaceInValue(context.Document, scalar, first, last - first + 1, replacement);
            fixes = ImmutableArray.Create(new CodeFix($"Retype as '{fixedWord}'", owned ? FixApplicability.Safe : FixApplicability.Unsafe, ImmutableArray.Create(edit), "FL4004.retype") { IsPreferred = true });
        }

        context.Report(span, message, fixes: fixes);
    }
}
