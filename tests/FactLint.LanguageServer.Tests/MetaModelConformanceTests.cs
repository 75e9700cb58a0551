using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FactLint.LanguageServer.Protocol;
using FactLint.LanguageServer.Protocol.Types;
using FactLint.Tests.Support;

namespace FactLint.LanguageServer.Tests;

/// <summary>
/// Holds every protocol type FactLint defines against the official LSP 3.17 meta model: each
/// member exists there under the same JSON name with a compatible type, every member the model
/// requires is present (unless the type is marked as a partial model of what FactLint reads),
/// enum values match, and every method name exists with the direction FactLint uses it in.
/// </summary>
public sealed class MetaModelConformanceTests
{
    private static readonly Lazy<MetaModel> Model = new(() => new MetaModel(SharedData.Require("conformance/lsp/metaModel.json")));

    public static TheoryData<string> ProtocolTypes()
    {
        var data = new TheoryData<string>();
        foreach (var t in TypesInNamespace())
        {
            data.Add(t.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProtocolTypes))]
    public void Type_matches_the_meta_model(string typeName)
    {
        var type = TypesInNamespace().Single(t => t.Name == typeName);
        var model = Model.Value;
        if (type.IsEnum)
        {
            var enumeration = model.Enumeration(type.Name);
            foreach (var name in Enum.GetNames(type))
            {
                var value = Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(enumeration.Values.TryGetValue(name, out var expected), $"{type.Name}.{name} is not a value of the enumeration in the meta model");
                Assert.Equal(expected.GetValue<long>(), value);
            }

            return;
        }

        if (type.IsAbstract && type.IsSealed)
        {
            // A static class of string constants standing for a string enumeration.
            var enumeration = model.Enumeration(type.Name);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                var value = (string)field.GetRawConstantValue()!;
                var known = enumeration.Values.Values.Select(v => v!.GetValue<string>()).ToList();
                Assert.True(known.Contains(value) || (enumeration.CustomValues && known.Any(k => value.StartsWith(k + ".", StringComparison.Ordinal))), $"{type.Name}.{field.Name} = '{value}' is not a value of the enumeration (nor a custom sub-kind it allows)");
            }

            return;
        }

        var properties = model.PropertiesOf(type);
        var partial = type.GetCustomAttribute<PartialModelAttribute>() != null;
        var ours = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(JsonName, p => p);
        foreach (var (json, property) in ours)
        {
            Assert.True(properties.TryGetValue(json, out var meta), $"{type.Name}.{property.Name}: the meta model has no property '{json}' (has: {string.Join(", ", properties.Keys)})");
            Assert.True(model.Accepts(meta.Type, property.PropertyType), $"{type.Name}.{json}: {Describe(property.PropertyType)} does not fit the meta model's type {meta.Type.ToJsonString()}");
            if (!meta.Optional && IsNullable(property) && property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition != JsonIgnoreCondition.Never)
            {
                Assert.Fail($"{type.Name}.{json} is required by the meta model but would be left out when null");
            }
        }

