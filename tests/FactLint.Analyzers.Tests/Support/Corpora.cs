namespace FactLint.Analyzers.Tests.Support;

/// <summary>Small fact files with known findings (the figures are from the Khujand 2018 reports).</summary>
internal static class Corpora
{
    /// <summary>Three sources; the third is cited by nothing (FL2006, info).</summary>
    public const string Sources = """
        factlint: 1
        sources:
          - id: diplomat-2018
            title: Riot at Khujand prison
            url: https://example.org/diplomat
            published: 2018-11-27
          - id: rferl-2018
            title: Khujand prison riot
            url: https://example.org/rferl
            published: 2018-11-08
          - id: eurasianet-2018
            title: Tajikistan prison riot
            url: https://example.org/eurasianet
            published: 2018-11-09
        """;

    /// <summary>21 vs at least 25 prisoners killed: FL3001 on the first claim's value (line 14), the other value related (line 21).</summary>
    public const string Conflict = """
        factlint: 1
        entities:
          - id: khujand-riot
            type: event
            name: Khujand prison riot
            date: 2018-11-07
        claims:
          - id: killed-a
            subject: khujand-riot
            property: killed.prisoners
            sources:
              - source: diplomat-2018
                quote: "21 inmates were killed"
            value: 21
          - id: killed-b
            subject: khujand-riot
            property: killed.prisoners
            sources:
              - source: rferl-2018
                quote: "at least 25 people died"
            value: {at_least: 25}
        """;
}
