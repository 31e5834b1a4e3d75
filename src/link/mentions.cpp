#include "link/mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "core/text.h"
#include "link/quoted.h"

namespace ariadne::link {

namespace {

using K = CueKind;

// The lexicon. Mention cues are specific on purpose ("fake number", not "fake": "no fake photos,
// call 07700 900111" is an ad's own line); own-contact cues are the common ways an ad gives its
// own number, so that the nearer cue decides ("beware of fakes, call only 07700 900111").
constexpr std::array kCues = {
    // English
    MentionCue{"en", K::kAvoid, "do not call"},
    MentionCue{"en", K::kAvoid, "don't call"},
    MentionCue{"en", K::kAvoid, "dont call"},
    MentionCue{"en", K::kAvoid, "never call"},
    MentionCue{"en", K::kAvoid, "do not text"},
    MentionCue{"en", K::kAvoid, "don't text"},
    MentionCue{"en", K::kAvoid, "avoid this number"},
    MentionCue{"en", K::kAvoid, "avoid these numbers"},
    MentionCue{"en", K::kBlacklist, "fake number"},
    MentionCue{"en", K::kBlacklist, "fake numbers"},
    MentionCue{"en", K::kBlacklist, "fake profile"},
    MentionCue{"en", K::kBlacklist, "fake profiles"},
    MentionCue{"en", K::kBlacklist, "scam number"},
    MentionCue{"en", K::kBlacklist, "scam numbers"},
    MentionCue{"en", K::kBlacklist, "is a scam"},
    MentionCue{"en", K::kBlacklist, "are a scam"},
    MentionCue{"en", K::kBlacklist, "scammer"},
    MentionCue{"en", K::kBlacklist, "scammers"},
    MentionCue{"en", K::kBlacklist, "fraudster"},
    MentionCue{"en", K::kBlacklist, "fraudsters"},
    MentionCue{"en", K::kBlacklist, "blacklist"},
    MentionCue{"en", K::kBlacklist, "blacklisted"},
    MentionCue{"en", K::kBlacklist, "black list"},
    MentionCue{"en", K::kBlacklist, "beware of"},
    MentionCue{"en", K::kBlacklist, "stole my photos"},
    MentionCue{"en", K::kBlacklist, "using my photos"},
    MentionCue{"en", K::kBlacklist, "uses my photos"},
    MentionCue{"en", K::kOthers, "not my number"},
    MentionCue{"en", K::kOthers, "not mine"},
    MentionCue{"en", K::kOthers, "my friend"},
    MentionCue{"en", K::kOthers, "my friends"},
    MentionCue{"en", K::kOthers, "my girlfriend"},
    MentionCue{"en", K::kOthers, "her number"},
    MentionCue{"en", K::kOthers, "other girls"},
    MentionCue{"en", K::kRelay, "forwarded through"},
    MentionCue{"en", K::kRelay, "forwarded via"},
    MentionCue{"en", K::kRelay, "forwarded to"},
    MentionCue{"en", K::kRelay, "calls are forwarded"},
    MentionCue{"en", K::kRelay, "call tracking"},
    MentionCue{"en", K::kRelay, "tracking number"},
    MentionCue{"en", K::kRelay, "relay number"},
    MentionCue{"en", K::kRelay, "switchboard"},
    MentionCue{"en", K::kOwn, "call"},
    MentionCue{"en", K::kOwn, "call me"},
    MentionCue{"en", K::kOwn, "text"},
    MentionCue{"en", K::kOwn, "text me"},
    MentionCue{"en", K::kOwn, "ring"},
    MentionCue{"en", K::kOwn, "ring me"},
    MentionCue{"en", K::kOwn, "phone"},
    MentionCue{"en", K::kOwn, "tel"},
    MentionCue{"en", K::kOwn, "mobile"},
    MentionCue{"en", K::kOwn, "whatsapp"},
    MentionCue{"en", K::kOwn, "telegram"},
    MentionCue{"en", K::kOwn, "sms"},
    MentionCue{"en", K::kOwn, "contact me"},
    MentionCue{"en", K::kOwn, "my number"},
    MentionCue{"en", K::kOwn, "my only number"},
    MentionCue{"en", K::kOwn, "my real number"},
    MentionCue{"en", K::kOwn, "my new number"},
    MentionCue{"en", K::kOwn, "only number"},
    MentionCue{"en", K::kOwn, "real number"},
    // German
    MentionCue{"de", K::kAvoid, "nicht anrufen"},
    MentionCue{"de", K::kAvoid, "ruft nicht"},
    MentionCue{"de", K::kAvoid, "ruf nicht"},
    MentionCue{"de", K::kBlacklist, "gefälschte nummer"},
    MentionCue{"de", K::kBlacklist, "gefälschte nummern"},
    MentionCue{"de", K::kBlacklist, "falsche nummer"},
    MentionCue{"de", K::kBlacklist, "falsche nummern"},
    MentionCue{"de", K::kBlacklist, "fake nummer"},
    MentionCue{"de", K::kBlacklist, "fake nummern"},
    MentionCue{"de", K::kBlacklist, "betrüger"},
    MentionCue{"de", K::kBlacklist, "betrug"},
    MentionCue{"de", K::kBlacklist, "schwarze liste"},
    MentionCue{"de", K::kBlacklist, "vorsicht vor"},
    MentionCue{"de", K::kBlacklist, "warnung vor"},
    MentionCue{"de", K::kOthers, "nicht meine nummer"},
    MentionCue{"de", K::kOthers, "meine freundin"},
    MentionCue{"de", K::kOthers, "meiner freundin"},
    MentionCue{"de", K::kOthers, "ihre nummer"},
    MentionCue{"de", K::kOthers, "andere mädchen"},
    MentionCue{"de", K::kRelay, "weitergeleitet"},
    MentionCue{"de", K::kRelay, "vermittlungsnummer"},
    MentionCue{"de", K::kOwn, "ruf mich an"},
    MentionCue{"de", K::kOwn, "ruf an"},
    MentionCue{"de", K::kOwn, "anrufen"},
    MentionCue{"de", K::kOwn, "meine nummer"},
    MentionCue{"de", K::kOwn, "meine einzige nummer"},
    MentionCue{"de", K::kOwn, "telefon"},
    MentionCue{"de", K::kOwn, "handy"},
    // French
    MentionCue{"fr", K::kAvoid, "n'appelez pas"},
    MentionCue{"fr", K::kAvoid, "ne pas appeler"},
    MentionCue{"fr", K::kBlacklist, "faux numéro"},
    MentionCue{"fr", K::kBlacklist, "faux numéros"},
    MentionCue{"fr", K::kBlacklist, "arnaque"},
    MentionCue{"fr", K::kBlacklist, "arnaqueur"},
    MentionCue{"fr", K::kBlacklist, "arnaqueurs"},
    MentionCue{"fr", K::kBlacklist, "escroc"},
    MentionCue{"fr", K::kBlacklist, "escrocs"},
    MentionCue{"fr", K::kBlacklist, "liste noire"},
    MentionCue{"fr", K::kBlacklist, "méfiez vous"},
    MentionCue{"fr", K::kOthers, "pas mon numéro"},
    MentionCue{"fr", K::kOthers, "mon amie"},
    MentionCue{"fr", K::kOthers, "mes amies"},
    MentionCue{"fr", K::kOthers, "son numéro"},
    MentionCue{"fr", K::kOthers, "autres filles"},
    MentionCue{"fr", K::kRelay, "renvoyés vers"},
    MentionCue{"fr", K::kRelay, "transférés vers"},
    MentionCue{"fr", K::kRelay, "numéro de suivi"},
    MentionCue{"fr", K::kOwn, "appelez moi"},
    MentionCue{"fr", K::kOwn, "appelle moi"},
    MentionCue{"fr", K::kOwn, "mon numéro"},
    MentionCue{"fr", K::kOwn, "mon seul numéro"},
    MentionCue{"fr", K::kOwn, "téléphone"},
    // Dutch
    MentionCue{"nl", K::kAvoid, "niet bellen"},
    MentionCue{"nl", K::kAvoid, "bel niet"},
    MentionCue{"nl", K::kBlacklist, "nepnummer"},
    MentionCue{"nl", K::kBlacklist, "nepnummers"},
    MentionCue{"nl", K::kBlacklist, "nep nummer"},
    MentionCue{"nl", K::kBlacklist, "oplichter"},
    MentionCue{"nl", K::kBlacklist, "oplichters"},
    MentionCue{"nl", K::kBlacklist, "oplichting"},
    MentionCue{"nl", K::kBlacklist, "zwarte lijst"},
    MentionCue{"nl", K::kBlacklist, "pas op voor"},
    MentionCue{"nl", K::kOthers, "niet mijn nummer"},
    MentionCue{"nl", K::kOthers, "mijn vriendin"},
    MentionCue{"nl", K::kOthers, "haar nummer"},
    MentionCue{"nl", K::kOthers, "andere meiden"},
    MentionCue{"nl", K::kRelay, "doorgeschakeld"},
    MentionCue{"nl", K::kRelay, "doorgestuurd"},
    MentionCue{"nl", K::kOwn, "bel me"},
    MentionCue{"nl", K::kOwn, "bel mij"},
    MentionCue{"nl", K::kOwn, "bel"},
    MentionCue{"nl", K::kOwn, "mijn nummer"},
    MentionCue{"nl", K::kOwn, "mijn enige nummer"},
    // Romanian
    MentionCue{"ro", K::kAvoid, "nu sunați"},
    MentionCue{"ro", K::kAvoid, "nu suna"},
    MentionCue{"ro", K::kBlacklist, "număr fals"},
    MentionCue{"ro", K::kBlacklist, "numere false"},
    MentionCue{"ro", K::kBlacklist, "țeapă"},
    MentionCue{"ro", K::kBlacklist, "teapa"},
    MentionCue{"ro", K::kBlacklist, "escroc"},
    MentionCue{"ro", K::kBlacklist, "escroci"},
    MentionCue{"ro", K::kBlacklist, "lista neagră"},
    MentionCue{"ro", K::kBlacklist, "atenție la"},
    MentionCue{"ro", K::kOthers, "nu e numărul meu"},
    MentionCue{"ro", K::kOthers, "nu este numărul meu"},
    MentionCue{"ro", K::kOthers, "prietena mea"},
    MentionCue{"ro", K::kOthers, "numărul ei"},
    MentionCue{"ro", K::kRelay, "redirecționate"},
    MentionCue{"ro", K::kOwn, "sună mă"},
    MentionCue{"ro", K::kOwn, "sunați mă"},
    MentionCue{"ro", K::kOwn, "numărul meu"},
    MentionCue{"ro", K::kOwn, "telefon"},
    // Bulgarian
    MentionCue{"bg", K::kAvoid, "не звънете"},
    MentionCue{"bg", K::kAvoid, "не звъни"},
    MentionCue{"bg", K::kBlacklist, "фалшив номер"},
    MentionCue{"bg", K::kBlacklist, "фалшиви номера"},
    MentionCue{"bg", K::kBlacklist, "измамник"},
    MentionCue{"bg", K::kBlacklist, "измамници"},
    MentionCue{"bg", K::kBlacklist, "измама"},
    MentionCue{"bg", K::kBlacklist, "черен списък"},
    MentionCue{"bg", K::kBlacklist, "пазете се от"},
    MentionCue{"bg", K::kOthers, "не е моят номер"},
    MentionCue{"bg", K::kOthers, "моята приятелка"},
    MentionCue{"bg", K::kOthers, "нейния номер"},
    MentionCue{"bg", K::kOthers, "други момичета"},
    MentionCue{"bg", K::kRelay, "пренасочват"},
    MentionCue{"bg", K::kOwn, "звънни ми"},
    MentionCue{"bg", K::kOwn, "обадете се"},
    MentionCue{"bg", K::kOwn, "моят номер"},
    MentionCue{"bg", K::kOwn, "телефон"},
    // Spanish
    MentionCue{"es", K::kAvoid, "no llames"},
    MentionCue{"es", K::kAvoid, "no llamen"},
    MentionCue{"es", K::kAvoid, "no llaméis"},
    MentionCue{"es", K::kBlacklist, "número falso"},
    MentionCue{"es", K::kBlacklist, "números falsos"},
    MentionCue{"es", K::kBlacklist, "estafa"},
    MentionCue{"es", K::kBlacklist, "estafador"},
    MentionCue{"es", K::kBlacklist, "estafadores"},
    MentionCue{"es", K::kBlacklist, "lista negra"},
    MentionCue{"es", K::kBlacklist, "cuidado con"},
    // Portuguese and Czech warnings (the review of session 58: neither had one, so their
    // impostor warnings kept nobody apart).
    MentionCue{"pt", K::kBlacklist, "cuidado com"},
    MentionCue{"pt", K::kBlacklist, "número falso"},
    MentionCue{"pt", K::kBlacklist, "números falsos"},
    MentionCue{"pt", K::kBlacklist, "perfil falso"},
    MentionCue{"pt", K::kBlacklist, "anúncios falsos"},
    MentionCue{"pt", K::kBlacklist, "lista negra"},
    MentionCue{"pt", K::kBlacklist, "burlão"},
    MentionCue{"pt", K::kBlacklist, "burlões"},
    MentionCue{"pt", K::kBlacklist, "golpista"},
    MentionCue{"pt", K::kBlacklist, "golpistas"},
    MentionCue{"pt", K::kBlacklist, "usam as minhas fotos"},
    MentionCue{"pt", K::kBlacklist, "roubaram as minhas fotos"},
    MentionCue{"cs", K::kBlacklist, "pozor na"},
    MentionCue{"cs", K::kBlacklist, "falešné číslo"},
    MentionCue{"cs", K::kBlacklist, "falešná čísla"},
    MentionCue{"cs", K::kBlacklist, "falešný profil"},
    MentionCue{"cs", K::kBlacklist, "falešné inzeráty"},
    MentionCue{"cs", K::kBlacklist, "podvodník"},
    MentionCue{"cs", K::kBlacklist, "podvodníci"},
    MentionCue{"cs", K::kBlacklist, "černá listina"},
    MentionCue{"cs", K::kBlacklist, "používají moje fotky"},
    MentionCue{"cs", K::kBlacklist, "ukradli moje fotky"},
    MentionCue{"es", K::kOthers, "no es mi número"},
    MentionCue{"es", K::kOthers, "mi amiga"},
    MentionCue{"es", K::kOthers, "su número"},
    MentionCue{"es", K::kOthers, "otras chicas"},
    MentionCue{"es", K::kRelay, "desviadas a"},
    MentionCue{"es", K::kRelay, "desviadas al"},
    MentionCue{"es", K::kOwn, "llámame"},
    MentionCue{"es", K::kOwn, "llamame"},
    MentionCue{"es", K::kOwn, "mi número"},
    MentionCue{"es", K::kOwn, "mi único número"},
    MentionCue{"es", K::kOwn, "teléfono"},
    // Italian
    MentionCue{"it", K::kAvoid, "non chiamate"},
    MentionCue{"it", K::kAvoid, "non chiamare"},
    MentionCue{"it", K::kBlacklist, "numero falso"},
    MentionCue{"it", K::kBlacklist, "numeri falsi"},
    MentionCue{"it", K::kBlacklist, "truffa"},
    MentionCue{"it", K::kBlacklist, "truffatore"},
    MentionCue{"it", K::kBlacklist, "truffatori"},
    MentionCue{"it", K::kBlacklist, "lista nera"},
    MentionCue{"it", K::kBlacklist, "attenzione a"},
    MentionCue{"it", K::kOthers, "non è il mio numero"},
    MentionCue{"it", K::kOthers, "la mia amica"},
    MentionCue{"it", K::kOthers, "il suo numero"},
    MentionCue{"it", K::kOthers, "altre ragazze"},
    MentionCue{"it", K::kRelay, "inoltrate a"},
    MentionCue{"it", K::kRelay, "deviate su"},
    MentionCue{"it", K::kOwn, "chiamami"},
    MentionCue{"it", K::kOwn, "il mio numero"},
    MentionCue{"it", K::kOwn, "telefono"},
    MentionCue{"it", K::kOwn, "cellulare"},
    // Polish (ł does not decompose: both spellings)
    MentionCue{"pl", K::kAvoid, "nie dzwońcie"},
    MentionCue{"pl", K::kAvoid, "nie dzwoń"},
    MentionCue{"pl", K::kBlacklist, "fałszywy numer"},
    MentionCue{"pl", K::kBlacklist, "falszywy numer"},
    MentionCue{"pl", K::kBlacklist, "fałszywe numery"},
    MentionCue{"pl", K::kBlacklist, "falszywe numery"},
    MentionCue{"pl", K::kBlacklist, "oszust"},
    MentionCue{"pl", K::kBlacklist, "oszuści"},
    MentionCue{"pl", K::kBlacklist, "oszustwo"},
    MentionCue{"pl", K::kBlacklist, "czarna lista"},
    MentionCue{"pl", K::kBlacklist, "uwaga na"},
    MentionCue{"pl", K::kOthers, "to nie mój numer"},
    MentionCue{"pl", K::kOthers, "moja koleżanka"},
    MentionCue{"pl", K::kOthers, "moja przyjaciółka"},
    MentionCue{"pl", K::kOthers, "jej numer"},
    MentionCue{"pl", K::kRelay, "przekierowane"},
    MentionCue{"pl", K::kOwn, "zadzwoń"},
    MentionCue{"pl", K::kOwn, "mój numer"},
    MentionCue{"pl", K::kOwn, "telefon"},
    // Russian
    MentionCue{"ru", K::kAvoid, "не звоните"},
    MentionCue{"ru", K::kAvoid, "не звони"},
    MentionCue{"ru", K::kBlacklist, "фейковый номер"},
    MentionCue{"ru", K::kBlacklist, "фальшивый номер"},
    MentionCue{"ru", K::kBlacklist, "фальшивые номера"},
    MentionCue{"ru", K::kBlacklist, "мошенник"},
    MentionCue{"ru", K::kBlacklist, "мошенники"},
    MentionCue{"ru", K::kBlacklist, "мошенников"},
    MentionCue{"ru", K::kBlacklist, "развод"},
    MentionCue{"ru", K::kBlacklist, "черный список"},
    MentionCue{"ru", K::kBlacklist, "осторожно"},
    MentionCue{"ru", K::kOthers, "не мой номер"},
    MentionCue{"ru", K::kOthers, "моя подруга"},
    MentionCue{"ru", K::kOthers, "моей подруги"},
    MentionCue{"ru", K::kOthers, "ее номер"},
    MentionCue{"ru", K::kOthers, "её номер"},  // as written: the pre-scan does not fold ё
    MentionCue{"ru", K::kOthers, "другие девушки"},
    MentionCue{"ru", K::kRelay, "переадресация"},
    MentionCue{"ru", K::kRelay, "переадресуются"},
    MentionCue{"ru", K::kOwn, "звоните"},
    MentionCue{"ru", K::kOwn, "звони"},
    MentionCue{"ru", K::kOwn, "мой номер"},
    MentionCue{"ru", K::kOwn, "телефон"},
    // Ukrainian
    MentionCue{"uk", K::kAvoid, "не дзвоніть"},
    MentionCue{"uk", K::kAvoid, "не дзвони"},
    MentionCue{"uk", K::kBlacklist, "фейковий номер"},
    MentionCue{"uk", K::kBlacklist, "фальшивий номер"},
    MentionCue{"uk", K::kBlacklist, "шахрай"},
    MentionCue{"uk", K::kBlacklist, "шахраї"},
    MentionCue{"uk", K::kBlacklist, "шахраїв"},
    MentionCue{"uk", K::kBlacklist, "чорний список"},
    MentionCue{"uk", K::kBlacklist, "обережно"},
    MentionCue{"uk", K::kOthers, "не мій номер"},
    MentionCue{"uk", K::kOthers, "моя подруга"},
    MentionCue{"uk", K::kOthers, "її номер"},
    MentionCue{"uk", K::kOthers, "інші дівчата"},
    MentionCue{"uk", K::kRelay, "переадресовуються"},
    MentionCue{"uk", K::kOwn, "дзвоніть"},
    MentionCue{"uk", K::kOwn, "дзвони"},
    MentionCue{"uk", K::kOwn, "мій номер"},
    MentionCue{"uk", K::kOwn, "телефон"},
    // Portuguese and Czech (own cues, beside their client cues below)
    MentionCue{"pt", K::kOwn, "liga me"},
    MentionCue{"pt", K::kOwn, "ligue me"},
    MentionCue{"pt", K::kOwn, "o meu número"},
    MentionCue{"pt", K::kOwn, "meu número"},
    MentionCue{"pt", K::kOwn, "telemóvel"},
    MentionCue{"pt", K::kOwn, "telefone"},
    MentionCue{"cs", K::kOwn, "zavolej mi"},
    MentionCue{"cs", K::kOwn, "zavolejte mi"},
    MentionCue{"cs", K::kOwn, "moje číslo"},
    MentionCue{"cs", K::kOwn, "volej"},
    MentionCue{"cs", K::kOwn, "volejte"},
    MentionCue{"cs", K::kOwn, "telefon"},
    // Client posts (CueKind::kClient: questions, reviews and searches about an advertiser; only
    // in a document without an own offer's shape, OfferCues())
    MentionCue{"en", K::kClient, "anyone been to"},
    MentionCue{"en", K::kClient, "anyone been with"},
    MentionCue{"en", K::kClient, "anybody been to"},
    MentionCue{"en", K::kClient, "has anyone been"},
    MentionCue{"en", K::kClient, "has anybody been"},
    MentionCue{"en", K::kClient, "anyone seen"},
    MentionCue{"en", K::kClient, "has anyone seen"},
    MentionCue{"en", K::kClient, "anyone met"},
    MentionCue{"en", K::kClient, "has anyone met"},
    MentionCue{"en", K::kClient, "anyone tried"},
    MentionCue{"en", K::kClient, "has anyone tried"},
    MentionCue{"en", K::kClient, "anyone know"},
    MentionCue{"en", K::kClient, "anybody know"},
    MentionCue{"en", K::kClient, "does anyone know"},
    MentionCue{"en", K::kClient, "does anybody know"},
    MentionCue{"en", K::kClient, "anyone have"},
    MentionCue{"en", K::kClient, "anybody have"},
    MentionCue{"en", K::kClient, "does anyone have"},
    MentionCue{"en", K::kClient, "does anybody have"},
    MentionCue{"en", K::kClient, "who was on"},
    MentionCue{"en", K::kClient, "used to be on"},
    MentionCue{"en", K::kClient, "her new number"},
    MentionCue{"en", K::kClient, "her old number"},
    MentionCue{"en", K::kClient, "her current number"},
    MentionCue{"en", K::kClient, "review"},
    MentionCue{"en", K::kClient, "my review"},
    MentionCue{"en", K::kClient, "review of"},
    MentionCue{"en", K::kClient, "field report"},
    MentionCue{"en", K::kClient, "punter"},
    MentionCue{"en", K::kClient, "i visited"},
    MentionCue{"en", K::kClient, "i met her"},
    MentionCue{"en", K::kClient, "i saw her"},
    MentionCue{"en", K::kClient, "is this number"},
    MentionCue{"en", K::kClient, "is this a fake"},
    MentionCue{"en", K::kClient, "is this fake"},
    MentionCue{"en", K::kClient, "is she real"},
    MentionCue{"en", K::kClient, "is she genuine"},
    MentionCue{"en", K::kClient, "is she legit"},
    MentionCue{"en", K::kClient, "looking for the girl"},
    MentionCue{"en", K::kClient, "trying to find"},
    MentionCue{"en", K::kClient, "trying to reach"},
    MentionCue{"en", K::kClient, "lost her number"},
    MentionCue{"de", K::kClient, "war jemand bei"},
    MentionCue{"de", K::kClient, "war schon jemand bei"},
    MentionCue{"de", K::kClient, "kennt jemand"},
    MentionCue{"de", K::kClient, "weiß jemand"},
    MentionCue{"de", K::kClient, "hat jemand"},
    MentionCue{"de", K::kClient, "jemand erfahrung"},
    MentionCue{"de", K::kClient, "erfahrung mit"},
    MentionCue{"de", K::kClient, "erfahrungen mit"},
    MentionCue{"de", K::kClient, "erfahrungsbericht"},
    MentionCue{"de", K::kClient, "bewertung"},
    MentionCue{"de", K::kClient, "meine bewertung"},
    MentionCue{"de", K::kClient, "ihre neue nummer"},
    MentionCue{"de", K::kClient, "ihre alte nummer"},
    MentionCue{"de", K::kClient, "früher unter"},
    MentionCue{"de", K::kClient, "ist diese nummer"},
    MentionCue{"de", K::kClient, "ist das ein fake"},
    MentionCue{"de", K::kClient, "ist sie echt"},
    MentionCue{"de", K::kClient, "ich suche die"},
    MentionCue{"fr", K::kClient, "quelqu'un connaît"},
    MentionCue{"fr", K::kClient, "quelqu'un connait"},
    MentionCue{"fr", K::kClient, "quelqu'un sait"},
    MentionCue{"fr", K::kClient, "quelqu'un a vu"},
    MentionCue{"fr", K::kClient, "quelqu'un a testé"},
    MentionCue{"fr", K::kClient, "quelqu'un est allé"},
    MentionCue{"fr", K::kClient, "quelqu'un a"},
    MentionCue{"fr", K::kClient, "avis sur"},
    MentionCue{"fr", K::kClient, "mon avis"},
    MentionCue{"fr", K::kClient, "retour sur"},
    MentionCue{"fr", K::kClient, "je cherche la fille"},
    MentionCue{"fr", K::kClient, "qui était sur"},
    MentionCue{"fr", K::kClient, "qui était au"},
    MentionCue{"fr", K::kClient, "son nouveau numéro"},
    MentionCue{"fr", K::kClient, "son ancien numéro"},
    MentionCue{"fr", K::kClient, "est ce un fake"},
    MentionCue{"fr", K::kClient, "est elle réelle"},
    MentionCue{"nl", K::kClient, "iemand ervaring"},
    MentionCue{"nl", K::kClient, "kent iemand"},
    MentionCue{"nl", K::kClient, "weet iemand"},
    MentionCue{"nl", K::kClient, "heeft iemand"},
    MentionCue{"nl", K::kClient, "is iemand"},
    MentionCue{"nl", K::kClient, "iemand geweest"},
    MentionCue{"nl", K::kClient, "recensie"},
    MentionCue{"nl", K::kClient, "ervaring met"},
    MentionCue{"nl", K::kClient, "ik zoek het meisje"},
    MentionCue{"nl", K::kClient, "op zoek naar het meisje"},
    MentionCue{"nl", K::kClient, "haar nieuwe nummer"},
    MentionCue{"nl", K::kClient, "haar oude nummer"},
    MentionCue{"nl", K::kClient, "is dit nummer"},
    MentionCue{"nl", K::kClient, "is dit nep"},
    MentionCue{"nl", K::kClient, "is ze echt"},
    MentionCue{"ro", K::kClient, "a fost cineva la"},
    MentionCue{"ro", K::kClient, "cineva a fost"},
    MentionCue{"ro", K::kClient, "știe cineva"},
    MentionCue{"ro", K::kClient, "cunoaște cineva"},
    MentionCue{"ro", K::kClient, "are cineva"},
    MentionCue{"ro", K::kClient, "recenzie"},
    MentionCue{"ro", K::kClient, "părere despre"},
    MentionCue{"ro", K::kClient, "păreri despre"},
    MentionCue{"ro", K::kClient, "experiența mea cu"},
    MentionCue{"ro", K::kClient, "o caut pe"},
    MentionCue{"ro", K::kClient, "care era pe"},
    MentionCue{"ro", K::kClient, "noul ei număr"},
    MentionCue{"ro", K::kClient, "numărul ei nou"},
    MentionCue{"ro", K::kClient, "acest număr e fals"},
    MentionCue{"bg", K::kClient, "някой бил ли е"},
    MentionCue{"bg", K::kClient, "някой знае ли"},
    MentionCue{"bg", K::kClient, "някой има ли"},
    MentionCue{"bg", K::kClient, "отзив"},
    MentionCue{"bg", K::kClient, "търся момичето"},
    MentionCue{"bg", K::kClient, "която беше на"},
    MentionCue{"bg", K::kClient, "новия ѝ номер"},
    MentionCue{"bg", K::kClient, "новият ѝ номер"},
    MentionCue{"es", K::kClient, "alguien conoce"},
    MentionCue{"es", K::kClient, "alguien sabe"},
    MentionCue{"es", K::kClient, "alguien ha estado"},
    MentionCue{"es", K::kClient, "alguien ha ido"},
    MentionCue{"es", K::kClient, "alguien tiene"},
    MentionCue{"es", K::kClient, "alguien ha visto"},
    MentionCue{"es", K::kClient, "opinión sobre"},
    MentionCue{"es", K::kClient, "opiniones sobre"},
    MentionCue{"es", K::kClient, "mi experiencia con"},
    MentionCue{"es", K::kClient, "reseña"},
    MentionCue{"es", K::kClient, "busco a la chica"},
    MentionCue{"es", K::kClient, "que estaba en el"},
    MentionCue{"es", K::kClient, "su nuevo número"},
    MentionCue{"es", K::kClient, "su número nuevo"},
    MentionCue{"es", K::kClient, "es fake"},
    MentionCue{"it", K::kClient, "qualcuno conosce"},
    MentionCue{"it", K::kClient, "qualcuno sa"},
    MentionCue{"it", K::kClient, "qualcuno è stato"},
    MentionCue{"it", K::kClient, "qualcuno ha"},
    MentionCue{"it", K::kClient, "recensione"},
    MentionCue{"it", K::kClient, "la mia esperienza con"},
    MentionCue{"it", K::kClient, "esperienza con"},
    MentionCue{"it", K::kClient, "cerco la ragazza"},
    MentionCue{"it", K::kClient, "che era al"},
    MentionCue{"it", K::kClient, "che era sul"},
    MentionCue{"it", K::kClient, "il suo nuovo numero"},
    MentionCue{"it", K::kClient, "è un fake"},
    MentionCue{"pt", K::kClient, "alguém conhece"},
    MentionCue{"pt", K::kClient, "alguém sabe"},
    MentionCue{"pt", K::kClient, "alguém já esteve"},
    MentionCue{"pt", K::kClient, "alguém esteve"},
    MentionCue{"pt", K::kClient, "alguém tem"},
    MentionCue{"pt", K::kClient, "alguém já foi"},
    MentionCue{"pt", K::kClient, "avaliação"},
    MentionCue{"pt", K::kClient, "opinião sobre"},
    MentionCue{"pt", K::kClient, "a minha experiência com"},
    MentionCue{"pt", K::kClient, "procuro a"},
    MentionCue{"pt", K::kClient, "estou à procura"},
    MentionCue{"pt", K::kClient, "que estava no"},
    MentionCue{"pt", K::kClient, "que estava em"},
    MentionCue{"pt", K::kClient, "o novo número dela"},
    MentionCue{"pt", K::kClient, "o número novo dela"},
    MentionCue{"pt", K::kClient, "novo número dela"},
    MentionCue{"pt", K::kClient, "é fake"},
    MentionCue{"cs", K::kClient, "byl někdo u"},
    MentionCue{"cs", K::kClient, "byl někdo"},
    MentionCue{"cs", K::kClient, "zná někdo"},
    MentionCue{"cs", K::kClient, "ví někdo"},
    MentionCue{"cs", K::kClient, "má někdo"},
    MentionCue{"cs", K::kClient, "někdo zkušenost"},
    MentionCue{"cs", K::kClient, "zkušenost s"},
    MentionCue{"cs", K::kClient, "zkušenosti s"},
    MentionCue{"cs", K::kClient, "recenze"},
    MentionCue{"cs", K::kClient, "hodnocení"},
    MentionCue{"cs", K::kClient, "hledám slečnu"},
    MentionCue{"cs", K::kClient, "hledám holku"},
    MentionCue{"cs", K::kClient, "která byla na"},
    MentionCue{"cs", K::kClient, "její nové číslo"},
    MentionCue{"cs", K::kClient, "je toto číslo"},
    MentionCue{"cs", K::kClient, "je to fake"},
    MentionCue{"pl", K::kClient, "ktoś był u"},
    MentionCue{"pl", K::kClient, "ktoś byl u"},
    MentionCue{"pl", K::kClient, "był ktoś u"},
    MentionCue{"pl", K::kClient, "byl ktoś u"},
    MentionCue{"pl", K::kClient, "ktoś zna"},
    MentionCue{"pl", K::kClient, "ktoś wie"},
    MentionCue{"pl", K::kClient, "czy ktoś"},
    MentionCue{"pl", K::kClient, "ktoś ma"},
    MentionCue{"pl", K::kClient, "opinia o"},
    MentionCue{"pl", K::kClient, "opinie o"},
    MentionCue{"pl", K::kClient, "recenzja"},
    MentionCue{"pl", K::kClient, "szukam dziewczyny"},
    MentionCue{"pl", K::kClient, "która była pod"},
    MentionCue{"pl", K::kClient, "ktora byla pod"},
    MentionCue{"pl", K::kClient, "jej nowy numer"},
    MentionCue{"pl", K::kClient, "czy ten numer"},
    MentionCue{"pl", K::kClient, "czy to fake"},
    MentionCue{"ru", K::kClient, "кто нибудь был"},
    MentionCue{"ru", K::kClient, "кто-нибудь был"},
    MentionCue{"ru", K::kClient, "кто нибудь знает"},
    MentionCue{"ru", K::kClient, "кто-нибудь знает"},
    MentionCue{"ru", K::kClient, "кто то знает"},
    MentionCue{"ru", K::kClient, "кто-то знает"},
    MentionCue{"ru", K::kClient, "у кого есть"},
    MentionCue{"ru", K::kClient, "был кто нибудь"},
    MentionCue{"ru", K::kClient, "отзыв"},
    MentionCue{"ru", K::kClient, "мой отзыв"},
    MentionCue{"ru", K::kClient, "ищу девушку"},
    MentionCue{"ru", K::kClient, "которая была на"},
    MentionCue{"ru", K::kClient, "её новый номер"},
    MentionCue{"ru", K::kClient, "новый номер её"},
    MentionCue{"ru", K::kClient, "это фейк"},
    MentionCue{"uk", K::kClient, "хтось був"},
    MentionCue{"uk", K::kClient, "хтось знає"},
    MentionCue{"uk", K::kClient, "у когось є"},
    MentionCue{"uk", K::kClient, "відгук"},
    MentionCue{"uk", K::kClient, "шукаю дівчину"},
    MentionCue{"uk", K::kClient, "яка була на"},
    MentionCue{"uk", K::kClient, "її новий номер"},
    // A client's report of a visit, in the first person and the past ("just been to", "I was
    // with"; the masculine past forms of Polish, Czech, Russian, Ukrainian and Bulgarian are a
    // man's): the number it names is the woman's, quoted.
    MentionCue{"en", K::kClient, "just been to"},
    MentionCue{"en", K::kClient, "just been with"},
    MentionCue{"en", K::kClient, "just seen"},
    MentionCue{"en", K::kClient, "just visited"},
    MentionCue{"en", K::kClient, "just met"},
    MentionCue{"en", K::kClient, "i was with"},
    MentionCue{"en", K::kClient, "went to see"},
    MentionCue{"en", K::kClient, "been to see"},
    MentionCue{"en", K::kClient, "anyone else"},
    MentionCue{"en", K::kClient, "anybody else"},
    MentionCue{"de", K::kClient, "war gerade bei"},
    MentionCue{"de", K::kClient, "war heute bei"},
    MentionCue{"de", K::kClient, "war gestern bei"},
    MentionCue{"de", K::kClient, "ich war bei"},
    MentionCue{"de", K::kClient, "komme gerade von"},
    MentionCue{"fr", K::kClient, "je sors de chez"},
    MentionCue{"fr", K::kClient, "je viens de voir"},
    MentionCue{"fr", K::kClient, "je suis allé chez"},
    MentionCue{"fr", K::kClient, "je suis allé voir"},
    MentionCue{"fr", K::kClient, "je suis passé chez"},
    MentionCue{"it", K::kClient, "appena stato da"},
    MentionCue{"it", K::kClient, "sono stato da"},
    MentionCue{"it", K::kClient, "sono stato con"},
    MentionCue{"it", K::kClient, "sono andato da"},
    MentionCue{"it", K::kClient, "appena uscito da"},
    MentionCue{"es", K::kClient, "acabo de ver a"},
    MentionCue{"es", K::kClient, "acabo de estar con"},
    MentionCue{"es", K::kClient, "acabo de salir de"},
    MentionCue{"es", K::kClient, "estuve con"},
    MentionCue{"es", K::kClient, "fui a ver a"},
    MentionCue{"pt", K::kClient, "acabei de ver"},
    MentionCue{"pt", K::kClient, "acabei de estar com"},
    MentionCue{"pt", K::kClient, "acabei de sair de"},
    MentionCue{"pt", K::kClient, "estive com"},
    MentionCue{"pt", K::kClient, "fui ver a"},
    MentionCue{"nl", K::kClient, "net geweest bij"},
    MentionCue{"nl", K::kClient, "was net bij"},
    MentionCue{"nl", K::kClient, "was gisteren bij"},
    MentionCue{"nl", K::kClient, "ben net bij"},
    MentionCue{"nl", K::kClient, "ik was bij"},
    MentionCue{"pl", K::kClient, "byłem u"},
    MentionCue{"pl", K::kClient, "bylem u"},
    MentionCue{"pl", K::kClient, "byłem dziś u"},
    MentionCue{"pl", K::kClient, "byłem wczoraj u"},
    MentionCue{"pl", K::kClient, "odwiedziłem"},
    MentionCue{"cs", K::kClient, "byl jsem u"},
    MentionCue{"cs", K::kClient, "jsem byl u"},
    MentionCue{"cs", K::kClient, "byl jsem včera u"},
    MentionCue{"cs", K::kClient, "navštívil jsem"},
    MentionCue{"ro", K::kClient, "tocmai am fost la"},
    MentionCue{"ro", K::kClient, "am fost aseară la"},
    MentionCue{"ro", K::kClient, "am fost ieri la"},
    MentionCue{"ro", K::kClient, "am vizitat o"},
    MentionCue{"ru", K::kClient, "только что был у"},
    MentionCue{"ru", K::kClient, "был у"},
    MentionCue{"ru", K::kClient, "был вчера у"},
    MentionCue{"ru", K::kClient, "был сегодня у"},
    MentionCue{"ru", K::kClient, "ходил к"},
    MentionCue{"ru", K::kClient, "сходил к"},
    MentionCue{"uk", K::kClient, "щойно був у"},
    MentionCue{"uk", K::kClient, "був у"},
    MentionCue{"uk", K::kClient, "ходив до"},
    MentionCue{"bg", K::kClient, "току що бях при"},
    MentionCue{"bg", K::kClient, "бях при"},
    MentionCue{"bg", K::kClient, "ходих при"},
    // A client's warning: the number took his money, blocked him, asks for a deposit and never
    // comes. Client cues, not a blacklist's: an ad may speak of deposits in its own terms, and a
    // document with an own offer's shape is no client's (HasOfferShape).
    MentionCue{"en", K::kClient, "scam alert"},
    MentionCue{"en", K::kClient, "took my money"},
    MentionCue{"en", K::kClient, "blocked me"},
    MentionCue{"en", K::kClient, "asks for a deposit"},
    MentionCue{"en", K::kClient, "asked for a deposit"},
    MentionCue{"en", K::kClient, "wants a deposit"},
    MentionCue{"en", K::kClient, "never shows"},
    MentionCue{"en", K::kClient, "never showed"},
    MentionCue{"en", K::kClient, "never turns up"},
    MentionCue{"en", K::kClient, "never turned up"},
    MentionCue{"en", K::kClient, "took my deposit"},
    MentionCue{"en", K::kClient, "ghosted me"},
    MentionCue{"en", K::kClient, "stopped answering"},
    MentionCue{"de", K::kClient, "nicht erschienen"},
    MentionCue{"de", K::kClient, "ist nicht gekommen"},
    MentionCue{"fr", K::kClient, "n'est pas venue"},
    MentionCue{"fr", K::kClient, "ne répond plus"},
    MentionCue{"it", K::kClient, "non si è presentata"},
    MentionCue{"it", K::kClient, "non è venuta"},
    MentionCue{"it", K::kClient, "non risponde più"},
    MentionCue{"es", K::kClient, "no apareció"},
    MentionCue{"es", K::kClient, "dejó de contestar"},
    MentionCue{"pt", K::kClient, "não apareceu"},
    MentionCue{"pt", K::kClient, "deixou de responder"},
    MentionCue{"nl", K::kClient, "kwam niet opdagen"},
    MentionCue{"nl", K::kClient, "is niet gekomen"},
    MentionCue{"pl", K::kClient, "przestała odpisywać"},
    MentionCue{"de", K::kClient, "betrugswarnung"},
    MentionCue{"de", K::kClient, "hat mein geld"},
    MentionCue{"de", K::kClient, "nahm mein geld"},
    MentionCue{"de", K::kClient, "hat mich blockiert"},
    MentionCue{"de", K::kClient, "verlangt eine anzahlung"},
    MentionCue{"de", K::kClient, "verlangt anzahlung"},
    MentionCue{"de", K::kClient, "verlangt vorkasse"},
    MentionCue{"de", K::kClient, "kommt nie"},
    MentionCue{"de", K::kClient, "taucht nie auf"},
    MentionCue{"fr", K::kClient, "a pris mon argent"},
    MentionCue{"fr", K::kClient, "m'a bloqué"},
    MentionCue{"fr", K::kClient, "demande un acompte"},
    MentionCue{"fr", K::kClient, "demande une avance"},
    MentionCue{"fr", K::kClient, "ne vient jamais"},
    MentionCue{"fr", K::kClient, "n'est jamais venue"},
    MentionCue{"it", K::kClient, "allarme truffa"},
    MentionCue{"it", K::kClient, "ha preso i miei soldi"},
    MentionCue{"it", K::kClient, "si è preso i miei soldi"},
    MentionCue{"it", K::kClient, "mi ha bloccato"},
    MentionCue{"it", K::kClient, "chiede un anticipo"},
    MentionCue{"it", K::kClient, "chiede una caparra"},
    MentionCue{"it", K::kClient, "non si presenta mai"},
    MentionCue{"it", K::kClient, "non viene mai"},
    MentionCue{"es", K::kClient, "se quedó mi dinero"},
    MentionCue{"es", K::kClient, "se quedó con mi dinero"},
    MentionCue{"es", K::kClient, "me bloqueó"},
    MentionCue{"es", K::kClient, "pide señal"},
    MentionCue{"es", K::kClient, "pide una señal"},
    MentionCue{"es", K::kClient, "pide un adelanto"},
    MentionCue{"es", K::kClient, "nunca aparece"},
    MentionCue{"es", K::kClient, "nunca viene"},
    MentionCue{"pt", K::kClient, "burla"},
    MentionCue{"pt", K::kClient, "golpe"},
    MentionCue{"pt", K::kClient, "ficou com o meu dinheiro"},
    MentionCue{"pt", K::kClient, "ficou com meu dinheiro"},
    MentionCue{"pt", K::kClient, "bloqueou me"},
    MentionCue{"pt", K::kClient, "me bloqueou"},
    MentionCue{"pt", K::kClient, "pede sinal"},
    MentionCue{"pt", K::kClient, "pede um sinal"},
    MentionCue{"pt", K::kClient, "pede adiantamento"},
    MentionCue{"pt", K::kClient, "nunca aparece"},
    MentionCue{"nl", K::kClient, "nam mijn geld"},
    MentionCue{"nl", K::kClient, "heeft mijn geld"},
    MentionCue{"nl", K::kClient, "blokkeerde me"},
    MentionCue{"nl", K::kClient, "heeft me geblokkeerd"},
    MentionCue{"nl", K::kClient, "vraagt een aanbetaling"},
    MentionCue{"nl", K::kClient, "vraagt aanbetaling"},
    MentionCue{"nl", K::kClient, "vraagt een voorschot"},
    MentionCue{"nl", K::kClient, "komt nooit"},
    MentionCue{"pl", K::kClient, "oszustka"},
    MentionCue{"pl", K::kClient, "wzięła pieniądze"},
    MentionCue{"pl", K::kClient, "wzięła moje pieniądze"},
    MentionCue{"pl", K::kClient, "zablokowała mnie"},
    MentionCue{"pl", K::kClient, "bierze zaliczkę"},
    MentionCue{"pl", K::kClient, "chce zaliczkę"},
    MentionCue{"pl", K::kClient, "żąda zaliczki"},
    MentionCue{"pl", K::kClient, "nigdy nie przychodzi"},
    MentionCue{"pl", K::kClient, "nie przyszła"},
    MentionCue{"cs", K::kClient, "podvod"},
    MentionCue{"cs", K::kClient, "podvodnice"},
    MentionCue{"cs", K::kClient, "vzala mi peníze"},
    MentionCue{"cs", K::kClient, "zablokovala mě"},
    MentionCue{"cs", K::kClient, "chce zálohu"},
    MentionCue{"cs", K::kClient, "žádá zálohu"},
    MentionCue{"cs", K::kClient, "nikdy nepřijde"},
    MentionCue{"cs", K::kClient, "nepřišla"},
    MentionCue{"ro", K::kClient, "înșelătorie"},
    MentionCue{"ro", K::kClient, "mi a luat banii"},
    MentionCue{"ro", K::kClient, "m a blocat"},
    MentionCue{"ro", K::kClient, "cere avans"},
    MentionCue{"ro", K::kClient, "cere un avans"},
    MentionCue{"ro", K::kClient, "nu vine niciodată"},
    MentionCue{"ro", K::kClient, "nu a venit"},
    MentionCue{"ru", K::kClient, "мошенница"},
    MentionCue{"ru", K::kClient, "кинула"},
    MentionCue{"ru", K::kClient, "взяла деньги"},
    MentionCue{"ru", K::kClient, "забрала деньги"},
    MentionCue{"ru", K::kClient, "заблокировала меня"},
    MentionCue{"ru", K::kClient, "меня заблокировала"},
    MentionCue{"ru", K::kClient, "просит предоплату"},
    MentionCue{"ru", K::kClient, "берет предоплату"},
    MentionCue{"ru", K::kClient, "никогда не приходит"},
    MentionCue{"ru", K::kClient, "не пришла"},
    MentionCue{"uk", K::kClient, "шахрайка"},
    MentionCue{"uk", K::kClient, "взяла гроші"},
    MentionCue{"uk", K::kClient, "заблокувала мене"},
    MentionCue{"uk", K::kClient, "просить передоплату"},
    MentionCue{"uk", K::kClient, "ніколи не приходить"},
    MentionCue{"bg", K::kClient, "измамница"},
    MentionCue{"bg", K::kClient, "взе ми парите"},
    MentionCue{"bg", K::kClient, "блокира ме"},
    MentionCue{"bg", K::kClient, "иска капаро"},
    MentionCue{"bg", K::kClient, "никога не идва"},
    // A partner agency's number ("Booked up? Our partner agency … will help: …"): another
    // advertiser's, given where the ad's own is full.
    MentionCue{"en", K::kOthers, "partner agency"},
    MentionCue{"en", K::kOthers, "partner agencies"},
    MentionCue{"de", K::kOthers, "partneragentur"},
    MentionCue{"de", K::kOthers, "partner agentur"},
    MentionCue{"fr", K::kOthers, "agence partenaire"},
    MentionCue{"fr", K::kOthers, "agences partenaires"},
    MentionCue{"nl", K::kOthers, "partnerbureau"},
    MentionCue{"nl", K::kOthers, "partneragentschap"},
    MentionCue{"es", K::kOthers, "agencia asociada"},
    MentionCue{"es", K::kOthers, "agencia colaboradora"},
    MentionCue{"es", K::kOthers, "agencia amiga"},
    MentionCue{"it", K::kOthers, "agenzia partner"},
    MentionCue{"it", K::kOthers, "agenzia amica"},
    MentionCue{"pt", K::kOthers, "agência parceira"},
    MentionCue{"pl", K::kOthers, "agencja partnerska"},
    MentionCue{"pl", K::kOthers, "agencji partnerskiej"},
    MentionCue{"pl", K::kOthers, "agencję partnerską"},
    MentionCue{"pl", K::kOthers, "partnerska agencja"},
    MentionCue{"ro", K::kOthers, "agenția parteneră"},
    MentionCue{"ro", K::kOthers, "agenției partenere"},
    MentionCue{"cs", K::kOthers, "partnerská agentura"},
    MentionCue{"cs", K::kOthers, "partnerské agentury"},
    MentionCue{"ru", K::kOthers, "агентство партнер"},
    MentionCue{"ru", K::kOthers, "партнерское агентство"},
    MentionCue{"bg", K::kOthers, "партньорска агенция"},
    MentionCue{"uk", K::kOthers, "партнерська агенція"},
    // Her number, where the lexicon above lacks it (a third person's, as "her number").
    MentionCue{"cs", K::kOthers, "její číslo"},
    MentionCue{"pt", K::kOthers, "o número dela"},
    MentionCue{"pt", K::kOthers, "número dela"},
    // An offer valid at other advertisers too ("Today's code … also valid at: Ida …, Ingrid …"):
    // the numbers after it are theirs. The verb and "also" both, so that an ad's own terms
    // ("Offer valid at weekends") are none.
    MentionCue{"en", K::kOthers, "also valid at"},
    MentionCue{"en", K::kOthers, "also valid with"},
    MentionCue{"en", K::kOthers, "valid also at"},
    MentionCue{"en", K::kOthers, "also applies at"},
    MentionCue{"de", K::kOthers, "gilt auch bei"},
    MentionCue{"de", K::kOthers, "auch gültig bei"},
    MentionCue{"de", K::kOthers, "gültig auch bei"},
    MentionCue{"fr", K::kOthers, "valable aussi chez"},
    MentionCue{"fr", K::kOthers, "valable également chez"},
    MentionCue{"fr", K::kOthers, "aussi valable chez"},
    MentionCue{"nl", K::kOthers, "geldt ook bij"},
    MentionCue{"nl", K::kOthers, "ook geldig bij"},
    MentionCue{"es", K::kOthers, "válido también en"},
    MentionCue{"es", K::kOthers, "válido también con"},
    MentionCue{"es", K::kOthers, "también válido en"},
    MentionCue{"es", K::kOthers, "también válido con"},
    MentionCue{"it", K::kOthers, "valido anche da"},
    MentionCue{"it", K::kOthers, "valido anche presso"},
    MentionCue{"it", K::kOthers, "vale anche da"},
    MentionCue{"pt", K::kOthers, "válido também em"},
    MentionCue{"pt", K::kOthers, "válido também com"},
    MentionCue{"pl", K::kOthers, "ważny także u"},
    MentionCue{"pl", K::kOthers, "ważny również u"},
    MentionCue{"pl", K::kOthers, "obowiązuje też u"},
    MentionCue{"pl", K::kOthers, "obowiązuje także u"},
    MentionCue{"ro", K::kOthers, "valabil și la"},
    MentionCue{"ro", K::kOthers, "valabil si la"},
    MentionCue{"cs", K::kOthers, "platí i u"},
    MentionCue{"cs", K::kOthers, "platí také u"},
    MentionCue{"ru", K::kOthers, "действует также у"},
    MentionCue{"ru", K::kOthers, "действует и у"},
    MentionCue{"uk", K::kOthers, "діє також у"},
    MentionCue{"bg", K::kOthers, "важи и при"},
    MentionCue{"no", K::kOthers, "gjelder også hos"},
    MentionCue{"sv", K::kOthers, "gäller även hos"},
    MentionCue{"sv", K::kOthers, "gäller också hos"},
    MentionCue{"da", K::kOthers, "gælder også hos"},
    MentionCue{"fi", K::kOthers, "voimassa myös"},
    // The Nordic languages (link43): the cues above in Norwegian, Swedish, Danish and Finnish,
    // the common ones of each kind. A contact's own words there are mostly the English ones the
    // cues above already hold ("ring", "sms", "whatsapp", "telefon").
    MentionCue{"no", K::kBlacklist, "falskt nummer"},
    MentionCue{"no", K::kBlacklist, "falske nummer"},
    MentionCue{"no", K::kBlacklist, "falske annonser"},
    MentionCue{"no", K::kAvoid, "ikke ring"},
    MentionCue{"no", K::kBlacklist, "svindler"},
    MentionCue{"no", K::kBlacklist, "svindlere"},
    MentionCue{"no", K::kBlacklist, "pass på"},
    MentionCue{"no", K::kBlacklist, "bruker bildene mine"},
    MentionCue{"sv", K::kBlacklist, "falskt nummer"},
    MentionCue{"sv", K::kBlacklist, "falska annonser"},
    MentionCue{"sv", K::kAvoid, "ring inte"},
    MentionCue{"sv", K::kBlacklist, "bedragare"},
    MentionCue{"sv", K::kBlacklist, "se upp för"},
    MentionCue{"sv", K::kBlacklist, "använder mina bilder"},
    MentionCue{"da", K::kBlacklist, "falske annoncer"},
    MentionCue{"da", K::kAvoid, "ring ikke"},
    MentionCue{"da", K::kBlacklist, "svindlere"},
    MentionCue{"da", K::kBlacklist, "pas på"},
    MentionCue{"da", K::kBlacklist, "bruger mine billeder"},
    MentionCue{"fi", K::kBlacklist, "väärennetty numero"},
    MentionCue{"fi", K::kBlacklist, "feikki"},
    MentionCue{"fi", K::kBlacklist, "feikkiilmoitukset"},
    MentionCue{"fi", K::kBlacklist, "valeilmoitukset"},
    MentionCue{"fi", K::kBlacklist, "huijari"},
    MentionCue{"fi", K::kBlacklist, "huijarit"},
    MentionCue{"fi", K::kAvoid, "älä soita"},
    MentionCue{"fi", K::kBlacklist, "varokaa"},
    MentionCue{"fi", K::kBlacklist, "varo"},
    MentionCue{"fi", K::kBlacklist, "käyttävät kuviani"},
    MentionCue{"fi", K::kBlacklist, "minun kuvani"},
    MentionCue{"no", K::kBlacklist, "med bildene mine"},
    MentionCue{"sv", K::kBlacklist, "med mina bilder"},
    MentionCue{"da", K::kBlacklist, "med mine billeder"},
    MentionCue{"no", K::kOthers, "ikke mitt nummer"},
    MentionCue{"no", K::kOthers, "venninnen min"},
    MentionCue{"no", K::kOthers, "min venninne"},
    MentionCue{"no", K::kOthers, "nummeret hennes"},
    MentionCue{"no", K::kOthers, "andre jenter"},
    MentionCue{"sv", K::kOthers, "inte mitt nummer"},
    MentionCue{"sv", K::kOthers, "min väninna"},
    MentionCue{"sv", K::kOthers, "hennes nummer"},
    MentionCue{"sv", K::kOthers, "andra tjejer"},
    MentionCue{"da", K::kOthers, "ikke mit nummer"},
    MentionCue{"da", K::kOthers, "min veninde"},
    MentionCue{"da", K::kOthers, "hendes nummer"},
    MentionCue{"da", K::kOthers, "andre piger"},
    MentionCue{"fi", K::kOthers, "ei minun numeroni"},
    MentionCue{"fi", K::kOthers, "ystäväni"},
    MentionCue{"fi", K::kOthers, "hänen numeronsa"},
    MentionCue{"fi", K::kOthers, "muut tytöt"},
    MentionCue{"no", K::kOwn, "ring meg"},
    MentionCue{"no", K::kOwn, "mitt nummer"},
    MentionCue{"no", K::kOwn, "send sms"},
    MentionCue{"sv", K::kOwn, "ring mig"},
    MentionCue{"sv", K::kOwn, "mitt nummer"},
    MentionCue{"da", K::kOwn, "mit nummer"},
    MentionCue{"fi", K::kOwn, "soita"},
    MentionCue{"fi", K::kOwn, "numeroni"},
    MentionCue{"fi", K::kOwn, "tekstaa"},
    MentionCue{"no", K::kClient, "noen som har møtt"},
    MentionCue{"no", K::kClient, "har noen møtt"},
    MentionCue{"no", K::kClient, "noen som har vært hos"},
    MentionCue{"no", K::kClient, "har noen vært hos"},
    MentionCue{"no", K::kClient, "noen som kjenner"},
    MentionCue{"no", K::kClient, "noen som vet"},
    MentionCue{"no", K::kClient, "det nye nummeret hennes"},
    MentionCue{"no", K::kClient, "hun har byttet"},
    MentionCue{"no", K::kClient, "hun har nytt nummer"},
    MentionCue{"no", K::kClient, "anmeldelse"},
    MentionCue{"sv", K::kClient, "någon som träffat"},
    MentionCue{"sv", K::kClient, "har någon träffat"},
    MentionCue{"sv", K::kClient, "någon som varit hos"},
    MentionCue{"sv", K::kClient, "har någon varit hos"},
    MentionCue{"sv", K::kClient, "någon som vet"},
    MentionCue{"sv", K::kClient, "hennes nya nummer"},
    MentionCue{"sv", K::kClient, "hon har bytt"},
    MentionCue{"sv", K::kClient, "recension"},
    MentionCue{"da", K::kClient, "nogen der har mødt"},
    MentionCue{"da", K::kClient, "har nogen mødt"},
    MentionCue{"da", K::kClient, "nogen der har været hos"},
    MentionCue{"da", K::kClient, "nogen der ved"},
    MentionCue{"da", K::kClient, "hendes nye nummer"},
    MentionCue{"da", K::kClient, "hun har skiftet"},
    MentionCue{"da", K::kClient, "anmeldelse"},
    MentionCue{"fi", K::kClient, "onko kukaan tavannut"},
    MentionCue{"fi", K::kClient, "onko kukaan käynyt"},
    MentionCue{"fi", K::kClient, "onko joku käynyt"},
    MentionCue{"fi", K::kClient, "tietääkö kukaan"},
    MentionCue{"fi", K::kClient, "hänen uusi numeronsa"},
    MentionCue{"fi", K::kClient, "vaihtoi numeron"},
    MentionCue{"fi", K::kClient, "vaihtanut numeron"},
    MentionCue{"fi", K::kClient, "arvostelu"},
    // A woman's new number as a client reports it, third person; the advertiser's own words
    // ("jeg har nytt nummer") are own cues, matched first as the longer phrase.
    MentionCue{"no", K::kClient, "har nytt nummer"},
    MentionCue{"no", K::kClient, "har byttet nummer"},
    MentionCue{"no", K::kOwn, "jeg har nytt nummer"},
    MentionCue{"no", K::kOwn, "jeg har byttet nummer"},
    MentionCue{"sv", K::kClient, "har nytt nummer"},
    MentionCue{"sv", K::kClient, "har bytt nummer"},
    MentionCue{"sv", K::kOwn, "jag har nytt nummer"},
    MentionCue{"sv", K::kOwn, "jag har bytt nummer"},
    MentionCue{"da", K::kClient, "har skiftet nummer"},
    MentionCue{"da", K::kOwn, "jeg har nyt nummer"},
    MentionCue{"da", K::kOwn, "jeg har skiftet nummer"},
    // A number a client reports dead ("… no longer answers"): hers, named by someone else.
    MentionCue{"en", K::kClient, "no longer answers"},
    MentionCue{"en", K::kClient, "doesn't answer anymore"},
    MentionCue{"en", K::kClient, "does not answer anymore"},
    MentionCue{"de", K::kClient, "geht nicht mehr ran"},
    MentionCue{"de", K::kClient, "antwortet nicht mehr"},
    MentionCue{"nl", K::kClient, "neemt niet meer op"},
    MentionCue{"es", K::kClient, "ya no contesta"},
    MentionCue{"es", K::kClient, "ya no responde"},
    MentionCue{"pt", K::kClient, "já não atende"},
    MentionCue{"pt", K::kClient, "não atende mais"},
    MentionCue{"pl", K::kClient, "już nie odbiera"},
    MentionCue{"pl", K::kClient, "nie odbiera już"},
    MentionCue{"ro", K::kClient, "nu mai răspunde"},
    MentionCue{"cs", K::kClient, "už nebere"},
    MentionCue{"ru", K::kClient, "больше не отвечает"},
    MentionCue{"uk", K::kClient, "більше не відповідає"},
    MentionCue{"bg", K::kClient, "вече не отговаря"},
    MentionCue{"no", K::kClient, "svarer ikke lenger"},
    MentionCue{"sv", K::kClient, "svarar inte längre"},
    MentionCue{"da", K::kClient, "svarer ikke længere"},
    MentionCue{"fi", K::kClient, "ei enää vastaa"},
    // An impostor's number in a warning ("fake ads with my photos and the number …, that is not
    // me"): the cues of the warning's parts where the lexicon above lacks them.
    MentionCue{"de", K::kBlacklist, "falsche anzeigen"},
    MentionCue{"de", K::kBlacklist, "gefälschte anzeigen"},
    MentionCue{"de", K::kBlacklist, "mit meinen fotos"},
    MentionCue{"en", K::kBlacklist, "fake ads"},
    MentionCue{"en", K::kOthers, "that is not me"},
    MentionCue{"en", K::kOthers, "that's not me"},
    MentionCue{"de", K::kOthers, "das bin nicht ich"},
    MentionCue{"de", K::kOthers, "das bin ich nicht"},
    MentionCue{"fr", K::kOthers, "ce n'est pas moi"},
    MentionCue{"nl", K::kOthers, "dat ben ik niet"},
    MentionCue{"es", K::kOthers, "no soy yo"},
    MentionCue{"it", K::kOthers, "non sono io"},
    MentionCue{"pt", K::kOthers, "não sou eu"},
    MentionCue{"pl", K::kOthers, "to nie ja"},
    MentionCue{"ro", K::kOthers, "nu sunt eu"},
    MentionCue{"cs", K::kOthers, "to nejsem já"},
    MentionCue{"ru", K::kOthers, "это не я"},
    MentionCue{"uk", K::kOthers, "це не я"},
    MentionCue{"bg", K::kOthers, "това не съм аз"},
    MentionCue{"no", K::kOthers, "det er ikke meg"},
    MentionCue{"sv", K::kOthers, "det är inte jag"},
    MentionCue{"da", K::kOthers, "det er ikke mig"},
    MentionCue{"fi", K::kOthers, "se en ole minä"},
    MentionCue{"en", K::kClient, "is on a new number"},
    MentionCue{"en", K::kClient, "has a new number"},
    MentionCue{"en", K::kClient, "changed her number"},
};

// First-person offers (OfferCues): an advertiser's own contact line, whatever its language.
constexpr std::string_view kOffers[] = {
    "call me",
    "text me",
    "ring me",
    "contact me",
    "message me",
    "book me",
    "visit me",
    "whatsapp me",
    "my number",
    "my only number",
    "my real number",
    "my new number",
    "ruf mich an",
    "ruf an",
    "ruft an",
    "meine nummer",
    "schreib mir",
    "besuch mich",
    "appelez moi",
    "appelle moi",
    "mon numéro",
    "contactez moi",
    "écrivez moi",
    "bel me",
    "bel mij",
    "mijn nummer",
    "app me",
    "sună mă",
    "sunați mă",
    "numărul meu",
    "scrie mi",
    "звънни ми",
    "обадете се",
    "моят номер",
    "llámame",
    "llamame",
    "mi número",
    "escríbeme",
    "chiamami",
    "il mio numero",
    "scrivimi",
    "zadzwoń",
    "zadzwon",
    "mój numer",
    "moj numer",
    "napisz",
    "звоните",
    "звони мне",
    "мой номер",
    "пишите",
    "дзвоніть",
    "мій номер",
    "пишіть",
    "liga me",
    "ligue me",
    "o meu número",
    "meu número",
    "zavolej mi",
    "zavolejte mi",
    "moje číslo",
    "volej",
    "volejte",
    // Norwegian, Swedish, Danish, Finnish (link43)
    "ring meg",
    "ring mig",
    "mitt nummer",
    "mit nummer",
    "soita minulle",
    "numeroni",
    "send meg",
};

// The window of a sentence read around a contact, each side.
constexpr size_t kWindowBytes = 240;
// A list's heading line is short.
constexpr size_t kMaxHeadingBytes = 200;
// A bare list line is short: a longer one (selectors aside) is not read word by word.
constexpr size_t kMaxItemBytes = 80;
// Bare list lines read up from a contact to its heading, at most.
constexpr size_t kMaxItemLines = 24;

struct FoldedCue {
  CueKind kind;
  std::vector<std::string> words;
};

const std::vector<FoldedCue>& FoldedCues() {
  static const std::vector<FoldedCue> cues = [] {
    std::vector<FoldedCue> out;
    for (const MentionCue& c : kCues) out.push_back({c.kind, FoldedWords(c.phrase)});
    return out;
  }();
  return cues;
}

// The cues by their first folded word, longest first.
const std::unordered_map<std::string, std::vector<size_t>>& CuesByFirstWord() {
  static const std::unordered_map<std::string, std::vector<size_t>> index = [] {
    std::unordered_map<std::string, std::vector<size_t>> out;
    const auto& cues = FoldedCues();
    for (size_t i = 0; i < cues.size(); ++i) {
      if (!cues[i].words.empty()) out[cues[i].words[0]].push_back(i);
    }
    for (auto& [word, list] : out) {
      std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
        return cues[a].words.size() > cues[b].words.size();
      });
    }
    return out;
  }();
  return index;
}