        if (!partial)
        {
            foreach (var (json, meta) in properties.Where(p => !p.Value.Optional))
            {
                Assert.True(ours.ContainsKey(json), $"{type.Name} lacks '{json}', which the meta model requires (mark the type [PartialModel] only if FactLint never sends it)");
            }
        }
    }

    [Fact]
    public void Every_method_exists_with_the_right_direction()
    {
        var model = Model.Value;
        var sent = new[] { LspMethods.PublishDiagnostics, LspMethods.LogMessage, LspMethods.ShowMessage, LspMethods.WorkDoneProgressCreate, LspMethods.RegisterCapability, LspMethods.CodeLensRefresh };
        foreach (var field in typeof(LspMethods).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var method = (string)field.GetRawConstantValue()!;
            Assert.True(model.Methods.TryGetValue(method, out var direction), $"'{method}' is not an LSP 3.17 method");
            var expected = sent.Contains(method) ? "serverToClient" : method == LspMethods.Progress ? "both" : "clientToServer";
            Assert.True(direction == expected || direction == "both", $"'{method}' is {direction} in the meta model; FactLint uses it as {expected}");
        }
    }

    [Fact]
    public void Every_type_is_registered_for_serialisation()
    {
        // A type reachable from a registered root has metadata; one that is not would fail at run time.
        foreach (var type in TypesInNamespace().Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !t.IsGenericTypeDefinition && !typeof(Attribute).IsAssignableFrom(t)))
        {
            Assert.True(LspJsonContext.Default.GetTypeInfo(type) != null, $"{type.Name} has no serialisation metadata in LspJsonContext");
        }
    }

    private static IEnumerable<Type> TypesInNamespace() =>
        typeof(Position).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Position).Namespace && t.IsPublic && !typeof(Attribute).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static string JsonName(PropertyInfo p) =>
        p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);

    private static bool IsNullable(PropertyInfo p) =>
        Nullable.GetUnderlyingType(p.PropertyType) != null || new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable;

    private static string Describe(Type t) => t.IsGenericType ? $"{t.Name}<{string.Join(",", t.GetGenericArguments().Select(Describe))}>" : t.Name;

    private sealed record MetaProperty(JsonNode Type, bool Optional);

    private sealed record MetaEnumeration(Dictionary<string, JsonNode?> Values, bool CustomValues);

    private sealed class MetaModel
    {
        private readonly Dictionary<string, JsonObject> _structures;
        private readonly Dictionary<string, JsonObject> _enumerations;
        private readonly Dictionary<string, JsonObject> _aliases;

        public MetaModel(string path)
        {
            var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            Assert.Equal("3.17.0", root["metaData"]!["version"]!.GetValue<string>());
            _structures = root["structures"]!.AsArray().Select(s => s!.AsObject()).ToDictionary(s => s["name"]!.GetValue<string>());
            _enumerations = root["enumerations"]!.AsArray().Select(s => s!.AsObject()).ToDictionary(s => s["name"]!.GetValue<string>());
            _aliases = root["typeAliases"]!.AsArray().Select(s => s!.AsObject()).ToDictionary(s => s["name"]!.GetValue<string>());
            Methods = root["requests"]!.AsArray().Concat(root["notifications"]!.AsArray())
                .ToDictionary(m => m!["method"]!.GetValue<string>(), m => m!["messageDirection"]!.GetValue<string>());
        }

        public Dictionary<string, string> Methods { get; }

        public MetaEnumeration Enumeration(string name)
        {
            Assert.True(_enumerations.TryGetValue(name, out var e), $"{name} is not an enumeration of the meta model");
            return new MetaEnumeration(
                e["values"]!.AsArray().ToDictionary(v => v!["name"]!.GetValue<string>(), v => v!["value"], StringComparer.OrdinalIgnoreCase),
                e["supportsCustomValues"]?.GetValue<bool>() == true);
        }

        public Dictionary<string, MetaProperty> PropertiesOf(Type type)
        {
            var literal = type.GetCustomAttribute<LspLiteralAttribute>();
            if (literal != null)
            {
                var owner = PropertiesOfStructure(literal.Structure);
                var literalType = Unwrap(owner[literal.Property].Type).FirstOrDefault(t => t["kind"]!.GetValue<string>() == "literal");
                Assert.True(literalType != null, $"{literal.Structure}.{literal.Property} has no literal type");
                return Props(literalType!["value"]!["properties"]!.AsArray());
            }

            var name = type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal)) : type.Name;
            if (_structures.ContainsKey(name))
            {
                return PropertiesOfStructure(name);
            }

            // A type alias that is a union of literals and references: the members' properties together.
            Assert.True(_aliases.TryGetValue(name, out var alias), $"{name} is neither a structure nor a type alias of the meta model");
            var members = Unwrap(alias!["type"]!).Select(member => member["kind"]!.GetValue<string>() switch
            {
                "literal" => Props(member["value"]!["properties"]!.AsArray()),
                "reference" when _structures.ContainsKey(member["name"]!.GetValue<string>()) => PropertiesOfStructure(member["name"]!.GetValue<string>()),
                _ => new Dictionary<string, MetaProperty>(),
            }).ToList();
            var result = new Dictionary<string, MetaProperty>(StringComparer.Ordinal);
            foreach (var props in members)
            {
                foreach (var (k, v) in props)
                {
                    // Required only if every member of the union requires it.
                    result[k] = v with { Optional = v.Optional || members.Any(m => !m.TryGetValue(k, out var other) || other.Optional) };
                }
            }

            return result;
        }

        public bool AllowsNull(JsonNode type) => Unwrap(type).Any(t => t["kind"]!.GetValue<string>() == "base" && t["name"]!.GetValue<string>() == "null");

        public bool Accepts(JsonNode metaType, Type clr)
        {
            clr = Nullable.GetUnderlyingType(clr) ?? clr;
            foreach (var t in Unwrap(metaType))
            {
                var kind = t["kind"]!.GetValue<string>();
                var name = t["name"]?.GetValue<string>();
                if (clr == typeof(JsonElement) || clr == typeof(object))
                {
                    return true;
                }

                if (kind == "reference" && name == "LSPAny")
                {
                    return true;
                }

                if (kind == "reference" && _aliases.TryGetValue(name!, out var alias) && name != "LSPAny" && Accepts(alias["type"]!, clr))
                {
                    return true;
                }

                var fits = (kind, clr) switch
                {
                    ("base", var c) when c == typeof(string) => name is "string" or "DocumentUri" or "URI",
                    ("stringLiteral", var c) when c == typeof(string) => true,
                    ("base", var c) when c == typeof(int) || c == typeof(long) => name is "integer" or "uinteger",
                    ("base", var c) when c == typeof(bool) => name == "boolean",
                    ("booleanLiteral", var c) when c == typeof(bool) => true,
                    ("reference", var c) when c.IsEnum => name == c.Name,
                    ("reference", var c) when c == typeof(string) => _enumerations.TryGetValue(name!, out var e) && e["type"]!["name"]!.GetValue<string>() == "string",
                    ("reference", var c) when c == typeof(int) => _enumerations.TryGetValue(name!, out var e) && e["type"]!["name"]!.GetValue<string>() is "integer" or "uinteger",
                    ("reference", var c) when c.IsClass => name == (c.IsGenericType ? c.Name.Substring(0, c.Name.IndexOf('`', StringComparison.Ordinal)) : c.Name),
                    ("literal", var c) when c.IsClass => c.GetCustomAttribute<LspLiteralAttribute>() != null,
                    ("array", var c) when c.IsGenericType && typeof(IList).IsAssignableFrom(c) => Accepts(t["element"]!, c.GetGenericArguments()[0]),
                    ("map", var c) when c.IsGenericType && typeof(IDictionary).IsAssignableFrom(c) => Accepts(t["value"]!, c.GetGenericArguments()[1]),
                    _ => false,
                };
                if (fits)
                {
                    return true;
                }
            }

            return false;
        }

        private Dictionary<string, MetaProperty> PropertiesOfStructure(string name)
        {
            var s = _structures[name];
            var result = Props(s["properties"]!.AsArray());
            foreach (var parent in (s["extends"]?.AsArray() ?? new JsonArray()).Concat(s["mixins"]?.AsArray() ?? new JsonArray()))
            {
                foreach (var (k, v) in PropertiesOfStructure(parent!["name"]!.GetValue<string>()))
                {
                    result.TryAdd(k, v);
                }
            }

            return result;
        }

        private static Dictionary<string, MetaProperty> Props(JsonArray properties) =>
            properties.ToDictionary(p => p!["name"]!.GetValue<string>(), p => new MetaProperty(p!["type"]!, p["optional"]?.GetValue<bool>() == true), StringComparer.Ordinal);

        private static IEnumerable<JsonNode> Unwrap(JsonNode type) =>
            type["kind"]!.GetValue<string>() is "or" or "and"
                ? type["items"]!.AsArray().SelectMany(i => Unwrap(i!))
                : new[] { type };
    }
}
