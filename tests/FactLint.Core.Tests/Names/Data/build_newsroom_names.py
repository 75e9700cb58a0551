#!/usr/bin/env python3
"""Builds newsroom-names.tsv: FactLint's own labelled name pairs (people, places, organisations,
news agencies) from hand-written spelling groups and hand-written hard negatives, plus
negatives drawn between different groups of one kind (nearest by character trigrams), which
are different entities by construction. Deterministic; Python 3 stdlib only.

    python3 build_newsroom_names.py > newsroom-names.tsv
"""
import itertools

# Each line: kind | spelling ; spelling ; ...   (all spellings of one entity, as found in print)
GROUPS = """
person|Gulmurod Khalimov;Gulmurod Halimov;Gulmurad Khalimov
person|Emomali Rahmon;Emomali Rakhmon;Imomali Rahmon
person|Emomali Rakhmonov;Emomali Rahmonov
person|Eva Merkacheva;Eva Mercacheva;Yeva Merkacheva
person|Mansurdzhon Umarov;Mansurjon Umarov;Mansurdjon Umarov
person|Sirojiddin Muhriddin;Sirodjiddin Mukhriddin;Sirojiddin Mukhriddin;Sirodzhiddin Mukhriddin
person|Bekhruz Gulmurod;Behruz Gulmurod
person|Abu Bakr al-Baghdadi;Abu Bakr al-Bagdadi;Abu Bakr Al Baghdadi;Abubakr al-Baghdadi
person|Shavkat Mirziyoyev;Shavkat Mirziyoev;Shavkat Mirzijojev
person|Sadyr Japarov;Sadyr Zhaparov;Sadyr Dzhaparov
person|Kassym-Jomart Tokayev;Kassym-Zhomart Tokaev;Qasym-Jomart Toqaev
person|Nursultan Nazarbayev;Nursultan Nazarbaev
person|Gurbanguly Berdimuhamedow;Gurbanguly Berdymukhamedov;Gurbanguli Berdimuhamedov
person|Ramzan Kadyrov;Ramzan Kadirov;Ramzan Qadyrov
person|Mikhail Khodorkovsky;Mikhail Khodorkovskiy;Michail Chodorkowski
person|Aleksei Navalny;Alexei Navalny;Alexey Navalnyy;Aleksey Navalnyi
person|Sergei Lavrov;Sergey Lavrov;Serguei Lavrov
person|Dmitry Peskov;Dmitri Peskov;Dmitriy Peskov
person|Yevgeny Prigozhin;Evgeny Prigozhin;Yevgeniy Prigozhin;Evgenij Prigozin
person|Volodymyr Zelensky;Volodymyr Zelenskyy;Vladimir Zelensky;Volodymyr Zelenskiy
person|Alexander Lukashenko;Aliaksandr Lukashenka;Alyaksandr Lukashenka;Aleksandr Lukashenko
person|Svetlana Tikhanovskaya;Sviatlana Tsikhanouskaya;Svetlana Tikhanovskaia
person|Muammar Gaddafi;Muammar Qaddafi;Moammar Gadhafi;Muammar al-Qadhafi
person|Bashar al-Assad;Bashar Assad;Bashar el-Assad
person|Hassan Nasrallah;Hasan Nasrallah;Hassan Nasrullah
person|Osama bin Laden;Usama bin Ladin;Osama bin Ladin
person|Ayman al-Zawahiri;Ayman al-Zawahri;Aiman al-Zawahiri
person|Abu Mohammad al-Julani;Abu Muhammad al-Jawlani;Abu Mohammed al-Jolani
person|Mahmoud Abbas;Mahmud Abbas
person|Ali Khamenei;Ali Khamenehi;Ali Khamene'i
person|Hassan Rouhani;Hasan Rowhani;Hassan Rohani
person|Mohammad Javad Zarif;Mohammad Jawad Zarif;Muhammad Javad Zarif
person|Qasem Soleimani;Ghasem Soleimani;Qassem Suleimani;Kasem Soleimani
person|Yahya Sinwar;Yehya Sinwar;Yahya al-Sinwar
person|Ismail Haniyeh;Ismail Haniya;Ismail Haniyya
person|Mullah Mohammad Omar;Mohammed Omar;Muhammad Umar
person|Hibatullah Akhundzada;Haibatullah Akhundzada;Hebatullah Akhundzada
person|Sirajuddin Haqqani;Siraj Haqqani;Sirajuddin Haqani
person|Abdul Ghani Baradar;Abdul Ghani Biradar;Abdulghani Baradar
person|Ahmad Shah Massoud;Ahmad Shah Masood;Ahmed Shah Massoud
person|Gulbuddin Hekmatyar;Gulbuddin Hikmatyar;Gulboddin Hekmatyar
person|Kiyomiddin Gozi;Qiyomiddin Ghozi;Kiyomiddin Ghozi
person|Shamil Basayev;Shamil Basaev
person|Dzhokhar Dudayev;Dzhokhar Dudaev;Djokhar Doudaev
person|Akhmad Kadyrov;Ahmad Kadyrov;Akhmat Kadyrov
person|Islam Karimov;Islom Karimov
person|Askar Akayev;Askar Akaev
person|Almazbek Atambayev;Almazbek Atambaev
person|Kurmanbek Bakiyev;Kurmanbek Bakiev
person|Muhiddin Kabiri;Mukhiddin Kabiri;Muhiddin Kabiriy
person|Rustam Emomali;Rustam Emomalii
person|Saddam Hussein;Saddam Husayn;Saddam Hussain
person|Abu Musab al-Zarqawi;Abu Mus'ab al-Zarqawi;Abu Musab Zarqawi
person|Khalid Sheikh Mohammed;Khalid Shaikh Mohammad;Khalid Sheikh Muhammad
person|Abdullah Azzam;Abdallah Azzam;Abdullah Azam
person|Anwar al-Awlaki;Anwar al-Aulaqi;Anwar al-Awlaqi
person|Hamza bin Laden;Hamzah bin Laden
person|Viktor Yanukovych;Viktor Yanukovich;Wiktor Janukowytsch
person|Sergei Shoigu;Sergey Shoygu;Sergei Shoygu
person|Yulia Tymoshenko;Yuliya Tymoshenko;Julia Timoshenko
person|Nikolai Patrushev;Nikolay Patrushev
person|Alexander Bortnikov;Aleksandr Bortnikov
person|Ekaterina Mizulina;Yekaterina Mizulina
person|Dzhamshed Karimov;Jamshed Karimov;Djamshed Karimov
person|Umarali Kuvvatov;Umarali Quvvatov
person|Zaid Saidov;Zayd Saidov
person|Mahmadruzi Iskandarov;Makhmadruzi Iskandarov
"""

