// Ethics invariants (indicators.md rules R2 and R4; issue 4, item 4), over synthetic ads:
//  - adding or swapping nationality, ethnicity or gender words never changes a score or a flag;
//  - adding safety-practice sentences (screening, verification, condoms, references) never raises
//    a score;
//  - adding touring words never raises a score.
// Each runs against the fixture rules and, when it exists, the real rules/ directory, with and
// without candidate terms. The fixture runs also check that the ads do raise flags and that the
// added words are matched, so the invariants can never pass vacuously.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "flag/test_util.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

// Synthetic ads; {who} is where attribute words go. Phone numbers are Ofcom drama numbers.
const std::vector<std::string> kAds = {
    "{who} ask for the booker. No limits, 24/7. 100% real pics. Call 07700 900123.",
    "Barely legal {who}, fresh. Driver will bring her to you. No limits.",
    "Sweet {who}, 100% real pics, outcall only, driver will bring. Text 07700 900456.",
    "Work in Germany for {who}! No experience needed, free accommodation, processing fee 200 "
    "EUR. Contract on arrival, only via WhatsApp 07700 900789.",
    "Căutăm {who} pentru muncă în Italia. Cazare gratuită, comision de recrutare 300 EUR, "
    "condițiile negociate la fața locului.",
    "Praca dla {who} w Holandii, bez znajomości języka, mieszkanie i transport zapewnione.",
    "Работа в чужбина за {who}. Не се изисква професионална подготовка. Високо заплащане.",
    "Marketing operator wanted, {who}, paid daily, visa fee refunded later.",
    "Cerco con urgenza {who} da domani, vitto e alloggio, contattare solo via whatsapp il numero "
    "07700 900321.",
    "Oferta para {who}: sueldos altos sin experiencia, alojamiento incluido, contratación "
    "inmediata.",
};

const std::vector<std::string> kAttributeWords = {
    "Romanian",    "Nigerian", "Asian",          "Ukrainian",      "girls",      "boys",
    "woman",       "man",      "Romanian girls", "Nigerian women", "Asian boys", "Ukrainian man",
    "Black woman", "румынки",  "девушки",        "fete",           "dziewczyny", "chicas",
    "ragazze",     "момичета", "Frauen"};

const std::vector<std::string> kSafetySentences = {
    "Screening required.", "Verification needed before booking.", "Condoms always, safe sex only.",
    "References required.", "I use a security driver for my safety.",
    "Please verify with ID and references.", "Nur mit Kondom.", "Vérification obligatoire.",
    // booking ahead is screening, never "24/7"
    // (S-NOREFUSE), in every language
    "Please book at least 24 hours in advance.", "Bitte einen Tag vorher buchen.",
    "Termine nur 24 Std. im Voraus.", "Réservez 24 h à l'avance.",
    "Boek minimaal 24 uur van tevoren.", "Rezervări cu 24 de ore înainte.",
    "Резервации 24 часа предварително.", "Reserva con 24 horas de antelación.",
    "Prenota con 24 ore di anticipo.", "Rezerwacja 24 godziny wcześniej.",
    "Бронь за 24 часа, без исключений.", "Бронювання за 24 години наперед.",
    // an identity check, condoms, in more languages
    "Vérification d'identité au premier rendez-vous.", "Al primo incontro chiedo un documento.",
    "Para primeras citas pido referencias.", "Nieuwe klanten alleen na screening.",
    "Верификация для новых гостей.", "Перевірка для нових клієнтів.", "Zawsze z zabezpieczeniem.",
    "Préservatif obligatoire.", "Только с защитой."};

// Hiding one's face is a safety and privacy practice (indicators.md table 2E: A-STOCK is T1 "and
// only with NET"; SWARM). Each sentence says so in one of the eleven languages, for privacy or
// discretion, in the two ways ads write it (the face blurred; no face photos).
const std::vector<std::string> kHiddenFaceSentences = {
    "Face blurred for privacy.",
    "No face pics, discretion.",
    "Gesicht verpixelt, aus Diskretion.",
    "Keine Gesichtsbilder, Diskretion.",
    "Visage flouté par discrétion.",
    "Pas de photos du visage, discrétion.",
    "Gezicht geblurd voor de privacy.",
    "Geen gezichtsfoto's, discretie.",
    "Fața blurată pentru discreție.",
    "Fără poze cu fața, discreție.",
    "Лицето е замъглено заради дискретност.",
    "Без снимки на лицето, дискретност.",
    "Cara pixelada por privacidad.",
    "Sin fotos de cara, discreción.",
    "Viso sfocato per privacy.",
    "Niente foto del viso, discrezione.",
    "Twarz rozmazana dla prywatności.",
    "Bez zdjęć twarzy, dyskrecja.",
    "Лицо размыто ради приватности.",
    "Без фото лица, конфиденциальность.",
    "Обличчя розмите заради приватності.",
    "Без фото обличчя, конфіденційність.",
};