struct CueAt {
  size_t first = 0;  // word index
  size_t last = 0;   // word index, inclusive
  CueKind kind = K::kOwn;
};

// The cues in `words`, left to right, longest first, not overlapping.
std::vector<CueAt> FindCues(const std::vector<FoldedWord>& words) {
  std::vector<CueAt> found;
  const auto& cues = FoldedCues();
  const auto& index = CuesByFirstWord();
  for (size_t i = 0; i < words.size();) {
    const auto it = index.find(words[i].text);
    size_t length = 0;
    if (it != index.end()) {
      for (size_t c : it->second) {
        const std::vector<std::string>& p = cues[c].words;
        if (i + p.size() > words.size()) continue;
        bool all = true;
        for (size_t k = 1; k < p.size() && all; ++k) all = words[i + k].text == p[k];
        if (all) {
          found.push_back({i, i + p.size() - 1, cues[c].kind});
          length = p.size();
          break;
        }
      }
    }
    i += std::max<size_t>(length, 1);
  }
  return found;
}

bool IsLetter(unsigned char b) {
  return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

bool IsSentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n' || c == '|') return true;
  // A comma before words starts a clause ("call me on 07700 900111, never call 07700 900222"); one
  // before a contact continues a list ("fake numbers: 07700 900222, 07700 900333").
  if (c == ',') {
    size_t k = i + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    return k < text.size() && IsLetter(static_cast<unsigned char>(text[k]));
  }
  if (c == '.' || c == '!' || c == '?' || c == ';') {
    return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
           text[i + 1] == '\t' || text[i + 1] == '\r';
  }
  // U+2022 BULLET (E2 80 A2): items of one line.
  return static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0xA2;
}

