"""Generates the blind selector set (tests/extract/data/blind_selectors.jsonl).

Written from the issue, indicators.md section 2F, the architecture page's extract contract and the line shape
of the shared sample only. Labels are computed from the values the snippets are built from; every non-UK
phone is checked with libphonenumber (./pv) before a line is written.
"""
import json, random, subprocess, sys
from words import DIGITS, NUMBER, group_words, fr
import cryptogen

rng = random.Random(20261130)
def pick(xs): return rng.choice(xs)

# ---------------------------------------------------------------- phone numbers
# region: list of national written forms (groups split by spaces), all checked valid with libphonenumber.
POOL = {
    'GB': ['07700 900412', '07700 900186', '07700 900731', '07700 900048', '07700 900925', '07700 900260',
           '07700 900577', '07700 900814'],
    'DE': ['0151 23456789', '0160 1234567', '0170 1234567', '0176 12345678', '0171 9876543', '030 12345678'],
    'AT': ['0664 1234567', '0676 1234567', '0650 1234567'],
    'CH': ['079 123 45 67', '076 543 21 00', '077 987 65 43'],
    'FR': ['06 12 34 56 78', '06 98 76 54 32', '07 51 23 45 67', '06 11 22 33 44', '01 23 45 67 89'],
    'BE': ['0470 12 34 56', '0485 12 34 56', '0476 98 76 54'],
    'NL': ['06 12345678', '06 23456789', '06 87654321', '020 123 4567'],
    'RO': ['0712 345 678', '0723 456 789', '0745 123 456', '0766 543 210'],
    'MD': ['069 123 456', '068 765 432'],
    'BG': ['0888 123 456', '0878 123 456', '0898 765 432', '0899 112 233'],
    'ES': ['612 345 678', '622 334 455', '655 123 456', '699 887 766', '912 345 678'],
    'IT': ['312 345 6789', '333 123 4567', '347 765 4321', '340 112 2334'],
    'PL': ['512 345 678', '601 234 567', '789 123 456', '698 765 432'],
    'RU': ['8 916 123 45 67', '8 903 765 43 21', '8 926 111 22 33', '8 999 123 45 67'],
    'UA': ['050 123 45 67', '067 123 45 67', '093 765 43 21', '097 765 43 21'],
}
CC = {'GB': '44', 'DE': '49', 'AT': '43', 'CH': '41', 'FR': '33', 'BE': '32', 'NL': '31', 'RO': '40', 'MD': '373',
      'BG': '359', 'ES': '34', 'IT': '39', 'PL': '48', 'RU': '7', 'UA': '380'}
TRUNK = {'RU': '8', 'ES': '', 'IT': '', 'PL': ''}  # others: '0'

def trunk(region): return TRUNK.get(region, '0')
def digits_of(national): return national.replace(' ', '')
def e164(region, national):
    d = digits_of(national); t = trunk(region)
    return '+' + CC[region] + (d[len(t):] if t and d.startswith(t) else d)
def intl_groups(region, national):
    groups = national.split(); t = trunk(region)
    if t:
        first = groups[0][len(t):]
        groups = ([first] if first else []) + groups[1:]
    return groups

# ---------------------------------------------------------------- languages
LANG_REGIONS = {'en': ['GB'], 'de': ['DE', 'DE', 'AT', 'CH'], 'fr': ['FR', 'FR', 'BE', 'CH'], 'nl': ['NL', 'NL', 'BE'],
                'ro': ['RO', 'RO', 'MD'], 'bg': ['BG'], 'es': ['ES'], 'it': ['IT'], 'pl': ['PL'], 'ru': ['RU'],
                'uk': ['UA']}
CYR = ('ru', 'uk', 'bg')

FILLER = {
    'en': ['New in town, sweet and discreet.', 'Real photos, no fakes.', 'Incall and outcall, clean private flat.',
           'Elegant companion for dinner and more.', 'Friendly, relaxed, always smiling.',
           'Only polite gentlemen, no withheld numbers.', 'Text first, I reply fast.', 'Visiting for one week only.',
           'Let me make your evening special.', 'Parking nearby, very discreet entrance.'],
    'de': ['Neu in der Stadt, diskret und zärtlich.', 'Echte Bilder, kein Fake.', 'Haus- und Hotelbesuche möglich.',
           'Gepflegte Wohnung, diskreter Eingang.', 'Nur für höfliche Herren.', 'Schreib mir zuerst eine SMS.',
           'Ich freue mich auf dich!', 'Keine unterdrückten Nummern.', 'Nur diese Woche in deiner Stadt.',
           'Lass dich verwöhnen.'],
    'fr': ['Nouvelle en ville, douce et discrète.', 'Photos réelles, pas de fake.', 'Je reçois et je me déplace.',
           'Appartement propre et discret.', 'Messieurs courtois uniquement.', 'Pas de numéros masqués.',
           'Envoie-moi un SMS avant.', 'De passage cette semaine seulement.', 'Moment de détente garanti.',
           'Je réponds rapidement.'],
    'nl': ['Nieuw in de stad, lief en discreet.', 'Echte foto’s, geen nep.', 'Privé ontvangst en escort.',
           'Schone en rustige woning.', 'Alleen nette heren.', 'Geen anonieme nummers.', 'Stuur eerst een berichtje.',
           'Deze week in jouw stad.', 'Ik maak je avond bijzonder.', 'Gratis parkeren in de buurt.'],
    'ro': ['Nouă în oraș, discretă și dulce.', 'Poze reale, fără fake.', 'Primesc la mine sau mă deplasez.',
           'Apartament curat și discret.', 'Doar domni politicoși.', 'Nu răspund la numere ascunse.',
           'Trimite un SMS înainte.', 'Sunt aici doar o săptămână.', 'Te aștept cu drag!', 'Răspund repede.'],
    'bg': ['Нова в града, дискретна и нежна.', 'Реални снимки, без фалшиви.', 'Приемам и излизам.',
           'Чист и дискретен апартамент.', 'Само за възпитани господа.', 'Без скрити номера.',
           'Първо пиши съобщение.', 'Само тази седмица в града.', 'Очаквам те!', 'Отговарям бързо.'],
    'es': ['Nueva en la ciudad, cariñosa y discreta.', 'Fotos reales, sin engaños.', 'Piso privado y limpio.',
           'Salidas a hotel y domicilio.', 'Solo caballeros educados.', 'No contesto números ocultos.',
           'Mándame un mensaje antes.', 'Solo esta semana en tu ciudad.', 'Te espero, cariño.',
           'Respondo rápido.'],
    'it': ['Nuova in città, dolce e riservata.', 'Foto reali, niente fake.', 'Ricevo in appartamento privato.',
           'Anche a domicilio e in hotel.', 'Solo uomini educati.', 'Niente numeri privati.',
           'Scrivimi prima un messaggio.', 'Solo questa settimana in città.', 'Ti aspetto!', 'Rispondo subito.'],
    'pl': ['Nowa w mieście, miła i dyskretna.', 'Prawdziwe zdjęcia, bez ściemy.', 'Przyjmuję u siebie i wyjeżdżam.',
           'Czyste i dyskretne mieszkanie.', 'Tylko kulturalni panowie.', 'Nie odbieram zastrzeżonych numerów.',
           'Najpierw napisz SMS.', 'Tylko w tym tygodniu w mieście.', 'Zapraszam!', 'Odpisuję szybko.'],
    'ru': ['Новенькая в городе, нежная и скромная.', 'Фото реальные, без обмана.', 'Апартаменты и выезд.',
           'Чистая уютная квартира.', 'Только для воспитанных мужчин.', 'Скрытые номера не беру.',
           'Сначала напиши сообщение.', 'Только на этой неделе.', 'Жду тебя!', 'Отвечаю быстро.'],
    'uk': ['Новенька у місті, ніжна та скромна.', 'Реальні фото, без обману.', 'Апартаменти та виїзд.',
           'Чиста затишна квартира.', 'Тільки для вихованих чоловіків.', 'Приховані номери не приймаю.',
           'Спочатку напиши повідомлення.', 'Лише цього тижня.', 'Чекаю на тебе!', 'Відповідаю швидко.'],
}