# kind | a | b : pairs of different entities with similar names (relatives, sister bodies, a part and its whole)
HARD_NEGATIVES = """
person|Gulmurod Khalimov|Bekhruz Gulmurod
person|Gulmurod Khalimov|Bekhruz Khalimov
person|Emomali Rahmon|Rustam Emomali
person|Emomali Rahmon|Ozoda Rahmon
person|Ramzan Kadyrov|Akhmad Kadyrov
person|Saddam Hussein|Uday Saddam Hussein
person|Saddam Hussein|Qusay Saddam Hussein
person|Osama bin Laden|Hamza bin Laden
person|Muammar Gaddafi|Saif al-Islam Gaddafi
person|Muammar Gaddafi|Hannibal Gaddafi
person|Bashar al-Assad|Hafez al-Assad
person|Bashar al-Assad|Maher al-Assad
person|Alexander Lukashenko|Viktor Lukashenko
person|Alexander Lukashenko|Dmitry Lukashenko
person|Dmitry Peskov|Dmitry Baskov
person|Sergei Lavrov|Sergei Ivanov
person|Sergei Shoigu|Sergei Shoikhet
person|Abu Bakr al-Baghdadi|Abu Omar al-Baghdadi
person|Abu Mohammad al-Julani|Abu Mohammad al-Adnani
person|Hassan Nasrallah|Hassan Rouhani
person|Ali Khamenei|Mojtaba Khamenei
person|Mohammad Javad Zarif|Mohammad Javad Azari Jahromi
person|Sirojiddin Muhriddin|Nuriddin Muhriddin
person|Sadyr Japarov|Akylbek Japarov
person|Askar Akayev|Aidar Akayev
person|Kurmanbek Bakiyev|Maxim Bakiyev
person|Kurmanbek Bakiyev|Zhanysh Bakiyev
person|Islam Karimov|Gulnara Karimova
person|Nursultan Nazarbayev|Dariga Nazarbayeva
person|Nursultan Nazarbayev|Kairat Nazarbayev
person|Akhmad Kadyrov|Adam Kadyrov
person|Mahmoud Abbas|Mahmoud Ahmadinejad
person|Yahya Sinwar|Mohammed Sinwar
person|Ismail Haniyeh|Hazem Haniyeh
person|Qasem Soleimani|Zeinab Soleimani
person|Sirajuddin Haqqani|Jalaluddin Haqqani
person|Sirajuddin Haqqani|Anas Haqqani
person|Hibatullah Akhundzada|Hassan Akhund
person|Ayman al-Zawahiri|Muhammad al-Zawahiri
person|Mansurdzhon Umarov|Doku Umarov
person|Gulmurod Khalimov|Gulmurod Karimov
person|Eva Merkacheva|Eva Merkulova
person|Yulia Tymoshenko|Yulia Timoshina
person|Aleksei Navalny|Oleg Navalny
person|Aleksei Navalny|Yulia Navalnaya
organization|Ministry of Justice of Tajikistan|Ministry of Internal Affairs of Tajikistan
organization|Ministry of Justice|Ministry of Internal Affairs
organization|Ministry of Foreign Affairs of Tajikistan|Ministry of Internal Affairs of Tajikistan
organization|Ministry of Justice of Tajikistan|Ministry of Justice of Uzbekistan
organization|Islamic State|Islamic State Khorasan Province
organization|Islamic State Khorasan Province|Islamic State Pakistan Province
organization|Islamic Movement of Uzbekistan|Islamic Movement of Turkestan
organization|Islamic Renaissance Party of Tajikistan|Islamic Movement of Uzbekistan
organization|Hezbollah|Hizb ut-Tahrir
organization|Jabhat al-Nusra|Jabhat al-Nusra Front for the People of the Levant
organization|Amaq News Agency|Al-Naba
organization|Amaq News Agency|Amaq
organization|State Committee for National Security|State Committee for Religious Affairs
organization|Supreme Court of Tajikistan|Constitutional Court of Tajikistan
organization|Civil Committee for the Rescue of Hostages|Civil Committee for the Rescue of Political Prisoners
place|Vahdat|Vahdat Penitentiary
place|Khujand|Khujand prison
place|Dushanbe|Dushanbe International Airport
place|Tajikistan|Kazakhstan
place|Kyrgyzstan|Kazakhstan
place|Uzbekistan|Turkmenistan
place|Kulob|Kabul
place|Khorog|Khorasan
place|Istaravshan|Istanbul
place|Mosul|Mosel
place|Homs|Hama
place|Raqqa|Rafah
place|Herat|Hebron
place|Kunduz|Kundoz Province
place|Grozny|Grodno
place|Jalal-Abad|Jalalabad Airport
place|Shymkent|Chimkent Oblast
place|Panjakent|Panjshir
"""

