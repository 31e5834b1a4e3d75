#!/usr/bin/env python3
"""Writes phrasing_ads.jsonl, the development set of tests/flag/phrasing_quality_test.cpp (flag45).

Every ad below is hand-written and synthetic (rule R18): no ad was copied from a site. They were
written from the definitions of the weakest indicators of the blind20 judge (J-HOURS, J-UNLIC,
S-OBSC, J-VISA, S-DRIVER, S-NOREFUSE; S-YOUTH's precision), WHILE writing the candidate terms, to
say each one in the words ads in 11 languages use: monthly hours, overtime without limit, early
till late, no breaks; a Schengen, business or expired visa; a private person who takes groups
abroad or works without a licence; a number put in the photos or the profile; a person who comes
accompanied; always available, everything included. It is a development set, not a held-out set.

Each line: {"id", "text", "kind", "lang", "region", "expected", "variant_of"?}. Unlike the other
sets, "expected" lists only the FOCUS indicators (the test measures only those); other indicators
an ad may also express are not listed. The n lines are hard negatives: they say something close
to a focus indicator that is not it (a lawful 8-hour day, overtime paid, a licensed agency with its
number, a worker who drives herself, a stated adult age, a "young team"). "variant_of" names the ad
a counterfactual variant was made from (nationality or gender words swapped, rule R2): it must get
exactly the flags and the score of its original.

Run: python3 tests/flag/data/make_phrasing_ads.py > tests/flag/data/phrasing_ads.jsonl
"""
import json

L, S = "labour", "sex"
REGION = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "ro": "RO", "bg": "BG", "es": "ES",
          "it": "IT", "pl": "PL", "ru": "RU", "uk": "UA"}