bool InSpan(std::span<const MaskSpan> spans, size_t at) {
  auto it = std::upper_bound(spans.begin(), spans.end(), at,
                             [](size_t a, const MaskSpan& s) { return a < s.start; });
  return it != spans.begin() && at < std::prev(it)->end;
}

// The line [start, end) holding byte `at`.
std::pair<size_t, size_t> LineAround(std::string_view text, size_t at) {
  const size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  return {start, end};
}

// How many words stand between a cue and the contact at word `at`.
size_t CueDistance(const CueAt& c, size_t at) {
  return c.last < at ? at - 1 - c.last : c.first - at;
}

// The reason: the cue as written (shortened).
std::string Why(std::string_view text, const std::vector<FoldedWord>& words, const CueAt& cue) {
  const size_t start = words[cue.first].start, end = words[cue.last].end;
  const std::string cue_text = Ellipsize(std::string(text.substr(start, end - start)), 40);
  if (cue.kind == K::kClient) return std::string(kClientPostWhy) + " beside \"" + cue_text + "\"";
  if (cue.kind == K::kBlacklist) return std::string(kWarningWhy) + " beside \"" + cue_text + "\"";
  return "mentioned beside \"" + cue_text + "\"";
}

// The cue a sentence's mention is told by: the nearest mentioning cue (`nearest`), or when that is
// no client's and a blacklist cue stands in the sentence too, the blacklist cue nearest to the
// contact (word `at`): "Beware of fake ads using my photos with the number …, that is not me!" is
// a warning, though "that is not me" stands nearest.
const CueAt& WarningOrNearest(const std::vector<CueAt>& cues, size_t at, const CueAt& nearest) {
  if (nearest.kind == K::kClient || nearest.kind == K::kBlacklist) return nearest;
  const CueAt* best = &nearest;
  size_t best_distance = SIZE_MAX;
  for (const CueAt& c : cues) {
    if (c.kind != K::kBlacklist) continue;
    const size_t distance = CueDistance(c, at);
    if (distance < best_distance) {
      best = &c;
      best_distance = distance;
    }
  }
  return *best;
}

