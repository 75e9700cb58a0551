namespace FactLint.Names;

public enum NameTokenKind
{
    /// <summary>A given name, surname, or one link of an Arabic name chain.</summary>
    Word,

    /// <summary>A single letter standing for a name (A. Khalimov).</summary>
    Initial,

    /// <summary>A Slavic patronymic (-ovich, -evna): present in formal records, usually left out in the press.</summary>
    Patronymic,
}
