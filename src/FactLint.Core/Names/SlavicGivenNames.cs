using System;
using System.Collections.Generic;

namespace FactLint.Names;

/// <summary>
/// East Slavic given names in their Russian, Belarusian and Ukrainian forms. One person's name is
/// romanised from whichever language the record was kept in (Dmitry, Dzmitry, Dmytro; Sergei,
/// Siarhei, Serhii), and no letter rule links them: Belarusian akanne and dzekanne and Ukrainian
/// i for o change several letters at once. The first form of each row is the key.
/// </summary>
public static class SlavicGivenNames
{
    private static readonly string[][] Rows =
    {
        new[] { "aleksandr", "alexander", "aliaksandr", "alyaksandr", "oleksandr", "oleksander", "alexandr", "aleksander", "alexandre" },
        new[] { "aleksei", "alexei", "alexey", "aleksey", "aliaksei", "aliaksey", "alyaksei", "oleksii", "oleksiy", "olexiy", "alexiy" },
        new[] { "vladimir", "uladzimir", "volodymyr", "volodimir", "uladzimer", "wladimir" },
        new[] { "sergei", "sergey", "siarhei", "siarhey", "serhii", "serhiy", "sergii", "serhij", "sergiy", "sergej", "serghei", "sergiu" },
        new[] { "nikolai", "nikolay", "mikalai", "mykola", "nicolai", "nikolaj" },
        new[] { "petr", "pyotr", "piotr", "petro", "piatro", "pyatro" },
        new[] { "pavel", "pavlo", "paval", "pawel" },
        new[] { "evgeni", "yevgeny", "evgeny", "evgenii", "yevgeniy", "evgeniy", "yauhen", "yevhen", "yevhenii", "ievgen", "jauhen", "yauheni", "jevgenij", "evgenij" },
        new[] { "dmitri", "dmitry", "dmitriy", "dzmitry", "dzmitryi", "dmytro", "dmitrii", "dzmitriy" },
        new[] { "mikhail", "mihail", "mykhailo", "mykhaylo", "mikhas", "mikhal", "michail", "mikhailo" },
        new[] { "andrei", "andrey", "andrii", "andriy", "andrej", "andrew" },
        new[] { "yuri", "yury", "yurii", "yuriy", "iurii", "jury", "juri", "jurij", "yuras" },
        new[] { "viktor", "victor", "viktar" },
        new[] { "leonid", "leanid" },
        new[] { "anatoly", "anatolii", "anatoliy", "anatol", "anatoli" },
        new[] { "elena", "yelena", "alena", "olena", "alyona", "jelena", "aliona", "alyena" },
        new[] { "olga", "volha", "olha", "volga" },
        new[] { "natalia", "natallia", "nataliya", "natalya", "natalja" },
        new[] { "svetlana", "sviatlana", "svitlana" },
        new[] { "anna", "hanna", "ganna" },
        new[] { "irina", "iryna" },
        new[] { "tatiana", "tatyana", "tatsiana", "tetiana", "tetyana", "tatjana", "tatsyana" },
        new[] { "nikita", "mikita", "mykyta" },
        new[] { "konstantin", "kanstantsin", "kostiantyn", "kostyantyn", "kanstantin" },
        new[] { "vladislav", "uladzislau", "vladyslav", "uladzislav" },
        new[] { "grigory", "grigorii", "grigoriy", "ryhor", "hryhorii", "hryhoriy" },
        new[] { "yaroslav", "yaraslau", "jaroslav" },
        new[] { "vasily", "vasiliy", "vasil", "vasyl", "vasilii", "vasili" },
        new[] { "maksim", "maxim", "maksym", "maxym" },
        new[] { "oleg", "aleh", "oleh" },
        new[] { "igor", "ihar", "ihor", "igar" },
        new[] { "gleb", "hleb" },
        new[] { "vitaly", "vitali", "vitalii", "vitaliy", "vital" },
        new[] { "valery", "valeriy", "valerii", "valer" },
        new[] { "iosif", "yosif", "iosyp", "osip", "josif" },
        new[] { "stepan", "stsiapan" },
        new[] { "timofei", "tsimafei", "tymofii", "timofey" },
        new[] { "fedor", "fyodor", "fiodar", "fedir" },
        new[] { "semen", "semyon", "siamion" },
        new[] { "boris", "barys" },
        new[] { "roman", "raman" },
        new[] { "gennady", "gennadii", "gennadiy", "henadz", "hennadii", "hienadz" },
        new[] { "arkady", "arkadii", "arkadiy", "arkadz" },
        new[] { "vadim", "vadzim", "vadym" },
        new[] { "kirill", "kiryl", "kyrylo" },
        new[] { "ekaterina", "yekaterina", "katsiaryna", "kateryna", "katerina" },
        new[] { "maria", "mariya", "marija", "maryia", "mariia", "maryja" },
        new[] { "lyudmila", "ludmila", "liudmyla", "liudmila", "lyudmyla" },
        new[] { "ivan", "ivan", "iwan" },
        new[] { "artem", "artyom", "artsiom", "arciom", "artsem", "artiom" },
        new[] { "anton", "antan" },
        new[] { "denis", "dzianis", "denys" },
        new[] { "oksana", "aksana" },
        new[] { "evgenia", "yevgenia", "yauheniya", "yevheniia", "evgeniya" },
        new[] { "elizaveta", "yelizaveta", "alizaveta", "yelyzaveta" },
    };

    private static readonly string[] PatronymicSuffixes = { "ovitJ", "evitJ", "avitJ", "ovna", "evna", "ivna", "auna", "euna", "oviCi", "eviCi", "oviC", "eviC", "aviC", "ovic", "evic", "avic", "viC", "vna" };

    /// <summary>
    /// The father's name inside a patronymic, without its suffix and final vowel (Nikolaevich,
    /// Mikalaeuna: nikol), so that patronymics compare through the same table as given names.
    /// </summary>
    public static string? PatronymicStem(string folded)
    {
        foreach (var suffix in PatronymicSuffixes)
        {
            if (folded.Length - suffix.Length >= 3 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Stem(folded.Substring(0, folded.Length - suffix.Length));
            }
        }

        return null;
    }

    /// <summary>A table from the stem of each folded form (<see cref="PatronymicStem"/>) to the key of its row.</summary>
    public static IReadOnlyDictionary<string, string> BuildStems(Transliteration transliteration)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var key = transliteration.Fold(row[0]);
            foreach (var form in row)
            {
                table[Stem(transliteration.Fold(form))] = key;
            }
        }

        return table;
    }

    private static string Stem(string folded)
    {
        var end = folded.Length;
        while (end > 3 && (Transliteration.IsVowel(folded[end - 1]) || folded[end - 1] == 'J'))
        {
            end--;
        }

        return folded.Substring(0, end);
    }

    /// <summary>A table from folded spelling to the folded key of its row.</summary>
    public static IReadOnlyDictionary<string, string> Build(Transliteration transliteration)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var key = transliteration.Fold(row[0]);
            foreach (var form in row)
            {
                table[transliteration.Fold(form)] = key;
            }
        }

        return table;
    }
}