// Whether a byte can be part of a word for the cheap looks below (a non-ASCII byte always).
bool IsWordByte(unsigned char b) {
  return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

// A hash (FNV-1a) of a word's code points lower-cased: text[at, end) up to its first byte that is
// not a word byte, or an apostrophe (quoted.h's folding parts words there too).
uint64_t WordKey(std::string_view text, size_t at, size_t end, size_t* word_end) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  auto i = static_cast<int32_t>(at);
  const auto length = static_cast<int32_t>(end);
  while (i < length && IsWordByte(static_cast<unsigned char>(text[static_cast<size_t>(i)]))) {
    const auto b = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
    if (b < 0x80) {  // ASCII (a word byte: a letter or a digit), lower-cased without ICU
      hash = (hash ^ static_cast<uint32_t>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b)) *
             0x100000001b3ULL;
      ++i;
      continue;
    }
    const int32_t before = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;
    if (c == 0x2019 || !(u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0)) {
      i = before;  // punctuation written in UTF-8 (a curly apostrophe, a dash) ends the word
      break;
    }
    hash = (hash ^ static_cast<uint32_t>(u_tolower(c))) * 0x100000001b3ULL;
  }
  *word_end = static_cast<size_t>(i);
  return hash;
}

// The key of two words in a row.
uint64_t PairKey(uint64_t first, uint64_t second) {
  return (first * 0x9e3779b97f4a7c15ULL) ^ second;
}

