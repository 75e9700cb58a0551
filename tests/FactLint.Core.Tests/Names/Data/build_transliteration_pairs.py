#!/usr/bin/python3
"""Builds transliteration-pairs.tsv: labelled pairs of names the matcher was not tuned on.

Real Russian, Tajik, Uzbek and Kyrgyz names, written in Cyrillic, are romanised with published
systems -- ICU's Russian-Latin/BGN, Uzbek-Latin/BGN and Kirghiz-Latin/BGN, ICU's Cyrillic-Latin
(ISO 9 style, with diacritics and primes), the Russian passport (ICAO) rules of 2013, German
(Duden) and French press usage -- and every two spellings of one name make a 'same' pair, as does
the Cyrillic original against each Latin spelling (cross-script). Hard negatives come from the
same names: the female form of a surname with a female given name (Oleg Smirnov / Olga Smirnova),
male and female forms of one given name (Aleksandr / Aleksandra), surnames one consonant apart
that are both real (Karimov / Kasimov), and people who share a surname or a given name.

Needs Debian's python3-icu:  apt-get install python3-icu;  /usr/bin/python3 build_transliteration_pairs.py
Deterministic: the same ICU gives the same file.
"""
import itertools
import os
import random

import icu

HERE = os.path.dirname(os.path.abspath(__file__))

