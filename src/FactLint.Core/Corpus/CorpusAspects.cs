using System;

namespace FactLint.Corpus;

/// <summary>
/// The parts of the corpus a cross-file computation reads from other files. A corpus pass after an
/// edit compares the edited files' parts before and after (<see cref="DocumentAspects"/>); what was
/// computed from parts that did not change is kept (<see cref="Analysis.CorpusAnalysisContext"/>).
/// </summary>
[Flags]
public enum CorpusAspects
{
    None = 0,

    /// <summary>Every record's kind and id, where it stands.</summary>
    Ids = 1,

    /// <summary>The source records, their text and place.</summary>
    Sources = 2,

    /// <summary>The entity records (people, places, organisations, events).</summary>
    Entities = 4,

    /// <summary>The property declarations.</summary>
    Properties = 8,

    /// <summary>The claims.</summary>
    Claims = 16,

    /// <summary>The archived copies of sources (files outside the fact files).</summary>
    Archives = 32,

    /// <summary>What records refer to (cited sources, subjects, relies_on, ...) and the properties claims use: a retyped figure changes none of it.</summary>
    References = 64,

    All = Ids | Sources | Entities | Properties | Claims | Archives | References,
}