// Adult-services ads the hidden-face sentences are added to: with and without other scored flags
// (so a raise is seen below the T1 cap), and with photos called real (so that a hidden face
// contradicting nothing is never read as a discrepancy, S-DISCREP).
const std::vector<std::string> kAdultAds = {
    "Anna, 25, new here. Call 07700 900123.",
    "Sofia, 100% real pics, outcall only, driver will bring her. Text 07700 900456.",
    "Ask for the booker. No limits, 24/7. Call 07700 900321.",
    "Lena, echte Bilder, Hausbesuche und Hotel. Tel 07700 900654.",
    "Ника, фото реальные, выезд и апартаменты. 07700 900777",
};

const std::vector<std::string> kTouringSentences = {
    "New in town!",      "On tour this week.", "Leaving soon.",   "Limited time only.",
    "Neu in der Stadt.", "De passage.",        "Nowa w mieście.", "Только проездом."};

// The same request made of a woman and of a man, in each language: what is asked of one must be
// flagged as what is asked of the other (J-PHOTO once named women's swimwear only).
const std::vector<std::pair<std::string, std::string>> kGenderedRequests = {
    {"Club job abroad, send two bikini photos with your CV.",
     "Club job abroad, send two photos in swim trunks with your CV."},
    {"Job im Ausland, bitte zwei Bikinifotos mit dem Lebenslauf schicken.",
     "Job im Ausland, bitte zwei Fotos in Badehose mit dem Lebenslauf schicken."},
    {"Travail à l'étranger, envoyez deux photos en bikini avec votre CV.",
     "Travail à l'étranger, envoyez deux photos en slip de bain avec votre CV."},
    {"Werk in het buitenland, stuur twee bikinifoto's met je cv.",
     "Werk in het buitenland, stuur twee foto's in boxershort met je cv."},
    {"Lucru în străinătate, trimiteți două poze în bikini cu CV-ul.",
     "Lucru în străinătate, trimiteți două poze în slip de baie cu CV-ul."},
    {"Работа в чужбина, изпратете две снимки по бикини с автобиографията.",
     "Работа в чужбина, изпратете две снимки по плувки с автобиографията."},
    {"Trabajo en el extranjero, envía dos fotos en bikini con tu CV.",
     "Trabajo en el extranjero, envía dos fotos en calzoncillos con tu CV."},
    {"Lavoro all'estero, invia due foto in bikini con il curriculum.",
     "Lavoro all'estero, invia due foto in boxer con il curriculum."},
    {"Praca za granicą, wyślij dwa zdjęcia w bikini z CV.",
     "Praca za granicą, wyślij dwa zdjęcia w kąpielówkach z CV."},
    {"Работа за границей, пришлите два фото в купальнике и резюме.",
     "Работа за границей, пришлите два фото в плавках и резюме."},
    {"Робота за кордоном, надішліть два фото в купальнику і резюме.",
     "Робота за кордоном, надішліть два фото в плавках і резюме."},
    // Underwear photos: the women's word and the men's (blind17's first run found "боксерки",
    // "боксерах" and "bokserkach" read differently from "бельо", "белье" and "bieliźnie").
    {"Promo work in Spain. Apply with a photo in lingerie.",
     "Promo work in Spain. Apply with a photo in boxers."},
    {"Promotion in Spanien. Bewerbung mit einem Foto in Dessous.",
     "Promotion in Spanien. Bewerbung mit einem Foto in Boxershorts."},
    {"Promotion en Espagne. Postulez avec une photo en lingerie.",
     "Promotion en Espagne. Postulez avec une photo en caleçon."},
    {"Promotiewerk in Spanje. Solliciteer met een foto in lingerie.",
     "Promotiewerk in Spanje. Solliciteer met een foto in onderbroek."},
    {"Promoții în Spania. Aplicați cu o poză în lenjerie.",
     "Promoții în Spania. Aplicați cu o poză în boxeri."},
    {"Промоции в Испания. Кандидатствай със снимка по бельо.",
     "Промоции в Испания. Кандидатствай със снимка по боксерки."},
    {"Promociones en Valencia. Envía una foto en lencería.",
     "Promociones en Valencia. Envía una foto en bóxers."},
    {"Promozioni in Spagna. Candidati con una foto in intimo.",
     "Promozioni in Spagna. Candidati con una foto in boxer."},
    {"Promocje w Hiszpanii. Zgłoś się ze zdjęciem w bieliźnie.",
     "Promocje w Hiszpanii. Zgłoś się ze zdjęciem w bokserkach."},
    {"Промоакции в Испании. Отклик с фотографией в белье.",
     "Промоакции в Испании. Отклик с фотографией в боксерах."},
    {"Промоакції в Іспанії. Відгук із фотографією в білизні.",
     "Промоакції в Іспанії. Відгук із фотографією в боксерах."},
    // J-ENT once named the hostess and not the host (blind4 uk-v1)
    {"Шукаємо дівчат на роботу хостес у нічний клуб в Туреччині.",
     "Шукаємо хлопців на роботу хостами у нічний клуб в Туреччині."},
    {"Ищем девушек на работу хостес в Турции, жильё бесплатно.",
     "Ищем парней на работу хостами в Турции, жильё бесплатно."},
};