def r(a, b): return rng.randint(a, b)
def two(n): return '%02d' % n

def es_age(n):
    w = NUMBER['es'](n)
    return w[:-3] + 'ún' if w == 'veintiuno' else (w[:-1] if w.endswith(' uno') else w)
def ru_years(n):
    u = n % 10
    if 11 <= n % 100 <= 14: return 'лет'
    return 'год' if u == 1 else 'года' if u in (2, 3, 4) else 'лет'
def uk_years(n):
    u = n % 10
    if 11 <= n % 100 <= 14: return 'років'
    return 'рік' if u == 1 else 'роки' if u in (2, 3, 4) else 'років'

# Each decoy: (kind, text). Numbers are drawn fresh for every use.
def decoys(lang):
    d, m, y = r(1, 28), r(1, 12), pick([2024, 2025, 2026])
    h1, h2 = r(8, 12), r(20, 23)
    age = r(19, 34); hgt = r(155, 182); wgt = r(46, 68); bust = pick(['90-60-90', '88-62-92', '95-65-95', '85-60-88'])
    p1, p2 = pick([80, 100, 120, 150]), pick([200, 250, 300, 350])
    ad = r(10000000, 99999999); order = r(100000000, 999999999); ref = r(1000, 9999); views = r(1200, 98000)
    long_id = str(r(10 ** 9, 10 ** 10 - 1))
    T = {
        'en': [('price', f'£{p1} for 30 min, £{p2} per hour.'), ('date', f'Posted {d}/{m}/{y} at {h2}:{two(r(0, 59))}.'),
               ('hours', f'Open daily {two(h1)}:00-{h2}:00.'), ('age', f'Age {age}, height {hgt} cm, weight {wgt} kg.'),
               ('measurements', f'Measurements {bust}, dress size {pick([8, 10, 12])}.'),
               ('ad_number', f'Ad ID {ad}.'), ('order_number', f'Order no. {order}.'),
               ('reference', f'Ref. {y}/{two(m)}/{ref}.'), ('postcode', pick(['Near M1 1AE.', 'Area E1 6AN.', 'Postcode LS1 4DY.'])),
               ('year', f'Working since {y - r(2, 8)}.'), ('views', f'{views} views.'), ('id_long', f'Listing number {long_id}.'),
               ('spelled_age', f'I am {NUMBER["en"](age)} years old.'), ('spelled_price', 'Two hours for three hundred.')],
        'de': [('price', f'{p1} € halbe Stunde, {p2} € die Stunde.'), ('date', f'Eingestellt am {d}.{m}.{y} um {h2}:{two(r(0, 59))} Uhr.'),
               ('hours', f'Mo-Sa {h1}-{h2} Uhr.'), ('age', f'{age} Jahre, {hgt} cm, {wgt} kg.'),
               ('measurements', f'Maße {bust}, Konfektion {pick([34, 36, 38])}.'), ('ad_number', f'Anzeigen-Nr. {ad}.'),
               ('order_number', f'Bestellnummer {order}.'), ('reference', f'Ref.-Nr. {ref}/{y}.'),
               ('postcode', pick(['10115 Berlin-Mitte.', '80331 München.', '1010 Wien.', '8001 Zürich.'])),
               ('year', f'Seit {y - r(2, 8)} dabei.'), ('views', f'{views} Aufrufe.'), ('id_long', f'Inserat {long_id}.'),
               ('spelled_age', f'Ich bin {NUMBER["de"](age)} Jahre jung.'), ('spelled_price', 'Zwei Stunden für dreihundert.')],
        'fr': [('price', f'{p1} € la demi-heure, {p2} € l’heure.'), ('date', f'Publié le {two(d)}/{two(m)}/{y} à {h2}h{two(r(0, 59))}.'),
               ('hours', f'Disponible de {h1}h à {h2}h.'), ('age', f'{age} ans, {hgt // 100},{hgt % 100} m, {wgt} kg.'),
               ('measurements', f'Mensurations {bust}, taille {pick([36, 38, 40])}.'), ('ad_number', f'Annonce n° {ad}.'),
               ('order_number', f'Commande {order}.'), ('reference', f'Réf. {y}-{ref}.'),
               ('postcode', pick(['75008 Paris.', '69002 Lyon.', '1000 Bruxelles.', '1201 Genève.'])),
               ('year', f'Depuis {y - r(2, 8)}.'), ('views', f'{views} vues.'), ('id_long', f'Identifiant {long_id}.'),
               ('spelled_age', f"J'ai {fr(age)} ans."), ('spelled_price', 'Deux heures pour trois cents.')],
        'nl': [('price', f'€{p1} half uur, €{p2} per uur.'), ('date', f'Geplaatst op {d}-{m}-{y} om {h2}:{two(r(0, 59))}.'),
               ('hours', f'Ma-za {h1}:00-{h2}:00.'), ('age', f'{age} jaar, {hgt} cm, {wgt} kg.'),
               ('measurements', f'Maten {bust}, cup {pick(["B", "C", "D"])}.'), ('ad_number', f'Advertentie {ad}.'),
               ('order_number', f'Ordernummer {order}.'), ('reference', f'Kenmerk {ref}-{y}.'),
               ('postcode', pick(['1012 AB Amsterdam.', '3011 BD Rotterdam.', '2000 Antwerpen.'])),
               ('year', f'Sinds {y - r(2, 8)}.'), ('views', f'{views} keer bekeken.'), ('id_long', f'Advertentiecode {long_id}.'),
               ('spelled_age', f'Ik ben {NUMBER["nl"](age)} jaar.'), ('spelled_price', 'Twee uur voor driehonderd.')],
        'ro': [('price', f'{p1} lei 30 min, {p2} lei ora.'), ('date', f'Publicat {two(d)}.{two(m)}.{y}, ora {h2}:{two(r(0, 59))}.'),
               ('hours', f'Program L-S {h1}-{h2}.'), ('age', f'{age} ani, {hgt} cm, {wgt} kg.'),
               ('measurements', f'Măsuri {bust}.'), ('ad_number', f'Anunț nr. {ad}.'), ('order_number', f'Comanda {order}.'),
               ('reference', f'Ref. {ref}/{y}.'), ('postcode', pick(['Cod poștal 010011 București.', 'Sector 3, 030167.', 'Chișinău MD-2001.'])),
               ('year', f'Din {y - r(2, 8)}.'), ('views', f'{views} vizualizări.'), ('id_long', f'Cod anunț {long_id}.'),
               ('spelled_age', f'Am {NUMBER["ro"](age)} {"de ani" if age >= 20 else "ani"}.'), ('spelled_price', 'Două ore pentru trei sute.')],
        'bg': [('price', f'{p1} лв. половин час, {p2} лв. час.'), ('date', f'Публикувано на {two(d)}.{two(m)}.{y} в {h2}:{two(r(0, 59))}.'),
               ('hours', f'Работно време {h1}-{h2} ч.'), ('age', f'{age} г., {hgt} см, {wgt} кг.'),
               ('measurements', f'Мерки {bust}.'), ('ad_number', f'Обява № {ad}.'), ('order_number', f'Поръчка {order}.'),
               ('reference', f'Реф. {ref}/{y}.'), ('postcode', pick(['1000 София, център.', '4000 Пловдив.', '9000 Варна.'])),
               ('year', f'От {y - r(2, 8)} г.'), ('views', f'{views} прегледа.'), ('id_long', f'Код на обявата {long_id}.'),
               ('spelled_age', f'На {NUMBER["bg"](age)} години съм.'), ('spelled_price', 'Два часа за триста лева.')],
        'es': [('price', f'{p1} € media hora, {p2} € la hora.'), ('date', f'Publicado el {d}/{m}/{y} a las {h2}:{two(r(0, 59))}.'),
               ('hours', f'Horario de {h1}:00 a {h2}:00.'), ('age', f'{age} años, {hgt // 100},{hgt % 100} m, {wgt} kg.'),
               ('measurements', f'Medidas {bust}, talla {pick([36, 38, 40])}.'), ('ad_number', f'Anuncio nº {ad}.'),
               ('order_number', f'Pedido {order}.'), ('reference', f'Ref. {ref}-{y}.'),
               ('postcode', pick(['28013 Madrid.', '08002 Barcelona.', '41001 Sevilla.'])),
               ('year', f'Desde {y - r(2, 8)}.'), ('views', f'{views} visitas.'), ('id_long', f'Código {long_id}.'),
               ('spelled_age', f'Tengo {es_age(age)} años.'), ('spelled_price', 'Dos horas por trescientos.')],
        'it': [('price', f'{p1} € mezz’ora, {p2} € un’ora.'), ('date', f'Pubblicato il {two(d)}/{two(m)}/{y} alle {h2}:{two(r(0, 59))}.'),
               ('hours', f'Dalle {h1} alle {h2}.'), ('age', f'{age} anni, {hgt} cm, {wgt} kg.'),
               ('measurements', f'Misure {bust}, taglia {pick([40, 42, 44])}.'), ('ad_number', f'Annuncio n. {ad}.'),
               ('order_number', f'Ordine {order}.'), ('reference', f'Rif. {ref}/{y}.'),
               ('postcode', pick(['00184 Roma.', '20121 Milano.', '80132 Napoli.'])),
               ('year', f'Dal {y - r(2, 8)}.'), ('views', f'{views} visite.'), ('id_long', f'Codice annuncio {long_id}.'),
               ('spelled_age', f'Ho {NUMBER["it"](age)} anni.'), ('spelled_price', 'Due ore per trecento.')],
        'pl': [('price', f'{p1} zł pół godziny, {p2} zł godzina.'), ('date', f'Dodano {two(d)}.{two(m)}.{y} o {h2}:{two(r(0, 59))}.'),
               ('hours', f'Pn-Sb {h1}-{h2}.'), ('age', f'{age} lat, {hgt} cm, {wgt} kg.'),
               ('measurements', f'Wymiary {bust}, rozmiar {pick([34, 36, 38])}.'), ('ad_number', f'Ogłoszenie nr {ad}.'),
               ('order_number', f'Zamówienie {order}.'), ('reference', f'Sygn. {ref}/{y}.'),
               ('postcode', pick(['00-001 Warszawa.', '31-042 Kraków.', '80-831 Gdańsk.'])),
               ('year', f'Od {y - r(2, 8)} roku.'), ('views', f'{views} wyświetleń.'), ('id_long', f'ID ogłoszenia {long_id}.'),
               ('spelled_age', f'Mam {NUMBER["pl"](age)} {"lata" if age % 10 in (2, 3, 4) and age // 10 != 1 else "lat"}.'), ('spelled_price', 'Dwie godziny za trzysta.')],
        'ru': [('price', f'{p1 * 30} руб. час, {p2 * 30} руб. два часа.'), ('date', f'Опубликовано {two(d)}.{two(m)}.{y} в {h2}:{two(r(0, 59))}.'),
               ('hours', f'Работаю с {h1} до {h2}.'), ('age', f'Возраст {age}, рост {hgt}, вес {wgt}.'),
               ('measurements', f'Параметры {bust}, грудь {pick([2, 3, 4])}.'), ('ad_number', f'Объявление № {ad}.'),
               ('order_number', f'Заказ {order}.'), ('reference', f'Анкета {ref}/{y}.'),
               ('postcode', pick(['101000 Москва.', '190000 Санкт-Петербург.', '620014 Екатеринбург.'])),
               ('year', f'С {y - r(2, 8)} года.'), ('views', f'{views} просмотров.'), ('id_long', f'ID анкеты {long_id}.'),
               ('spelled_age', f'Мне {NUMBER["ru"](age)} {ru_years(age)}.'), ('spelled_price', 'Два часа за три тысячи.')],
        'uk': [('price', f'{p1 * 10} грн година, {p2 * 10} грн дві години.'), ('date', f'Опубліковано {two(d)}.{two(m)}.{y} о {h2}:{two(r(0, 59))}.'),
               ('hours', f'Працюю з {h1} до {h2}.'), ('age', f'Вік {age}, зріст {hgt}, вага {wgt}.'),
               ('measurements', f'Параметри {bust}, груди {pick([2, 3, 4])}.'), ('ad_number', f'Оголошення № {ad}.'),
               ('order_number', f'Замовлення {order}.'), ('reference', f'Анкета {ref}/{y}.'),
               ('postcode', pick(['01001 Київ.', '79000 Львів.', '65000 Одеса.'])),
               ('year', f'З {y - r(2, 8)} року.'), ('views', f'{views} переглядів.'), ('id_long', f'ID анкети {long_id}.'),
               ('spelled_age', f'Мені {NUMBER["uk"](age)} {uk_years(age)}.'), ('spelled_price', 'Дві години за три тисячі.')],
    }
    return T[lang]

