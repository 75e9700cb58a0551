using System.Linq;
using FactLint.Model;
using FactLint.Syntax;

namespace FactLint.Corpus;

/// <summary>The source record an id names, with the file that defines it (archives are relative to that file).</summary>
public sealed record SourceLookup(string Id, string Path, YamlMapping Record)
{
    public YamlScalar? Archive => Record.GetScalar("archive");

    public YamlScalar? Published => Record.GetScalar("published");

    public static SourceLookup? Find(CorpusIndex index, string id)
    {
        var def = index.Records(id).FirstOrDefault(d => d.Kind == RecordKind.Source);
        return def == null ? null : new SourceLookup(id, def.Path, def.Record);
    }
}
