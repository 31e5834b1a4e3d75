#!/usr/bin/env python3
"""Writes the client-posts corpus (ads.jsonl, truth.json; issue 5 item 7): clients' posts on ad
sites that quote an advertiser's number (a question "Anyone been to Anna on 07700 900123?", a review
"Review: Lena, 07700 900456, great", a warning "Is this number 07700 900789 a fake?", a search
"Looking for Nina who was on 07700 900412 ... does anybody have her new number?"), in ten languages,
each client one post (its own advertiser). The posts of one language are filled in from a few
forms, so they are near-identical to each other: read as the posts' own numbers, they chain the
advertisers they quote into one cluster. Beside them networks (one or two numbers in date blocks,
a bridging ad giving both), reposters and one-ad advertisers; some advertisers' own contact lines
stand beside client-like words ("Looking for the girl of your dreams 07700 900111", "Viel Erfahrung
mit Rollenspielen ...") in an ad that also makes an own offer ("Call me and let's meet"): those
numbers must still link. Synthetic: UK numbers 07700 900xxx, other countries' numbers valid in
libphonenumber's metadata with invented subscriber digits, `.example` sites. Deterministic:
`python3 generate.py` in this folder rewrites the same files."""
import itertools
import json
import random

rng = random.Random(20261205)

NAMES = ["Anna", "Mia", "Lola", "Sofia", "Nina", "Eva", "Lara", "Kira", "Zoe", "Bella", "Clara",
         "Daria", "Elena", "Fiona", "Greta", "Hana", "Iris", "Jade", "Luna", "Maya", "Nora", "Olga",
         "Paula", "Rita", "Sara", "Tina", "Vera", "Yana", "Alina", "Bianca", "Carmen", "Dana"]

used_numbers = set()


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def new_number(region):
    """(E.164, [written forms]) of a fresh number of the region."""
    while True:
        if region == "GB":
            s = f"{rng.randrange(1000):03d}"
            e164 = "+447700900" + s
            forms = [f"07700 900{s}", f"07700900{s}", f"+44 7700 900{s}", f"07700-900-{s}"]
        elif region == "DE":
            p, s = rng.choice(["151", "152"]), digits(8)
            e164 = "+49" + p + s
            forms = [f"0{p} {s}", f"+49 {p} {s}", f"0{p}{s}"]
        elif region == "FR":
            s = rng.choice("1245678") + digits(7)  # 069x are overseas departments' numbers
            g = " ".join(s[i:i + 2] for i in range(0, 8, 2))
            e164 = "+336" + s
            forms = [f"06 {g}", f"+33 6 {g}", f"06{s}"]
        elif region == "ES":
            s = "6" + digits(8)
            e164 = "+34" + s
            forms = [f"{s[:3]} {s[3:6]} {s[6:]}", f"+34 {s[:3]} {s[3:6]} {s[6:]}", s]
        elif region == "IT":
            s = rng.choice(["347", "348", "333", "320"]) + digits(7)
            e164 = "+39" + s
            forms = [f"{s[:3]} {s[3:6]} {s[6:]}", f"+39 {s[:3]} {s[3:]}", s]
        elif region == "PL":
            s = rng.choice(["501", "502", "601", "603"]) + digits(6)
            e164 = "+48" + s
            forms = [f"{s[:3]} {s[3:6]} {s[6:]}", f"+48 {s[:3]} {s[3:6]} {s[6:]}",
                     f"{s[:3]}-{s[3:6]}-{s[6:]}"]
        elif region == "PT":
            s = rng.choice(["91", "92", "93", "96"]) + digits(7)
            e164 = "+351" + s
            forms = [f"{s[:3]} {s[3:6]} {s[6:]}", f"+351 {s[:3]} {s[3:6]} {s[6:]}", s]
        elif region == "CZ":
            s = rng.choice(["601", "602", "603", "604", "605", "606", "607", "608", "731", "777"]) \
                + digits(6)
            e164 = "+420" + s
            forms = [f"{s[:3]} {s[3:6]} {s[6:]}", f"+420 {s[:3]} {s[3:6]} {s[6:]}", s]
        elif region == "NL":
            s = "6" + rng.choice("12345") + digits(7)
            e164 = "+31" + s
            forms = [f"06 {s[1:]}", f"+31 6 {s[1:]}", f"0{s}"]
        elif region == "RU":
            s = rng.choice(["916", "915", "926", "985"]) + digits(7)
            e164 = "+7" + s
            forms = [f"8 ({s[:3]}) {s[3:6]}-{s[6:8]}-{s[8:]}", f"+7 {s[:3]} {s[3:6]} {s[6:8]} {s[8:]}",
                     f"8{s}"]
        else:
            raise ValueError(region)
        if e164 not in used_numbers:
            used_numbers.add(e164)
            return e164, forms