# "platform word without a name" decoys: a careful analyst reads no handle here.
PLATFORM_DECOYS = {
    'en': ['No Telegram, calls only.', 'Instagram-style photos, all real.', 'Snapchat only for regulars.', 'Meet @ the hotel bar.'],
    'de': ['Kein Telegram, nur Anrufe.', 'Fotos wie auf Instagram, alle echt.', 'Treffen @ Hotelbar.'],
    'fr': ['Pas de Telegram, appels uniquement.', 'Photos style Instagram, toutes réelles.', 'RDV @ bar de l’hôtel.'],
    'nl': ['Geen Telegram, alleen bellen.', 'Foto’s zoals op Instagram, allemaal echt.'],
    'ro': ['Fără Telegram, doar apeluri.', 'Poze ca pe Instagram, toate reale.'],
    'bg': ['Без Телеграм, само обаждания.', 'Снимки като в Инстаграм, истински.'],
    'es': ['Sin Telegram, solo llamadas.', 'Fotos tipo Instagram, todas reales.'],
    'it': ['Niente Telegram, solo chiamate.', 'Foto stile Instagram, tutte vere.'],
    'pl': ['Bez Telegrama, tylko telefon.', 'Zdjęcia jak z Instagrama, prawdziwe.'],
    'ru': ['Телеграм не предлагать, только звонки.', 'Фото как в Инстаграме, все реальные.'],
    'uk': ['Без Телеграму, лише дзвінки.', 'Фото як в Інстаграмі, усі справжні.'],
}

PHONE_LABELS = {
    'en': ['Call me:', 'Tel:', 'Mob.', 'Text me on', 'WhatsApp:', '☎', 'Viber/WhatsApp', ''],
    'de': ['Tel.:', 'Ruf mich an:', 'Handy:', 'Mobil', 'WhatsApp:', '☎', ''],
    'fr': ['Tél :', 'Appelle-moi au', 'Portable :', 'WhatsApp :', '☎', ''],
    'nl': ['Bel me:', 'Tel:', 'Mobiel:', 'App me op', 'WhatsApp:', ''],
    'ro': ['Tel:', 'Sună-mă:', 'Suna la', 'WhatsApp:', 'Viber:', ''],
    'bg': ['Тел.:', 'Обади се:', 'GSM:', 'Вайбър:', 'Viber:', ''],
    'es': ['Tel:', 'Llámame al', 'Móvil:', 'WhatsApp:', ''],
    'it': ['Tel.', 'Chiamami al', 'Cell.', 'WhatsApp:', ''],
    'pl': ['Tel.', 'Zadzwoń:', 'Kom.', 'WhatsApp:', ''],
    'ru': ['Тел.:', 'Звони:', 'Пиши в WhatsApp:', 'Моб.', 'Телеграм/WhatsApp:', ''],
    'uk': ['Тел.:', 'Дзвони:', 'Моб.:', 'Пиши у Viber:', 'Вайбер:', ''],
}
PLUS_WORD = {'en': 'plus', 'de': 'plus', 'fr': 'plus', 'nl': 'plus', 'ro': 'plus', 'bg': 'плюс', 'es': 'más',
             'it': 'più', 'pl': 'plus', 'ru': 'плюс', 'uk': 'плюс'}