# (given name, surname, nation). Public figures, athletes, writers; female ones marked by the surname form.
NAMES = """
Сергей Лавров ru|Владимир Путин ru|Дмитрий Медведев ru|Михаил Мишустин ru|Сергей Шойгу ru|Валентина Матвиенко ru
Алексей Навальный ru|Юлия Навальная ru|Мария Захарова ru|Дмитрий Песков ru|Рамзан Кадыров ru|Евгений Пригожин ru
Сергей Собянин ru|Вячеслав Володин ru|Николай Патрушев ru|Александр Бортников ru|Игорь Шувалов ru|Эльвира Набиуллина ru
Алексей Кудрин ru|Герман Греф ru|Анатолий Чубайс ru|Борис Немцов ru|Михаил Ходорковский ru|Григорий Явлинский ru
Геннадий Зюганов ru|Владимир Жириновский ru|Ксения Собчак ru|Анна Политковская ru|Дмитрий Муратов ru|Алексей Венедиктов ru
Юрий Гагарин ru|Валентина Терешкова ru|Фёдор Достоевский ru|Лев Толстой ru|Антон Чехов ru|Михаил Булгаков ru
Анна Ахматова ru|Марина Цветаева ru|Борис Пастернак ru|Александр Солженицын ru|Пётр Чайковский ru|Сергей Рахманинов ru
Дмитрий Шостакович ru|Майя Плисецкая ru|Гарри Каспаров ru|Анатолий Карпов ru|Мария Шарапова ru|Александр Овечкин ru
Евгений Плющенко ru|Алина Загитова ru|Ирина Роднина ru|Фёдор Емельяненко ru|Хабиб Нурмагомедов ru|Елена Исинбаева ru
Андрей Сахаров ru|Елена Боннэр ru|Людмила Алексеева ru|Олег Орлов ru|Лев Пономарёв ru|Светлана Ганнушкина ru
Олег Смирнов ru|Иван Кузнецов ru|Алексей Соколов ru|Дмитрий Попов ru|Андрей Лебедев ru|Наталья Козлова ru
Ольга Новикова ru|Татьяна Морозова ru|Юрий Волков ru|Павел Соловьёв ru|Виктор Васильев ru|Николай Зайцев ru
Екатерина Павлова ru|Сергей Семёнов ru|Артём Голубев ru|Максим Виноградов ru|Илья Богданов ru|Кирилл Воробьёв ru
Эмомали Рахмон tj|Рустам Эмомали tj|Кохир Расулзода tj|Сироджиддин Мухриддин tj|Мухаммадсалим Насриддин tj|Гулмурод Халимов tj
Махмадсаид Убайдуллоев tj|Абдулло Рахимов tj|Мирзо Зиёев tj|Мухиддин Кабири tj|Саидумар Хусайни tj|Зайд Саидов tj
Умарали Кувватов tj|Шерали Мирзо tj|Рамазон Рахимзода tj|Исматулло Мирзо tj|Абдуджаббор Абдуджаббор tj|Лоик Шерали tj
Гулрухсор Сафиева tj|Бозор Собир tj|Мирзо Турсунзода tj|Садриддин Айни tj|Абулкосим Лахути tj|Шодмон Юсуф tj
Давлат Худоназаров tj|Акбаршо Искандаров tj|Кадриддин Аслонов tj|Рахмон Набиев tj|Сафарали Кенджаев tj|Махмадрузи Искандаров tj
Файзулло Саидов tj|Нурулло Хувайдуллоев tj|Озода Рахмон tj|Рахматулло Зойиров tj|Ходжи Акбар Тураджонзода tj|Саид Абдулло Нури tj
Бахтиёр Худоёров tj|Фирдавс Каримов tj|Манучехр Джалилов tj|Нозим Бобоев tj|Дилшод Назаров tj|Тахмина Ниязова tj
Хуршед Махмудов tj|Парвиз Давлатов tj|Мавлуда Абдуллоева tj|Зафар Азимов tj|Фаридун Мамадазимов tj|Сухроб Назиров tj
Шавкат Мирзиёев uz|Ислам Каримов uz|Гульнара Каримова uz|Абдулла Арипов uz|Рустам Азимов uz|Бахтиёр Саидов uz
Рустам Иноятов uz|Алишер Усманов uz|Абдулазиз Камилов uz|Эльёр Ганиев uz|Садык Сафаев uz|Тахир Юлдашев uz
Джума Намангани uz|Мухаммад Солих uz|Абдурахим Полатов uz|Бобомурод Абдуллаев uz|Саида Мирзиёева uz|Лола Каримова uz
Алишер Навои uz|Абдулла Кадыри uz|Чулпан Хамидова uz|Рустам Касимджанов uz|Руслан Чагаев uz|Артур Таймазов uz
Одил Ахмедов uz|Максим Шацких uz|Сервер Джепаров uz|Анвар Ибрагимов uz|Зарина Ахмедова uz|Нодира Юсупова uz
Икром Исмоилов uz|Улугбек Рашидов uz|Жамшид Курбанов uz|Шерзод Нарзуллаев uz|Дилноза Кахарова uz|Фаррух Тошев uz
Сардор Рахимханов uz|Бахром Эргашев uz|Азиз Обидов uz|Мадина Абдуллаева uz|Фарход Махмудов uz|Гуломжон Мирзаев uz
Садыр Жапаров kg|Камчыбек Ташиев kg|Алмазбек Атамбаев kg|Сооронбай Жээнбеков kg|Курманбек Бакиев kg|Аскар Акаев kg
Роза Отунбаева kg|Акылбек Жапаров kg|Жээнбек Кулубаев kg|Темир Сариев kg|Омурбек Бабанов kg|Адахан Мадумаров kg
Чингиз Айтматов kg|Токтогул Сатылганов kg|Курманжан Датка kg|Жусуп Баласагын kg|Алыкул Осмонов kg|Зууракан Кайназарова kg
Канат Исаев kg|Марат Кадыров kg|Эрлан Абдылдаев kg|Айжан Беделбаева kg|Нурлан Турсункулов kg|Бактыбек Эсенов kg
Мирлан Муркаев kg|Асел Садыкова kg|Улан Ибраимов kg|Эрмек Жолдошев kg|Дамира Ниязалиева kg|Чолпон Жусупова kg
Ильяс Каримов kg|Азамат Сулайманов kg|Гулнара Касымова kg|Нурбек Алиев kg|Бурулай Мамытова kg|Талант Мамытов kg
""".replace("\n", "|")

