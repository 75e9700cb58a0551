using System.IO;
using System.Linq;
using FactLint.Figures;
using FactLint.Tests.Support;

namespace FactLint.Tests.Docs;

public sealed class UnitsDocTests
{
    [Fact]
    public void The_units_page_lists_every_unit_and_spelling_the_engine_knows()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "docs", "units.md"));
        foreach (var (unit, spellings) in UnitCatalog.All)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{spellings[0]}` |", System.StringComparison.Ordinal));
            Assert.True(row != null, $"docs/units.md has no row for {unit.Name}");
            foreach (var s in spellings.Skip(1))
            {
                Assert.True(row!.Contains($"`{s}`", System.StringComparison.Ordinal), $"docs/units.md does not list '{s}' as a spelling of {unit.Name}");
            }
        }
    }
}