# ---------------------------------------------------------------- phone writing
def national_text(region, national):
    g = national.split()
    sep = pick([' ', ' ', '-', '.', '/', ''])
    if region == 'RU':
        return pick([f'8 ({g[1]}) {g[2]}-{g[3]}-{g[4]}', f'8-{g[1]}-{g[2]}-{g[3]}-{g[4]}', f'8{g[1]}{g[2]}{g[3]}{g[4]}',
                     f'8 {g[1]} {g[2]} {g[3]} {g[4]}'])
    if region == 'UA':
        return pick([f'({g[0]}) {g[1]}-{g[2]}-{g[3]}', f'{g[0]}-{g[1]}-{g[2]}-{g[3]}', ''.join(g), national])
    if region == 'DE' or region == 'AT':
        return pick([f'{g[0]}/{g[1]}', f'{g[0]} {g[1]}', f'{g[0]}-{g[1]}', f'{g[0]} {g[1][:3]} {g[1][3:]}', ''.join(g)])
    return sep.join(g)

def intl_text(region, national, style=None):
    cc, g = CC[region], intl_groups(region, national)
    style = style or pick(['plus', 'plus', 'plus_compact', '00'])
    if style == 'plus': return '+' + cc + ' ' + pick([' ', '-', '.']).join(g) if False else '+' + cc + ' ' + ' '.join(g)
    if style == 'plus_compact': return '+' + cc + ''.join(g)
    if style == '00': return '00' + cc + ' ' + ' '.join(g)
    if style == 'dash': return '+' + cc + '-' + '-'.join(g)
    raise ValueError(style)

def trunk_text(region, national):
    """International forms that keep the national trunk prefix, as people write them."""
    cc, g = CC[region], national.split()
    if region == 'UA': return f'+38 {g[0]} {" ".join(g[1:])}'  # "+38 0XX", the common Ukrainian habit
    if region == 'RU': return pick([f'+7 ({g[1]}) {g[2]}-{g[3]}-{g[4]}', f'+7 8 {g[1]} {g[2]} {g[3]} {g[4]}'])
    ig = intl_groups(region, national)
    return pick([f'+{cc} (0){ig[0]} {" ".join(ig[1:])}', f'+{cc} (0) {" ".join(ig)}', f'+{cc} 0{ig[0]} {" ".join(ig[1:])}'])

LOOK = {'0': ['O', 'o', 'O'], '1': ['l', 'I'], }
LOOK_CYR = {'0': ['О', 'о'], '3': ['З'], '4': ['Ч'], '6': ['б']}
LOOK_GREEK = {'0': ['Ο', 'ο'], '1': ['Ι']}

def lookalike(text, lang):
    chars = list(text); idx = [i for i, c in enumerate(chars) if c.isdigit() and i > 0]
    tables = [('lookalike_latin', LOOK), ('lookalike_greek', LOOK_GREEK)] + ([('lookalike_cyrillic', LOOK_CYR)] * (3 if lang in CYR else 1))
    rng.shuffle(tables)
    for name, table in tables:
        cand = [i for i in idx if chars[i] in table]
        if cand: break
    else:
        return None, None
    for i in rng.sample(cand, min(len(cand), r(1, 3))):
        chars[i] = pick(table[chars[i]])
    return ''.join(chars), name

def map_digits(text, fn): return ''.join(fn(c) if c.isdigit() else c for c in text)
def fullwidth(text):
    t = map_digits(text, lambda c: chr(0xFF10 + int(c)))
    return t.replace('+', pick(['+', '＋'])).replace(' ', pick([' ', '\u3000']))
MATH = {'math_bold': 0x1D7CE, 'math_double': 0x1D7D8, 'math_sans': 0x1D7E2, 'math_sans_bold': 0x1D7EC, 'math_mono': 0x1D7F6}
def math(text):
    name = pick(list(MATH)); base = MATH[name]
    return map_digits(text, lambda c: chr(base + int(c))), name
def circled(text):
    name = pick(['circled', 'circled_negative', 'circled_sans'])
    def one(c):
        d = int(c)
        if name == 'circled': return '\u24EA' if d == 0 else chr(0x2460 + d - 1)
        if name == 'circled_negative': return '\u24FF' if d == 0 else chr(0x2776 + d - 1)
        return '\U0001F10B' if d == 0 else chr(0x2780 + d - 1)
    return map_digits(text, one), name
def keycap(text):
    fe0f = rng.random() < 0.8
    return map_digits(text, lambda c: c + ('\uFE0F' if fe0f else '') + '\u20E3'), 'keycap' if fe0f else 'keycap_bare'
EMOJI = ['❤️', '💋', '🌹', '🔥', '✨', '😘', '💕', '🍓', '⭐']
def emoji_sep(region, national):
    groups = national.split() if rng.random() < 0.6 else intl_groups(region, national)
    lead = '' if groups is national.split() else ''
    e = pick(EMOJI); spaced = rng.random() < 0.4
    if rng.random() < 0.3:  # between every digit
        s = (' ' + e + ' ' if spaced else e).join(''.join(groups))
    else:
        s = (' ' + e + ' ' if spaced else e).join(groups)
    if groups != national.split(): s = '+' + CC[region] + e + s
    return s
SEPS = ['~', '*', '_', '|', '.', '-', ' ', '/', ' . ', '•']
def separators(region, national):
    sep = pick(SEPS); d = digits_of(national)
    if rng.random() < 0.5:
        return sep.join(d)
    g = national.split()
    return '(' + sep.join(g[0]) + ')' + sep.join(''.join(g[1:]))
ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']
def zerowidth(text):
    out = []; z = pick(ZW)
    for c in text:
        out.append(c)
        if c.isdigit() and rng.random() < 0.5: out.append(z if rng.random() < 0.7 else pick(ZW))
    return ''.join(out)

def case_words(s, lang):
    m = rng.random()
    if m < 0.15: return s.upper()
    if m < 0.35: return ' '.join(w[:1].upper() + w[1:] for w in s.split(' '))
    return s

def digit_word(lang, c, zwo=False):
    if lang == 'de' and zwo and c == '2': return 'zwo'
    if lang == 'ro' and rng.random() < 0.3:  # many Romanians type without diacritics
        return DIGITS['ro'][int(c)].replace('ș', 's').replace('ă', 'a')
    return DIGITS[lang][int(c)]

def spelled_digits(lang, region, national):
    d = digits_of(national); zwo = lang == 'de' and rng.random() < 0.5
    joiner = pick([' ', ' ', '-', ', '])
    words = [digit_word(lang, c, zwo) for c in d]
    if rng.random() < 0.4:  # pause between written groups
        out, i = [], 0
        for g in national.split():
            out.append(' '.join(words[i:i + len(g)])); i += len(g)
        s = ', '.join(out) if joiner == ', ' else ' - '.join(out) if joiner == '-' else '  '.join(out)
    else:
        s = joiner.join(words)
    tags = ['spelled'] + (['zwo'] if zwo and '2' in d else [])
    return case_words(s, lang), tags

def spoken_groups(region, national):
    d = digits_of(national)
    if region in ('DE', 'AT'):
        pre = national.split()[0]; rest = d[len(pre):]
        pairs = ([rest[0]] if len(rest) % 2 else []) + [rest[i:i + 2] for i in range(len(rest) % 2, len(rest), 2)]
        return [('digits', pre)] + [('num', p) for p in pairs]
    if region in ('NL', 'RO', 'BG', 'IT'):
        pre = {'NL': 2, 'RO': 2, 'BG': 4, 'IT': 3}[region]
        if region == 'NL' and not d.startswith('06'): pre = 3
        rest = d[pre:]
        pairs = ([rest[0]] if len(rest) % 2 else []) + [rest[i:i + 2] for i in range(len(rest) % 2, len(rest), 2)]
        return [('digits', d[:pre])] + [('num', p) for p in pairs]
    if region == 'ES':
        if rng.random() < 0.5: return [('num', d[0])] + [('num', d[i:i + 2]) for i in range(1, 9, 2)]
        return [('num', d[i:i + 3]) for i in range(0, 9, 3)]
    if region == 'PL': return [('num', d[i:i + 3]) for i in range(0, 9, 3)]
    if region == 'GB': return [('digits', d[:5]), ('hundred', d[5:8]), ('num', d[8:])]
    return [('num', g) for g in national.split()]  # FR, BE, CH, MD, RU, UA: the written groups