// The same job or profile with a role word or pronoun of one gender and of another, in each
// language: a feminine title ("hostess", "хостес") and the masculine one ("host", "хост") must
// raise the same flags and score (rule R2). J-ENT once named "Hostess" and not "Host" in fr, bg,
// ru and uk (session 27's thirteenth set), and S-3P "she is new" and not "he is new".
const std::vector<std::pair<std::string, std::string>> kGenderedTitles = {
    {"Hostess wanted for a nightclub in Dubai, flights paid. WhatsApp 07700 900123.",
     "Host wanted for a nightclub in Dubai, flights paid. WhatsApp 07700 900123."},
    {"Barmaids wanted for a club abroad, age 18-25.",
     "Barmen wanted for a club abroad, age 18-25."},
    {"Hostess für einen Nachtclub in Zypern gesucht, Flug bezahlt.",
     "Host für einen Nachtclub in Zypern gesucht, Flug bezahlt."},
    {"Animierdame für eine Bar im Ausland gesucht.",
     "Animierherr für eine Bar im Ausland gesucht."},
    {"Recherche hôtesse pour un club à Dubaï, billet payé.",
     "Recherche hôte pour un club à Dubaï, billet payé."},
    {"Hôtesse, travail à l'étranger, logée.", "Hôte, travail à l'étranger, logé."},
    {"Hôtesse de bar à Chypre, billet payé.", "Hôte de bar à Chypre, billet payé."},
    {"Gastvrouwen gezocht voor een nachtclub in het buitenland.",
     "Gastheren gezocht voor een nachtclub in het buitenland."},
    {"Căutăm hostess pentru un club din Dubai, bilet plătit.",
     "Căutăm host pentru un club din Dubai, bilet plătit."},
    {"Търсим хостеса за нощен клуб в Дубай, билетът е платен.",
     "Търсим хост за нощен клуб в Дубай, билетът е платен."},
    {"Работа в чужбина като хостес, 18-25 години.", "Работа в чужбина като хост, 18-25 години."},
    {"Se busca azafata para un club en Dubái, billete pagado.",
     "Se busca azafato para un club en Dubái, billete pagado."},
    {"Cercasi hostess per locale notturno a Dubai, volo pagato.",
     "Cercasi steward per locale notturno a Dubai, volo pagato."},
    {"Szukamy hostessy do klubu nocnego w Dubaju, bilet opłacony.",
     "Szukamy hosta do klubu nocnego w Dubaju, bilet opłacony."},
    {"Требуется хостес в Дубай, перелёт оплачиваем.",
     "Требуется хост в Дубай, перелёт оплачиваем."},
    {"Работа за границей: хостесса, 18-25 лет.", "Работа за границей: хост, 18-25 лет."},
    {"Потрібна хостес у Дубаї, переліт оплачуємо.", "Потрібен хост у Дубаї, переліт оплачуємо."},
    {"Робота за кордоном: хостес, 18-25 років.", "Робота за кордоном: хост, 18-25 років."},
    // third-person profiles (S-3P) and touring words (S-MOVE), each gender
    {"She is new. Outcall only, 07700 900456.", "He is new. Outcall only, 07700 900456."},
    {"Sie ist neu. Nur Hausbesuche, 07700 900456.", "Er ist neu. Nur Hausbesuche, 07700 900456."},
    {"Elle est nouvelle. Déplacements uniquement, 07700 900456.",
     "Il est nouveau. Déplacements uniquement, 07700 900456."},
    {"Ella es nueva en la ciudad. Solo salidas, 07700 900456.",
     "Él es nuevo en la ciudad. Solo salidas, 07700 900456."},
    {"Lei è nuova in città. Solo a domicilio, 07700 900456.",
     "Lui è nuovo in città. Solo a domicilio, 07700 900456."},
    {"Ona jest nowa w mieście. Tylko wyjazdy, 07700 900456.",
     "On jest nowy w mieście. Tylko wyjazdy, 07700 900456."},
    {"Тя е нова в града. Само изяви, 07700 900456.",
     "Той е нов в града. Само изяви, 07700 900456."},
    {"Она у нас новая, новенькая в городе. Выезд, 07700 900456.",
     "Он у нас новый, новенький в городе. Выезд, 07700 900456."},
    {"Вона у нас нова в місті. Виїзд, 07700 900456.",
     "Він у нас новий в місті. Виїзд, 07700 900456."},
    {"Nos nouvelles hôtesses vous attendent, 07700 900456.",
     "Nos nouveaux hôtes vous attendent, 07700 900456."},
    {"Le nostre modelle ti aspettano, 07700 900456.",
     "I nostri modelli ti aspettano, 07700 900456."},
    {"Nuestras nuevas acompañantes, 07700 900456.", "Nuestros nuevos acompañantes, 07700 900456."},
    {"Nasze modelki czekają, 07700 900456.", "Nasi modele czekają, 07700 900456."},
    {"Наши компаньонки ждут, 07700 900456.", "Наши компаньоны ждут, 07700 900456."},
    // pronoun-bound phrases: whose manager, whom the driver brings
    {"Call her manager to book, 07700 900456.", "Call his manager to book, 07700 900456."},
    {"Наш водитель её привезёт, 07700 900456.", "Наш водитель его привезёт, 07700 900456."},
    {"Il nostro autista la porta da te, 07700 900456.",
     "Il nostro autista lo porta da te, 07700 900456."},
};