# Per language: region, site, cities, ad titles, first-person ad sentences, own contact lines,
# an own line beside client-like words with the ad's offer elsewhere, clients' post forms
# ({n} name, {p} number, {c} city; the fifth form puts the number on a line under a heading, the
# sixth asks its question in a sentence after the number's).
LANGS = {
    "en": dict(
        region="GB", site="lanternlane.example", cities=["Leeds", "Bristol"],
        titles=["{n} new in {c}", "Sweet {n} in {c} tonight", "{n}, real photos, {c}"],
        pool=["I am friendly, discreet and always smiling.",
              "My flat is clean and close to the station.",
              "Gentlemen only, no rush and no withheld numbers.",
              "Dinner dates are welcome if you book early.",
              "I love long conversations and good wine.",
              "Short notice is fine most evenings.",
              "Fresh towels and a hot shower are always ready.",
              "I travel to hotels within twenty minutes."],
        contact=["Call me on {p}", "Text me on {p}", "WhatsApp {p}"],
        trap=("Looking for the girl of your dreams {p}", "Call me and let's meet."),
        clients=["Anyone been to {n} on {p}? Is she real and are the photos recent? Thinking of "
                 "booking her this weekend in {c}, any feedback welcome, thanks guys.",
                 "Review: {n}, {p}, {c}. Great time, very friendly, clean flat, would recommend "
                 "her. Any feedback welcome, thanks guys.",
                 "Is this number {p} a fake? It asked me for a deposit before meeting {n} in {c}. "
                 "Any feedback welcome, thanks guys.",
                 "Looking for {n} who was on {p} in {c} last month. Does anybody have her new "
                 "number? Any feedback welcome, thanks guys.",
                 "Review of {n}\n{p}\nGreat time in {c}, very friendly, clean flat, would "
                 "recommend her. Any feedback welcome, thanks guys.",
                 "{n} {p}, {c}. Does anybody have her new number? Any feedback welcome, thanks guys."]),
    "de": dict(
        region="DE", site="nachtfalter.example", cities=["Berlin", "Hamburg"],
        titles=["{n} neu in {c}", "Süße {n} heute in {c}", "{n}, echte Fotos, {c}"],
        pool=["Ich bin freundlich, diskret und immer gut gelaunt.",
              "Meine Wohnung ist sauber und nah am Bahnhof.",
              "Nur Gentlemen, keine Eile und keine unterdrückten Nummern.",
              "Abendessen sind willkommen, wenn du früh buchst.",
              "Ich liebe lange Gespräche und guten Wein.",
              "Kurzfristig geht es an den meisten Abenden.",
              "Frische Handtücher und eine heiße Dusche stehen bereit.",
              "Ich komme in Hotels in zwanzig Minuten Umkreis."],
        contact=["Ruf mich an: {p}", "Meine Nummer: {p}", "WhatsApp {p}"],
        trap=("Viel Erfahrung mit Rollenspielen {p}", "Ruf mich an, Küsschen."),
        clients=["War jemand bei {n} unter {p}? Ist sie echt und sind die Fotos aktuell? Ich "
                 "überlege, sie am Wochenende in {c} zu buchen, danke für jede Rückmeldung.",
                 "Bewertung: {n}, {p}, {c}. Tolle Zeit, sehr freundlich, saubere Wohnung, klare "
                 "Empfehlung. Danke für jede Rückmeldung.",
                 "Ist diese Nummer {p} ein Fake? Sie wollte vor dem Treffen mit {n} in {c} eine "
                 "Anzahlung. Danke für jede Rückmeldung.",
                 "Ich suche die {n} aus {c} mit der Nummer {p}. Hat jemand ihre neue Nummer? "
                 "Danke für jede Rückmeldung.",
                 "Bewertung {n}\n{p}\nTolle Zeit in {c}, sehr freundlich, saubere Wohnung, klare "
                 "Empfehlung. Danke für jede Rückmeldung.",
                 "{n} {p}, {c}. Hat jemand ihre neue Nummer? Danke für jede Rückmeldung."]),
    "fr": dict(
        region="FR", site="petitelune.example", cities=["Lyon", "Paris"],
        titles=["{n} nouvelle à {c}", "Douce {n} ce soir à {c}", "{n}, vraies photos, {c}"],
        pool=["Je suis gentille, discrète et toujours souriante.",
              "Mon appartement est propre et près de la gare.",
              "Messieurs seulement, sans hâte et sans numéro masqué.",
              "Les dîners sont bienvenus si vous réservez tôt.",
              "J'adore les longues conversations et le bon vin.",
              "Au dernier moment, c'est possible presque tous les soirs.",
              "Des serviettes propres et une douche chaude vous attendent.",
              "Je me déplace dans les hôtels à vingt minutes."],
        contact=["Appelle moi au {p}", "Mon numéro : {p}", "WhatsApp {p}"],
        trap=("Mon avis : vous allez adorer {p}", "Appelle moi vite."),
        clients=["Quelqu'un connaît {n} au {p} ? Est-elle réelle et les photos sont-elles "
                 "récentes ? Je pense la voir ce week-end à {c}, merci pour vos retours.",
                 "Mon avis sur {n}, {p}, {c} : super moment, très gentille, appartement propre, "
                 "je recommande. Merci pour vos retours.",
                 "Est-ce un fake le numéro {p} ? On m'a demandé un acompte avant de voir {n} à "
                 "{c}. Merci pour vos retours.",
                 "Je cherche la fille {n} qui était au {p} à {c} le mois dernier. Quelqu'un a son "
                 "nouveau numéro ? Merci pour vos retours.",
                 "Mon avis sur {n}\n{p}\nSuper moment à {c}, très gentille, appartement propre, "
                 "je recommande. Merci pour vos retours.",
                 "{n} {p}, {c}. Quelqu'un a son nouveau numéro ? Merci pour vos retours."]),
    "es": dict(
        region="ES", site="lunaroja.example", cities=["Madrid", "Valencia"],
        titles=["{n} nueva en {c}", "Dulce {n} esta noche en {c}", "{n}, fotos reales, {c}"],
        pool=["Soy simpática, discreta y siempre sonriente.",
              "Mi piso está limpio y cerca de la estación.",
              "Solo caballeros, sin prisas y sin números ocultos.",
              "Las cenas son bienvenidas si reservas pronto.",
              "Me encantan las charlas largas y el buen vino.",
              "Con poca antelación es posible casi todas las noches.",
              "Toallas limpias y una ducha caliente te esperan.",
              "Me desplazo a hoteles a veinte minutos."],
        contact=["Llámame al {p}", "Mi número: {p}", "WhatsApp {p}"],
        trap=("Lee mi reseña y escribe {p}", "Llámame cuando quieras."),
        clients=["¿Alguien conoce a {n} del {p}? ¿Es real y las fotos son recientes? Pienso verla "
                 "este fin de semana en {c}, gracias por vuestras opiniones.",
                 "Reseña: {n}, {p}, {c}. Muy buen rato, muy simpática, piso limpio, la recomiendo. "
                 "Gracias por vuestras opiniones.",
                 "¿Es fake el número {p}? Me pidieron un adelanto antes de ver a {n} en {c}. "
                 "Gracias por vuestras opiniones.",
                 "Busco a la chica {n} que estaba en el {p} en {c} el mes pasado. ¿Alguien tiene "
                 "su nuevo número? Gracias por vuestras opiniones.",
                 "Reseña {n}\n{p}\nMuy buen rato en {c}, muy simpática, piso limpio, la "
                 "recomiendo. Gracias por vuestras opiniones.",
                 "{n} {p}, {c}. ¿Alguien tiene su nuevo número? Gracias por vuestras opiniones."]),
    "it": dict(
        region="IT", site="stellarossa.example", cities=["Milano", "Roma"],
        titles=["{n} nuova a {c}", "Dolce {n} stasera a {c}", "{n}, foto reali, {c}"],
        pool=["Sono simpatica, discreta e sempre sorridente.",
              "La mia casa è pulita e vicina alla stazione.",
              "Solo gentiluomini, senza fretta e senza numeri privati.",
              "Le cene sono benvenute se prenoti presto.",
              "Adoro le lunghe chiacchierate e il buon vino.",
              "Con poco preavviso si può quasi tutte le sere.",
              "Asciugamani puliti e una doccia calda ti aspettano.",
              "Vengo negli hotel entro venti minuti."],
        contact=["Chiamami al {p}", "Il mio numero: {p}", "WhatsApp {p}"],
        trap=("Tanta esperienza con uomini maturi {p}", "Chiamami per un appuntamento."),
        clients=["Qualcuno conosce {n} al {p}? È reale e le foto sono recenti? Penso di vederla "
                 "questo fine settimana a {c}, grazie per i vostri commenti.",
                 "Recensione: {n}, {p}, {c}. Bellissimo momento, molto gentile, casa pulita, la "
                 "consiglio. Grazie per i vostri commenti.",
                 "È un fake il numero {p}? Mi hanno chiesto un anticipo prima di vedere {n} a {c}. "
                 "Grazie per i vostri commenti.",
                 "Cerco la ragazza {n} che era al {p} a {c} il mese scorso. Qualcuno ha il suo "
                 "nuovo numero? Grazie per i vostri commenti.",
                 "Recensione {n}\n{p}\nBellissimo momento a {c}, molto gentile, casa pulita, la "
                 "consiglio. Grazie per i vostri commenti.",
                 "{n} {p}, {c}. Qualcuno ha il suo nuovo numero? Grazie per i vostri commenti."]),
    "pl": dict(
        region="PL", site="nocnemotyle.example", cities=["Warszawa", "Kraków"],
        titles=["{n} nowa w {c}", "Słodka {n} dziś w {c}", "{n}, prawdziwe zdjęcia, {c}"],
        pool=["Jestem miła, dyskretna i zawsze uśmiechnięta.",
              "Moje mieszkanie jest czyste i blisko dworca.",
              "Tylko dżentelmeni, bez pośpiechu i bez zastrzeżonych numerów.",
              "Kolacje mile widziane, jeśli zarezerwujesz wcześniej.",
              "Uwielbiam długie rozmowy i dobre wino.",
              "Na ostatnią chwilę da się prawie każdego wieczoru.",
              "Czyste ręczniki i gorący prysznic czekają.",
              "Dojeżdżam do hoteli w promieniu dwudziestu minut."],
        contact=["Zadzwoń: {p}", "Mój numer: {p}", "WhatsApp {p}"],
        trap=("Opinie o mnie tylko dobre {p}", "Zadzwoń do mnie."),
        clients=["Czy ktoś był u {n} pod numerem {p}? Czy jest prawdziwa i zdjęcia są aktualne? "
                 "Myślę o spotkaniu w weekend w {c}, dzięki za opinie.",
                 "Opinia o {n}, {p}, {c}. Świetnie spędzony czas, bardzo miła, czyste mieszkanie, "
                 "polecam. Dzięki za opinie.",
                 "Czy ten numer {p} to fake? Chcieli zaliczki przed spotkaniem z {n} w {c}. Dzięki "
                 "za opinie.",
                 "Szukam dziewczyny {n}, która była pod numerem {p} w {c} w zeszłym miesiącu. Ktoś "
                 "ma jej nowy numer? Dzięki za opinie.",
                 "Opinia o {n}\n{p}\nŚwietnie spędzony czas w {c}, bardzo miła, czyste "
                 "mieszkanie, polecam. Dzięki za opinie.",
                 "{n} {p}, {c}. Ktoś ma jej nowy numer? Dzięki za opinie."]),
    "pt": dict(
        region="PT", site="docenoite.example", cities=["Lisboa", "Porto"],
        titles=["{n} nova em {c}", "Doce {n} hoje em {c}", "{n}, fotos reais, {c}"],
        pool=["Sou simpática, discreta e sempre sorridente.",
              "O meu apartamento é limpo e perto da estação.",
              "Só cavalheiros, sem pressa e sem números privados.",
              "Jantares são bem-vindos se marcares cedo.",
              "Adoro conversas longas e um bom vinho.",
              "Em cima da hora é possível quase todas as noites.",
              "Toalhas limpas e um duche quente esperam por ti.",
              "Desloco-me a hotéis a vinte minutos."],
        contact=["Liga-me: {p}", "O meu número: {p}", "WhatsApp {p}"],
        trap=("Opinião sobre mim: só elogios {p}", "Liga-me já."),
        clients=["Alguém conhece a {n} do {p}? É real e as fotos são recentes? Penso marcar com "
                 "ela este fim de semana em {c}, obrigado pelas opiniões.",
                 "Avaliação: {n}, {p}, {c}. Momento ótimo, muito simpática, casa limpa, recomendo. "
                 "Obrigado pelas opiniões.",
                 "É fake o número {p}? Pediram um sinal antes de ver a {n} em {c}. Obrigado pelas "
                 "opiniões.",
                 "Procuro a {n} que estava no {p} em {c} no mês passado. Alguém tem o número novo "
                 "dela? Obrigado pelas opiniões.",
                 "Avaliação {n}\n{p}\nMomento ótimo em {c}, muito simpática, casa limpa, "
                 "recomendo. Obrigado pelas opiniões.",
                 "{n} {p}, {c}. Alguém tem o número novo dela? Obrigado pelas opiniões."]),
    "cs": dict(
        region="CZ", site="nocnimotyl.example", cities=["Praha", "Brno"],
        titles=["{n} nová v {c}", "Sladká {n} dnes v {c}", "{n}, skutečné fotky, {c}"],
        pool=["Jsem milá, diskrétní a vždy usměvavá.",
              "Můj byt je čistý a blízko nádraží.",
              "Jen gentlemani, bez spěchu a bez skrytých čísel.",
              "Večeře jsou vítány, pokud rezervuješ dříve.",
              "Miluji dlouhé rozhovory a dobré víno.",
              "Na poslední chvíli to jde skoro každý večer.",
              "Čisté ručníky a horká sprcha čekají.",
              "Přijedu do hotelů do dvaceti minut."],
        contact=["Zavolej mi: {p}", "Moje číslo: {p}", "WhatsApp {p}"],
        trap=("Zkušenosti s masáží mám velké {p}", "Zavolej mi."),
        clients=["Byl někdo u {n} na čísle {p}? Je skutečná a jsou fotky aktuální? Chci ji o "
                 "víkendu v {c} navštívit, díky za zkušenosti.",
                 "Recenze: {n}, {p}, {c}. Skvělý čas, moc milá, čistý byt, doporučuji. Díky za "
                 "zkušenosti.",
                 "Je toto číslo {p} fake? Chtěli zálohu před schůzkou s {n} v {c}. Díky za "
                 "zkušenosti.",
                 "Hledám slečnu {n}, která byla na čísle {p} v {c} minulý měsíc. Má někdo její "
                 "nové číslo? Díky za zkušenosti.",
                 "Recenze {n}\n{p}\nSkvělý čas v {c}, moc milá, čistý byt, doporučuji. Díky za "
                 "zkušenosti.",
                 "{n} {p}, {c}. Má někdo její nové číslo? Díky za zkušenosti."]),
    "nl": dict(
        region="NL", site="nachtvlinder.example", cities=["Amsterdam", "Utrecht"],
        titles=["{n} nieuw in {c}", "Lieve {n} vanavond in {c}", "{n}, echte foto's, {c}"],
        pool=["Ik ben vriendelijk, discreet en altijd vrolijk.",
              "Mijn appartement is schoon en dicht bij het station.",
              "Alleen heren, geen haast en geen afgeschermde nummers.",
              "Etentjes zijn welkom als je vroeg boekt.",
              "Ik hou van lange gesprekken en goede wijn.",
              "Op korte termijn kan het bijna elke avond.",
              "Schone handdoeken en een warme douche staan klaar.",
              "Ik kom naar hotels binnen twintig minuten."],
        contact=["Bel me op {p}", "Mijn nummer: {p}", "WhatsApp {p}"],
        trap=("Veel ervaring met heren {p}", "Bel me gerust."),
        clients=["Kent iemand {n} op {p}? Is ze echt en zijn de foto's recent? Ik denk erover "
                 "haar dit weekend in {c} te boeken, bedankt voor jullie reacties.",
                 "Recensie: {n}, {p}, {c}. Geweldige tijd, heel vriendelijk, schoon appartement, "
                 "aanrader. Bedankt voor jullie reacties.",
                 "Is dit nummer {p} nep? Er werd een aanbetaling gevraagd voor ik {n} in {c} zag. "
                 "Bedankt voor jullie reacties.",
                 "Ik zoek het meisje {n} dat vorige maand in {c} op {p} stond. Heeft iemand haar "
                 "nieuwe nummer? Bedankt voor jullie reacties.",
                 "Recensie {n}\n{p}\nGeweldige tijd in {c}, heel vriendelijk, schoon appartement, "
                 "aanrader. Bedankt voor jullie reacties.",
                 "{n} {p}, {c}. Heeft iemand haar nieuwe nummer? Bedankt voor jullie reacties."]),
    "ru": dict(
        region="RU", site="zvezdnaya.example", cities=["Москва", "Казань"],
        titles=["{n} впервые в городе {c}", "Милая {n} сегодня, {c}", "{n}, реальные фото, {c}"],
        pool=["Я приветливая, скромная и всегда улыбаюсь.",
              "Моя квартира чистая и рядом с вокзалом.",
              "Только джентльмены, без спешки и без скрытых номеров.",
              "Ужины приветствуются, если бронируете заранее.",
              "Люблю долгие разговоры и хорошее вино.",
              "В последний момент можно почти каждый вечер.",
              "Чистые полотенца и горячий душ всегда готовы.",
              "Приезжаю в отели в двадцати минутах."],
        contact=["Звоните: {p}", "Мой номер: {p}", "WhatsApp {p}"],
        trap=("Отзыв обо мне только хороший {p}", "Звоните, жду."),
        clients=["Кто-нибудь был у {n} по номеру {p}? Она настоящая и фото свежие? Думаю "
                 "встретиться в выходные, {c}, спасибо за отзывы.",
                 "Отзыв: {n}, {p}, {c}. Отлично провёл время, очень милая, чистая квартира, "
                 "рекомендую. Спасибо за отзывы.",
                 "Это фейк номер {p}? Просили предоплату перед встречей с {n}, {c}. Спасибо за "
                 "отзывы.",
                 "Ищу девушку {n}, которая была на номере {p}, {c}, в прошлом месяце. У кого есть "
                 "её новый номер? Спасибо за отзывы.",
                 "Отзыв {n}\n{p}\nОтлично провёл время, {c}, очень милая, чистая квартира, "
                 "рекомендую. Спасибо за отзывы.",
                 "{n} {p}, {c}. У кого есть её новый номер? Спасибо за отзывы."]),
}