def spelled_groups(lang, region, national):
    parts = []
    for mode, g in spoken_groups(region, national):
        if mode == 'digits': parts.append(' '.join(digit_word(lang, c) for c in g))
        elif mode == 'hundred': parts.append(DIGITS[lang][int(g[0])] + ' hundred' if g[1:] == '00' else
                                             ' '.join(digit_word(lang, c) for c in g))
        else: parts.append(group_words(lang, g, belgian=region in ('BE', 'CH')))
    s = pick([', ', ' - '] if region == 'GB' else [' ', ', ', ' - ']).join(parts)
    tags = ['spelled_groups'] + (['septante_nonante'] if region in ('BE', 'CH') and lang == 'fr' and
                                 any(w in s for w in ('septante', 'nonante')) else [])
    return case_words(s, lang), tags

def double_en(national):
    d = digits_of(national); out = []; i = 0; oh = rng.random() < 0.5
    def w(c): return 'oh' if (c == '0' and oh) else DIGITS['en'][int(c)]
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]: j += 1
        run = j - i
        if run == 2: out.append('double ' + w(d[i]))
        elif run == 3: out.append('triple ' + w(d[i]))
        else: out.extend([w(d[i])] * run)
        i = j
    return case_words(' '.join(out), 'en')

def mixed(lang, region, national):
    groups = national.split()
    if len(groups) < 3:  # split long groups so that words and digits can alternate
        d = digits_of(national); groups = [d[:4], d[4:7], d[7:]] if len(d) > 9 else [d[:3], d[3:6], d[6:]]
    while True:
        kinds = [rng.random() < 0.5 for _ in groups]
        if any(kinds) and not all(kinds): break
    glue = lang in ('uk', 'ru') and rng.random() < 0.6
    parts = []
    for spell, g in zip(kinds, groups):
        if not spell: parts.append(g)
        else: parts.append((''.join if glue else ' '.join)(digit_word(lang, c) for c in g))
    return ('' if glue else ' ').join(parts)

def make_phone(lang, region, family):
    """Returns (text, value, tags) for one phone written in the given family."""
    national = pick(POOL[region]); value = e164(region, national); tags = [family]
    if family == 'national':
        text = national_text(region, national)
    elif family == 'international':
        if rng.random() < 0.3:  # a number from another country, written internationally
            other = pick([x for x in POOL if x != region]); national = pick(POOL[other]); value = e164(other, national)
            text = intl_text(other, national); tags.append('foreign')
        else:
            text = intl_text(region, national)
    elif family == 'trunk':
        if region in ('ES', 'IT', 'PL'):  # no trunk prefix there: the dashed international form instead
            text = intl_text(region, national, 'dash'); tags = ['international', 'international_dash']
        else:
            text = trunk_text(region, national)
    elif family == 'pairs':
        text = national  # French pairs as written
        if rng.random() < 0.5: text = pick(['.', '-']).join(national.split())
    elif family == 'spelled':
        text, t = spelled_digits(lang, region, national); tags += t[1:]
        if rng.random() < 0.15 and region not in ('RU',):
            ig = intl_groups(region, national)
            text = PLUS_WORD[lang] + ' ' + ' '.join(digit_word(lang, c) for c in CC[region] + ''.join(ig)); tags.append('spelled_plus')
    elif family == 'spelled_groups':
        text, t = spelled_groups(lang, region, national); tags += t[1:]
    elif family == 'double':
        text = double_en(national)
    elif family == 'mixed':
        text = mixed(lang, region, national)
    elif family == 'lookalike':
        text = None
        while text is None:
            national = pick(POOL[region]); value = e164(region, national)
            text, sub = lookalike(national_text(region, national) if rng.random() < 0.7 else intl_text(region, national), lang)
        tags.append(sub)
    elif family == 'fullwidth':
        text = fullwidth(national_text(region, national) if rng.random() < 0.5 else intl_text(region, national))
    elif family == 'math':
        text, sub = math(national_text(region, national) if rng.random() < 0.6 else intl_text(region, national)); tags.append(sub)
    elif family == 'circled':
        text, sub = circled(national if rng.random() < 0.6 else intl_text(region, national, 'plus')); tags.append(sub)
    elif family == 'keycap':
        text, sub = keycap(national if rng.random() < 0.7 else intl_text(region, national, 'plus')); tags.append(sub)
    elif family == 'emoji_sep':
        text = emoji_sep(region, national)
    elif family == 'separators':
        text = separators(region, national)
    elif family == 'zerowidth':
        text = zerowidth(national_text(region, national) if rng.random() < 0.6 else intl_text(region, national))
    elif family == 'combo':
        kind = pick(['fullwidth+emoji_sep', 'lookalike+zerowidth', 'math+separators', 'mixed+lookalike', 'circled+emoji_sep'])
        tags += kind.split('+')
        if kind == 'fullwidth+emoji_sep': text = fullwidth(emoji_sep(region, national))
        elif kind == 'lookalike+zerowidth':
            text = None
            while text is None: text, sub = lookalike(national_text(region, national), lang)
            text = zerowidth(text); tags.append(sub)
        elif kind == 'math+separators': text, sub = math(separators(region, national)); tags.append(sub)
        elif kind == 'mixed+lookalike':
            text = None
            while text is None: text, sub = lookalike(mixed(lang, region, national), lang)
            tags.append(sub)
        else: text, sub = circled(emoji_sep(region, national)); tags.append(sub)
    elif family == 'wa_link':
        ig = intl_groups(region, national); num = CC[region] + ''.join(ig)
        text = pick([f'wa.me/{num}', f'https://wa.me/{num}', f'https://api.whatsapp.com/send?phone={num}',
                     f'wa.me/+{num}', f'viber://chat?number=%2B{num}'])
        if 'viber' in text: tags.append('viber_link')
    else:
        raise ValueError(family)
    return text, value, tags

# ---------------------------------------------------------------- e-mails
NAMES = ['lena', 'mila', 'kira', 'zoe', 'bella', 'carla', 'giulia', 'ola', 'oksana', 'sveta', 'ivana', 'raluca',
         'andreea', 'desi', 'marta', 'nathalie', 'sophie', 'anouk', 'femke', 'lucia', 'paula', 'chiara', 'kasia',
         'zosia', 'natasha', 'olena', 'tanya', 'vera', 'nadia', 'lara', 'emma', 'jade', 'ines', 'alina', 'dana',
         'irina', 'greta', 'svenja', 'noor', 'liv', 'yulia', 'masha', 'gabi', 'roza', 'elif', 'hana', 'tess']
DOMAINS = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.co.uk', 'post.example'],
    'de': ['web.de', 'gmx.de', 'gmx.at', 'bluewin.ch', 't-online.de', 'mail.example'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'skynet.be', 'gmail.com', 'courriel.example'],
    'nl': ['ziggo.nl', 'hotmail.nl', 'kpnmail.nl', 'telenet.be', 'post.example'],
    'ro': ['yahoo.ro', 'gmail.com', 'yahoo.com', 'posta.example'],
    'bg': ['abv.bg', 'mail.bg', 'gmail.com', 'poshta.example'],
    'es': ['hotmail.es', 'gmail.com', 'yahoo.es', 'correo.example'],
    'it': ['libero.it', 'virgilio.it', 'alice.it', 'posta.example'],
    'pl': ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'poczta.example'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru', 'pochta.example'],
    'uk': ['ukr.net', 'i.ua', 'meta.ua', 'gmail.com', 'poshta.example'],
}
AT_DOT = {  # the language's own words for @ and .
    'en': [('at', 'dot')], 'de': [('at', 'punkt'), ('ät', 'punkt')], 'fr': [('arobase', 'point'), ('arobas', 'point')],
    'nl': [('apenstaartje', 'punt')], 'ro': [('arond', 'punct'), ('a rond', 'punct')], 'bg': [('маймунка', 'точка')],
    'es': [('arroba', 'punto')], 'it': [('chiocciola', 'punto')], 'pl': [('małpa', 'kropka')],
    'ru': [('собака', 'точка')], 'uk': [('равлик', 'крапка'), ('собака', 'крапка')],
}
EMAIL_LABELS = {'en': ['E-mail:', 'Email me:', '✉', 'Mail:', ''], 'de': ['E-Mail:', 'Mail:', 'Schreib mir:', '✉', ''],
                'fr': ['E-mail :', 'Écris-moi :', 'Courriel :', '✉', ''], 'nl': ['E-mail:', 'Mail me:', '✉', ''],
                'ro': ['E-mail:', 'Scrie-mi:', '✉', ''], 'bg': ['Имейл:', 'Пиши ми:', '✉', ''],
                'es': ['Correo:', 'Escríbeme:', '✉', ''], 'it': ['Email:', 'Scrivimi:', '✉', ''],
                'pl': ['E-mail:', 'Napisz:', '✉', ''], 'ru': ['Почта:', 'Пиши на почту:', '✉', ''],
                'uk': ['Пошта:', 'Пиши на пошту:', '✉', '']}