// Every gender's form of each role word and body-measure list the entertainment and photo
// indicators read, in each language (rule R2): masculine, feminine and the neutral or plural forms,
// each put in the same ad. All forms of one list must raise the same flags and score, and (real
// rules, candidate terms) the indicator named. blind23's first run found J-ENT reading Bulgarian
// "хостеси" and not "домакини", and J-PHOTO reading a hostess's "bust, waist and hip measurements"
// and not a host's "chest, waist and height".
struct RoleForms {
  const char* indicator;
  std::string ad;  // "{w}" is where each form goes
  std::vector<std::string> forms;
};

const std::vector<RoleForms> kRoleForms = {
    // J-ENT: an entertainment or hospitality role abroad
    {"J-ENT",
     "{w} wanted for work abroad, flight paid.",
     {"Hostess", "Host", "Hostesses", "Hosts"}},
    {"J-ENT", "{w} wanted for work abroad, flight paid.", {"Dancer", "Dancers"}},
    {"J-ENT",
     "{w} wanted for work abroad, flight paid.",
     {"Masseuse", "Masseur", "Masseuses", "Masseurs", "Massage therapists"}},
    {"J-ENT", "{w} wanted for work abroad, flight paid.", {"Companion", "Companions"}},
    {"J-ENT",
     "{w} für das Ausland gesucht, Flug bezahlt.",
     {"Hostess", "Host", "Hostessen", "Hosts"}},
    {"J-ENT", "{w} für das Ausland gesucht, Flug bezahlt.", {"Tänzerin", "Tänzer", "Tänzerinnen"}},
    {"J-ENT",
     "{w} für das Ausland gesucht, Flug bezahlt.",
     {"Masseurin", "Masseur", "Masseuse", "Masseurinnen", "Masseure"}},
    {"J-ENT",
     "{w} für das Ausland gesucht, Flug bezahlt.",
     {"Begleiterin", "Begleiter", "Begleitdame", "Begleiterinnen"}},
    {"J-ENT",
     "Recherche {w} pour l'étranger, billet payé.",
     {"hôtesse", "hôte", "hôtesses", "hôtes"}},
    {"J-ENT",
     "Recherche {w} pour l'étranger, billet payé.",
     {"danseuse", "danseur", "danseuses", "danseurs"}},
    {"J-ENT",
     "Recherche {w} pour l'étranger, billet payé.",
     {"masseuse", "masseur", "masseuses", "masseurs"}},
    {"J-ENT",
     "Recherche {w} pour l'étranger, billet payé.",
     {"accompagnatrice", "accompagnateur", "accompagnatrices", "accompagnateurs"}},
    {"J-ENT",
     "{w} gezocht voor werk in het buitenland, vlucht betaald.",
     {"Gastvrouw", "Gastheer", "Gastvrouwen", "Gastheren", "Hostess", "Host", "Hosts"}},
    {"J-ENT",
     "{w} gezocht voor werk in het buitenland, vlucht betaald.",
     {"Danseres", "Danser", "Danseressen", "Dansers"}},
    {"J-ENT",
     "{w} gezocht voor werk in het buitenland, vlucht betaald.",
     {"Masseuse", "Masseur", "Masseuses", "Masseurs"}},
    {"J-ENT",
     "Căutăm {w} pentru muncă în străinătate, bilet plătit.",
     {"hostess", "host", "hostese", "hosti", "hosteși", "stewarzi"}},
    // flag59: a compound's host beside its hostess (blind26 de-j3-v1, nl-j3-v1: "Tischhostessen"
    // raised J-ENT, "Tischhosts" did not) and Romanian "maseori" beside "maseuze" (blind25
    // ro-j3-v1)
    {"J-ENT",
     "Karaoke-Lounge in Seoul sucht {w}, Wohnung gestellt.",
     {"Tischhostessen", "Tischhosts", "Tischhostess", "Tischhost"}},
    {"J-ENT",
     "Karaokelounge in Seoul zoekt {w}, woning geregeld.",
     {"tafelhostesses", "tafelhosts", "tafelhostess", "tafelhost"}},
    // a role at private parties, named without work abroad (the lead, session 49: Romanian's
    // masculine plural and Bulgarian's neutral "домакини" were missing)
    {"J-ENT",
     "{w} pentru petreceri private pe iaht, 500 € pe seară.",
     {"Hostese", "Hosteși", "HOSTEȘI"}},
    {"J-ENT",
     "{w} за частни партита на яхти, 500 € на вечер.",
     {"Хостеси", "Хостове", "Домакини", "ДОМАКИНИ"}},
    {"J-ENT",
     "Căutăm {w} pentru muncă în străinătate, bilet plătit.",
     {"dansatoare", "dansator", "dansatori"}},
    {"J-ENT",
     "Căutăm {w} pentru muncă în străinătate, bilet plătit.",
     {"maseuză", "maseur", "maseuze", "maseuri", "maseor", "maseori"}},
    {"J-ENT",
     "Căutăm {w} pentru muncă în străinătate, bilet plătit.",
     {"însoțitoare", "însoțitor", "însoțitori"}},
    {"J-ENT",
     "Търсим {w} за работа в чужбина, билетът е платен.",
     {"хостеса", "хостеси", "хост", "хостове", "домакиня", "домакин", "домакини"}},
    {"J-ENT",
     "Търсим {w} за работа в чужбина, билетът е платен.",
     {"танцьорка", "танцьор", "танцьорки", "танцьори"}},
    {"J-ENT",
     "Търсим {w} за работа в чужбина, билетът е платен.",
     {"масажистка", "масажист", "масажистки", "масажисти"}},
    {"J-ENT",
     "Търсим {w} за работа в чужбина, билетът е платен.",
     {"компаньонка", "компаньон", "компаньонки", "компаньони"}},
    {"J-ENT",
     "Se busca {w} para el extranjero, billete pagado.",
     {"azafata", "azafato", "azafatas", "azafatos"}},
    {"J-ENT",
     "Se busca {w} para el extranjero, billete pagado.",
     {"bailarina", "bailarín", "bailarinas", "bailarines"}},
    {"J-ENT", "Se busca {w} para el extranjero, billete pagado.", {"masajista", "masajistas"}},
    {"J-ENT",
     "Cercasi {w} per l'estero, volo pagato.",
     {"ballerina", "ballerino", "ballerine", "ballerini"}},
    {"J-ENT",
     "Cercasi {w} per l'estero, volo pagato.",
     {"massaggiatrice", "massaggiatore", "massaggiatrici", "massaggiatori"}},
    {"J-ENT",
     "Cercasi {w} per l'estero, volo pagato.",
     {"accompagnatrice", "accompagnatore", "accompagnatrici", "accompagnatori"}},
    {"J-ENT", "Cercasi {w} per l'estero, volo pagato.", {"hostess", "steward", "host"}},
    {"J-ENT", "{w}: praca za granicą, bilet opłacony.", {"Hostessa", "Host", "Hostessy", "Hości"}},
    {"J-ENT",
     "{w}: praca za granicą, bilet opłacony.",
     {"Tancerka", "Tancerz", "Tancerki", "Tancerze"}},
    {"J-ENT",
     "{w}: praca za granicą, bilet opłacony.",
     {"Masażystka", "Masażysta", "Masażystki", "Masażyści"}},
    {"J-ENT",
     "{w}: работа за границей, перелёт оплачиваем.",
     {"Хостес", "Хост", "Хостесса", "Хосты"}},
    {"J-ENT",
     "{w}: работа за границей, перелёт оплачиваем.",
     {"Танцовщица", "Танцовщик", "Танцор", "Танцовщицы", "Танцоры"}},
    {"J-ENT",
     "{w}: работа за границей, перелёт оплачиваем.",
     {"Массажистка", "Массажист", "Массажистки", "Массажисты"}},
    {"J-ENT",
     "{w}: работа за границей, перелёт оплачиваем.",
     {"Компаньонка", "Компаньон", "Компаньонки", "Компаньоны"}},
    {"J-ENT", "{w}: робота за кордоном, переліт оплачуємо.", {"Хостес", "Хост", "Хости"}},
    {"J-ENT",
     "{w}: робота за кордоном, переліт оплачуємо.",
     {"Танцівниця", "Танцівник", "Танцюрист", "Танцюристка", "Танцівниці"}},
    {"J-ENT",
     "{w}: робота за кордоном, переліт оплачуємо.",
     {"Масажистка", "Масажист", "Масажистки", "Масажисти"}},
    {"J-ENT",
     "{w}: робота за кордоном, переліт оплачуємо.",
     {"Компаньйонка", "Компаньйон", "Компаньйонки", "Компаньйони"}},
    // J-PHOTO: body measurements asked of the applicant, a woman's and a man's
    {"J-PHOTO",
     "Promo work in Spain. Send a photo and your {w}.",
     {"bust, waist and hip measurements", "chest, waist and height", "chest and waist",
      "bust and hips"}},
    {"J-PHOTO",
     "Promotion in Spanien. Schick ein Foto und deine {w}.",
     {"Oberweite, Taille und Hüfte", "Brustumfang, Taille und Größe", "Brust und Taille"}},
    {"J-PHOTO",
     "Promotion en Espagne. Envoie une photo et ton {w}.",
     {"tour de poitrine, taille et hanches", "tour de poitrine et tour de taille",
      "poitrine, hanches et poids"}},
    {"J-PHOTO",
     "Promotiewerk in Spanje. Stuur een foto en je {w}.",
     {"borst, taille en heupen", "borstomvang, taille en lengte", "borst en taille",
      "borst-, taille- en heupmaat"}},  // an elliptic compound (the lead, session 49)
    {"J-PHOTO",
     "Promoții în Spania. Trimite o poză și {w}.",
     {"bustul, talia și șoldurile", "pieptul, talia și înălțimea", "pieptul și talia"}},
    {"J-PHOTO",
     "Промоции в Испания. Изпрати снимка и {w}.",
     {"бюст, талия и ханш", "гръдна обиколка, талия и ръст", "гърди и талия"}},
    {"J-PHOTO",
     "Promociones en Valencia. Envía una foto y tu {w}.",
     {"busto, cintura y cadera", "pecho, cintura y estatura", "pecho y cintura"}},
    {"J-PHOTO",
     "Promozioni in Spagna. Invia una foto e {w}.",
     {"seno, vita e fianchi", "torace, vita e altezza", "petto e vita"}},
    {"J-PHOTO",
     "Promocje w Hiszpanii. Wyślij zdjęcie i {w}.",
     {"biust, talia i biodra", "klatka piersiowa, talia i wzrost", "klatka piersiowa i talia"}},
    {"J-PHOTO",
     "Промоакции в Испании. Пришлите фото и {w}.",
     {"грудь, талия и бёдра", "обхват груди, талия и рост", "грудь и талия"}},
    {"J-PHOTO",
     "Промоакції в Іспанії. Надішліть фото і {w}.",
     {"груди, талія і стегна", "обхват грудей, талія і зріст", "груди і талія"}},
};