# Real surnames one letter apart that are different names (not the Tajik o for the Russian a of one
# name, as in Mirzoev and Mirzaev, Sobirov and Sabirov, which are spellings of one name).
NEAR_SURNAMES = [
    ("Халимов", "Халилов"), ("Каримов", "Касимов"), ("Азимова", "Азизова"), ("Назаров", "Назиров"),
    ("Рахимов", "Рашидов"), ("Салимов", "Самиев"), ("Каримова", "Кабилова"), ("Юсупов", "Юнусов"),
    ("Набиев", "Нагиев"), ("Хамидов", "Халидов"), ("Алимов", "Азимов"),
    ("Исаев", "Ильясов"), ("Гафуров", "Гафаров"),
    ("Шарипов", "Шакиров"), ("Ташиев", "Тагиев"), 
]
# Given names in male and female form: different people.
GENDERED_GIVEN = [("Александр", "Александра"), ("Евгений", "Евгения"), ("Валентин", "Валентина"), ("Ислам", "Ислама"),
                  ("Руслан", "Руслана"), ("Виктор", "Виктория"), ("Юлиан", "Юлиана"), ("Олег", "Ольга"),
                  ("Дилшод", "Дилшода"), ("Фарход", "Фарида")]
FEMALE_OF = {"Олег": "Ольга", "Иван": "Анна", "Алексей": "Алина", "Дмитрий": "Дарья", "Андрей": "Анастасия", "Юрий": "Юлия",
             "Павел": "Полина", "Виктор": "Виктория", "Николай": "Наталья", "Сергей": "Светлана", "Артём": "Алла", "Максим": "Марина",
             "Илья": "Ирина", "Кирилл": "Ксения", "Ислам": "Гульнара", "Рустам": "Лола", "Зафар": "Зарина", "Фарход": "Фарида"}

RU = icu.Transliterator.createInstance("Russian-Latin/BGN")
ISO = icu.Transliterator.createInstance("Cyrillic-Latin")
UZ = icu.Transliterator.createInstance("Uzbek-Latin/BGN")
KG = icu.Transliterator.createInstance("Kirghiz-Latin/BGN")

VOWELS = "аеёиоуыэюяӣӯ"


def rules(table, special=None):
    """A letter-by-letter system with context rules for е/ё (ye/je after a vowel or at the start)."""
    def apply(word):
        out = []
        for i, ch in enumerate(word):
            lower = ch.lower()
            prev = word[i - 1].lower() if i > 0 else ""
            nxt = word[i + 1].lower() if i + 1 < len(word) else ""
            spelled = special(lower, prev, nxt) if special else None
            if spelled is None:
                spelled = table.get(lower, lower)
            if ch.isupper() and spelled:
                spelled = spelled[0].upper() + spelled[1:]
            out.append(spelled)
        return "".join(out)
    return lambda name: " ".join(apply(w) for w in name.split(" "))


# Russian passports since 2013 (ICAO Doc 9303): no apostrophes, ia/iu, i for й.
ICAO = rules({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
              "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
              "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
              "я": "ia", "ӣ": "i", "ӯ": "u", "ҳ": "kh", "ҷ": "dzh", "қ": "k", "ғ": "g", "ң": "n", "ө": "o", "ү": "u", "ў": "u"})


def intervocalic_s(ch, prev, nxt):
    """German and French write с between vowels ss, or it would be read z."""
    return ch == "с" and prev and nxt and prev in VOWELS and nxt in VOWELS


def german_special(ch, prev, nxt):
    if intervocalic_s(ch, prev, nxt):
        return "ss"
    if ch in "ея" and (not prev or prev in VOWELS or prev in "ьъ"):
        return {"е": "je", "я": "ja"}[ch]
    return None


# German press usage (Duden): sch, tsch, ch, w, z, j.
GERMAN = rules({"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i", "й": "i",
                "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
                "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
                "я": "ja", "ӣ": "i", "ӯ": "u", "ҳ": "ch", "ҷ": "dsch", "қ": "k", "ғ": "gh", "ң": "n", "ө": "ö", "ү": "ü", "ў": "u"},
               german_special)


def french_special(ch, prev, nxt):
    if intervocalic_s(ch, prev, nxt):
        return "ss"
    if ch == "г" and nxt and nxt in "еёиэыйюя":
        return "gu"
    if ch == "й" and prev and prev in "аеоуэы":
        return "ï"
    if ch == "е" and not prev:
        return "ie"
    return None