def local_part():
    n = pick(NAMES)
    return pick([n, n + '.' + pick(['vip', 'luxe', 'real', 'private', 'sweet']), n + str(r(1, 99)), n + '_' + str(r(1990, 2004)),
                 n + '.' + pick(NAMES)])

def bracket(word, style):
    return {'paren': f'({word})', 'square': f'[{word}]', 'curly': f'{{{word}}}', 'space': f' {word} '}[style]

def make_email(lang, family):
    local, domain = local_part(), pick(DOMAINS[lang]); value = f'{local}@{domain}'.lower(); tags = [family]
    host, _, tld = domain.partition('.')
    dparts = domain.split('.')
    if family == 'email_plain':
        text = value
    elif family == 'email_upper':
        text = pick([value.upper(), local.capitalize() + '@' + domain.capitalize(), local + '@' + domain.upper()])
    elif family in ('email_paren', 'email_bracket'):
        style = 'paren' if family == 'email_paren' else pick(['square', 'curly'])
        at, dot = ('at', 'dot') if rng.random() < 0.8 else ('AT', 'DOT')
        sp = pick(['', ' '])
        text = local + sp + bracket(at, style) + sp + (sp + bracket(dot, style) + sp).join(dparts)
        if rng.random() < 0.25: text = local + sp + bracket(at, style) + sp + domain; tags.append('at_only')
    elif family == 'email_words_en':
        at, dot = pick([('at', 'dot'), ('AT', 'DOT'), ('At', 'Dot')])
        text = f'{local} {at} ' + f' {dot} '.join(dparts)
    elif family == 'email_words_lang':
        at, dot = pick(AT_DOT[lang])
        m = rng.random()
        if m < 0.2: at, dot = at.upper(), dot.upper()
        elif m < 0.35: at, dot = at.capitalize(), dot.capitalize()
        style = pick(['space', 'space', 'paren', 'square'])
        text = local + bracket(at, style) + bracket(dot, style).join(dparts)
        if style != 'space': tags.append('lang_bracketed')
    elif family == 'email_fullwidth_at':
        text = local + '＠' + (domain if rng.random() < 0.6 else domain.replace('.', '．'))
    elif family == 'email_spaced':
        text = f'{local} @ ' + ' . '.join(dparts)
    elif family == 'email_zerowidth':
        z = pick(ZW[:4]); pos = r(1, len(local) - 1)
        text = local[:pos] + z + local[pos:] + z + '@' + z + domain
    elif family == 'email_trailing':
        text = value + pick(['.', ',', ')', ';', '!']); tags.append('trailing_punct')
        if text.endswith(')'): text = '(' + text
    else:
        raise ValueError(family)
    return text, value, tags

# ---------------------------------------------------------------- handles
def handle_name(platform):
    n = pick(NAMES)
    if platform == 'telegram': return pick([n + '_' + pick(['vip', 'real', 'escort', 'love']), n + str(r(100, 999)), n + 'x' + n[:2] + 'o'])
    if platform == 'signal': return n + '.' + two(r(1, 99))
    if platform in ('x',): return pick([n + '_' + pick(['vip', 'x', 'xo']), n + str(r(10, 99))])
    if platform == 'wechat': return pick([n + '_wx' + str(r(10, 99)), n + '-' + str(r(1990, 2004))])
    return pick([n + '.' + pick(['real', 'vip', 'luxe', 'official']), n + '_' + pick(['xo', 'new', 'secret']), n + str(r(10, 999))])

URLS = {
    'telegram': ['t.me/{n}', 'https://t.me/{n}', 'telegram.me/{n}', 'http://t.me/{n}'],
    'instagram': ['instagram.com/{n}', 'https://www.instagram.com/{n}/', 'www.instagram.com/{n}', 'https://instagram.com/{n}?igsh=MWd4cXk1'],
    'snapchat': ['snapchat.com/add/{n}', 'https://www.snapchat.com/add/{n}'],
    'onlyfans': ['onlyfans.com/{n}', 'https://onlyfans.com/{n}'],
    'tiktok': ['tiktok.com/@{n}', 'https://www.tiktok.com/@{n}'],
    'facebook': ['facebook.com/{n}', 'https://www.facebook.com/{n}', 'fb.com/{n}', 'm.facebook.com/{n}'],
    'x': ['x.com/{n}', 'https://x.com/{n}', 'twitter.com/{n}', 'https://twitter.com/{n}'],
    'line': ['line.me/ti/p/~{n}', 'https://line.me/ti/p/~{n}'],
    'kik': ['kik.me/{n}', 'https://kik.me/{n}'],
}
CTX = {  # how people name the platform before the name
    'telegram': ['Telegram', 'TG', 'Telegram', 'tg'], 'instagram': ['Instagram', 'Insta', 'IG', 'insta'],
    'snapchat': ['Snapchat', 'Snap', 'SNAP'], 'onlyfans': ['OnlyFans', 'Onlyfans', 'OF'], 'tiktok': ['TikTok', 'Tiktok'],
    'facebook': ['Facebook', 'FB'], 'x': ['Twitter', 'X (Twitter)', 'X'], 'signal': ['Signal', 'Signal username'],
    'wechat': ['WeChat', 'WeChat ID', 'Wechat', '微信'], 'line': ['LINE', 'Line ID', 'LINE ID'], 'kik': ['Kik', 'KIK'],
}
CTX_CYR = {'telegram': ['Телеграм', 'Телеграмм', 'ТГ', 'Тг'], 'instagram': ['Инстаграм', 'Інстаграм', 'Инста']}
CTX_PHRASE = {
    'en': ['{P}: {h}', '{P}: {h}', '{P} {h}', 'Add me on {P}: {h}', 'My {P} is {h}'],
    'de': ['{P}: {h}', 'Schreib mir auf {P}: {h}', '{P} - {h}'], 'fr': ['{P} : {h}', 'Ajoute-moi sur {P} : {h}', '{P} {h}'],
    'nl': ['{P}: {h}', 'Volg me op {P}: {h}'], 'ro': ['{P}: {h}', 'Scrie-mi pe {P}: {h}'], 'bg': ['{P}: {h}', 'Пиши ми в {P}: {h}'],
    'es': ['{P}: {h}', 'Agrégame en {P}: {h}'], 'it': ['{P}: {h}', 'Seguimi su {P}: {h}'], 'pl': ['{P}: {h}', 'Dodaj mnie na {P}: {h}'],
    'ru': ['{P}: {h}', 'Пиши в {P}: {h}'], 'uk': ['{P}: {h}', 'Пиши в {P}: {h}'],
}

def make_handle(lang, platform, kind):
    name = handle_name(platform); value = f'{platform}:{name.lower()}'; tags = ['handle_' + kind, 'platform_' + platform]
    shown = name if rng.random() < 0.8 else (name.capitalize() if platform != 'signal' else name)
    if kind == 'url':
        text = pick(URLS[platform]).format(n=shown)
    else:
        names = CTX[platform] + (CTX_CYR.get(platform, []) if lang in CYR else [])
        P = pick(names)
        at = '@' if platform in ('telegram', 'instagram', 'tiktok', 'x') and rng.random() < 0.6 else ''
        text = pick(CTX_PHRASE[lang]).format(P=P, h=at + shown)
    return text, value, tags

