using System.Collections.Generic;
using System.Collections.Immutable;
using FactLint.Syntax;

namespace FactLint.Model;

/// <summary>
/// Reads the records of a fact file out of its syntax tree. It is tolerant by design: whatever
/// does not have the expected shape is skipped here and reported by the schema rule, so a
/// half-written file still contributes the ids it does define.
/// </summary>
public static class FactFileBinder
{
    public static FactFile Bind(string path, YamlSyntaxTree tree)
    {
        var definitions = new List<IdDefinition>();
        var references = new List<IdReference>();
        var sources = new List<SourceRecord>();
        var entities = new List<EntityRecord>();
        var properties = new List<PropertyRecord>();
        var claims = new List<ClaimRecord>();
        YamlScalar? version = null;

        if (tree.Root?.Resolve() is YamlMapping root)
        {
            version = root.Get("factlint") as YamlScalar;
            foreach (var m in Records(root, "sources"))
            {
                if (IdOf(m) is not YamlScalar id)
                {
                    continue;
                }

                var reliesOn = ReferenceList(m, "relies_on", ReferenceTarget.Source, references);
                sources.Add(new SourceRecord(id.Value, id, m, m.GetScalar("title"), m.GetScalar("publisher"), m.GetScalar("url"), m.GetScalar("archive"), m.GetScalar("published"), m.GetScalar("kind"), reliesOn));
                definitions.Add(new IdDefinition(id.Value, RecordKind.Source, path, id, m));
            }

            foreach (var m in Records(root, "entities"))
            {
                if (IdOf(m) is not YamlScalar id)
                {
                    continue;
                }

                var aliases = new List<YamlScalar>();
                if (m.GetSequence("aliases") is YamlSequence seq)
                {
                    foreach (var item in seq.Items)
                    {
                        if (item.Resolve() is YamlScalar { IsString: true } a)
                        {
                            aliases.Add(a);
                        }
                    }
                }

                var distinct = ReferenceList(m, "distinct_from", ReferenceTarget.Entity, references);
                var place = Reference(m, "place", ReferenceTarget.Entity, references);
                entities.Add(new EntityRecord(id.Value, id, m, m.GetScalar("type"), m.GetScalar("name"), aliases, distinct, m.Get("date"), place));
                definitions.Add(new IdDefinition(id.Value, RecordKind.Entity, path, id, m));
            }

            foreach (var m in Records(root, "properties"))
            {
                if (IdOf(m) is not YamlScalar id)
                {
                    continue;
                }

                var sumOf = ReferenceList(m, "sum_of", ReferenceTarget.Property, references);
                properties.Add(new PropertyRecord(id.Value, id, m, m.GetScalar("type"), m.GetScalar("unit"), IsTrue(m, "temporal"), IsTrue(m, "single"), sumOf));
                definitions.Add(new IdDefinition(id.Value, RecordKind.Property, path, id, m));
            }

            foreach (var m in Records(root, "claims"))
            {
                var id = IdOf(m);
                var subject = Reference(m, "subject", ReferenceTarget.Entity, references);
                var attributed = Reference(m, "attributed_to", ReferenceTarget.Entity, references);
                var citations = ImmutableArray<Citation>.Empty;
                if (m.GetSequence("sources") is YamlSequence { Items.Count: > 0 } cites)
                {
                    var cited = ImmutableArray.CreateBuilder<Citation>(cites.Items.Count);
                    foreach (var item in cites.Items)
                    {
                        if (item.Resolve() is not YamlMapping c)
                        {
                            continue;
                        }

                        var source = Reference(c, "source", ReferenceTarget.Source, references);
                        cited.Add(new Citation(c, source, c.GetScalar("quote"), c.GetScalar("locator")));
                    }

                    citations = cited.Count == cited.Capacity ? cited.MoveToImmutable() : cited.ToImmutable();
                }

                claims.Add(new ClaimRecord(id?.Value, id, m, subject, m.GetScalar("property"), m.Get("value"), m.GetScalar("unit"), m.GetScalar("as_of"), m.GetScalar("rank"), attributed, citations, m.GetScalar("note")));
                if (id != null)
                {
                    definitions.Add(new IdDefinition(id.Value, RecordKind.Claim, path, id, m));
                }
            }
        }

        return new FactFile(path, version, sources, entities, properties, claims, definitions, references);
    }

    private static IEnumerable<YamlMapping> Records(YamlMapping root, string key)
    {
        if (root.GetSequence(key) is not YamlSequence seq)
        {
            yield break;
        }

        foreach (var item in seq.Items)
        {
            if (item.Resolve() is YamlMapping m)
            {
                yield return m;
            }
        }
    }

    private static YamlScalar? IdOf(YamlMapping m) =>
        m.GetScalar("id") is YamlScalar { Type: not ScalarType.Null } id && id.Value.Length > 0 ? id : null;

    private static bool IsTrue(YamlMapping m, string key) => m.GetScalar(key) is YamlScalar s && s.TryGetBoolean(out var b) && b;

    private static IdReference? Reference(YamlMapping m, string key, ReferenceTarget target, List<IdReference> all)
    {
        if (m.GetScalar(key) is not YamlScalar { Type: not ScalarType.Null } s || s.Value.Length == 0)
        {
            return null;
        }

        var r = new IdReference(s.Value, s, target, key);
        all.Add(r);
        return r;
    }

    private static List<IdReference> ReferenceList(YamlMapping m, string key, ReferenceTarget target, List<IdReference> all)
    {
        var list = new List<IdReference>();
        var node = m.Get(key);
        if (node is YamlScalar { Type: ScalarType.String } single)
        {
            // A lone id where a list is expected: the schema reports the shape, but the reference still counts.
            var r = new IdReference(single.Value, single, target, key);
            list.Add(r);
            all.Add(r);
        }
        else if (node is YamlSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item.Resolve() is YamlScalar { Type: not ScalarType.Null } s && s.Value.Length > 0)
                {
                    var r = new IdReference(s.Value, s, target, key);
                    list.Add(r);
                    all.Add(r);
                }
            }
        }

        return list;
    }
}