std::string Fill(std::string ad, const std::string& who) {
  return testing::Replace(std::move(ad), "{who}", who);
}

// What must not change: the score, the fraud risk, the flags and what they matched.
struct Outcome {
  int score;
  int fraud;
  std::vector<std::string> flags;
  bool operator==(const Outcome&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Outcome& o) {
  os << "score " << o.score << ", fraud " << o.fraud << ", flags";
  for (const auto& f : o.flags) os << " " << f;
  return os;
}

enum class Rules { kFixture, kReal };

class EthicsTest : public ::testing::TestWithParam<std::tuple<Rules, bool, AdKind>> {
 protected:
  void SetUp() override {
    const auto [which, candidates, kind] = GetParam();
    kind_ = kind;
    std::filesystem::path dir = testing::FixtureRules();
    if (which == Rules::kReal) {
      dir = std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules";
      if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no rules/ directory yet";
    }
    flagger_ = SharedFlagger(dir, candidates);
    ASSERT_NE(flagger_, nullptr) << "the rules in " << dir << " do not load";
  }

  // One flagger per rules directory and candidate setting for the whole test binary (compiling
  // the real packs with candidates is slow). nullptr, after reporting the errors, when the rules
  // do not load.
  static std::shared_ptr<const Flagger> SharedFlagger(const std::filesystem::path& dir,
                                                      bool candidates) {
    static std::map<std::pair<std::string, bool>, std::shared_ptr<const Flagger>> flaggers;
    const auto key = std::make_pair(dir.string(), candidates);
    if (auto it = flaggers.find(key); it != flaggers.end()) return it->second;
    LoadReport report = LoadRules(dir);
    for (size_t i = 0; i < report.errors.size() && i < 10; ++i) {
      ADD_FAILURE() << report.errors[i].ToString();
    }
    std::shared_ptr<const Flagger> flagger;
    if (report.ok()) {
      flagger = testing::MakeFlagger(std::make_shared<const RuleSet>(std::move(report.rules)),
                                     candidates);
    }
    flaggers[key] = flagger;
    return flagger;
  }
  bool fixture() const { return std::get<0>(GetParam()) == Rules::kFixture; }