# ---------------------------------------------------------------- IBAN, crypto, IP
def iban(cc, bban):
    n = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + two(98 - int(n) % 97) + bban
IBAN_BBANS = [('GB', 'EXMP' + '000000' + '00001234'), ('DE', '10020030' + '0000004711'), ('FR', '10000' + '00000' + '00000012345' + '00'),
              ('NL', 'EXMP' + '0000012345'), ('RO', 'EXMP' + '0000000000123456'), ('BG', 'EXMP' + '0000' + '00' + '00012345'),
              ('ES', '0000' + '0000' + '00' + '0000123456'), ('IT', 'X' + '00000' + '00000' + '000000012345'),
              ('PL', '10000000' + '0000000000012345'), ('AT', '10000' + '00000012345'), ('BE', '000' + '0012345' + '00'),
              ('CH', '00000' + '000000012345'), ('UA', '300000' + '0000000000000012345')]
IBAN_LANG = {'GB': 'en', 'DE': 'de', 'FR': 'fr', 'NL': 'nl', 'RO': 'ro', 'BG': 'bg', 'ES': 'es', 'IT': 'it', 'PL': 'pl',
             'AT': 'de', 'BE': 'fr', 'CH': 'de', 'UA': 'uk'}
IBAN_PHRASE = {
    'en': 'Send the £200 deposit for the flight to IBAN {x} before you travel.', 'de': 'Die Vermittlungsgebühr von 300 € vorab auf {x} überweisen.',
    'fr': 'Frais de dossier 250 € à verser sur {x} avant le départ.', 'nl': 'Borg van €300 overmaken naar {x} vóór vertrek.',
    'ro': 'Avansul de 500 lei se plătește în contul {x} înainte de plecare.', 'bg': 'Депозит 200 лв. по сметка {x} преди пътуването.',
    'es': 'Ingresa la fianza de 300 € en la cuenta {x} antes del viaje.', 'it': 'Anticipo di 250 € sul conto {x} prima della partenza.',
    'pl': 'Zaliczkę 800 zł wpłać na konto {x} przed wyjazdem.', 'uk': 'Передоплату 3000 грн переказати на рахунок {x} до від’їзду.',
}
def iban_text(v):
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v

ETH = ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
       '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']
def crypto_values():
    out = []
    for i, seed in enumerate([0x11, 0x22, 0x33]):
        out.append(('btc', cryptogen.b58check(bytes([0x00]) + bytes((seed + k) % 256 for k in range(20)))))
    out.append(('btc', cryptogen.bech32_segwit('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6'))))
    out.append(('btc', cryptogen.bech32_segwit('bc', 0, bytes(range(40, 60)))))
    for seed in (0x44, 0x55, 0x66):
        out.append(('trx', cryptogen.b58check(bytes([0x41]) + bytes((seed * 3 + k) % 256 for k in range(20)))))
    for a in ETH: out.append(('eth', a))
    return out
CRYPTO_PHRASE = {'btc': [('en', 'GB', 'Payment only in BTC: {x}'), ('en', 'GB', 'Bitcoin: {x}'), ('de', 'DE', 'Zahlung nur per Bitcoin an {x}.'),
                         ('ru', 'RU', 'Оплата биткоином: {x}'), ('it', 'IT', 'Pagamento in bitcoin: {x}')],
                 'trx': [('en', 'GB', 'USDT TRC20: {x}'), ('ru', 'RU', 'USDT (TRC-20) на адрес {x}'), ('es', 'ES', 'Pago en USDT TRC20 a {x}.'),
                         ('uk', 'UA', 'Оплата USDT TRC20: {x}')],
                 'eth': [('en', 'GB', 'ETH wallet: {x}'), ('ro', 'RO', 'Portofel ETH: {x}'), ('pl', 'PL', 'Płatność ETH: {x}'),
                         ('nl', 'NL', 'Betalen in ETH naar {x}.')]}
IP_PHRASES = [('en', 'GB', 'The login to the ad account came from {x}, the same as last week.'), ('en', 'GB', 'Server hosting the site: {x}.'),
              ('de', 'DE', 'Das Profil wurde von {x} aus bearbeitet.'), ('ru', 'RU', 'Вход в аккаунт был с IP {x}.'),
              ('fr', 'FR', 'Connexion depuis l’adresse {x}.'), ('pl', 'PL', 'Logowanie z adresu {x} o 23:15.')]
IPS = ['203.0.113.45', '198.51.100.23', '192.0.2.118', '203.0.113.7', '198.51.100.201', '2001:db8::15']

# ---------------------------------------------------------------- assembly
PHONE_FAMILIES = ['combo', 'national', 'international', 'trunk', 'spelled', 'spelled_groups', 'mixed', 'lookalike', 'fullwidth',
                  'math', 'circled', 'keycap', 'emoji_sep', 'separators', 'zerowidth', 'wa_link']
EMAIL_FAMILIES = ['email_plain', 'email_upper', 'email_paren', 'email_bracket', 'email_words_en', 'email_words_lang',
                  'email_fullwidth_at', 'email_spaced', 'email_zerowidth', 'email_trailing']
PLATFORMS_URL = list(URLS)
PLATFORMS_CTX = list(CTX)

_valid_cache = {}
def valid_phone(region, digits):
    key = (region, digits)
    if key not in _valid_cache:
        out = subprocess.run(['./pv'], input=f'{region}\t{digits}\n', capture_output=True, text=True).stdout
        _valid_cache[key] = out.startswith('VALID') or (region == 'GB' and digits.lstrip('0').startswith('7700900'))
    return _valid_cache[key]

def phone_free(region, text):
    """True when no long digit run of a decoy is by chance a valid number of the ad's region."""
    import re as _re
    return not any(valid_phone(region, m) for m in _re.findall(r'\d{7,}', text))

ORDER_WORD = {'en': 'Order no.', 'de': 'Bestellnummer', 'fr': 'Commande n°', 'nl': 'Ordernummer', 'ro': 'Comanda nr.',
              'bg': 'Поръчка №', 'es': 'Pedido nº', 'it': 'Ordine n.', 'pl': 'Zamówienie nr', 'ru': 'Заказ №', 'uk': 'Замовлення №'}

lines = []
def add(lang, region, parts, families, long=False):
    """parts: list of (text, expected list). Adds fillers and decoys, shuffles, writes a line."""
    pool = decoys(lang); fill = FILLER[lang][:]
    n_fill = r(4, 8) if long else r(0, 2); n_dec = r(3, 6) if long else r(1, 3)
    pieces = [(t, []) for t in rng.sample(fill, n_fill)]
    while True:
        dk = rng.sample(pool, n_dec)
        if all(phone_free(region, t) for _, t in dk): break
        pool = decoys(lang)
    if rng.random() < 0.08 and region != 'GB':
        # a deliberate hard decoy: an order number that is also a plainly invented valid number of the region
        taken = {e['value'] for _, ex in parts for e in ex}
        cands = [n for n in POOL[region] if e164(region, n) not in taken]
        if cands:
            n = pick(cands); nsn = e164(region, n)[1 + len(CC[region]):]
            dk = dk + [('phone_shaped_id', f'{ORDER_WORD[lang]} {nsn}.')]
    pieces += [(t, []) for _, t in dk]
    fams = set(families) | {'decoy_' + k for k, _ in dk}
    if long: fams.add('long')
    sel = parts[:]
    rng.shuffle(pieces)
    for s in sel: pieces.insert(r(0, len(pieces)), s)
    texts = []
    for i, (t, _) in enumerate(pieces):
        if t.endswith(SPELLED_END):
            nxt = pieces[i + 1][0] if i + 1 < len(pieces) else ''
            spelled_next = any(nxt == d for k, d in dk if k.startswith('spelled')) or (nxt[:1].isalpha() and nxt.split(' ')[0].lower() in SPELLED_WORDS)
            t = t[:-1] + ('.' if spelled_next else '')
        texts.append(t)
    text = ' '.join(texts)
    expected = []
    for _, ex in pieces:
        for e in ex:
            if e not in expected: expected.append(e)
    lines.append({'lang': lang, 'region': region, 'text': text, 'expected': expected, 'families': sorted(fams)})