// The keys the prefilter looks for: a one-word mention cue's word (WordKey), and of a longer cue
// the pair of words in a row (PairKey) that is longest in all ("a scam" of "is a scam", "mia
// amica" of "la mia amica": its words alone are common), as written and as folded.
const std::unordered_set<uint64_t>& MentionKeys() {
  static const std::unordered_set<uint64_t> keys = [] {
    std::unordered_set<uint64_t> out;
    auto add = [&](std::string_view phrase, const std::vector<std::pair<size_t, size_t>>& spans) {
      size_t end = 0;
      if (spans.size() == 1) {
        out.insert(WordKey(phrase, spans[0].first, spans[0].second, &end));
        return;
      }
      size_t best = 0;
      for (size_t k = 1; k + 1 < spans.size(); ++k) {
        const size_t length = spans[k + 1].second - spans[k].first;
        if (length > spans[best + 1].second - spans[best].first) best = k;
      }
      out.insert(PairKey(WordKey(phrase, spans[best].first, spans[best].second, &end),
                         WordKey(phrase, spans[best + 1].first, spans[best + 1].second, &end)));
    };
    for (const MentionCue& c : kCues) {
      if (c.kind == K::kOwn) continue;
      std::vector<std::pair<size_t, size_t>> spans;
      for (const FoldedWord& w : FoldedWordsIn(c.phrase, 0, c.phrase.size()))
        spans.emplace_back(w.start, w.end);
      if (spans.empty()) continue;
      add(c.phrase, spans);
      std::string folded;
      std::vector<std::pair<size_t, size_t>> folded_spans;
      for (const std::string& w : FoldedWords(c.phrase)) {
        if (!folded.empty()) folded.push_back(' ');
        folded_spans.emplace_back(folded.size(), folded.size() + w.size());
        folded += w;
      }
      if (folded_spans.size() == spans.size()) add(folded, folded_spans);
    }
    return out;
  }();
  return keys;
}