PLACES_AND_ORGS = """
place|Vahdat;Vakhdat
place|Dushanbe;Dushanbeh
place|Khujand;Khudzhand;Hujand
place|Kulob;Kulyab;Kuliab
place|Istaravshan;Istaravshon
place|Panjakent;Penjikent;Panjikent
place|Gorno-Badakhshan;Gorno-Badakhshon
place|Khorog;Khorugh
place|Isfara;Isfarah
place|Tashkent;Toshkent
place|Samarkand;Samarqand
place|Bukhara;Bukhoro;Buxoro
place|Andijan;Andizhan;Andijon
place|Fergana;Ferghana;Farg'ona
place|Jalal-Abad;Dzhalal-Abad;Jalalabad
place|Shymkent;Chimkent
place|Ashgabat;Ashkhabad
place|Grozny;Groznyy;Groznyi
place|Makhachkala;Mahachkala
place|Mosul;Mossoul
place|Raqqa;Rakka;Al-Raqqah
place|Deir ez-Zor;Deir al-Zour;Dayr az-Zawr
place|Homs;Hims
place|Idlib;Idleb
place|Falluja;Fallujah;Al-Fallujah
place|Kandahar;Qandahar
place|Kunduz;Konduz;Qunduz
place|Herat;Harat
place|Mazar-i-Sharif;Mazar-e Sharif;Mazar-e-Sharif
place|Khost;Khowst
place|Helmand;Hilmand
place|Peshawar;Pishawar
place|Kurgan-Tyube;Kurgan-Tube;Qurghon-Tyube
place|Rasht Valley;Rasht valley
place|Vahdat Penitentiary;Vakhdat Penitentiary
organization|Amaq News Agency;Aamaq News Agency;A'maq News Agency
organization|Hayat Tahrir al-Sham;Hay'at Tahrir al-Sham;Hayat Tahrir ash-Sham
organization|Jabhat al-Nusra;Jabhat an-Nusra;Jabhat al-Nosra
organization|Ahrar al-Sham;Ahrar ash-Sham
organization|Hezbollah;Hizballah;Hizbullah;Hizbollah
organization|Tehrik-i-Taliban Pakistan;Tehreek-e-Taliban Pakistan
organization|Lashkar-e-Taiba;Lashkar-e-Tayyiba;Lashkar-i-Taiba
organization|Jaish-e-Mohammed;Jaish-e-Muhammad;Jaish-i-Mohammed
organization|Harakat al-Shabaab al-Mujahideen;Harakat ash-Shabab al-Mujahidin
organization|Jamaat Ansarullah;Jamoat Ansarullah;Jama'at Ansarullah
organization|Hizb ut-Tahrir;Hizb al-Tahrir;Hizb-ut-Tahrir
organization|RIA Novosti;Ria Novosti
organization|Asia-Plus;Asia Plus
organization|Khovar;Hovar
organization|Al Jazeera;Al-Jazira;Al Jazirah
organization|Al Arabiya;Al-Arabiyya
organization|Tsargrad;Tzargrad
organization|Fergana News;Ferghana News
organization|Eurasianet;EurasiaNet
organization|Radio Ozodi;Radio Ozody
organization|Islamic Renaissance Party of Tajikistan;Islamic Revival Party of Tajikistan
organization|Jundallah;Jundullah;Jund Allah
organization|Ansar al-Sharia;Ansar ash-Sharia;Ansar al-Shariah
organization|Kavkaz Center;Kavkaz Tsentr
"""