# French press usage: ch, j, tch, ou, gu before e/i, é for е at the end.
FRENCH = rules({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "ï",
                "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f",
                "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou",
                "я": "ia", "ӣ": "i", "ӯ": "ou", "ҳ": "kh", "ҷ": "dj", "қ": "k", "ғ": "gh", "ң": "n", "ө": "eu", "ү": "u", "ў": "ou"},
               french_special)

# Tajik Latin as Tajik media write it (ҳ h, ҷ j, х kh, ӣ i, ӯ u, қ q, ғ gh).
TAJIK = rules({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
               "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
               "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
               "я": "ya", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "қ": "q", "ғ": "gh"})


def systems(nation):
    s = {"BGN": RU.transliterate, "ISO9": ISO.transliterate, "ICAO": ICAO, "German": GERMAN, "French": FRENCH}
    if nation == "uz":
        s["UzbekBGN"] = UZ.transliterate
    if nation == "kg":
        s["KirghizBGN"] = KG.transliterate
    if nation == "tj":
        s["Tajik"] = TAJIK
    return s


def main():
    random.seed(7)
    people = []
    for item in NAMES.split("|"):
        item = item.strip()
        if item:
            *words, nation = item.split(" ")
            people.append((" ".join(words), nation))
    rows = []
    seen = set()

    def add(a, b, same, group):
        key = (a, b) if a <= b else (b, a)
        if a != b and key not in seen:
            seen.add(key)
            rows.append((a, b, same, group))

    for name, nation in people:
        spellings = {system: fn(name) for system, fn in systems(nation).items()}
        for (sa, a), (sb, b) in itertools.combinations(sorted(spellings.items()), 2):
            add(a, b, 1, f"same:{sa}-{sb}")
        for system, spelled in sorted(spellings.items()):
            if system in ("BGN", "ICAO"):
                add(name, spelled, 1, f"same:Cyrillic-{system}")

    by_surname = {}
    for name, nation in people:
        by_surname.setdefault(name.split(" ")[-1].rstrip("а"), []).append(name)
    for name, nation in people:
        given, surname = name.split(" ")[0], name.split(" ")[-1]
        # The female form: another person.
        if surname.endswith(("ов", "ев", "ин")) and given in FEMALE_OF:
            female = f"{FEMALE_OF[given]} {surname}а"
            add(RU.transliterate(name), RU.transliterate(female), 0, "different:male-female")
            add(ICAO(name), GERMAN(female), 0, "different:male-female")
    for male, female in GENDERED_GIVEN:
        for surname in ("Иванов", "Рахимов", "Сулайманов"):
            add(RU.transliterate(f"{male} {surname}"), RU.transliterate(f"{female} {surname}"), 0, "different:gendered-given")
            add(f"{male} {surname}", RU.transliterate(f"{female} {surname}"), 0, "different:gendered-given")
    for a, b in NEAR_SURNAMES:
        for given in ("Бахтиёр", "Гулмурод", "Рустам"):
            add(RU.transliterate(f"{given} {a}"), RU.transliterate(f"{given} {b}"), 0, "different:one-consonant")
            add(ICAO(f"{given} {a}"), TAJIK(f"{given} {b}"), 0, "different:one-consonant")
    # Namesakes by half: same given name and different surname, same surname and different given name.
    for (a, _), (b, _) in itertools.combinations(people, 2):
        ga, sa = a.split(" ")[0], a.split(" ")[-1]
        gb, sb = b.split(" ")[0], b.split(" ")[-1]
        if ga == gb or sa == sb:
            add(RU.transliterate(a), ICAO(b), 0, "different:shared-name")

    with open(os.path.join(HERE, "transliteration-pairs.tsv"), "w", encoding="utf-8") as f:
        f.write("name_a\tname_b\tsame\tgroup\n")
        for a, b, same, group in rows:
            f.write(f"{a}\t{b}\t{same}\t{group}\n")
    print(f"{len(rows)} pairs ({sum(r[2] for r in rows)} same) from {len(people)} names")


if __name__ == "__main__":
    main()