// A cheap first look before folding words (quoted.h's folding goes through ICU's normaliser):
// whether text[start, end) holds a key of MentionKeys().
bool MayHoldCue(std::string_view text, size_t start, size_t end) {
  const auto& keys = MentionKeys();
  uint64_t previous = 0;
  bool has_previous = false;
  for (size_t i = start; i < end;) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t word_end = i;
    const uint64_t key = WordKey(text, i, end, &word_end);
    if (word_end > i) {
      if (keys.count(key) != 0 || (has_previous && keys.count(PairKey(previous, key)) != 0))
        return true;
      previous = key;
      has_previous = true;
    }
    i = std::max(word_end, i + 1);
    while (i < end && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;  // in a code point
  }
  return false;
}

// The nearest mention cue to the contact at word index `at` (words before it: < at), when nearer
// than any own cue and within kMaxCueDistance; nullptr when none.
const CueAt* NearestMention(const std::vector<CueAt>& cues, size_t at) {
  const CueAt* best = nullptr;
  size_t best_distance = SIZE_MAX;
  bool best_own = false;
  for (const CueAt& c : cues) {
    const size_t distance = CueDistance(c, at);
    const bool own = c.kind == K::kOwn;
    if (distance < best_distance || (distance == best_distance && own && !best_own)) {
      best = &c;
      best_distance = distance;
      best_own = own;
    }
  }
  if (best == nullptr || best_own || best_distance > kMaxCueDistance) return nullptr;
  return best;
}