ads = []
truth = []
counter = itertools.count(1)


def make_ad(lang, title, text, city, day):
    site = LANGS[lang]["site"]
    ad_id = f"c-{next(counter):05d}"
    ad = {"id": ad_id, "site": site, "url": f"https://{site}/ad/{ad_id}",
          "posted_at": f"2026-{9 + day // 30:02d}-{1 + day % 30:02d}T{rng.randrange(24):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": lang,
          "region": LANGS[lang]["region"], "kind": "sex"}
    ads.append(ad)
    return f"{site}:{ad_id}"


def sentence_sets(multi, single):
    """Pool sentences of `multi` advertisers (three each) and `single` ones (two each), any two
    advertisers sharing at most one: their texts are not near-identical."""
    while True:
        triples = list(itertools.combinations(range(8), 3))
        rng.shuffle(triples)
        chosen = []
        for t in triples:
            if all(len(set(t) & set(u)) <= 1 for u in chosen):
                chosen.append(t)
            if len(chosen) == multi:
                break
        pairs = [p for p in itertools.combinations(range(8), 2)
                 if all(len(set(p) & set(u)) <= 1 for u in chosen)]
        rng.shuffle(pairs)
        if len(chosen) == multi and len(pairs) >= single:
            return chosen + pairs[:single]