SPELLED_WORDS = {w for L in DIGITS.values() for w in L} | {'plus', 'double', 'triple', 'oh', 'zwo'}

def label(lang, text, labels):
    lab = pick(labels)
    return (lab + ' ' + text).strip() if lab else text

import re, unicodedata
def read_back(lang, text):
    """Digits a reader gets from digit-by-digit words (checks the 'spelled', 'double' and 'mixed' writers)."""
    words = {w: str(i) for i, w in enumerate(DIGITS[lang])}
    words.update({'oh': '0', 'zwo': '2', 'sase': '6', 'sapte': '7', 'noua': '9', 'plus': '+', 'плюс': '+', 'más': '+', 'più': '+'})
    out, mult = '', 1
    for tok in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d|\+", text.lower()):
        if tok in ('double', 'triple'): mult = 2 if tok == 'double' else 3; continue
        d = tok if tok.isdigit() or tok == '+' else words.get(tok)
        if d is None:
            # glued words such as "одинодинодин": split greedily by the digit words
            rest = tok; got = ''
            while rest:
                for w in sorted(words, key=len, reverse=True):
                    if rest.startswith(w): got += words[w]; rest = rest[len(w):]; break
                else: raise AssertionError((lang, text, tok))
            d = got
        out += d * mult; mult = 1
    return out

SPELLED_END = '\x00'  # marks a spelled number with no full stop; resolved when the snippet is put together

def phone_part(lang, region, family):
    text, value, tags = make_phone(lang, region, family)
    if family in ('spelled', 'double', 'mixed'):
        digits = read_back(lang, text)
        want = value[1:] if digits.startswith('+') else None
        if digits.startswith('+'): assert digits[1:] == want, (text, value)
        else: assert e164(region if 'foreign' not in tags else region, ' '.join([digits])) == value, (text, digits, value)
    if family != 'wa_link': text = label(lang, text, PHONE_LABELS[lang])
    if family in ('spelled', 'spelled_groups', 'double', 'mixed') and rng.random() < 0.3:
        text += '.'
    if family in ('spelled', 'spelled_groups', 'double') and not text.endswith('.'):
        text += SPELLED_END
    return (text, [{'type': 'phone', 'value': value}]), tags

def email_part(lang, family):
    text, value, tags = make_email(lang, family)
    return (label(lang, text, EMAIL_LABELS[lang]), [{'type': 'email', 'value': value}]), tags

def handle_part(lang, platform, kind):
    text, value, tags = make_handle(lang, platform, kind)
    return (text, [{'type': 'handle', 'value': value}]), tags

url_cycle = [(p, 'url') for p in PLATFORMS_URL] + [(p, 'context') for p in PLATFORMS_CTX]
rng.shuffle(url_cycle); hc = 0
def next_handle():
    global hc
    p, k = url_cycle[hc % len(url_cycle)]; hc += 1
    return p, k

for lang in LANG_REGIONS:
    fams = PHONE_FAMILIES + (['double'] * 4 if lang == 'en' else []) + (['pairs', 'pairs'] if lang == 'fr' else [])
    for fam in fams:
        region = pick(LANG_REGIONS[lang])
        if fam == 'pairs' and region == 'CH': region = 'BE'
        parts, tags = [], []
        p, t = phone_part(lang, region, fam); parts.append(p); tags += t
        if rng.random() < 0.25:
            fam2 = pick([f for f in PHONE_FAMILIES if f != fam and f != 'wa_link'])
            p2, t2 = phone_part(lang, region, fam2)
            if p2[1] != p[1]: parts.append(p2); tags += t2 + ['two_phones']
        x = rng.random()
        if x < 0.2:
            e, t = email_part(lang, 'email_plain'); parts.append(e); tags += t
        elif x < 0.4:
            hp, hk = next_handle(); h, t = handle_part(lang, hp, hk); parts.append(h); tags += t
        elif x < 0.5:  # the same phone again, written plainly: one selector, not two
            val = p[1][0]['value']
            parts.append((pick(['WhatsApp', 'Tel.', '']) + ' ' + val, []) if False else (val, p[1])); tags.append('repeat')
        add(lang, region, parts, tags, long=rng.random() < 0.12)
    for fam in EMAIL_FAMILIES:
        region = pick(LANG_REGIONS[lang]); parts, tags = [], []
        e, t = email_part(lang, fam); parts.append(e); tags += t
        if rng.random() < 0.3:
            p, t = phone_part(lang, region, pick(['national', 'international'])); parts.append(p); tags += t
        add(lang, region, parts, tags, long=rng.random() < 0.1)
    for _ in range(6):
        region = pick(LANG_REGIONS[lang]); parts, tags = [], []
        hp, hk = next_handle(); h, t = handle_part(lang, hp, hk); parts.append(h); tags += t
        if rng.random() < 0.3:
            hp2, hk2 = next_handle()
            if hp2 != hp: h, t = handle_part(lang, hp2, hk2); parts.append(h); tags += t
        add(lang, region, parts, tags, long=rng.random() < 0.1)
    for k in range(3):  # no selector at all
        region = pick(LANG_REGIONS[lang]); parts = []
        tags = ['none']
        if k == 0: parts.append((pick(PLATFORM_DECOYS[lang]), [])); tags.append('decoy_platform_word')
        add(lang, region, parts, tags, long=k == 2)

for cc, bban in IBAN_BBANS:
    v = iban(cc, bban); lang = IBAN_LANG[cc]; region = {'AT': 'AT', 'BE': 'BE', 'CH': 'CH'}.get(cc, cc)
    add(lang, region, [(IBAN_PHRASE[lang].format(x=iban_text(v)), [{'type': 'iban', 'value': v}])], ['iban'])
for kind, v in crypto_values():
    lang, region, phrase = pick(CRYPTO_PHRASE[kind])
    canonical = v.lower() if kind == 'eth' else v  # Ariadne's value for ETH is the lower-case hex
    add(lang, region, [(phrase.format(x=v), [{'type': 'crypto', 'value': f'{kind}:{canonical}'}])], ['crypto', 'crypto_' + kind])
for (lang, region, phrase), ipx in zip(IP_PHRASES, IPS):
    add(lang, region, [(phrase.format(x=ipx), [{'type': 'ip', 'value': ipx}])], ['ip'] + (['ipv6'] if ':' in ipx else []))

from hand import HAND
for lang, region, text, exp, fams in HAND:
    lines.append({'lang': lang, 'region': region, 'text': text, 'expected': [{'type': t, 'value': v} for t, v in exp],
                  'families': sorted(set(fams) | {'handwritten'})})

# ---------------------------------------------------------------- checks and output
def check():
    import re
    req = []
    for L in lines:
        for e in L['expected']:
            if e['type'] == 'phone' and not e['value'].startswith('+447700900'):
                req.append(e['value'])
    out = subprocess.run(['./pv'], input=''.join(f'ZZ\t{v}\n' for v in req), capture_output=True, text=True).stdout
    bad = [l for l in out.splitlines() if not l.startswith('VALID')]
    assert not bad, bad
    for cc, bban in IBAN_BBANS:
        v = iban(cc, bban); n = ''.join(str(int(c, 36)) for c in v[4:] + v[:4]); assert int(n) % 97 == 1, v
    for kind, v in crypto_values():
        if kind == 'eth': assert cryptogen.eip55(v) == v
        elif v.startswith('bc1'): assert cryptogen.bech32_ok(v)
        else: assert cryptogen.b58check_ok(v)

check()
rng2 = random.Random(7); rng2.shuffle(lines)
with open(sys.argv[1] if len(sys.argv) > 1 else 'blind_selectors.jsonl', 'w') as f:
    for i, L in enumerate(lines):
        rec = {'id': 'b%04d' % i, 'region': L['region'], 'lang': L['lang'], 'text': L['text'], 'expected': L['expected'],
               'families': L['families']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(lines), 'lines')