// Whether text[start, end) is a bare list line: a contact (selectors) and at most kItemWords
// other words (runs of word bytes: counted without folding).
bool IsBareItem(std::string_view text, size_t start, size_t end,
                std::span<const MaskSpan> selectors) {
  size_t selector_bytes = 0;
  for (const MaskSpan& m : selectors) {
    if (m.start >= start && m.start < end) selector_bytes += std::min(m.end, end) - m.start;
  }
  if (end - start - std::min(selector_bytes, end - start) > kMaxItemBytes) return false;
  size_t words = 0;
  bool in_word = false;
  auto next = std::upper_bound(selectors.begin(), selectors.end(), start,
                               [](size_t a, const MaskSpan& m) { return a < m.end; });
  for (size_t i = start; i < end; ++i) {
    if (next != selectors.end() && i >= next->start) {
      i = std::max(i, next->end - 1);  // a selector is no word
      ++next;
      in_word = false;
      continue;
    }
    const bool word = IsWordByte(static_cast<unsigned char>(text[i]));
    if (word && !in_word) ++words;
    in_word = word;
  }
  return words <= kItemWords;
}

// The first mention cue of text[start, end) when it holds one and no own-contact cue (`words` are
// then its folded words); nullopt otherwise.
std::optional<CueAt> MentionsOnly(std::string_view text, size_t start, size_t end,
                                  std::vector<FoldedWord>& words) {
  if (!MayHoldCue(text, start, end)) return std::nullopt;
  words = FoldedWordsIn(text, start, end);
  const std::vector<CueAt> cues = FindCues(words);
  if (std::any_of(cues.begin(), cues.end(), [](const CueAt& a) { return a.kind == K::kOwn; }))
    return std::nullopt;
  const auto mention =
      std::find_if(cues.begin(), cues.end(), [](const CueAt& a) { return a.kind != K::kOwn; });
  if (mention == cues.end()) return std::nullopt;
  return *mention;
}

// The offer phrases folded, by their first word.
const std::unordered_map<std::string, std::vector<std::vector<std::string>>>& OffersByFirstWord() {
  static const auto index = [] {
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> out;
    for (std::string_view phrase : kOffers) {
      std::vector<std::string> words = FoldedWords(phrase);
      if (!words.empty()) out[words[0]].push_back(std::move(words));
    }
    return out;
  }();
  return index;
}

// Whether the text holds a first-person offer (OfferCues) anywhere: an advertiser's own contact
// line, so that its client-like words ("looking for", "reviews") mention nothing.
bool HasOfferShape(std::string_view text) {
  const std::vector<FoldedWord> words = FoldedWordsIn(text, 0, text.size());
  const auto& index = OffersByFirstWord();
  for (size_t i = 0; i < words.size(); ++i) {
    const auto it = index.find(words[i].text);
    if (it == index.end()) continue;
    for (const std::vector<std::string>& p : it->second) {
      if (i + p.size() > words.size()) continue;
      bool all = true;
      for (size_t k = 1; k < p.size() && all; ++k) all = words[i + k].text == p[k];
      if (all) return true;
    }
  }
  return false;
}

// Whether the contact's line (at most kWindowBytes each side of it) holds a client cue and no other
// cue: a client's post whose question stands in another sentence than the number it asks about.
bool ClientCueOnLine(std::string_view text, const MaskSpan& contact, size_t line_start,
                     size_t line_end, std::span<const MaskSpan> selectors) {
  const size_t low = contact.start > kWindowBytes
                         ? std::max(line_start, contact.start - kWindowBytes)
                         : line_start;
  const size_t high = std::min(line_end, contact.end + kWindowBytes);
  if (low >= high || !MayHoldCue(text, low, high)) return false;
  const std::vector<FoldedWord> words = FoldedWordsIn(text, low, high, selectors);
  const std::vector<CueAt> cues = FindCues(words);
  return !cues.empty() &&
         std::all_of(cues.begin(), cues.end(), [](const CueAt& a) { return a.kind == K::kClient; });
}

}  // namespace

std::span<const MentionCue> MentionCues() {
  return kCues;
}

std::span<const std::string_view> OfferCues() {
  return kOffers;
}

bool IsClientPostWhy(std::string_view why) {
  return why.substr(0, kClientPostWhy.size()) == kClientPostWhy;
}

bool IsWarningWhy(std::string_view why) {
  return why.substr(0, kWarningWhy.size()) == kWarningWhy;
}

namespace {

size_t DigitCount(std::string_view text, const MaskSpan& c) {
  size_t digits = 0;
  for (size_t i = c.start; i < c.end && i < text.size(); ++i)
    digits += text[i] >= '0' && text[i] <= '9';
  return digits;
}

// An ad gives a contact of its own (as quoted.h's listings): when every contact would be someone
// else's but for ones after the first mention that hold no number (a site's footer address or
// handle), and the first mention is a list under a heading line, that list is the ad's own ("Other
// girls available on request⏎Call 07700 900111"), not a mention.
// A client's post (a client cue, no offer's shape) gives no contact of its own.
void KeepOneOwnContact(std::string_view text, std::span<const MaskSpan> contacts,
                       const std::vector<bool>& client, std::vector<Mention>& out) {
  size_t first = contacts.size();
  for (size_t i = 0; i < contacts.size(); ++i) {
    if (out[i].why.empty()) continue;
    if (first == contacts.size() || contacts[i].start < contacts[first].start) first = i;
  }
  if (first == contacts.size() || client[first]) return;
  // Only a heading line above the contact's line ("Other girls available on request"): a cue in
  // the contact's own sentence ("Don't call 07700 900222") says whose it is.
  const size_t cue_start = out[first].span.start;
  if (cue_start >= contacts[first].start ||
      text.substr(cue_start, contacts[first].start - cue_start).find('\n') ==
          std::string_view::npos)
    return;
  for (size_t i = 0; i < contacts.size(); ++i) {
    if (!out[i].why.empty()) continue;
    if (contacts[i].start < contacts[first].start || DigitCount(text, contacts[i]) >= 7) return;
  }
  const MaskSpan span = out[first].span;
  for (Mention& m : out) {
    if (!m.why.empty() && m.span.start == span.start && m.span.end == span.end) m = Mention{};
  }
}

// A post whose question or report stands in another sentence than the number it names ("Anyone
// else met Jade? Her number is 07700 900623"): the nearer cue ("her number") says that the number
// is not the post's own, the client cue elsewhere in it says whose post it is. When the text holds
// a client cue and no own offer's shape, its other mentions are a client's post's too (two such
// posts about two women are kept apart: resolve.h ResolveOptions::client_posts_apart).
void MarkClientPost(std::string_view text, std::vector<bool>& client, std::vector<Mention>& out) {
  bool other = false;
  for (size_t i = 0; i < out.size(); ++i) other = other || (!out[i].why.empty() && !client[i]);
  if (!other || !MayHoldCue(text, 0, text.size())) return;
  const std::vector<CueAt> cues = FindCues(FoldedWordsIn(text, 0, text.size()));
  if (std::none_of(cues.begin(), cues.end(), [](const CueAt& a) { return a.kind == K::kClient; }) ||
      HasOfferShape(text))
    return;
  constexpr std::string_view kMentioned = "mentioned";
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].why.empty() || client[i] || out[i].why.substr(0, kMentioned.size()) != kMentioned)
      continue;
    out[i].why = std::string(kClientPostWhy) + out[i].why.substr(kMentioned.size());
    client[i] = true;
  }
}

}  // namespace