for lang, L in LANGS.items():
    region = L["region"]
    advertisers = []  # (kind, name, city, [(e164, forms)], n_ads)
    for k in range(2):
        advertisers.append(("net", rng.choice(NAMES), rng.choice(L["cities"]),
                            [new_number(region) for _ in range(2)], rng.randint(4, 7)))
    for k in range(3):
        advertisers.append(("rep", rng.choice(NAMES), rng.choice(L["cities"]),
                            [new_number(region)], rng.randint(2, 3)))
    for k in range(6):
        advertisers.append(("one", rng.choice(NAMES), rng.choice(L["cities"]),
                            [new_number(region)], 1))
    sets = sentence_sets(5, 6)
    quotable = []  # (name, city, (e164, forms)) of numbers clients may quote
    for i, (kind, name, city, numbers, count) in enumerate(advertisers):
        keys = []
        trap = kind != "one" and rng.random() < 0.6  # the own line beside client-like words
        for j in range(count):
            # A network's first half on its first number, the rest on its second; the middle ad
            # gives both.
            if kind == "net":
                if j == count // 2:
                    nums = numbers
                else:
                    nums = [numbers[0] if j < count // 2 else numbers[1]]
            else:
                nums = numbers[:1]
            body = [L["pool"][s] for s in sets[i]]
            if j > 0 and len(body) == 3 and rng.random() < 0.5:
                body[1], body[2] = body[2], body[1]
            lines = []
            for m, (e164, forms) in enumerate(nums):
                written = rng.choice(forms)
                if trap and m == 0 and j % 2 == 0:
                    lines.append(L["trap"][0].format(p=written))
                    body.append(L["trap"][1])
                else:
                    lines.append(rng.choice(L["contact"]).format(p=written))
            title = rng.choice(L["titles"]).format(n=name, c=city)
            keys.append(make_ad(lang, title, " ".join(body) + "\n" + "\n".join(lines), city,
                                rng.randrange(90)))
        if count > 1:
            truth.append({"id": f"{kind}-{lang}-{i}", "ads": keys})
        for number in numbers:
            quotable.append((name, city, number, kind))
    # Clients: one post each, quoting a network's or a reposter's number (now and then a one-ad
    # advertiser's), every form of the language used at least once.
    multi = [q for q in quotable if q[3] != "one"]
    singles = [q for q in quotable if q[3] == "one"]
    forms = list(range(len(L["clients"]))) + [rng.randrange(len(L["clients"])) for _ in range(2)]
    rng.shuffle(multi)
    rng.shuffle(singles)
    for f in forms:
        # Each post about another number (two posts about one number may be one client's repost:
        # the resolver lets those join each other).
        name, city, (e164, written), _ = (multi if multi and rng.random() < 0.8 else singles).pop()
        text = L["clients"][f].format(n=name, p=rng.choice(written), c=city)
        make_ad(lang, text.split("\n")[0][:40].rstrip(" ,.?:"), text, city, rng.randrange(90))

rng.shuffle(ads)
with open("ads.jsonl", "w", encoding="utf-8") as f:
    for ad in ads:
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump({"advertisers": truth}, f, indent=1, ensure_ascii=False)
print(len(ads), "ads,", len(truth), "advertisers with two ads or more")
