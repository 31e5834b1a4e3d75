#!/usr/bin/env python3
"""Writes heldout_ads.jsonl, the development set of tests/flag/heldout_quality_test.cpp.

Every ad below is hand-written and synthetic (rule R18): no ad was copied from a site. They were
written WHILE LOOKING AT THE RULE PACKS, to say each text indicator of indicators.md tables 2A-2C
and 2E in other words than the packs' phrases, so this is a development set, not a true held-out
set: a real held-out set must be written by someone who has not read rules/*.toml.

Each line: {"id", "text", "kind", "lang", "region", "expected": [indicator ids], "variant_of"?}.
- "expected" lists every indicator the ad expresses, T0 ones (S-MOVE, S-SCREEN, S-TRUST,
  S-EMOJI) included; benign ads (legitimate job ads, safety practices, touring) expect no scored
  indicator.
- J-EMPL (no identifiable employer) is an absence: it is expected wherever an ad says how to get
  in touch (a number, an address, "write in private") and names no company, registration number,
  address or website. Lines written before the absence check existed (2026-11-30) were labelled
  only where they said so in words; the six task-scam lines that ask to write in private were
  relabelled then.
- S-3P includes a driver who brings "her", "him" or "them": the ad speaks of the person in the
  third person, which is the knowledge base's definition ("she"). The twelve driver lines (the
  s2 lines and es-f2) were labelled S-DRIVER only until 2026-11-30 (flag8), when the third blind
  set (BLIND3.md, S-3P) and the packs' driver terms for S-3P made the disagreement visible.
- J-ACCOM includes housing whose rent is taken from wages (the employer is the landlord: the
  knowledge base raises J-ACCOM to T2 then). Six lines (en-j3, fr-j3, es-j3, ru-j3, uk-j3, uk-f1)
  were labelled J-DEDUCT only until 2026-11-30 (flag8); the third blind set labels the same form
  J-ACCOM.
- fr-f1 ("Écrivez-nous sur WhatsApp") says how to get in touch and names no employer or pay, so
  it is J-EMPL and J-VAGUE (no pay) by the conventions above; it was labelled without them until
  2026-11-30 (flag8), when "write to us" became a way to apply for the absence checks.
- By the same conventions, the lines that ask the reader to send photos or a copy of a passport,
  to reply on a messenger or to write in private and name no employer (the j4 lines in every
  language, fr-j5, nl-j5, es-j5, it-j5, fr-j6, nl-j6, ro-j6, es-f1) are J-EMPL, and J-VAGUE where
  they state no pay; they were labelled so on 2026-12-03 (flag40), when such a request to the
  reader (marker list reach-out) became a way to apply for the absence checks. en-j4 and de-j4 had
  J-EMPL already; the j5 lines that ask nothing of the reader (ro, bg, pl, ru, uk) stay as they are.
- "variant_of" names the ad a counterfactual variant was made from: the same ad with nationality,
  ethnicity or gender words swapped or added (rule R2). A variant must get exactly the flags and
  the score of its original.

Run: python3 tests/flag/data/make_heldout_ads.py > tests/flag/data/heldout_ads.jsonl
"""
import json
import sys