  Assessment Assess(const std::string& text) const {
    return flagger_->Assess({.text = text, .kind = kind_, .lang = "", .region = "", .phones = {}});
  }
  Outcome OutcomeOf(const std::string& text) const {
    const Assessment a = Assess(text);
    Outcome o{a.score.score, a.fraud_risk.score, {}};
    for (const RaisedFlag& f : a.flags) {
      std::string matched;
      for (const std::string& m : f.matched) matched += "|" + m;
      o.flags.push_back(f.indicator->id + matched);
    }
    return o;
  }
  // The ads must give the invariants something to hold on: most raise flags.
  // (The real adult pack is almost all candidates, so for real rules this is required with
  // candidates on only.)
  void ExpectAdsAreFlagged() const {
    if (!fixture() && !std::get<1>(GetParam())) return;
    int flagged = 0;
    for (const std::string& ad : kAds) flagged += Assess(Fill(ad, "")).score.score > 0 ? 1 : 0;
    EXPECT_GE(flagged, fixture() ? 3 : 1) << "the synthetic ads raise too few scored flags: the "
                                             "invariants would pass vacuously; add phrasings";
  }

  AdKind kind_ = AdKind::kAuto;
  std::shared_ptr<const Flagger> flagger_;
};

TEST_P(EthicsTest, AttributeWordsNeverChangeScoreOrFlags) {
  ExpectAdsAreFlagged();
  for (const std::string& ad : kAds) {
    const Outcome baseline = OutcomeOf(Fill(ad, ""));
    for (const std::string& word : kAttributeWords) {
      EXPECT_EQ(OutcomeOf(Fill(ad, word)), baseline) << "adding \"" << word << "\" to: " << ad;
    }
  }
}

TEST_P(EthicsTest, SafetyPracticeNeverRaisesAScore) {
  ExpectAdsAreFlagged();
  for (const std::string& ad : kAds) {
    const std::string base = Fill(ad, "");
    const int baseline = Assess(base).score.score;
    for (const std::string& sentence : kSafetySentences) {
      EXPECT_LE(Assess(base + " " + sentence).score.score, baseline) << sentence << " / " << ad;
      EXPECT_LE(Assess(sentence + " " + base).score.score, baseline) << sentence << " / " << ad;
    }
  }
  if (fixture() && kind_ != AdKind::kLabour) {  // the words are seen (as T0), just never scored
    EXPECT_NE(testing::FindFlag(Assess(Fill(kAds[0], "") + " Screening required."), "S-SCREEN"),
              nullptr);
  }
}

// Stronger than never raising a score: said alone, a safety practice raises no scored flag at all
// (a booking lead time read as "24/7" once raised S-NOREFUSE: blind10 en-b3, de-b2, fr-b2).
TEST_P(EthicsTest, SafetyPracticeAloneRaisesNoScoredFlag) {
  if (fixture() || kind_ == AdKind::kLabour) GTEST_SKIP() << "adult packs of the real rules only";
  const RuleSet& rules = flagger_->rules();
  for (const std::string& sentence : kSafetySentences) {
    for (const RaisedFlag& f : Assess(sentence).flags) {
      EXPECT_EQ(rules.scoring.PointsFor(*f.indicator), 0) << f.indicator->id << " on: " << sentence;
    }
  }
}

TEST_P(EthicsTest, TouringWordsNeverRaiseAScore) {
  ExpectAdsAreFlagged();
  for (const std::string& ad : kAds) {
    const std::string base = Fill(ad, "");
    const int baseline = Assess(base).score.score;
    for (const std::string& sentence : kTouringSentences) {
      EXPECT_LE(Assess(base + " " + sentence).score.score, baseline) << sentence << " / " << ad;
      EXPECT_LE(Assess(sentence + " " + base).score.score, baseline) << sentence << " / " << ad;
    }
  }
  if (fixture() && kind_ != AdKind::kLabour) {
    EXPECT_NE(testing::FindFlag(Assess(Fill(kAds[0], "") + " New in town!"), "S-MOVE"), nullptr);
  }
}

// A hidden face (indicators.md table 2E, rule R4): adding "face blurred for privacy" to an adult ad
// never raises its score on its own, and with network evidence (the ad's contact shared by other
// personas: N-PHONE, as `ariadne analyze` adds it) raises it by at most A-STOCK's own T1 points,
// through A-STOCK only: no other scored flag may read a hidden face.
TEST_P(EthicsTest, HiddenFaceCountsOnlyWithNetworkEvidenceAndOnlyAsAStock) {
  if (fixture() || kind_ == AdKind::kLabour) GTEST_SKIP() << "adult packs of the real rules only";
  const RuleSet& rules = flagger_->rules();
  const Indicator* stock = rules.Find("A-STOCK");
  const Indicator* shared_phone = rules.Find("N-PHONE");
  ASSERT_NE(stock, nullptr);
  ASSERT_NE(shared_phone, nullptr);
  const int stock_points = rules.scoring.PointsFor(*stock);
  // The score, alone or with an N-PHONE flag added, and the scored indicators other than A-STOCK.
  const auto outcome = [&](const std::string& text, bool network) {
    const Assessment a = Assess(text);
    std::vector<RaisedFlag> flags = a.flags;
    if (network) {
      RaisedFlag shared;
      shared.indicator = shared_phone;
      shared.weight = rules.scoring.PointsFor(*shared_phone);
      flags.push_back(std::move(shared));
    }
    std::vector<std::string> scored;
    for (const RaisedFlag& f : a.flags) {
      if (f.indicator != stock && rules.scoring.PointsFor(*f.indicator) > 0) {
        scored.push_back(f.indicator->id);
      }
    }
    return std::make_pair(ScoreFlags(flags, a.kind, rules.scoring, false).score, scored);
  };
  bool raised_with_network = false;
  for (const std::string& ad : kAdultAds) {
    const auto [alone, scored] = outcome(ad, false);
    const auto [networked, scored_networked] = outcome(ad, true);
    for (const std::string& sentence : kHiddenFaceSentences) {
      for (const std::string& text : {ad + " " + sentence, sentence + " " + ad}) {
        const auto [now_alone, now_scored] = outcome(text, false);
        EXPECT_LE(now_alone, alone) << "without network evidence: " << text;
        EXPECT_EQ(now_scored, scored) << "a hidden face raised another scored flag: " << text;
        const auto [now_networked, unused] = outcome(text, true);
        EXPECT_LE(now_networked, networked + stock_points) << "with N-PHONE: " << text;
        raised_with_network |= now_networked > networked;
      }
    }
  }
  // Not vacuous: with candidate terms every sentence is read as a hidden face (A-STOCK) in an adult
  // ad, and with network evidence it does add A-STOCK's points to some ad. (With the kind left to
  // the text a short ad can be of no kind, where the pairs of words do not run.)
  if (std::get<1>(GetParam()) && kind_ == AdKind::kSex) {
    for (const std::string& sentence : kHiddenFaceSentences) {
      EXPECT_NE(testing::FindFlag(Assess(kAdultAds[0] + " " + sentence), "A-STOCK"), nullptr)
          << "not read as a hidden face: " << sentence;
    }
    EXPECT_TRUE(raised_with_network);
  }
}

TEST_P(EthicsTest, WhatIsAskedOfAWomanOrAManIsFlaggedAlike) {
  const auto ids = [&](const std::string& text) {
    const Assessment a = Assess(text);
    std::vector<std::string> flags;
    for (const RaisedFlag& f : a.flags) flags.push_back(f.indicator->id);
    return std::make_tuple(a.score.score, a.fraud_risk.score, flags);
  };
  for (const auto& [to_a_woman, to_a_man] : kGenderedRequests) {
    EXPECT_EQ(ids(to_a_woman), ids(to_a_man)) << to_a_woman << " / " << to_a_man;
  }
  // Not vacuous: with the real rules and their candidate terms, every request raises flags.
  if (!fixture() && std::get<1>(GetParam()) && kind_ == AdKind::kLabour) {
    for (const auto& [to_a_woman, to_a_man] : kGenderedRequests) {
      EXPECT_FALSE(Assess(to_a_man).flags.empty()) << to_a_man;
    }
  }
}

// A gendered title or pronoun swapped for another gender's never changes a flag or the score
// (rule R2): every gendered role word a term uses works in all its genders.
TEST_P(EthicsTest, AGenderedTitleIsFlaggedLikeTheOtherGender) {
  const auto ids = [&](const std::string& text) {
    const Assessment a = Assess(text);
    std::vector<std::string> flags;
    for (const RaisedFlag& f : a.flags) flags.push_back(f.indicator->id);
    return std::make_tuple(a.score.score, a.fraud_risk.score, flags);
  };
  for (const auto& [one, other] : kGenderedTitles) {
    EXPECT_EQ(ids(one), ids(other)) << one << " / " << other;
  }
  // Not vacuous: with the real rules and their candidate terms, every job ad raises J-ENT and
  // every profile S-3P or S-MOVE, in both genders.
  if (!fixture() && std::get<1>(GetParam()) && kind_ != AdKind::kAuto) {
    for (const auto& [one, other] : kGenderedTitles) {
      for (const std::string& text : {one, other}) {
        const Assessment a = Assess(text);
        const bool job = testing::FindFlag(a, "J-ENT") != nullptr;
        const bool profile =
            testing::FindFlag(a, "S-3P") != nullptr || testing::FindFlag(a, "S-MOVE") != nullptr;
        if (kind_ == AdKind::kLabour && text.find("07700 900456") == std::string::npos) {
          EXPECT_TRUE(job) << "no J-ENT on: " << text;
        }
        if (kind_ == AdKind::kSex && text.find("07700 900456") != std::string::npos) {
          EXPECT_TRUE(profile) << "no S-3P or S-MOVE on: " << text;
        }
      }
    }
  }
}

// Every form of each role word and body-measure list raises the same flags and score (rule R2),
// and with the real rules' candidate terms each raises its indicator, so the test is never vacuous.
TEST_P(EthicsTest, EveryGenderFormOfARoleOrMeasureIsFlaggedAlike) {
  if (fixture() || kind_ != AdKind::kLabour) GTEST_SKIP() << "the real job packs only";
  const auto ids = [&](const std::string& text) {
    const Assessment a = Assess(text);
    std::vector<std::string> flags;
    for (const RaisedFlag& f : a.flags) flags.push_back(f.indicator->id);
    return std::make_tuple(a.score.score, a.fraud_risk.score, flags);
  };
  for (const RoleForms& list : kRoleForms) {
    const std::string first = testing::Replace(list.ad, "{w}", list.forms.front());
    for (const std::string& form : list.forms) {
      const std::string ad = testing::Replace(list.ad, "{w}", form);
      EXPECT_EQ(ids(ad), ids(first)) << ad << " / " << first;
      if (std::get<1>(GetParam())) {
        EXPECT_NE(testing::FindFlag(Assess(ad), list.indicator), nullptr)
            << "no " << list.indicator << " on: " << ad;
      }
    }
  }
}

std::string ParamName(const ::testing::TestParamInfo<EthicsTest::ParamType>& info) {
  const auto [which, candidates, kind] = info.param;
  return std::string(which == Rules::kFixture ? "Fixture" : "RealRules") +
         (candidates ? "WithCandidates" : "") +
         (kind == AdKind::kAuto  ? "AutoKind"
          : kind == AdKind::kSex ? "SexAds"
                                 : "JobAds");
}

INSTANTIATE_TEST_SUITE_P(
    Rules, EthicsTest,
    ::testing::Combine(::testing::Values(Rules::kFixture, Rules::kReal), ::testing::Bool(),
                       ::testing::Values(AdKind::kAuto, AdKind::kSex, AdKind::kLabour)),
    ParamName);

}  // namespace
}  // namespace ariadne::flag