namespace {

// A hotel, as its name is written ("Grand Hotel Palatul Teilor", "obok hotelu …"), folded.
constexpr std::string_view kHotelWords[] = {"hotel",  "hotels",  "hotelu", "hotelul",  "hotelului",
                                            "hotela", "hotelem", "hotell", "hotellet", "grandhotel",
                                            "otel",   "отель",   "отеля",  "хотел",    "хотела",
                                            "готель", "готелю"};
// Its front desk, folded ("reception", "recepție", "recepcja", "recepción", "Rezeption"); not the
// receptionist a job ad looks for.
constexpr std::string_view kDeskWords[] = {
    "reception", "receptie",  "receptia", "receptiei", "recepcja", "recepcji",
    "recepcion", "rezeption", "recepce",  "recepci",   "recepcio", "receptionen",
    "ресепшн",   "ресепшен",  "рецепция", "рецепции",  "рецепція"};
constexpr std::string_view kHotelDeskWhy = "mentioned as a hotel's reception";

// Whether the words before a contact from `low` (its line's start or kWindowBytes before it),
// kMaxCueDistance at most, name a hotel and its front desk ("Grand Hotel Palatul Teilor, recepție:
// …", "next to the Grand Hotel Oranjestaete (receptie …"): the hotel's number, which ads near it
// print, not the ad's. Only the window is folded: a page without line breaks is one line.
bool IsHotelDesk(std::string_view text, size_t low, size_t contact_start,
                 std::span<const MaskSpan> selectors) {
  if (contact_start <= low) return false;
  const std::vector<FoldedWord> words = FoldedWordsIn(text, low, contact_start, selectors);
  const size_t from = words.size() > kMaxCueDistance ? words.size() - kMaxCueDistance : 0;
  bool hotel = false, desk = false;
  for (size_t k = from; k < words.size(); ++k) {
    const std::string_view w = words[k].text;
    hotel |= std::find(std::begin(kHotelWords), std::end(kHotelWords), w) != std::end(kHotelWords);
    desk |= std::find(std::begin(kDeskWords), std::end(kDeskWords), w) != std::end(kDeskWords);
  }
  return hotel && desk;
}

// A list after a label that mentions, on one line ("Today's code also valid at: Ida 479 57 372,
// Ingrid 919 15 588.", "Fake numbers: 07700 900222, Mia 07700 900333"): the label's clause
// before the last colon ahead of the contact holds a mention cue and no own one, and the items
// from the colon to the contact hold no cue at all. The sentence rule reads only the first item
// when the items are parted by commas before words. Sets `*why` and `*client` and returns the
// label's start; npos when the contact stands after no such label.
size_t MentioningLabelBefore(std::string_view text, const MaskSpan& contact, size_t line_start,
                             std::span<const MaskSpan> selectors, std::string* why, bool* client) {
  const size_t low = contact.start > kWindowBytes
                         ? std::max(line_start, contact.start - kWindowBytes)
                         : line_start;
  // The last colon before the contact that is no part of a selector or a time ("20:33").
  size_t colon = contact.start;
  while (colon > low) {
    --colon;
    if (text[colon] != ':' || InSpan(selectors, colon)) continue;
    const bool time = colon > 0 && colon + 1 < text.size() && text[colon - 1] >= '0' &&
                      text[colon - 1] <= '9' && text[colon + 1] >= '0' && text[colon + 1] <= '9';
    if (!time) break;
  }
  if (colon <= low || text[colon] != ':') return std::string_view::npos;
  // (Own cues among the items count too, which MayHoldCue does not look for.)
  if (!FindCues(FoldedWordsIn(text, colon + 1, contact.start, selectors)).empty())
    return std::string_view::npos;
  // The label's clause: back from the colon to the previous sentence end on the line.
  size_t start = colon;
  while (start > low && (InSpan(selectors, start - 1) || !IsSentenceEnd(text, start - 1))) --start;
  // The label must hold a mention cue, which MayHoldCue's keys cover.
  if (!MayHoldCue(text, start, colon)) return std::string_view::npos;
  std::vector<FoldedWord> words;
  const std::optional<CueAt> cue = MentionsOnly(text, start, colon, words);
  if (!cue) return std::string_view::npos;
  *why = Why(text, words, *cue);
  *client = cue->kind == K::kClient;
  return start;
}

}  // namespace

std::vector<Mention> FindMentions(std::string_view text, std::span<const MaskSpan> contacts,
                                  std::span<const MaskSpan> selectors) {
  std::vector<Mention> out(contacts.size());
  std::vector<bool> client(contacts.size(), false);  // mentioned by a client cue
  for (size_t i = 0; i < contacts.size(); ++i) {
    const MaskSpan& c = contacts[i];
    if (c.start >= text.size()) continue;
    const auto [line_start, line_end] = LineAround(text, c.start);
    // The contact's sentence, at most kWindowBytes each side.
    size_t start = c.start;
    const size_t low =
        c.start > kWindowBytes ? std::max(line_start, c.start - kWindowBytes) : line_start;
    while (start > low && (InSpan(selectors, start - 1) || !IsSentenceEnd(text, start - 1)))
      --start;
    size_t end = std::min(c.end, text.size());
    const size_t high = std::min(line_end, end + kWindowBytes);
    while (end < high && (InSpan(selectors, end) || !IsSentenceEnd(text, end))) ++end;
    if (IsHotelDesk(text, low, c.start, selectors)) {
      out[i] = {std::string(kHotelDeskWhy), {start, end}};
      continue;
    }
    if (MayHoldCue(text, start, end)) {
      const std::vector<FoldedWord> words = FoldedWordsIn(text, start, end, selectors);
      const std::vector<CueAt> cues = FindCues(words);
      size_t at = 0;
      while (at < words.size() && words[at].start < c.start) ++at;
      if (const CueAt* cue = NearestMention(cues, at)) {
        out[i] = {Why(text, words, WarningOrNearest(cues, at, *cue)), {start, end}};
        client[i] = cue->kind == K::kClient;
        continue;
      }
      // A cue in the sentence, an own one nearer: the sentence decides.
      if (!cues.empty()) continue;
    }
    // An item of a list after a label that mentions, on the contact's line.
    std::string label_why;
    bool label_client = false;
    if (const size_t label =
            MentioningLabelBefore(text, c, line_start, selectors, &label_why, &label_client);
        label != std::string_view::npos) {
      out[i] = {std::move(label_why), {label, line_end}};
      client[i] = label_client;
      continue;
    }
    // A client's question in another sentence of the contact's line ("Nina 07700 900412, Leeds.
    // Does anybody have her new number?"), no own cue in it: the post's sentence names her.
    if (ClientCueOnLine(text, c, line_start, line_end, selectors)) {
      out[i] = {std::string(kClientPostWhy) + " beside a client's question", {start, end}};
      client[i] = true;
      continue;
    }
    // A bare list line under a heading that mentions: read up past other bare list lines.
    if (!IsBareItem(text, line_start, line_end, selectors)) continue;
    size_t up = line_start;
    for (size_t k = 0; k < kMaxItemLines && up > 0; ++k) {
      const auto [s, e] = LineAround(text, up - 1);
      up = s;
      if (Trim(text.substr(s, e - s)).empty()) break;  // a blank line ends the list
      const bool has_selector =
          std::any_of(selectors.begin(), selectors.end(),
                      [&](const MaskSpan& m) { return m.start >= s && m.start < e; });
      if (has_selector) {
        if (IsBareItem(text, s, e, selectors)) continue;  // another item
        break;
      }
      // The heading: the line, or a long line's last sentence ("... Blacklist - do not call:").
      size_t heading = s;
      if (e - s > kMaxHeadingBytes) {
        const size_t low = e - kMaxHeadingBytes;
        heading = e - 1;
        while (heading > low && !IsSentenceEnd(text, heading - 1)) --heading;
        if (heading == low) break;
      }
      std::vector<FoldedWord> words;
      const std::optional<CueAt> cue = MentionsOnly(text, heading, e, words);
      if (!cue) break;
      // A paragraph that warns before its heading sentence is all the warning.
      size_t from = heading;
      std::vector<FoldedWord> before;
      if (heading > s && MentionsOnly(text, s, heading, before)) from = s;
      out[i] = {Why(text, words, *cue), {from, line_end}};
      client[i] = cue->kind == K::kClient;
      break;
    }
  }
  // Client cues count only in a document without an own offer's shape.
  if (std::find(client.begin(), client.end(), true) != client.end() && HasOfferShape(text)) {
    for (size_t i = 0; i < contacts.size(); ++i) {
      if (client[i]) {
        out[i] = Mention{};
        client[i] = false;
      }
    }
  }
  MarkClientPost(text, client, out);
  KeepOneOwnContact(text, contacts, client, out);
  return out;
}

namespace {

// The markers mail and forums put before a reply's subject ("Re:", German "Aw:", Polish "Odp:",
// Scandinavian "Sv:", Finnish "Vs:", Dutch "Antw:", Italian "R:" and "Rif:"), folded.
constexpr std::string_view kReplyMarkers[] = {"re", "aw", "odp", "sv", "vs", "antw", "r", "rif"};
// The labels forums put before a new thread's subject ("Thread: Brighton ladies", "Thema: …",
// "Temat: …", "Sujet : …"), folded.
constexpr std::string_view kThreadLabels[] = {"thread",    "topic", "thema",      "temat",
                                              "watek",     "sujet", "discussion", "tema",
                                              "onderwerp", "emne",  "subiect",    "тема"};

// The client cues' phrases as folded words.
const std::vector<std::vector<std::string>>& ClientCueWords() {
  static const std::vector<std::vector<std::string>> cues = [] {
    std::vector<std::vector<std::string>> out;
    for (const MentionCue& cue : kCues) {
      if (cue.kind == K::kClient) out.push_back(FoldedWords(cue.phrase));
    }
    return out;
  }();
  return cues;
}

}  // namespace

bool HasPostTitle(std::string_view title) {
  title = Trim(title);
  const std::vector<std::string> words = FoldedWords(title);
  if (words.empty()) return false;
  // A reply marker: the title's first word, a colon right after it (the part before the colon
  // is folded again only when its first word is a marker: most titles have none).
  const size_t colon = title.find(':');
  auto listed = [&](const auto& list) {
    return std::find(std::begin(list), std::end(list), words[0]) != std::end(list);
  };
  if (colon != std::string_view::npos && (listed(kReplyMarkers) || listed(kThreadLabels)) &&
      FoldedWords(title.substr(0, colon)).size() == 1)
    return true;
  return std::any_of(ClientCueWords().begin(), ClientCueWords().end(),
                     [&](const std::vector<std::string>& cue) {
                       return !cue.empty() && cue.size() <= words.size() &&
                              std::equal(cue.begin(), cue.end(), words.begin());
                     });
}

bool IsPostAboutSomeone(std::string_view title, std::string_view body, bool states_age,
                        bool job_ad) {
  if (job_ad || states_age || body.size() > kMaxPostBytes) return false;
  return !HasOfferShape(title) && !HasOfferShape(body);
}

void MarkPostContacts(std::string_view text, std::span<const MaskSpan> contacts,
                      std::vector<Mention>& mentions) {
  for (size_t i = 0; i < contacts.size() && i < mentions.size(); ++i) {
    if (!mentions[i].why.empty() || contacts[i].start >= text.size()) continue;
    const auto [start, end] = LineAround(text, contacts[i].start);
    mentions[i] = {std::string(kClientPostWhy) + " that states no age and makes no offer",
                   {start, std::max(end, std::min(contacts[i].end, text.size()))}};
  }
}

namespace {

// The [start, end] span under `key` in a selector's details JSON (`quoted_key`: the key in
// quotes, looked for before any parse).
std::optional<MaskSpan> SpanIn(std::string_view details_json, std::string_view quoted_key,
                               const char* key) {
  if (details_json.find(quoted_key) == std::string_view::npos) return std::nullopt;
  const nlohmann::json details = nlohmann::json::parse(details_json, nullptr, false);
  if (!details.is_object()) return std::nullopt;
  const auto it = details.find(key);
  if (it == details.end() || !it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() ||
      !(*it)[1].is_number_unsigned())
    return std::nullopt;
  const auto start = (*it)[0].get<size_t>(), end = (*it)[1].get<size_t>();
  if (end <= start) return std::nullopt;
  return MaskSpan{start, end};
}

}  // namespace

std::optional<MaskSpan> MentionedSpan(std::string_view details_json) {
  return SpanIn(details_json, "\"mentioned\"", "mentioned");
}

std::optional<MaskSpan> ListingSpan(std::string_view details_json) {
  return SpanIn(details_json, "\"listing\"", "listing");
}

}  // namespace ariadne::link
