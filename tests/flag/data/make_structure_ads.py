#!/usr/bin/env python3
"""Writes structure_ads.jsonl, the development set of tests/flag/structure_quality_test.cpp (flag46).

Every ad below is hand-written and synthetic (rule R18; UK numbers from the Ofcom drama range). It
was written from the definitions of J-HOURS and S-OBSC (rules/*.toml, knowledge base table 2F)
while building their structural readings, not from any set's texts: working time written as
numbers in the shapes ads use (clock ranges with and without minutes or hour words, "from" words
in the 11 languages, a start and an end told apart, ten-hour days six or seven days a week) and
contact written to dodge collection (spelled digits, look-alike letters, digits split by emoji or
symbols, an e-mail address with "@" or the dot in words), and S-NOREFUSE's refusal denied in
any person, tense or order ("I never turn anyone down", "ich lehne nie etwas ab"). It is a development set, not a
held-out set: its figures guard the readings against regressions.

Each line: {"id", "text", "kind", "lang", "region", "expected", "variant_of"?}. "expected" lists
only the three FOCUS indicators (the test counts only those). Hard negatives (ids with "-n"): a
shop's opening hours, a delivery window, the hours to call, counts of hours a week, ages, prices,
dates, a plain phone number, an e-mail address written plainly, an emoji before a number.
"variant_of" names the ad a counterfactual variant was made from (nationality or gender words
swapped or added, rule R2): it must get exactly the flags and the score of its original.

Run: python3 tests/flag/data/make_structure_ads.py > tests/flag/data/structure_ads.jsonl
"""
import json

L, S = "labour", "sex"
REGION = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "ro": "RO", "bg": "BG", "es": "ES",
          "it": "IT", "pl": "PL", "ru": "RU", "uk": "UA"}