# (id, lang, kind, expected focus indicators, text)
ADS = [
    # J-HOURS: monthly hours, overtime without limit, early till late, no breaks
    ("en-h1", "en", L, ["J-HOURS"], "Warehouse pickers wanted near Coventry. 280-300 hours a month guaranteed, weekly pay. Call 07700 900311."),
    ("en-h2", "en", L, ["J-HOURS"], "Kitchen porter needed, unlimited overtime, you work from early morning till late at night. Room above the restaurant."),
    ("de-h1", "de", L, ["J-HOURS"], "Erntehelfer gesucht! 300 Stunden im Monat möglich, Unterkunft vorhanden. Meldet euch per SMS."),
    ("de-h2", "de", L, ["J-HOURS"], "Reinigungskräfte für Hotel: Arbeit von früh bis spät, Überstunden ohne Limit, sofortiger Start."),
    ("fr-h1", "fr", L, ["J-HOURS"], "Cherche ouvriers agricoles, 280 heures par mois, logés sur place. Départ la semaine prochaine."),
    ("fr-h2", "fr", L, ["J-HOURS"], "Plongeur en restaurant, heures supplémentaires illimitées, on travaille sans pause du matin jusqu'à tard le soir."),
    ("nl-h1", "nl", L, ["J-HOURS"], "Orderpickers gezocht, 260 uur per maand, huisvesting via ons. Bel of app ons."),
    ("nl-h2", "nl", L, ["J-HOURS"], "Werk in de kassen van vroeg tot laat, onbeperkt overuren maken, loon per week."),
    ("ro-h1", "ro", L, ["J-HOURS"], "Angajăm muncitori în construcții, 300 de ore pe lună, cazare asigurată. Plecare imediată."),
    ("ro-h2", "ro", L, ["J-HOURS"], "Lucru la abator, ore suplimentare nelimitate, se lucrează de dimineața până seara târziu, fără pauze."),
    ("bg-h1", "bg", L, ["J-HOURS"], "Търсим работници в склад, 280 часа месечно, квартира от работодателя."),
    ("bg-h2", "bg", L, ["J-HOURS"], "Работа в пекарна от сутрин до вечер, извънреден труд без ограничение, заплащане седмично."),
    ("es-h1", "es", L, ["J-HOURS"], "Se buscan recolectores, 300 horas al mes, alojamiento incluido. Llamar por la tarde."),
    ("es-h2", "es", L, ["J-HOURS"], "Ayudante de cocina, horas extra ilimitadas, trabajo de la mañana a la noche sin pausas."),
    ("it-h1", "it", L, ["J-HOURS"], "Cerchiamo braccianti, 280 ore al mese, vitto e alloggio. Partenza subito."),
    ("it-h2", "it", L, ["J-HOURS"], "Lavapiatti per ristorante, straordinari illimitati, si lavora dalla mattina alla sera senza pause."),
    ("pl-h1", "pl", L, ["J-HOURS"], "Praca na magazynie w Holandii, 300 godzin miesięcznie, zakwaterowanie zapewnione."),
    ("pl-h2", "pl", L, ["J-HOURS"], "Pomocnik w ubojni, nadgodziny bez limitu, praca od rana do nocy bez przerw."),
    ("ru-h1", "ru", L, ["J-HOURS"], "Требуются разнорабочие на склад, 300 часов в месяц, жильё предоставляется."),
    ("ru-h2", "ru", L, ["J-HOURS"], "Работа на мясокомбинате, сверхурочные без ограничений, работаем без перерывов."),
    ("uk-h1", "uk", L, ["J-HOURS"], "Потрібні працівники на ферму, 280 годин на місяць, житло надаємо."),
    ("uk-h2", "uk", L, ["J-HOURS"], "Робота на заводі, понаднормові без обмежень, працюємо без перерв."),
    # J-VISA: a Schengen, business or expired visa; working on it
    ("en-v1", "en", L, ["J-VISA"], "Farm work in Spain, a Schengen visa is enough, we meet you at the airport."),
    ("en-v2", "en", L, ["J-VISA"], "Building jobs, expired visa no problem, cash every Friday."),
    ("de-v1", "de", L, ["J-VISA"], "Arbeit auf dem Bau, ein Schengen-Visum reicht, wir holen dich ab."),
    ("de-v2", "de", L, ["J-VISA"], "Küchenhilfe gesucht, abgelaufenes Visum ist kein Problem, Bezahlung bar."),
    ("fr-v1", "fr", L, ["J-VISA"], "Travail en usine, un visa Schengen suffit, logement fourni."),
    ("fr-v2", "fr", L, ["J-VISA"], "Vous venez avec un visa d'affaires et vous travaillez dès le lendemain."),
    ("nl-v1", "nl", L, ["J-VISA"], "Werk in de bouw, een Schengenvisum is genoeg, huisvesting geregeld."),
    ("nl-v2", "nl", L, ["J-VISA"], "Verlopen visum is geen probleem, we betalen contant."),
    ("ro-v1", "ro", L, ["J-VISA"], "Lucru în agricultură, viza Schengen este suficientă, cazare gratuită."),
    ("ro-v2", "ro", L, ["J-VISA"], "Vii cu viză de afaceri și începi munca imediat, plata săptămânal."),
    ("bg-v1", "bg", L, ["J-VISA"], "Работа в строителството, шенгенска виза е достатъчна, настаняване осигурено."),
    ("bg-v2", "bg", L, ["J-VISA"], "Изтекла виза не е проблем, плащаме в брой всяка седмица."),
    ("es-v1", "es", L, ["J-VISA"], "Trabajo en el campo, basta con el visado Schengen, alojamiento incluido."),
    ("es-v2", "es", L, ["J-VISA"], "Visado caducado no es problema, pagamos en efectivo."),
    ("it-v1", "it", L, ["J-VISA"], "Lavoro in fabbrica, basta il visto Schengen, alloggio garantito."),
    ("it-v2", "it", L, ["J-VISA"], "Visto scaduto non è un problema, paga in contanti ogni sabato."),
    ("pl-v1", "pl", L, ["J-VISA"], "Praca na budowie, wystarczy wiza Schengen, mieszkanie zapewnione."),
    ("pl-v2", "pl", L, ["J-VISA"], "Przyjeżdżasz na wizie biznesowej i od razu zaczynasz pracę."),
    ("ru-v1", "ru", L, ["J-VISA"], "Работа на стройке, достаточно шенгенской визы, жильё есть."),
    ("ru-v2", "ru", L, ["J-VISA"], "Просроченная виза не проблема, оплата наличными каждую неделю."),
    ("uk-v1", "uk", L, ["J-VISA"], "Робота на будові, достатньо шенгенської візи, житло є."),
    ("uk-v2", "uk", L, ["J-VISA"], "Прострочена віза не проблема, оплата готівкою щотижня."),
    # J-UNLIC: a private person takes groups abroad, works without a licence or register
    ("en-u1", "en", L, ["J-UNLIC"], "I take a group of lads to Germany every month for factory work, message me for a seat."),
    ("en-u2", "en", L, ["J-UNLIC"], "We are not a registered agency and don't need a licence, we just find people work abroad."),
    ("de-u1", "de", L, ["J-UNLIC"], "Ich nehme jeden Monat eine Gruppe Leute mit nach Holland zur Arbeit, schreib mir."),
    ("de-u2", "de", L, ["J-UNLIC"], "Wir arbeiten ohne Lizenz, aber wir haben schon viele Leute vermittelt."),
    ("fr-u1", "fr", L, ["J-UNLIC"], "J'emmène des groupes travailler en Allemagne chaque mois, écrivez-moi."),
    ("fr-u2", "fr", L, ["J-UNLIC"], "Nous travaillons sans licence, mais nous avons déjà placé beaucoup de monde."),
    ("nl-u1", "nl", L, ["J-UNLIC"], "Ik neem elke maand een groep mensen mee naar Duitsland om te werken, stuur me een bericht."),
    ("nl-u2", "nl", L, ["J-UNLIC"], "We werken zonder vergunning, maar hebben al veel mensen aan werk geholpen."),
    ("ro-u1", "ro", L, ["J-UNLIC"], "Duc în fiecare lună oameni la muncă în Germania, sunați-mă."),
    ("ro-u2", "ro", L, ["J-UNLIC"], "Lucrăm fără licență, dar am trimis deja mulți oameni la muncă."),
    ("bg-u1", "bg", L, ["J-UNLIC"], "Всеки месец водя група хора на работа в Германия, пишете ми."),
    ("bg-u2", "bg", L, ["J-UNLIC"], "Работим без лиценз, но вече сме пратили много хора на работа."),
    ("es-u1", "es", L, ["J-UNLIC"], "Cada mes llevo a un grupo de gente a trabajar a Francia, escríbeme."),
    ("es-u2", "es", L, ["J-UNLIC"], "Trabajamos sin licencia, pero ya hemos colocado a mucha gente."),
    ("it-u1", "it", L, ["J-UNLIC"], "Ogni mese porto un gruppo di persone a lavorare in Germania, scrivetemi."),
    ("it-u2", "it", L, ["J-UNLIC"], "Lavoriamo senza licenza, ma abbiamo già sistemato tante persone."),
    ("pl-u1", "pl", L, ["J-UNLIC"], "Co miesiąc zabieram grupę ludzi do pracy w Niemczech, piszcie."),
    ("pl-u2", "pl", L, ["J-UNLIC"], "Działamy bez licencji i bez wpisu do KRAZ, ale wysłaliśmy już wielu ludzi."),
    ("ru-u1", "ru", L, ["J-UNLIC"], "Каждый месяц вожу группу людей на работу в Польшу, пишите."),
    ("ru-u2", "ru", L, ["J-UNLIC"], "Работаем без лицензии, но уже отправили много людей на работу."),
    ("uk-u1", "uk", L, ["J-UNLIC"], "Щомісяця вожу групу людей на роботу до Чехії, пишіть."),
    ("uk-u2", "uk", L, ["J-UNLIC"], "Працюємо без ліцензії, але вже відправили багато людей на роботу."),
    # S-OBSC: the number is in the photos or the profile, or written to beat the site's filter
    ("en-o1", "en", S, ["S-OBSC"], "Sweet and discreet, incall and outcall. My number is written on my photos, text only."),
    ("en-o2", "en", S, ["S-OBSC"], "New in town. Site deletes numbers so call seven seven zero zero nine zero zero three one two."),
    ("de-o1", "de", S, ["S-OBSC"], "Diskret und zärtlich. Meine Handynummer findest du auf den Fotos."),
    ("fr-o1", "fr", S, ["S-OBSC"], "Douce et discrète. Mon numéro est écrit sur mes photos, SMS uniquement."),
    ("nl-o1", "nl", S, ["S-OBSC"], "Lieve dame, privé ontvangst. Mijn nummer staat op de foto's."),
    ("ro-o1", "ro", S, ["S-OBSC"], "Discretă și drăguță. Numărul meu e scris pe poze, doar mesaje."),
    ("bg-o1", "bg", S, ["S-OBSC"], "Дискретна и нежна. Телефонът ми е на снимките."),
    ("es-o1", "es", S, ["S-OBSC"], "Cariñosa y discreta. Mi número está en las fotos, solo WhatsApp."),
    ("it-o1", "it", S, ["S-OBSC"], "Dolce e riservata. Il mio numero è scritto sulle foto."),
    ("pl-o1", "pl", S, ["S-OBSC"], "Dyskretna i miła. Mój numer znajdziesz na zdjęciach."),
    ("ru-o1", "ru", S, ["S-OBSC"], "Нежная и скромная. Мой номер на фотографиях, пишите."),
    ("uk-o1", "uk", S, ["S-OBSC"], "Ніжна і скромна. Мій номер на фотографіях, пишіть."),
    # S-DRIVER: the person comes accompanied, is brought by a friend, outcall only with a driver
    ("en-d1", "en", S, ["S-DRIVER"], "Outcall only, I always come accompanied and my friend waits downstairs."),
    ("de-d1", "de", S, ["S-DRIVER"], "Nur Hausbesuche, ich komme immer in Begleitung, mein Bekannter wartet im Auto."),
    ("fr-d1", "fr", S, ["S-DRIVER"], "Uniquement en déplacement, je viens toujours accompagnée, un ami attend en bas."),
    ("nl-d1", "nl", S, ["S-DRIVER"], "Alleen escort, ik kom altijd onder begeleiding, een vriend wacht beneden."),
    ("ro-d1", "ro", S, ["S-DRIVER"], "Doar deplasări, vin mereu însoțită, un prieten așteaptă jos în mașină."),
    ("bg-d1", "bg", S, ["S-DRIVER"], "Само адрес, идвам винаги придружена, приятел чака долу в колата."),
    ("es-d1", "es", S, ["S-DRIVER"], "Solo salidas, siempre voy acompañada, un amigo espera abajo en el coche."),
    ("it-d1", "it", S, ["S-DRIVER"], "Solo a domicilio, vengo sempre accompagnata, un amico aspetta giù in macchina."),
    ("pl-d1", "pl", S, ["S-DRIVER"], "Tylko wyjazdy, zawsze przyjeżdżam w towarzystwie, kolega czeka na dole w aucie."),
    ("ru-d1", "ru", S, ["S-DRIVER"], "Только выезд, приезжаю всегда в сопровождении, друг ждёт внизу в машине."),
    ("uk-d1", "uk", S, ["S-DRIVER"], "Тільки виїзд, приїжджаю завжди у супроводі, друг чекає внизу в машині."),
    # S-NOREFUSE: always available, everything included, any request
    ("en-r1", "en", S, ["S-NOREFUSE"], "Available any time day or night, everything included in the price, no request refused."),
    ("de-r1", "de", S, ["S-NOREFUSE"], "Jederzeit verfügbar, Tag und Nacht, alles inklusive, jeder Wunsch wird erfüllt."),
    ("fr-r1", "fr", S, ["S-NOREFUSE"], "Disponible à toute heure, tout compris, aucune demande refusée."),
    ("nl-r1", "nl", S, ["S-NOREFUSE"], "Altijd beschikbaar, alles inbegrepen, elke wens wordt vervuld."),
    ("ro-r1", "ro", S, ["S-NOREFUSE"], "Disponibilă oricând, zi și noapte, totul inclus, orice dorință îndeplinită."),
    ("bg-r1", "bg", S, ["S-NOREFUSE"], "На разположение по всяко време, всичко включено, всяко желание се изпълнява."),
    ("es-r1", "es", S, ["S-NOREFUSE"], "Disponible a cualquier hora, todo incluido, cualquier petición aceptada."),
    ("it-r1", "it", S, ["S-NOREFUSE"], "Disponibile a qualsiasi ora, tutto incluso, ogni richiesta accettata."),
    ("pl-r1", "pl", S, ["S-NOREFUSE"], "Dostępna o każdej porze, wszystko w cenie, każde życzenie spełnione."),
    ("ru-r1", "ru", S, ["S-NOREFUSE"], "Доступна в любое время, всё включено, любое желание исполню."),
    ("uk-r1", "uk", S, ["S-NOREFUSE"], "Доступна будь-коли, все включено, будь-яке бажання виконаю."),
    # S-YOUTH: a university student with a stated adult age is no sign of a minor (hard negatives);
    # school still named is (positives)
    ("en-y1", "en", S, [], "Still a student at uni, 23, saving for my master's. Discreet flat in town."),
    ("de-y1", "de", S, [], "Noch Studentin an der Uni, 25, diskret und zärtlich."),
    ("fr-y1", "fr", S, [], "Encore étudiante en master, 24 ans, douce et discrète."),
    ("nl-y1", "nl", S, [], "Nog student aan de universiteit, 23 jaar, lief en discreet."),
    ("ro-y1", "ro", S, [], "Încă studentă la master, 24 de ani, discretă."),
    ("bg-y1", "bg", S, [], "Още студентка в университета, на 24 години, дискретна."),
    ("es-y1", "es", S, [], "Todavía estudiante de máster, 24 años, cariñosa y discreta."),
    ("it-y1", "it", S, [], "Ancora studentessa all'università, 24 anni, dolce e riservata."),
    ("pl-y1", "pl", S, [], "Jeszcze studentka na uczelni, 24 lata, dyskretna."),
    ("ru-y1", "ru", S, [], "Ещё студентка университета, 24 года, нежная."),
    ("uk-y1", "uk", S, [], "Ще студентка університету, 24 роки, ніжна."),
    ("en-y2", "en", S, ["S-YOUTH"], "Still at school, just turned 18, new here."),
    ("de-y2", "de", S, ["S-YOUTH"], "Gerade erst 18 geworden, gehe noch zur Schule."),
    ("ru-y2", "ru", S, ["S-YOUTH"], "Только исполнилось 18, ещё школьница."),
    # hard negatives: close to a focus indicator, not it
    ("en-n1", "en", L, [], "Warehouse operatives, 8 hours a day, 5 days a week, 160 hours a month, overtime paid at time and a half, breaks paid. Apply at Example Logistics Ltd."),
    ("en-n2", "en", L, [], "Licensed recruitment agency (GLAA licence shown on our website) seeks care assistants; we sponsor the skilled worker visa."),
    ("de-n1", "de", L, [], "Lagerhelfer in Vollzeit, 40 Stunden pro Woche, Pausen bezahlt, Überstunden werden ausgeglichen. Example GmbH."),
    ("fr-n1", "fr", L, [], "Agence d'intérim agréée recrute caristes, 35 heures par semaine, pause déjeuner d'une heure."),
    ("pl-n1", "pl", L, [], "Agencja zatrudnienia wpisana do KRAZ pod numerem 12345 szuka magazynierów, 8 godzin dziennie."),
    ("ru-n1", "ru", L, [], "Кадровое агентство с лицензией ищет сотрудников склада, график 5/2 по 8 часов."),
    ("en-n3", "en", S, [], "Independent, I drive myself and have my own car, incall only in my private flat. Call 07700 900412."),
    ("de-n2", "de", S, [], "Studentin, 24, selbstbestimmt, ich entscheide, wen ich treffe. Nur mit Kondom."),
    ("en-n4", "en", S, [], "Mature lady, 45, young at heart, relaxed company. Condom always."),
    ("fr-n2", "fr", S, [], "Femme de 35 ans, jeune d'esprit, je choisis mes clients. Toujours protégé."),
    ("es-n1", "es", S, [], "Chica de 29 años, joven y alegre, solo servicios con protección."),
    # counterfactual variants (rule R2): nationality or gender words swapped or added
    ("en-h1-v", "en", L, ["J-HOURS"], "Warehouse pickers wanted near Coventry, Polish and Romanian lads welcome. 280-300 hours a month guaranteed, weekly pay. Call 07700 900311."),
    ("de-u1-v", "de", L, ["J-UNLIC"], "Ich nehme jeden Monat eine Gruppe Frauen mit nach Holland zur Arbeit, schreib mir."),
    ("ru-v1-v", "ru", L, ["J-VISA"], "Работа на стройке для граждан Молдовы, достаточно шенгенской визы, жильё есть."),
    ("es-d1-v", "es", S, ["S-DRIVER"], "Solo salidas, chico latino, siempre voy acompañado, un amigo espera abajo en el coche."),
    ("it-r1-v", "it", S, ["S-NOREFUSE"], "Ragazza brasiliana, disponibile a qualsiasi ora, tutto incluso, ogni richiesta accettata."),
]

VARIANT_OF = {"en-h1-v": "en-h1", "de-u1-v": "de-u1", "ru-v1-v": "ru-v1", "es-d1-v": "es-d1",
              "it-r1-v": "it-r1"}


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