def groups():
    out = []
    for block in (GROUPS, PLACES_AND_ORGS):
        for line in block.strip().splitlines():
            kind, names = line.split("|", 1)
            out.append((kind, [n.strip() for n in names.split(";") if n.strip()]))
    return out

def trigrams(s):
    s = "  " + s.lower() + " "
    return {s[i:i + 3] for i in range(len(s) - 2)}

def main():
    rows = []
    gs = groups()
    for kind, names in gs:
        for a, b in itertools.combinations(names, 2):
            rows.append((a, b, 1, kind))
    for line in HARD_NEGATIVES.strip().splitlines():
        kind, a, b = line.split("|")
        rows.append((a, b, 0, kind + "-hard"))
    # Nearest neighbours across groups of one kind: different entities by construction.
    for i, (kind, names) in enumerate(gs):
        a = names[0]
        ta = trigrams(a)
        best = sorted(
            ((len(ta & trigrams(b)) / len(ta | trigrams(b)), b) for j, (k2, others) in enumerate(gs) if j != i and k2 == kind for b in others),
            reverse=True)[:3]
        for _, b in best:
            rows.append((a, b, 0, kind + "-nearest"))
    print("name_a\tname_b\tsame\tgroup")
    for a, b, same, group in rows:
        print(f"{a}\t{b}\t{same}\t{group}")

main()