# (id, lang, kind, expected focus indicators, text)
ADS = [
    # J-HOURS as numbers; then hard negatives (h-*-n*)
    ("h-en-c1", "en", L, ["J-HOURS"], 'Warehouse operatives, shifts 7-19 Monday to Saturday, weekly pay, call 07700 900412.'),
    ("h-en-c2", "en", L, ["J-HOURS"], 'Packers needed: working time 06.00-19.00, transport to site provided.'),
    ("h-en-c3", "en", L, ["J-HOURS"], 'Car wash staff, you work from 7 to 20 every day, cash in hand.'),
    ("h-en-c4", "en", L, ["J-HOURS"], 'Builders needed, 12 hours a day, 6 days a week, accommodation provided.'),
    ("h-en-c5", "en", L, ["J-HOURS"], 'Farm job, 11h/day, 7/7, start Monday.'),
    ("h-en-c6", "en", L, ["J-HOURS"], 'Cleaners, 10 hours a day six days a week, room on site.'),
    ("h-de-c1", "de", L, ["J-HOURS"], 'Helfer im Lager, Arbeitszeit 6-19, Montag bis Samstag, Unterkunft gestellt.'),
    ("h-de-c2", "de", L, ["J-HOURS"], 'Erntehelfer gesucht, Arbeit von 6 bis 20 Uhr, auch am Wochenende.'),
    ("h-de-c3", "de", L, ["J-HOURS"], 'Fahrer gesucht, Schichten von 05:30 bis 18:00, sofort.'),
    ("h-de-c4", "de", L, ["J-HOURS"], 'Bauhelfer, 12 Stunden täglich, 7 Tage die Woche, Zimmer vorhanden.'),
    ("h-fr-c1", "fr", L, ["J-HOURS"], 'Cueilleurs, travail de 6h à 19h du lundi au samedi, logement fourni.'),
    ("h-fr-c2", "fr", L, ["J-HOURS"], 'Plongeur, horaires 8h-21h, 6 jours sur 7.'),
    ("h-fr-c3", "fr", L, ["J-HOURS"], 'Ouvriers du bâtiment, journées de 12 heures, 7j/7, hébergement.'),
    ("h-nl-c1", "nl", L, ["J-HOURS"], 'Orderpickers, werktijden 6.00-19.00 uur, huisvesting geregeld.'),
    ("h-nl-c2", "nl", L, ["J-HOURS"], 'Kassenwerk van 6 tot 19 uur, zes dagen per week.'),
    ("h-nl-c3", "nl", L, ["J-HOURS"], 'Slachterij, diensten van 12 uur, 7 dagen per week.'),
    ("h-ro-c1", "ro", L, ["J-HOURS"], 'Muncitori fermă, program de la 7 la 19, de luni până sâmbătă, cazare.'),
    ("h-ro-c2", "ro", L, ["J-HOURS"], 'Angajăm la abator, se lucrează 12 ore pe zi, 6 zile din 7.'),
    ("h-ro-c3", "ro", L, ["J-HOURS"], 'Lucru în depozit, program 06:00 - 18:30, plata săptămânal.'),
    ("h-bg-c1", "bg", L, ["J-HOURS"], 'Работа в склад, работно време от 7 до 19 ч, квартира.'),
    ("h-bg-c2", "bg", L, ["J-HOURS"], 'Строители, смени по 12 часа, 7 дни в седмицата.'),
    ("h-bg-c3", "bg", L, ["J-HOURS"], 'Работа в пекарна, от 6:00 до 18:00, шест дни в седмицата.'),
    ("h-es-c1", "es", L, ["J-HOURS"], 'Recolectores, horario de 7 a 19 h, de lunes a sábado, alojamiento.'),
    ("h-es-c2", "es", L, ["J-HOURS"], 'Ayudante de cocina, jornada de 12 horas, 7 días a la semana.'),
    ("h-es-c3", "es", L, ["J-HOURS"], 'Mozo de almacén, trabajas de 6:00 a 18:00, pago semanal.'),
    ("h-it-c1", "it", L, ["J-HOURS"], 'Braccianti, si lavora dalle 7 alle 19 dal lunedì al sabato, alloggio.'),
    ("h-it-c2", "it", L, ["J-HOURS"], 'Lavapiatti, turni da 12 ore, 7 giorni su 7.'),
    ("h-it-c3", "it", L, ["J-HOURS"], 'Magazzinieri, orario 6.00-18.00, vitto e alloggio.'),
    ("h-pl-c1", "pl", L, ["J-HOURS"], 'Praca na magazynie, od 6 do 19 od poniedziałku do soboty, zakwaterowanie.'),
    ("h-pl-c2", "pl", L, ["J-HOURS"], 'Ubojnia, praca po 12 godzin dziennie, 6 dni w tygodniu.'),
    ("h-pl-c3", "pl", L, ["J-HOURS"], 'Szklarnie, godziny pracy 6:00-18:00, mieszkanie zapewnione.'),
    ("h-ru-c1", "ru", L, ["J-HOURS"], 'Разнорабочие на склад, работа с 8 до 22, жильё.'),
    ("h-ru-c2", "ru", L, ["J-HOURS"], 'Стройка, смены по 12 часов, без выходных.'),
    ("h-ru-c3", "ru", L, ["J-HOURS"], 'Мойщики, график 7:00-20:00, оплата каждую неделю.'),
    ("h-uk-c1", "uk", L, ["J-HOURS"], 'Робота на складі, з 7 до 20, житло надаємо.'),
    ("h-uk-c2", "uk", L, ["J-HOURS"], 'Будівництво, зміни по 12 годин, 7 днів на тиждень.'),
    ("h-uk-c3", "uk", L, ["J-HOURS"], 'Працівники ферми, графік 6:00-18:00, оплата щотижня.'),
    ("h-en-s1", "en", L, ["J-HOURS"], 'Kitchen help: we start at 6 in the morning and finish at 8pm, six days.'),
    ("h-it-s1", "it", L, ["J-HOURS"], 'Raccolta: si comincia alle 4 di mattina e si finisce verso le 16, paga a cassone.'),
    ("h-de-s1", "de", L, ["J-HOURS"], 'Lagerhelfer: Arbeitsbeginn 5 Uhr, Feierabend gegen 19 Uhr, bar auf die Hand.'),
    ("h-ru-s1", "ru", L, ["J-HOURS"], 'Склад: начало в 7:00, окончание в 20:00, оплата в конце месяца.'),
    ("h-es-s1", "es", L, ["J-HOURS"], 'Almacén: entrada a las 6, salida a las 19, de lunes a sábado.'),
    ("h-pl-s1", "pl", L, ["J-HOURS"], 'Praca w chłodni, zaczynamy o 5 rano, kończymy o 18, płatne co tydzień.'),
    ("h-en-w1", "en", L, ["J-HOURS"], 'Removals crew, 8am-6pm, 7 days a week, cash daily.'),
    ("h-fr-w1", "fr", L, ["J-HOURS"], 'Manutention, de 7h à 17h, 6 jours sur 7, logé.'),
    ("h-en-n3", "en", L, [], 'Part-time cleaner, 8-20 hours a week, flexible, start at 9 and finish at 13.'),
    ("h-de-n2", "de", L, [], 'Aushilfe, 10-20 Stunden pro Woche, Beginn 1. Juni, Ende 30. September.'),
    ("h-pl-n2", "pl", L, [], 'Kelner, zaczynamy o 10, kończymy o 18, 5 dni w tygodniu, umowa o pracę.'),
    ("h-en-n4", "en", L, [], 'Shop assistant, shop open 8-20 every day, your shifts 9-17, 5 days.'),
    ("h-en-n1", "en", L, [], 'Sales assistant for our shop, open 8-20, your shift is 8 hours, 5 days a week.'),
    ("h-en-n2", "en", L, [], 'Carers aged 20-45, full training, pay £11-13 an hour, 37.5 hours a week.'),
    ("h-de-n1", "de", L, [], 'Verkäufer für unseren Laden, Öffnungszeiten 7-20 Uhr, Teilzeit 20 Stunden pro Woche.'),
    ("h-fr-n1", "fr", L, [], 'Livreur, créneaux de livraison de 8h à 20h, 35 heures par semaine, 2 jours de repos.'),
    ("h-it-n1", "it", L, [], 'Commessa, negozio aperto dalle 8 alle 20, turno di 6 ore, età 18-30.'),
    ("h-pl-n1", "pl", L, [], 'Sprzedawca, sklep czynny od 6 do 22, praca 8 godzin dziennie, 5 dni w tygodniu.'),
    ("h-ru-n1", "ru", L, [], 'Продавец в магазин, магазин работает с 8 до 22, смена 8 часов, график 5/2.'),
    ("h-es-n1", "es", L, [], 'Camarero, de 18 a 35 años, sueldo 1200-1400 euros, jornada de 8 horas.'),
    ("h-ro-n1", "ro", L, [], 'Vânzătoare, magazin deschis de la 8 la 20, program 8 ore, 5 zile pe săptămână.'),
    ("h-nl-n1", "nl", L, [], 'Winkelmedewerker, winkel open van 8 tot 21 uur, 24 uur per week.'),
    ("h-bg-n1", "bg", L, [], 'Продавач, магазинът работи от 8 до 20 ч, 8-часов работен ден, 5 дни в седмицата.'),
    ("h-uk-n1", "uk", L, [], 'Продавець, магазин працює з 8 до 21, зміна 8 годин, вік 20-45 років.'),
    # S-OBSC: contact written to dodge collection; then hard negatives (o-*-n*)
    ("o-en-o1", "en", S, ["S-OBSC"], 'Sweet Mia, new in town, incall only. Call zero seven seven zero zero, nine zero zero, four one two.'),
    ("o-en-o2", "en", S, ["S-OBSC"], 'Discreet massage, text O77OO 9OO 4I2 for bookings.'),
    ("o-en-o3", "en", S, ["S-OBSC"], 'Busty blonde, available now 💋 07700💋900💋413 💋'),
    ("o-en-o4", "en", S, ["S-OBSC"], 'Real pics, no rush. 0 7 7 0 0 9 0 0 4 1 4, texts only.'),
    ("o-en-o5", "en", S, ["S-OBSC"], 'Party girl, email me mia (at) mailbox (dot) com for a date.'),
    ("o-en-o6", "en", S, ["S-OBSC"], 'Open-minded and fun. 07700 nine hundred 415, no withheld numbers.'),
    ("o-fr-o1", "fr", S, ["S-OBSC"], 'Nouvelle à Lyon, appelle-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.'),
    ("o-fr-o2", "fr", S, ["S-OBSC"], 'Massage relaxant, O6.I2.34.56.79, pas de SMS.'),
    ("o-de-o1", "de", S, ["S-OBSC"], 'Neu in der Stadt, ruf an: null eins sieben sechs, zwei drei vier, fünf sechs sieben acht.'),
    ("o-de-o2", "de", S, ["S-OBSC"], 'Hausbesuche möglich 0I76-2345-67OO, nur Anrufe.'),
    ("o-nl-o1", "nl", S, ["S-OBSC"], 'Nieuw in Utrecht, bel nul zes een twee drie vier vijf zes zeven acht.'),
    ("o-ro-o1", "ro", S, ["S-OBSC"], 'Nouă în oraș, sună la zero șapte doi doi, unu doi trei, patru cinci șase.'),
    ("o-bg-o1", "bg", S, ["S-OBSC"], 'Нова в града, звънни на нула осем осем седем, едно две три, четири пет шест.'),
    ("o-es-o1", "es", S, ["S-OBSC"], 'Chica nueva, llámame al seis uno dos, tres cuatro cinco, seis siete ocho.'),
    ("o-it-o1", "it", S, ["S-OBSC"], 'Novità in città, chiamami al tre tre tre, uno due tre, quattro cinque sei sette.'),
    ("o-pl-o1", "pl", S, ["S-OBSC"], 'Nowa w mieście, dzwoń: pięć zero jeden, dwa trzy cztery, pięć sześć siedem.'),
    ("o-ru-o1", "ru", S, ["S-OBSC"], 'Новенькая, звони: восемь девять ноль пять, один два три, сорок пять, шестьдесят семь.'),
    ("o-uk-o1", "uk", S, ["S-OBSC"], "Нова в місті, дзвони: нуль шість сім, один два три, чотири п'ять, шість сім."),
    ("o-ru-o2", "ru", S, ["S-OBSC"], 'Досуг, пишите на почту lena собака mailbox точка ru.'),
    ("o-en-o7", "en", S, ["S-OBSC"], 'New girl, call O7-7O-O9-OO-41-6 for incall.'),
    ("o-en-n1", "en", S, [], 'Sweet Mia, new in town, incall only. Call 07700 900412.'),
    ("o-fr-n1", "fr", S, [], 'Massage relaxant, 06 12 34 56 79, pas de SMS. 2 heures, 200 euros.'),
    ("o-de-n1", "de", S, [], 'Hausbesuche möglich, 0176 2345 6700, nur Anrufe, mia@mailbox.de'),
    ("o-ru-n1", "ru", S, [], 'Досуг, пишите на почту lena@mailbox.ru, звоните +7 900 123 45 67.'),
    ("o-en-n2", "en", S, [], 'Mia, 25, size 8, 1 hour 150, 2 hours 280, overnight 900. Call 07700 900417.'),
    ("o-nl-o2", "nl", S, ["S-OBSC"], 'Discrete massage, app me 06🌹12🌹34🌹56🌹78, alleen vandaag.'),
    ("o-ro-o2", "ro", S, ["S-OBSC"], 'Masaj relaxant, scrie-mi pe lena (at) mailbox (dot) ro pentru programare.'),
    ("o-bg-o2", "bg", S, ["S-OBSC"], 'Масаж, звънни на 0888*123*456, само днес.'),
    ("o-es-o2", "es", S, ["S-OBSC"], 'Masajes, escríbeme a lola arroba mailbox punto es, respondo rápido.'),
    ("o-it-o2", "it", S, ["S-OBSC"], 'Massaggi rilassanti, 333~123~45~67, solo chiamate.'),
    ("o-pl-o2", "pl", S, ["S-OBSC"], 'Masaż, pisz na ola (małpa) mailbox (kropka) pl, odpowiadam szybko.'),
    ("o-uk-o2", "uk", S, ["S-OBSC"], 'Масаж, пиши на пошту olia собака mailbox крапка ua.'),
    ("o-es-n1", "es", S, [], 'Chica nueva, 1h 100€ ✨ 2h 180€, llámame al 612 345 678.'),
    ("o-it-n1", "it", S, [], 'Massaggi, dal 3 al 6 maggio 🌸 333 123 4567, scrivimi a lena@mailbox.it'),
    ("o-pl-n1", "pl", S, [], 'Masaż, ola@mailbox.pl, tel. 501 234 567, od 10 do 22.'),
    # S-NOREFUSE: a refusal denied in any person, tense or order; then hard negatives (r-*-n*):
    # refusals stated (a safety practice), a slogan, a negation in another clause
    ("r-en-r1", "en", S, ["S-NOREFUSE"], 'Sweet Anna, incall and outcall, I never turn anyone down, call 07700 900431.'),
    ("r-de-r1", "de", S, ["S-NOREFUSE"], 'Neue Lisa, ich lehne nie etwas ab, Hausbesuche.'),
    ("r-fr-r1", "fr", S, ["S-NOREFUSE"], 'Julie, coquine, je ne refuse jamais un client, appelle-moi.'),
    ("r-nl-r1", "nl", S, ["S-NOREFUSE"], 'Nieuwe Sanne, ik weiger nooit een klant, bel me.'),
    ("r-ro-r1", "ro", S, ["S-NOREFUSE"], 'Andreea, nu refuz niciun client, sună-mă.'),
    ("r-bg-r1", "bg", S, ["S-NOREFUSE"], 'Нова Мария, никога не отказвам на клиент, звънни.'),
    ("r-es-r1", "es", S, ["S-NOREFUSE"], 'Lola, nunca rechazo a nadie, llámame.'),
    ("r-it-r1", "it", S, ["S-NOREFUSE"], 'Giulia, non rifiuto mai nessun cliente, chiamami.'),
    ("r-pl-r1", "pl", S, ["S-NOREFUSE"], 'Ola, nie odmawiam nikomu, dzwoń.'),
    ("r-ru-r1", "ru", S, ["S-NOREFUSE"], 'Катя, никому не отказываю, звони.'),
    ("r-uk-r1", "uk", S, ["S-NOREFUSE"], 'Оля, нікому не відмовляю, дзвони.'),
    ("r-en-n1", "en", S, [], "Anna, independent. I refuse clients without protection. An offer you can't refuse."),
    ("r-en-n2", "en", S, [], "Don't be offended if I decline a booking, safety first."),
    ("r-de-n1", "de", S, [], 'Lisa, ich lehne Kunden ohne Kondom ab, nur mit Termin.'),
    ("r-fr-n1", "fr", S, [], 'Julie, je refuse les clients impolis, pas de rendez-vous sans appel.'),
    ("r-pl-n1", "pl", S, [], 'Ola, odmawiam niegrzecznym klientom, nie piszę SMS.'),
    ("r-ru-n1", "ru", S, [], 'Катя, отказываю грубым клиентам, не звоните ночью.'),
    ("r-it-n1", "it", S, [], 'Giulia, no baci, rifiuto chi è maleducato.'),
    ("r-es-n1", "es", S, [], 'Lola, no atiendo sin cita, rechazo clientes groseros.'),
    # counterfactual variants (rule R2): nationality or gender words swapped or added
    ("h-en-c1-v", "en", L, ["J-HOURS"], 'Warehouse operatives, Polish and Romanian lads welcome, shifts 7-19 Monday to Saturday, weekly pay, call 07700 900412.'),
    ("h-it-c1-v", "it", L, ["J-HOURS"], 'Braccianti marocchini o italiani, si lavora dalle 7 alle 19 dal lunedì al sabato, alloggio.'),
    ("h-ru-s1-v", "ru", L, ["J-HOURS"], 'Склад, для граждан Узбекистана: начало в 7:00, окончание в 20:00, оплата в конце месяца.'),
    ("o-en-o3-v", "en", S, ["S-OBSC"], 'Busty Latina blonde, available now 💋 07700💋900💋413 💋'),
    ("o-fr-o2-v", "fr", S, ["S-OBSC"], 'Massage relaxant par un homme, O6.I2.34.56.79, pas de SMS.'),
    ("r-es-r1-v", "es", S, ["S-NOREFUSE"], 'Lola, chica colombiana, nunca rechazo a nadie, llámame.'),
]

VARIANT_OF = {"h-en-c1-v": "h-en-c1", "h-it-c1-v": "h-it-c1", "h-ru-s1-v": "h-ru-s1",
              "o-en-o3-v": "o-en-o3", "o-fr-o2-v": "o-fr-o2", "r-es-r1-v": "r-es-r1"}


def main():
    ids = set()
    for ad_id, lang, kind, expected, text in ADS:
        assert ad_id not in ids, ad_id
        ids.add(ad_id)
        line = {"id": ad_id, "text": text, "kind": kind, "lang": lang, "region": REGION[lang],
                "expected": expected}
        if ad_id in VARIANT_OF:
            line["variant_of"] = VARIANT_OF[ad_id]
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