# (id, lang, kind, region, expected, text). "{X}" marks the slot of the counterfactual words.
ADS = [
    # ---------------------------------------------------------------- en
    ("en-j1", "en", "labour", "GB", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS", "J-URGENT"],
     "Warehouse pickers needed. No prior work experience? Not a problem. Speaking English is not "
     "necessary. We give you a room at no cost and the coach ticket is paid by us. You can begin "
     "work the day after tomorrow, departure this week."),
    ("en-j2", "en", "labour", "GB", ["J-SAL", "J-LATER", "J-FEE"],
     "Packing job, take-home £4,800 a month. The contract is signed once you get here and half of "
     "the wages are paid cash in hand. A £250 admin fee must be paid before you travel."),
    ("en-j3", "en", "labour", "GB", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-ACCOM"],
     "Farm work: wages are paid out once the harvest is over. Shifts of 14 hours, seven days "
     "every week. The cost of the caravan is taken off your wages each week."),
    ("en-j4", "en", "labour", "GB", ["J-ENT", "J-PHOTO", "J-EMPL", "J-MSG", "J-VAGUE"],
     "Looking for dancers and hostesses for clubs overseas. Send full-length photos in swimwear. "
     "Ages 18 to 25 only. Name of the club given at the interview. Reply on WhatsApp only."),
    ("en-j5", "en", "labour", "GB", ["J-VISA", "J-DOCS", "J-VAGUE"],
     "You can come over on a visitor visa, we handle everything. Your passport stays with the "
     "agency for registration. Everything else we explain over the phone."),
    ("en-j6", "en", "labour", "GB", ["J-FEE", "J-TASK"],
     "Work from home: earn £5 for every review you post on hotels and products. Top up your "
     "account to unlock your commission."),
    ("en-j7", "en", "labour", "GB", ["J-HUB", "J-NOEXP", "J-TRANS"],
     "Chat support agents wanted for an office in Sihanoukville, flight included. High pay and no "
     "experience needed."),
    ("en-s1", "en", "sex", "GB", ["S-YOUTH", "S-3P"],
     "Sweet new face, a schoolgirl who turned 18 last week. Book her through our manager."),
    ("en-s2", "en", "sex", "GB", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-EMOJI", "S-3P"],
     "Anything goes, no client is refused, available around the clock. Our driver will take her "
     "to your hotel. All pictures are real 🌹"),
    ("en-s3", "en", "sex", "GB", ["S-DISCREP"],
     "Review: the woman who opened the door looked nothing like the pictures on the profile."),
    ("en-b1", "en", "labour", "GB", [],
     "Warehouse operative at Acme Logistics Ltd, company number 01234567, 40 hours a week, £12.50 "
     "per hour, written contract before you start. Apply on our website or call our office."),
    ("en-b2", "en", "sex", "GB", ["S-SCREEN"],
     "Independent companion. New clients must pass screening first; safe sex only. I work with a "
     "security driver."),
    ("en-b3", "en", "sex", "GB", ["S-MOVE"],
     "On tour in Leeds this week only, back home on Sunday."),
    ("en-c1", "en", "labour", "GB", ["J-ACCOM", "J-URGENT"],
     "Hiring {X} for fruit packing, free accommodation, start tomorrow."),
    ("en-c2", "en", "sex", "GB", ["S-NOREFUSE"],
     "{X}, no limits, call me."),
    # ---------------------------------------------------------------- de
    ("de-j1", "de", "labour", "DE", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Helfer für Schlachthof gesucht. Erfahrung ist nicht nötig, Deutschkenntnisse braucht ihr "
     "nicht. Eine Unterkunft stellt der Arbeitgeber kostenlos, die Busfahrt zahlt die Firma."),
    ("de-j2", "de", "labour", "DE", ["J-FEE", "J-LATER", "J-URGENT"],
     "Vor der Abreise ist eine Vermittlungsgebühr von 300 Euro zu zahlen. Den Arbeitsvertrag "
     "bekommst du erst nach der Ankunft. Abreise schon am Montag, sofort anfangen."),
    ("de-j3", "de", "labour", "DE", ["J-PAYLATER", "J-HOURS", "J-DEDUCT"],
     "Der Lohn wird erst am Ende der Saison ausgezahlt. Arbeitszeit 14 Stunden täglich, sieben "
     "Tage pro Woche. Die Miete ziehen wir direkt vom Lohn ab."),
    ("de-j4", "de", "labour", "DE", ["J-ENT", "J-PHOTO", "J-EMPL", "J-MSG", "J-VAGUE"],
     "Tänzerinnen für Bars im Ausland gesucht. Schick uns Ganzkörperfotos. Den Namen des "
     "Arbeitgebers erfährst du im Vorstellungsgespräch. Bewerbung ausschließlich über WhatsApp."),
    ("de-j5", "de", "labour", "DE", ["J-VISA", "J-DOCS", "J-VAGUE"],
     "Einreise mit Touristenvisum möglich. Den Reisepass behält der Arbeitgeber zur "
     "Registrierung. Weitere Infos nur telefonisch."),
    ("de-j6", "de", "labour", "DE", ["J-TASK", "J-SAL", "J-NOEXP"],
     "Nebenjob von zu Hause: Bewertungen für Hotels schreiben und dafür bezahlt werden, 5 € je "
     "Bewertung. Top Verdienst ohne Erfahrung."),
    ("de-j7", "de", "labour", "RO", ["J-SAL", "J-HUB", "J-TRANS"],
     "Kundenservice-Mitarbeiter für Büro in Bangkok gesucht, Flug bezahlt, Monatsgehalt 3000 €."),
    ("de-s1", "de", "sex", "DE", ["S-YOUTH", "S-3P", "S-TRUST"],
     "Unsere Neue ist frisch 18 geworden und geht noch zur Schule. Termine über meinen Chef. Echte "
     "Bilder."),
    ("de-s2", "de", "sex", "DE", ["S-NOREFUSE", "S-DRIVER", "S-3P"],
     "Alles ohne Gummi möglich, Tag und Nacht erreichbar. Der Fahrer bringt sie zu dir."),
    ("de-s3", "de", "sex", "DE", ["S-DISCREP"],
     "Erfahrungsbericht: Die Frau an der Tür war nicht dieselbe wie auf den Fotos."),
    ("de-b1", "de", "labour", "DE", [],
     "Lagerhelfer (m/w/d) bei Muster Logistik GmbH, HRB 12345, unbefristeter Arbeitsvertrag, "
     "Tariflohn, Bewerbung über unsere Website."),
    ("de-b2", "de", "sex", "DE", ["S-SCREEN"],
     "Diskret und selbstständig. Verifizierung ist erforderlich, nur mit Kondom."),
    ("de-b3", "de", "sex", "DE", ["S-MOVE"],
     "Neu in der Stadt, nur wenige Tage hier."),
    ("de-c1", "de", "labour", "DE", ["J-NOLANG", "J-ACCOM"],
     "Wir suchen {X} für die Spargelernte, ohne Sprachkenntnisse, kostenlose Unterkunft."),
    # ---------------------------------------------------------------- fr
    ("fr-j1", "fr", "labour", "FR", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Cueilleurs recherchés, aucune expérience exigée, parler français n'est pas nécessaire. "
     "Logement offert par l'employeur, le billet de bus est pris en charge."),
    ("fr-j2", "fr", "labour", "FR", ["J-FEE", "J-LATER", "J-URGENT"],
     "Des frais d'inscription de 200 € sont à régler avant le départ. Le contrat sera signé à "
     "votre arrivée. Départ immédiat."),
    ("fr-j3", "fr", "labour", "FR", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-ACCOM"],
     "Le salaire sera versé à la fin de la saison. Journées de 13 heures, 7 jours sur 7. Le "
     "logement est retenu sur votre salaire."),
    ("fr-j4", "fr", "labour", "FR", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Recherche danseuses pour cabarets à l'étranger. Envoyez une photo en pied. Candidature "
     "uniquement par WhatsApp."),
    ("fr-j5", "fr", "labour", "FR", ["J-VISA", "J-DOCS", "J-EMPL", "J-VAGUE"],
     "Vous pouvez venir avec un visa touristique. Envoyez-nous une copie de votre passeport. "
     "Employeur confidentiel."),
    ("fr-j6", "fr", "labour", "FR", ["J-TASK", "J-VAGUE", "J-EMPL"],
     "Opérateur marketing à domicile : 3 € par avis posté. Plus d'infos en message privé."),
    ("fr-j7", "fr", "labour", "FR", ["J-HUB", "J-NOEXP", "J-TRANS"],
     "Service client en Thaïlande, vol offert, salaire attractif sans expérience."),
    ("fr-s1", "fr", "sex", "FR", ["S-YOUTH", "S-3P"],
     "Elle vient d'avoir 18 ans, encore lycéenne. Contactez notre responsable."),
    ("fr-s2", "fr", "sex", "FR", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Tout est permis, sans tabous, disponible 24h/24. Le chauffeur la dépose chez vous. Photos "
     "100% réelles."),
    ("fr-s3", "fr", "sex", "FR", ["S-DISCREP"],
     "Avis : ce n'était pas la même personne que sur les photos."),
    ("fr-b1", "fr", "labour", "FR", [],
     "Préparateur de commandes, société Exemple SAS, SIRET 123 456 789 00012, CDI, 35 heures, "
     "contrat écrit remis à la signature."),
    ("fr-b2", "fr", "sex", "FR", ["S-SCREEN"],
     "Indépendante. Vérification obligatoire pour les nouveaux clients, toujours avec préservatif."),
    ("fr-b3", "fr", "sex", "FR", ["S-MOVE"],
     "De passage à Lyon, en tournée."),
    ("fr-c1", "fr", "labour", "FR", ["J-NOEXP", "J-TRANS"],
     "Recherche {X} pour les vendanges, sans expérience, transport gratuit."),
    # ---------------------------------------------------------------- nl
    ("nl-j1", "nl", "labour", "NL", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Orderpickers gezocht, ervaring is niet nodig, Nederlands spreken hoeft niet. Huisvesting "
     "wordt door ons geregeld, de reis wordt vergoed."),
    ("nl-j2", "nl", "labour", "NL", ["J-FEE", "J-LATER", "J-URGENT"],
     "Je betaalt vooraf 250 euro bemiddelingskosten. Het contract wordt pas bij aankomst "
     "getekend. Je kunt direct vertrekken."),
    ("nl-j3", "nl", "labour", "NL", ["J-PAYLATER", "J-HOURS", "J-DEDUCT"],
     "Het loon wordt pas na afloop van het seizoen uitbetaald. Werkdagen van 12 uur, zeven dagen "
     "per week. De huur wordt ingehouden op je loon."),
    ("nl-j4", "nl", "labour", "NL", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Danseressen gezocht voor clubs in het buitenland. Stuur een foto van je hele lichaam. "
     "Reageren alleen via WhatsApp."),
    ("nl-j5", "nl", "labour", "NL", ["J-VISA", "J-DOCS", "J-EMPL", "J-VAGUE"],
     "Werken met een toeristenvisum is geen probleem. Stuur een kopie van je paspoort. Anonieme "
     "werkgever."),
    ("nl-j6", "nl", "labour", "NL", ["J-TASK", "J-VAGUE", "J-EMPL"],
     "Verdien 4 euro per review door hotels te beoordelen. Meer info via WhatsApp."),
    ("nl-j7", "nl", "labour", "NL", ["J-HUB", "J-TRANS"],
     "Klantenservice medewerkers voor kantoor in Cambodja, vlucht betaald."),
    ("nl-s1", "nl", "sex", "NL", ["S-YOUTH", "S-3P"],
     "Net 18 geworden scholiere. Bel mijn manager voor een afspraak."),
    ("nl-s2", "nl", "sex", "NL", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Alles kan, geen taboes, 24/7 beschikbaar. De chauffeur brengt haar naar je toe. Echte "
     "foto's."),
    ("nl-s3", "nl", "sex", "NL", ["S-DISCREP"],
     "Ervaring: ze leek helemaal niet op de foto's."),
    ("nl-b1", "nl", "labour", "NL", [],
     "Magazijnmedewerker bij Voorbeeld B.V., KvK 12345678, cao-loon, schriftelijk contract vooraf."),
    ("nl-b2", "nl", "sex", "NL", ["S-SCREEN"],
     "Zelfstandig. Verificatie vereist voor nieuwe klanten, altijd met condoom."),
    ("nl-b3", "nl", "sex", "NL", ["S-MOVE"],
     "Nieuw in de stad, maar een paar dagen."),
    # ---------------------------------------------------------------- ro
    ("ro-j1", "ro", "labour", "RO", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Angajăm muncitori în depozit, nu cerem experiență, limba germană nu este necesară. Cazarea "
     "este asigurată de firmă, transportul este plătit de angajator."),
    ("ro-j2", "ro", "labour", "RO", ["J-FEE", "J-LATER", "J-URGENT", "J-SAL"],
     "Taxa de înscriere este de 150 euro. Contractul se semnează când ajungeți acolo. Plecare "
     "imediată! Salariu lunar 12000 lei."),
    ("ro-j3", "ro", "labour", "RO", ["J-PAYLATER", "J-HOURS", "J-DEDUCT"],
     "Plata se face la sfârșitul sezonului. Program de 12 ore pe zi, 7 zile din 7. Chiria se "
     "reține din salariu."),
    ("ro-j4", "ro", "labour", "RO", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Căutăm dansatoare pentru cluburi din străinătate. Trimiteți poze în costum de baie. "
     "Contact numai pe WhatsApp."),
    ("ro-j5", "ro", "labour", "RO", ["J-VISA", "J-DOCS", "J-EMPL"],
     "Plecați cu viză de turist. Pașaportul rămâne la angajator pentru înregistrare. Numele "
     "firmei se comunică la interviu."),
    ("ro-j6", "ro", "labour", "RO", ["J-TASK", "J-VAGUE", "J-EMPL"],
     "Operator de marketing de acasă, 20 lei pe recenzie. Detalii în privat."),
    ("ro-j7", "ro", "labour", "RO", ["J-HUB", "J-TRANS"],
     "Call center în Cambodgia, bilet de avion gratuit."),
    ("ro-s1", "ro", "sex", "RO", ["S-YOUTH", "S-3P"],
     "Tocmai am împlinit 18 ani, sunt încă elevă. Sunați-l pe managerul nostru."),
    ("ro-s2", "ro", "sex", "RO", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Accept orice client, disponibilă non-stop. Șoferul o aduce la hotel. Poze reale."),
    ("ro-s3", "ro", "sex", "RO", ["S-DISCREP"],
     "Recenzie: nu seamănă deloc cu pozele."),
    ("ro-b1", "ro", "labour", "RO", [],
     "Operator depozit la Exemplu SRL, CUI RO1234567, contract de muncă pe perioadă "
     "nedeterminată, salariu 4.500 lei brut pe lună."),
    ("ro-b2", "ro", "sex", "RO", ["S-SCREEN"],
     "Independentă. Verificare obligatorie, doar cu prezervativ."),
    ("ro-b3", "ro", "sex", "RO", ["S-MOVE"],
     "Nouă în oraș, doar câteva zile."),
    ("ro-c1", "ro", "labour", "RO", ["J-NOEXP", "J-ACCOM"],
     "Căutăm {X} pentru cules de căpșuni, fără experiență, cazare gratuită."),
    # ---------------------------------------------------------------- bg
    ("bg-j1", "bg", "labour", "BG", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Търсим работници за склад, не се изисква опит, не е нужно да знаете езика. Квартирата е "
     "безплатна, пътуването е платено от фирмата."),
    ("bg-j2", "bg", "labour", "BG", ["J-FEE", "J-LATER", "J-URGENT", "J-SAL"],
     "Такса за посредничество 200 лв. Договорът се подписва на място. Заминаване веднага! "
     "Заплата 5000 лв. на месец."),
    ("bg-j3", "bg", "labour", "BG", ["J-PAYLATER", "J-HOURS", "J-DEDUCT"],
     "Заплатата се изплаща в края на сезона. Работа по 12 часа на ден, седем дни в седмицата. "
     "Наемът се удържа от заплатата."),
    ("bg-j4", "bg", "labour", "BG", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Търсим танцьорки за клубове в чужбина. Изпратете снимки в цял ръст. Пишете само на Viber."),
    ("bg-j5", "bg", "labour", "BG", ["J-VISA", "J-DOCS", "J-EMPL"],
     "Пътувате с туристическа виза. Паспортът остава при работодателя. Анонимен работодател."),
    ("bg-j6", "bg", "labour", "BG", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Работа от вкъщи: 10 лв за отзив. Подробности на лично."),
    ("bg-j7", "bg", "labour", "BG", ["J-HUB", "J-TRANS"],
     "Преводач за офис в Тайланд, безплатен самолетен билет."),
    ("bg-s1", "bg", "sex", "BG", ["S-YOUTH", "S-3P"],
     "Току-що навърших 18, още съм ученичка. Обадете се на нашия мениджър."),
    ("bg-s2", "bg", "sex", "BG", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Всякакви фантазии, на разположение денонощно. Шофьорът я довежда до хотела. Реални снимки."),
    ("bg-s3", "bg", "sex", "BG", ["S-DISCREP"],
     "Отзив: изобщо не прилича на снимките."),
    ("bg-b1", "bg", "labour", "BG", [],
     "Работник склад в Пример ЕООД, ЕИК 123456789, трудов договор, заплата 1500 лв. на месец."),
    ("bg-b2", "bg", "sex", "BG", ["S-SCREEN"],
     "Независима. Проверката е задължителна, само с презерватив."),
    ("bg-b3", "bg", "sex", "BG", ["S-MOVE"],
     "Нова в града, само за няколко дни."),
    # ---------------------------------------------------------------- es
    ("es-j1", "es", "labour", "ES", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Se buscan temporeros, no se pide experiencia, no hace falta hablar el idioma. Alojamiento "
     "gratis, viaje pagado por la empresa."),
    ("es-j2", "es", "labour", "ES", ["J-FEE", "J-LATER", "J-URGENT"],
     "Hay que pagar una cuota de inscripción de 100 euros. El contrato se firma al llegar. "
     "Incorporación inmediata."),
    ("es-j3", "es", "labour", "ES", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-ACCOM"],
     "El sueldo se paga al final de la temporada. Jornadas de 14 horas, siete días a la semana. "
     "El alojamiento se descuenta del sueldo."),
    ("es-j4", "es", "labour", "ES", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Se buscan bailarinas para trabajar en el extranjero. Envía fotos de cuerpo entero. "
     "Solo por WhatsApp."),
    ("es-j5", "es", "labour", "ES", ["J-VISA", "J-DOCS", "J-EMPL", "J-VAGUE"],
     "Viajas con visa de turista. Envíanos una copia de tu pasaporte. Empresa confidencial."),
    ("es-j6", "es", "labour", "ES", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Gana 5 euros por reseña desde casa. Más información por privado."),
    ("es-j7", "es", "labour", "ES", ["J-HUB", "J-NOEXP", "J-TRANS"],
     "Teleoperadora para oficina en Camboya, vuelo pagado, sueldos altos sin experiencia."),
    ("es-s1", "es", "sex", "ES", ["S-YOUTH", "S-3P"],
     "Recién cumplidos los 18, colegiala. Llama a mi encargado."),
    ("es-s2", "es", "sex", "ES", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Sin límites, disponible 24 horas. El chófer la lleva a tu hotel. Fotos reales."),
    ("es-s3", "es", "sex", "ES", ["S-DISCREP"],
     "Opinión: no era la misma persona de las fotos."),
    ("es-b1", "es", "labour", "ES", [],
     "Mozo de almacén en Ejemplo S.L., CIF B12345678, contrato indefinido por escrito, 1.400 € "
     "brutos al mes."),
    ("es-b2", "es", "sex", "ES", ["S-SCREEN"],
     "Independiente. Verificación previa, siempre con preservativo."),
    ("es-b3", "es", "sex", "ES", ["S-MOVE"],
     "De paso por Madrid, solo unos días."),
    ("es-c1", "es", "labour", "ES", ["J-NOEXP", "J-URGENT"],
     "Buscamos {X} para la recogida de fresa, sin experiencia, incorporación inmediata."),
    # ---------------------------------------------------------------- it
    ("it-j1", "it", "labour", "IT", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Cerchiamo braccianti, nessuna esperienza richiesta, non serve conoscere la lingua. "
     "Alloggio gratuito, viaggio pagato dall'azienda."),
    ("it-j2", "it", "labour", "IT", ["J-FEE", "J-LATER", "J-URGENT"],
     "Bisogna versare una quota di iscrizione di 150 euro. Il contratto verrà firmato all'arrivo. "
     "Partenza immediata."),
    ("it-j3", "it", "labour", "IT", ["J-PAYLATER", "J-HOURS", "J-DEDUCT"],
     "Lo stipendio viene pagato a fine stagione. Turni di 12 ore, 7 giorni su 7. L'affitto viene "
     "trattenuto dallo stipendio."),
    ("it-j4", "it", "labour", "IT", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Cercasi ballerine per locali all'estero. Inviare foto a figura intera. Contatti solo su "
     "WhatsApp."),
    ("it-j5", "it", "labour", "IT", ["J-VISA", "J-DOCS", "J-EMPL", "J-VAGUE"],
     "Si parte con un visto turistico. Inviate una copia del passaporto. Azienda riservata."),
    ("it-j6", "it", "labour", "IT", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Guadagna 3 euro per recensione da casa. Maggiori informazioni in privato."),
    ("it-j7", "it", "labour", "IT", ["J-HUB", "J-TRANS"],
     "Servizio clienti in Thailandia, volo pagato."),
    ("it-s1", "it", "sex", "IT", ["S-YOUTH", "S-3P"],
     "Ho appena compiuto 18 anni, sono una liceale. Chiamate il mio responsabile."),
    ("it-s2", "it", "sex", "IT", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Senza limiti, disponibile h24. L'autista la porta da te. Foto reali."),
    ("it-s3", "it", "sex", "IT", ["S-DISCREP"],
     "Recensione: non somiglia per niente alle sue foto."),
    ("it-b1", "it", "labour", "IT", [],
     "Magazziniere presso Esempio S.r.l., partita IVA 01234567890, contratto a tempo "
     "indeterminato, CCNL commercio."),
    ("it-b2", "it", "sex", "IT", ["S-SCREEN"],
     "Indipendente. Verifica obbligatoria, sempre con preservativo."),
    ("it-b3", "it", "sex", "IT", ["S-MOVE"],
     "Di passaggio a Milano, solo pochi giorni."),
    # ---------------------------------------------------------------- pl
    ("pl-j1", "pl", "labour", "PL", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Praca na magazynie, doświadczenie niepotrzebne, język niemiecki nie jest wymagany. "
     "Zakwaterowanie bezpłatne, dojazd opłacony przez firmę."),
    ("pl-j2", "pl", "labour", "PL", ["J-FEE", "J-LATER", "J-URGENT", "J-SAL"],
     "Opłata rekrutacyjna 300 zł. Umowa na miejscu. Wyjazd od zaraz! Miesięczne wynagrodzenie "
     "15000 zł."),
    ("pl-j3", "pl", "labour", "PL", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-TRANS"],
     "Wypłata dopiero po zakończeniu sezonu. Praca po 12 godzin dziennie, 7 dni w tygodniu. "
     "Koszt dojazdu odliczany od pierwszej pensji."),
    ("pl-j4", "pl", "labour", "PL", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Szukamy tancerek do klubów za granicą. Prześlij zdjęcie całej sylwetki. Kontakt tylko przez "
     "WhatsApp."),
    ("pl-j5", "pl", "labour", "PL", ["J-VISA", "J-DOCS", "J-EMPL"],
     "Dokumenty niepotrzebne, wyjazd na wizie turystycznej. Paszport przechowuje agencja. "
     "Anonimowy pracodawca."),
    ("pl-j6", "pl", "labour", "PL", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Praca zdalna: 5 zł za recenzję. Więcej informacji na priv."),
    ("pl-j7", "pl", "labour", "PL", ["J-HUB", "J-TRANS"],
     "Obsługa klienta w Tajlandii, darmowy lot."),
    ("pl-s1", "pl", "sex", "PL", ["S-YOUTH", "S-3P"],
     "Właśnie skończyłam 18 lat, jestem uczennicą. Dzwoń do naszego szefa."),
    ("pl-s2", "pl", "sex", "PL", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Bez tabu, dostępna całą dobę. Kierowca ją przywiezie. Prawdziwe zdjęcia."),
    ("pl-s3", "pl", "sex", "PL", ["S-DISCREP"],
     "Opinia: przyszła zupełnie inna osoba."),
    ("pl-b1", "pl", "labour", "PL", [],
     "Magazynier w Przykład Sp. z o.o., NIP 1234567890, umowa o pracę, 5000 zł brutto "
     "miesięcznie."),
    ("pl-b2", "pl", "sex", "PL", ["S-SCREEN"],
     "Niezależna. Weryfikacja wymagana, zawsze z prezerwatywą."),
    ("pl-b3", "pl", "sex", "PL", ["S-MOVE"],
     "Nowa w mieście, tylko kilka dni."),
    ("pl-c1", "pl", "labour", "PL", ["J-NOEXP", "J-ACCOM"],
     "Szukamy {X} do zbioru truskawek, bez doświadczenia, darmowe zakwaterowanie."),
    # ---------------------------------------------------------------- ru
    ("ru-j1", "ru", "labour", "PL", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Требуются работники на склад, опыт работы не нужен, язык знать не обязательно. Жильё "
     "предоставляется бесплатно, проезд оплачивает работодатель."),
    ("ru-j2", "ru", "labour", "PL", ["J-FEE", "J-LATER", "J-URGENT"],
     "Нужно оплатить взнос за оформление 100 евро. Договор подпишем на месте. Выезд срочно!"),
    ("ru-j3", "ru", "labour", "PL", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-ACCOM"],
     "Зарплата после окончания сезона. Смены по 12 часов, семь дней в неделю. Проживание "
     "вычитается из зарплаты."),
    ("ru-j4", "ru", "labour", "PL", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Танцовщицы для работы за границей. Фото в полный рост обязательно. Пишите в Telegram."),
    ("ru-j5", "ru", "labour", "PL", ["J-VISA", "J-DOCS", "J-EMPL"],
     "Едем по туристической визе. Паспорт хранится у работодателя. Название компании сообщим на "
     "собеседовании."),
    ("ru-j6", "ru", "labour", "PL", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Удалённая работа: 50 руб за отзыв. Подробности в личку."),
    ("ru-j7", "ru", "labour", "PL", ["J-HUB", "J-SAL", "J-TRANS"],
     "Оператор колл-центра в Камбодже, перелёт оплачивается. Зарплата в месяц 3000 евро."),
    ("ru-s1", "ru", "sex", "RU", ["S-YOUTH", "S-3P"],
     "Мне только исполнилось 18, я школьница. Звоните нашему администратору."),
    ("ru-s2", "ru", "sex", "RU", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Любые фантазии, работаю круглосуточно. Водитель привезёт её к вам. Реальные фото."),
    ("ru-s3", "ru", "sex", "RU", ["S-DISCREP"],
     "Отзыв: совсем не похожа на фото."),
    ("ru-b1", "ru", "labour", "PL", [],
     "Кладовщик в ООО «Пример», ИНН 7701234567, официальное трудоустройство, трудовой договор."),
    ("ru-b2", "ru", "sex", "RU", ["S-SCREEN"],
     "Независимая. Проверка обязательна, только с презервативом."),
    ("ru-b3", "ru", "sex", "RU", ["S-MOVE"],
     "Проездом в Москве, всего на несколько дней."),
    ("ru-c1", "ru", "labour", "PL", ["J-NOEXP", "J-URGENT"],
     "Ищем {X} на завод, без опыта работы, срочный выезд."),
    # ---------------------------------------------------------------- uk
    ("uk-j1", "uk", "labour", "PL", ["J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS"],
     "Потрібні працівники на склад, досвід роботи не потрібен, мова не потрібна. Житло надається "
     "безкоштовно, проїзд за рахунок роботодавця."),
    ("uk-j2", "uk", "labour", "PL", ["J-FEE", "J-LATER", "J-URGENT"],
     "Потрібно внести депозит 100 євро. Договір підпишемо на місці. Виїзд терміново!"),
    ("uk-j3", "uk", "labour", "PL", ["J-PAYLATER", "J-HOURS", "J-DEDUCT", "J-ACCOM"],
     "Зарплата після закінчення сезону. Зміни по 12 годин, сім днів на тиждень. Проживання "
     "утримується із зарплати."),
    ("uk-j4", "uk", "labour", "PL", ["J-ENT", "J-PHOTO", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Танцівниці для роботи за кордоном. Фото у повний зріст. Пишіть у Telegram."),
    ("uk-j5", "uk", "labour", "PL", ["J-VISA", "J-DOCS", "J-EMPL"],
     "Їдемо за туристичною візою. Паспорт зберігається у роботодавця. Анонімний роботодавець."),
    ("uk-j6", "uk", "labour", "PL", ["J-EMPL", "J-TASK", "J-VAGUE"],
     "Робота вдома: 20 грн за відгук. Деталі в особисті."),
    ("uk-j7", "uk", "labour", "PL", ["J-HUB", "J-TRANS"],
     "Оператор кол-центру в Таїланді, безкоштовний переліт."),
    ("uk-s1", "uk", "sex", "UA", ["S-YOUTH", "S-3P"],
     "Мені щойно виповнилося 18, я школярка. Телефонуйте нашому адміністратору."),
    ("uk-s2", "uk", "sex", "UA", ["S-NOREFUSE", "S-DRIVER", "S-TRUST", "S-3P"],
     "Будь-які фантазії, працюю цілодобово. Водій привезе її до вас. Реальні фото."),
    ("uk-s3", "uk", "sex", "UA", ["S-DISCREP"],
     "Відгук: зовсім не схожа на фото."),
    ("uk-b1", "uk", "labour", "UA", [],
     "Комірник у ТОВ «Приклад», код ЄДРПОУ 12345678, офіційне працевлаштування, трудовий договір."),
    ("uk-b2", "uk", "sex", "UA", ["S-SCREEN"],
     "Незалежна. Перевірка обов'язкова, тільки з презервативом."),
    ("uk-b3", "uk", "sex", "UA", ["S-MOVE"],
     "Проїздом у Києві, лише кілька днів."),
]

# Written after the packs had been tuned on the ads above and measured once before being tuned on
# (recall 0.92, precision 1.00 with the tuned packs; 0.90 and 1.00 with the packs before this
# change); the misses were then fixed too, so they are development data now as well.
FRESH = [
    ("en-f1", "en", "labour", "GB", ["J-FEE", "J-ACCOM", "J-NOEXP"],
     "Cleaners wanted in hotels. Beginners welcome, a shared flat is provided. You pay a one-off £150 registration charge."),
    ("en-f2", "en", "sex", "GB", ["S-3P", "S-NOREFUSE"],
     "Our new models are waiting for you, every fantasy is possible. Text my manager."),
    ("de-f1", "de", "labour", "DE", ["J-DEDUCT", "J-HOURS", "J-VAGUE"],
     "Erntehelfer gesucht. Schichten von 12 Stunden, 7 Tage die Woche. Verpflegung wird vom Lohn abgezogen. Alles Weitere telefonisch."),
    ("de-f2", "de", "sex", "DE", ["S-DRIVER", "S-TRUST"],
     "Termine nur über den Fahrer. Echte Fotos, keine Fakes."),
    ("fr-f1", "fr", "labour", "FR", ["J-URGENT", "J-NOEXP", "J-MSG", "J-EMPL", "J-VAGUE"],
     "Embauche immédiate pour la cueillette, débutants acceptés. Écrivez-nous sur WhatsApp."),
    ("fr-f2", "fr", "sex", "FR", ["S-YOUTH", "S-NOREFUSE"],
     "Jeune écolière, tout sans protection."),
    ("nl-f1", "nl", "labour", "NL", ["J-ACCOM", "J-TRANS", "J-LATER"],
     "Gratis woonruimte en gratis vervoer. Het contract wordt ter plaatse getekend."),
    ("nl-f2", "nl", "sex", "NL", ["S-SCREEN"],
     "Veilig werken: referenties vereist, altijd met condoom."),
    ("ro-f1", "ro", "labour", "RO", ["J-FEE", "J-URGENT", "J-NOLANG"],
     "Plecări rapide în Olanda, fără cunoașterea limbii. Avansul de 200 euro se achită la semnarea actelor; aveți de plătit un comision."),
    ("ro-f2", "ro", "sex", "RO", ["S-DISCREP"],
     "Pozele sunt false, a venit altă persoană."),
    ("bg-f1", "bg", "labour", "BG", ["J-HOURS", "J-PAYLATER"],
     "Работа по 14 часа на ден без почивни дни. Заплатата се дава в края на договора."),
    ("bg-f2", "bg", "sex", "BG", ["S-YOUTH"],
     "Гимназистка, едва навършила 18."),
    ("es-f1", "es", "labour", "ES", ["J-DOCS", "J-URGENT", "J-EMPL", "J-VAGUE"],
     "Manda foto de tu DNI. Puedes trabajar sin papeles. Se necesita urgente."),
    ("es-f2", "es", "sex", "ES", ["S-DRIVER", "S-MOVE", "S-3P"],
     "Recién llegada, el chófer la trae a tu casa."),
    ("it-f1", "it", "labour", "IT", ["J-FEE", "J-HOURS"],
     "Per iniziare bisogna versare una cauzione di 200 euro. Turni di 14 ore."),
    ("it-f2", "it", "sex", "IT", ["S-3P", "S-TRUST"],
     "Le nostre nuove modelle, foto vere al 100%."),
    ("pl-f1", "pl", "labour", "PL", ["J-URGENT", "J-ACCOM", "J-FEE"],
     "Pilnie poszukujemy pracowników, mieszkanie zapewnione. Wymagana kaucja 500 zł."),
    ("pl-f2", "pl", "sex", "PL", ["S-NOREFUSE", "S-DRIVER"],
     "Wszystko bez gumki. Płatność dla kierowcy."),
    ("ru-f1", "ru", "labour", "PL", ["J-VAGUE", "J-NOEXP", "J-HOURS"],
     "Работа без опыта, смены по 12 часов. Все подробности по телефону."),
    ("ru-f2", "ru", "sex", "RU", ["S-3P", "S-TRUST"],
     "Наши новые модели ждут вас. Фото 100% реальные."),
    ("uk-f1", "uk", "labour", "PL", ["J-NOLANG", "J-DEDUCT", "J-URGENT", "J-ACCOM"],
     "Без знання мови. Проживання вираховується із зарплати. Терміново потрібні працівники."),
    ("uk-f2", "uk", "sex", "UA", ["S-NOREFUSE", "S-YOUTH"],
     "Без обмежень. Щойно виповнилося 18."),
]

# Counterfactual fillers per language (rule R2): the first is the original, the others swap in or
# add nationality, ethnicity and gender words.
FILLERS = {
    "en": ["workers", "Romanian women", "Nigerian men", "girls", "Asian students"],
    "de": ["Leute", "rumänische Frauen", "polnische Männer", "Mädchen"],
    "fr": ["des personnes", "des femmes roumaines", "des hommes africains", "des filles"],
    "ro": ["oameni", "femei", "bărbați", "fete"],
    "es": ["personas", "mujeres rumanas", "hombres marroquíes", "chicas"],
    "pl": ["osoby", "kobiety z Ukrainy", "mężczyzn", "dziewczyny"],
    "ru": ["людей", "женщин", "мужчин", "девушек"],
}
# For the adult counterfactual en-c2 the slot is a self-description.
ADULT_FILLERS = {"en-c2": ["Anna here", "Romanian girl Anna here", "Black woman Anna here",
                           "Asian girl Anna here"]}


def main():
    out = sys.stdout
    for ad_id, lang, kind, region, expected, text in ADS + FRESH:
        record = {"id": ad_id, "text": text, "kind": kind, "lang": lang, "region": region,
                  "expected": sorted(expected)}
        if "{X}" not in text:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        fillers = ADULT_FILLERS.get(ad_id, FILLERS[lang])
        for i, filler in enumerate(fillers):
            variant = dict(record)
            variant["text"] = text.replace("{X}", filler)
            if i > 0:
                variant["id"] = f"{ad_id}.{i}"
                variant["variant_of"] = ad_id
            out.write(json.dumps(variant, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
