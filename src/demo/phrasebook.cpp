// Phrase tables for the demo corpus (see phrasebook.h for the template syntax). Every sentence is
// invented for the demo. The job-ad terms paraphrase the indicator phrasings collected in the
// design knowledge base (indicators.md, tables 2A-2C) so that later flagging stages meet realistic
// material; the ordinary sentences are there so that not every job ad is suspicious. Safety
// practices (screening, protection) appear in independents' and networks' ads alike because they
// must never raise a score (rule R4). Nationalities appear only in the voice-neutral "Nationality:"
// sentence, which the generator uses at the same rate for everyone: nationality must never be a
// planted signal (rule R2).
#include "demo/phrasebook.h"

namespace ariadne::demo {
namespace {

// ---------------------------------------------------------------------------------------------- en
// English gets more sentences than the other languages: most ads on the UK sites are in English,
// and independents should not look alike just because the pools are small.
namespace en {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} – [sweet|elegant|natural] and discreet in {city}",
    "[Hi|Hello] from {name} [💋|✨|]",
    "{name} – [real|genuine] [companion|independent lady] in {city}",
    "[Relax|Unwind] with {name} [in {city}|tonight]",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[New girls|New girl] in {city} [🌹|🔥|]",
    "{name}, {age} – [just arrived|new this week]",
    "[Beautiful|Sweet] {name} [available now|waiting for you]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Hi|Hello|Hey] [gentlemen|guys], I'm {name}, {age}[.|!]",
    "My name is {name}, I am {age} and [I live in|I'm based in] {city}.",
    "[Hello|Hi], {name} here[ 😊|] – an independent [companion|lady] in {city}.",
    "I'm {name}, {age}, [friendly|easy-going|cheerful] and [discreet|elegant].",
    "[Welcome|Hi there]! I am {name}, a [curvy|petite|tall] [brunette|blonde|redhead] aged {age}.",
};
constexpr std::string_view kSexIntroThird[] = {
    "[My friend|My girl] {name}, {age}, [just arrived|is new] in {city}[!|.]",
    "New girls every week! Meet {name}, {age}.",
    "{name} is {age}, [sweet|young|pretty] and [open-minded|ready to please]. She is waiting for "
    "you.",
    "[Our|My] new girl {name} ({age}) [is available|works] [24/7|day and night].",
};
constexpr std::string_view kSexMoreFirst[] = {
    "I [love|enjoy] [good conversation|dancing|long dinners|yoga|travelling|jazz] and [a glass of "
    "wine|fine food|laughing|slow mornings].",
    "I work [alone|for myself] and [choose who I see|only by appointment].",
    "[Students|Mature gentlemen|First-timers] [welcome|are welcome too], I [take my time|never "
    "rush].",
};
constexpr std::string_view kSexMoreThird[] = {
    "She [does everything|has no limits] and [never says no|is always ready].",
    "[We have|Always] new girls [every week|in the flat], call [to book|for details].",
};
constexpr std::string_view kSexBody[] = {
    "[Private|Clean and private|Discreet] [apartment|flat] [near the centre|close to the "
    "station|with parking].",
    "[Incall and outcall|Incall only|Outcall to hotels].",
    "[Real photos|100% real photos|Genuine pictures], [no fake|no rush|no surprises].",
    "[Prices|Rates]: {price} [per hour|/1h][, no negotiation|].",
    "[Available|Open] [every day|Monday to Saturday] [10:00–22:00|from noon till late].",
    "[Safe and respectful|Polite gentlemen only], [hygiene is a must|protection always].",
    "[Screening required for first meetings|New clients: please introduce yourself by text].",
    "[Parking nearby|Easy to find], [shower available|drinks offered].",
};
constexpr std::string_view kSexTouring[] = {
    "[New in town|Just arrived in {city}], only [this week|until Sunday][!|.]",
    "On tour: {city} [for a few days|this week only].",
};
constexpr std::string_view kSexNationality[] = {"[Nationality|Origin]: {nat}."};
constexpr std::string_view kNationalities[] = {"Romanian",  "Spanish", "Italian",   "Polish",
                                               "Brazilian", "British", "Bulgarian", "French"};
constexpr std::string_view kSexContactFirst[] = {
    "[Call|Text] me [on|at] {phone}[.|!]",
    "[WhatsApp|Calls and WhatsApp]: {phone}",
    "[Telegram|TG]: {tg} or call {phone}",
    "E-mail me: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "[Call|Text] [to book her|for appointments]: {phone}",
    "[Call my manager|Booking line]: {phone}",
    "[Bookings|Reservations] via [Telegram|TG] {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Urgent|Immediate start]: {role} in {city}",
    "[Now hiring|We are hiring]: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "We are looking for: {role} for a [warehouse|factory|hotel|farm] in {city}.",
    "[Work in {city}|Job in {city}]: {role} wanted.",
    "[New vacancies|Openings] in {city}: {role}, [full time|part time].",
};
constexpr std::string_view kJobOrdinary[] = {
    "Pay {pay} per hour, [paid weekly|paid monthly] [by bank transfer|into your bank account].",
    "Written contract from day one, [holiday pay and pension|paid holidays].",
    "[Shifts 06:00–14:00 or 14:00–22:00|Monday to Friday, 8 hours a day], overtime paid.",
    "[Experience is an advantage|Forklift licence welcome]; training on site.",
    "[Valid work permit required|References required], interviews [this month|on Tuesdays].",
};
constexpr std::string_view kJobExploitative[] = {
    "No experience needed, earn {pay} a month[!|!!]",
    "Recruitment fee of {fee} [paid before departure|to be paid in advance].",
    "Accommodation and transport provided, [deducted from your wages|cost deducted from the first "
    "salary].",
    "Passport [kept by the employer|held by the agency] [for registration|during the contract].",
    "[Start tomorrow|Leave this week], contract on arrival.",
    "No language needed, [no papers needed|tourist visa is enough].",
    "[Young women|Girls] wanted as [hostess|dancer|model] abroad, [high pay|great earnings].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Apply: {email} or call {phone}.",
    "{company} – tel. {phone}, e-mail {email}.",
    "Send your CV to {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contact only via WhatsApp: {phone}.",
    "Write on Telegram {tg}, no calls.",
    "Message us on WhatsApp {wa}",
};
constexpr std::string_view kRoles[] = {
    "warehouse operatives", "fruit pickers", "cleaners",           "kitchen assistants",
    "care workers",         "drivers",       "hotel housekeepers", "construction labourers",
};
}  // namespace en

// ---------------------------------------------------------------------------------------------- ro
namespace ro {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} ani – [dulce|elegantă] și discretă în {city}",
    "[Salut|Bună] de la {name} [💋|✨|]",
    "{name} – [companie|escortă] [reală|independentă] în {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Fete noi|Fată nouă] în {city} [🌹|🔥|]",
    "{name}, {age} ani – [abia sosită|nouă săptămâna asta]",
    "[Frumoasa|Dulcea] {name} [disponibilă acum|te așteaptă]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Bună|Salut], sunt {name}, am {age} de ani[.|!]",
    "Mă numesc {name}, am {age} de ani și [locuiesc|stau] în {city}.",
    "Sunt {name}, {age} ani, [prietenoasă|veselă] și [discretă|elegantă].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Prietena mea|Fata mea] {name}, {age} ani, [abia a sosit|e nouă] în {city}[!|.]",
    "Fete noi în fiecare săptămână! Cunoaște-o pe {name}, {age} ani.",
    "{name} are {age} de ani, e [dulce|tânără|frumoasă] și te așteaptă.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Îmi place [să dansez|să călătoresc|muzica bună|yoga] și [un pahar de vin|conversațiile "
    "lungi|să râd].",
    "Sunt [independentă|pe cont propriu] și [îmi aleg clienții|lucrez doar cu programare].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Ea [este disponibilă|lucrează] [non-stop|zi și noapte].",
    "[Avem|Am] fete noi [în fiecare săptămână|mereu].",
};
constexpr std::string_view kSexBody[] = {
    "Apartament [privat|curat și discret] [lângă centru|aproape de gară].",
    "[Incall și outcall|Doar incall|Outcall la hotel].",
    "[Poze reale|Poze 100% reale], [fără surprize|fără grabă].",
    "Tarif: {price} [pe oră|/1h].",
    "Disponibilă [zilnic|de luni până sâmbătă] [10:00–22:00|de la prânz până seara târziu].",
    "[Doar domni respectuoși|Igienă obligatorie], [protecție mereu|fără excepții].",
};
constexpr std::string_view kSexTouring[] = {
    "[Nouă în oraș|Abia am sosit în {city}], doar [săptămâna asta|până duminică]!",
    "În turneu: {city}, [doar câteva zile|doar săptămâna aceasta].",
};
constexpr std::string_view kSexNationality[] = {"[Naționalitate|Origine]: {nat}."};
constexpr std::string_view kNationalities[] = {"română",     "spaniolă",  "italiană", "poloneză",
                                               "braziliană", "britanică", "bulgară",  "franceză"};
constexpr std::string_view kSexContactFirst[] = {
    "[Sună-mă|Scrie-mi] la {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} sau sună la {phone}",
    "E-mail: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Sună pentru programare: {phone}",
    "[Rezervări|Programări] la {phone}",
    "Rezervări pe Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Urgent|Angajare imediată]: {role} în {city}",
    "Angajăm: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Căutăm: {role} pentru [un depozit|o fabrică|un hotel|o fermă] în {city}.",
    "Angajăm în {city}: {role}, [normă întreagă|jumătate de normă].",
    "Loc de muncă în {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Salariu {pay} pe oră, plătit [săptămânal|lunar] în cont bancar.",
    "Contract de muncă din prima zi, [concediu plătit|bonuri de masă].",
    "[Ture de 8 ore|Luni–vineri, 8 ore pe zi], orele suplimentare plătite.",
    "Experiența [este un avantaj|nu este obligatorie]; oferim instruire.",
};
constexpr std::string_view kJobExploitative[] = {
    "Fără experiență, câștigi {pay} pe lună[!|!!]",
    "Comision de recrutare {fee}, [plătit înainte de plecare|plătit în avans].",
    "Cazare și transport asigurate, [reținute din salariu|decontate din primul salariu].",
    "Pașaportul [rămâne la angajator|este păstrat de agenție] [pentru înregistrare|pe durata "
    "contractului].",
    "[Plecare mâine|Plecări rapide săptămâna asta], contractul se semnează la sosire.",
    "Nu este necesară cunoașterea limbii, [nu trebuie acte|ajunge viza de turist].",
    "Căutăm fete tinere ca [hostess|dansatoare|modele] în străinătate, [salarii foarte "
    "mari|câștiguri mari].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Trimite CV-ul la {email} sau sună la {phone}.",
    "{company} – tel. {phone}, e-mail {email}.",
    "CV la {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contact doar pe WhatsApp: {phone}.",
    "Scrie pe Telegram {tg}, fără apeluri.",
    "Mesaj pe WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "muncitori depozit",  "culegători de fructe",
    "personal curățenie", "ajutori de bucătar",
    "îngrijitori",        "șoferi",
    "cameriste hotel",    "muncitori în construcții",
};
}  // namespace ro

// ---------------------------------------------------------------------------------------------- pl
// Cities are written after a dash or colon so that they never need the Polish locative case.
namespace pl {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} lat – [słodka|elegancka] i dyskretna, {city}",
    "[Cześć|Hej], tu {name} [💋|✨|]",
    "{name} – [niezależna|prawdziwa] towarzyszka, {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Nowe dziewczyny|Nowa dziewczyna] – {city} [🌹|🔥|]",
    "{name}, {age} lat – [właśnie przyjechała|nowa w tym tygodniu]",
    "[Piękna|Słodka] {name} [dostępna teraz|czeka na ciebie]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Cześć|Hej], jestem {name}, mam {age} lat[.|!]",
    "Nazywam się {name} i mam {age} lat.",
    "Jestem {name}, {age} lat, [miła|wesoła] i [dyskretna|elegancka].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Moja koleżanka|Nasza nowa dziewczyna] {name}, {age} lat, [właśnie przyjechała|jest "
    "nowa][!|.]",
    "Nowe dziewczyny co tydzień! Poznaj {name}, {age} lat.",
    "{name} ma {age} lat, jest [słodka|młoda|śliczna] i czeka na ciebie.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Lubię [taniec|podróże|dobrą muzykę|jogę] i [lampkę wina|długie rozmowy|śmiech].",
    "Pracuję [sama|niezależnie] i [sama wybieram klientów|przyjmuję tylko po umówieniu].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Ona jest dostępna [24/7|dzień i noc].",
    "[Mamy|Ciągle mamy] nowe dziewczyny [co tydzień|na miejscu].",
};
constexpr std::string_view kSexBody[] = {
    "[Prywatne|Czyste i dyskretne] mieszkanie [blisko centrum|przy dworcu].",
    "[Incall i outcall|Tylko u mnie|Wyjazdy do hotelu].",
    "[Prawdziwe zdjęcia|Zdjęcia 100% prawdziwe], [bez ściemy|bez pośpiechu].",
    "Cena: {price} [za godzinę|/1h].",
    "Dostępna [codziennie|od poniedziałku do soboty] [10:00–22:00|od południa do późna].",
    "[Tylko kulturalni panowie|Higiena obowiązkowa], [zawsze z zabezpieczeniem|bez wyjątków].",
};
constexpr std::string_view kSexTouring[] = {
    "[Nowa w mieście|Właśnie przyjechałam] – {city}, tylko [w tym tygodniu|do niedzieli]!",
    "W trasie: {city}, [tylko kilka dni|tylko ten tydzień].",
};
constexpr std::string_view kSexNationality[] = {"[Narodowość|Pochodzenie]: {nat}."};
constexpr std::string_view kNationalities[] = {"Polka",      "Rumunka",  "Hiszpanka", "Włoszka",
                                               "Brazylijka", "Brytyjka", "Bułgarka",  "Francuzka"};
constexpr std::string_view kSexContactFirst[] = {
    "[Zadzwoń|Napisz] do mnie: {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} albo tel. {phone}",
    "E-mail: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "[Rezerwacja|Umów się]: {phone}",
    "Zadzwoń do managera: {phone}",
    "Rezerwacje przez Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Pilnie|Praca od zaraz]: {role}, {city}",
    "Zatrudnimy: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Szukamy: {role} do [magazynu|fabryki|hotelu|gospodarstwa], {city}.",
    "Zatrudnimy – {city}: {role}, [pełny etat|pół etatu].",
    "Praca – {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Stawka {pay} za godzinę, wypłata [co tydzień|co miesiąc] na konto.",
    "Umowa o pracę od pierwszego dnia, [płatny urlop|pełne ubezpieczenie].",
    "[Zmiany 6:00–14:00 lub 14:00–22:00|Od poniedziałku do piątku, 8 godzin dziennie], nadgodziny "
    "płatne.",
    "Doświadczenie [mile widziane|nie jest wymagane]; szkolenie na miejscu.",
};
constexpr std::string_view kJobExploitative[] = {
    "Bez doświadczenia, zarobki {pay} miesięcznie[!|!!]",
    "Opłata rekrutacyjna {fee} [przed wyjazdem|płatna z góry].",
    "Mieszkanie i transport zapewnione, [potrącane z wypłaty|koszt odliczany od pierwszej pensji].",
    "Paszport [zostaje u pracodawcy|przechowuje agencja] [do rejestracji|na czas umowy].",
    "[Wyjazd jutro|Wyjazd w tym tygodniu], umowa na miejscu.",
    "Bez znajomości języka, [dokumenty niepotrzebne|wystarczy wiza turystyczna].",
    "Szukamy młodych dziewczyn jako [hostessy|tancerki|modelki] za granicą, [wysokie "
    "wynagrodzenie|duże zarobki].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "CV na adres {email} lub tel. {phone}.",
    "{company} – tel. {phone}, e-mail {email}.",
    "Wyślij CV: {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Kontakt tylko przez WhatsApp: {phone}.",
    "Pisz na Telegram {tg}, bez telefonów.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "pracownik magazynu", "zbieracz owoców", "sprzątaczka",        "pomoc kuchenna",
    "opiekunka",          "kierowca",        "pokojówka hotelowa", "pracownik budowlany",
};
}  // namespace pl

// ---------------------------------------------------------------------------------------------- bg
namespace bg {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} г. – [сладка|елегантна] и дискретна, {city}",
    "[Здравей|Здрасти] от {name} [💋|✨|]",
    "{name} – [независима|истинска] компаньонка, {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Нови момичета|Ново момиче] – {city} [🌹|🔥|]",
    "{name}, {age} г. – [току-що пристигна|нова тази седмица]",
    "[Красивата|Сладката] {name} [свободна сега|те очаква]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Здравей|Здрасти], аз съм {name}, на {age} години[.|!]",
    "Казвам се {name}, на {age} съм и живея в {city}.",
    "Аз съм {name}, {age} г., [усмихната|весела] и [дискретна|елегантна].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Моята приятелка|Нашето ново момиче] {name}, {age} г., [току-що пристигна|е нова][!|.]",
    "Нови момичета всяка седмица! Запознай се с {name}, {age} г.",
    "{name} е на {age}, [сладка|млада|красива] и те очаква.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Обичам [танците|пътуванията|добрата музика|йогата] и [чаша вино|дългите разговори|смеха].",
    "Работя [сама|независимо] и [сама избирам клиентите си|само с предварителна уговорка].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Тя е на разположение [24/7|денонощно].",
    "[Имаме|Винаги имаме] нови момичета [всяка седмица|на място].",
};
constexpr std::string_view kSexBody[] = {
    "[Частен|Чист и дискретен] апартамент [близо до центъра|до гарата].",
    "[Incall и outcall|Само при мен|Посещения в хотел].",
    "[Истински снимки|100% реални снимки], [без изненади|без бързане].",
    "Цена: {price} [на час|/1ч].",
    "На разположение [всеки ден|от понеделник до събота] [10:00–22:00|от обед до късно].",
    "[Само възпитани господа|Хигиената е задължителна], [винаги с предпазни средства|без "
    "изключения].",
};
constexpr std::string_view kSexTouring[] = {
    "[Нова в града|Току-що пристигнах в {city}], само [тази седмица|до неделя]!",
    "На турне: {city}, [само няколко дни|само тази седмица].",
};
constexpr std::string_view kSexNationality[] = {"[Националност|Произход]: {nat}."};
constexpr std::string_view kNationalities[] = {"българка", "румънка",  "испанка",  "италианка",
                                               "полякиня", "бразилка", "британка", "французойка"};
constexpr std::string_view kSexContactFirst[] = {
    "[Обади ми се|Пиши ми] на {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} или тел. {phone}",
    "Имейл: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "За среща: {phone}",
    "Обадете се на мениджъра: {phone}",
    "Резервации в Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Спешно|Започване веднага]: {role}, {city}",
    "Търсим: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Търсим: {role} за [склад|фабрика|хотел|ферма], {city}.",
    "Наемаме в {city}: {role}, [пълен работен ден|непълен работен ден].",
    "Работа в {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Заплащане {pay} на час, [всяка седмица|всеки месец] по банков път.",
    "Трудов договор от първия ден, [платен отпуск|пълно осигуряване].",
    "[Смени 6:00–14:00 или 14:00–22:00|Понеделник–петък, 8 часа на ден], извънредните часове се "
    "плащат.",
    "Опитът е [предимство|не е задължителен]; обучение на място.",
};
constexpr std::string_view kJobExploitative[] = {
    "Не се изисква опит, заплата {pay} на месец[!|!!]",
    "Такса за посредничество {fee}, [платима преди заминаване|платима предварително].",
    "Пътуването и квартирата се поемат от работодателя, [удържат се от заплатата|приспадат се от "
    "първата заплата].",
    "Паспортът [остава при работодателя|се пази от агенцията] [за регистрация|по време на "
    "договора].",
    "[Заминаване утре|Заминаване тази седмица], договор на място.",
    "Не се изисква език, [без документи|туристическа виза е достатъчна].",
    "Работа в чужбина за момичета като [хостеси|танцьорки|модели], [високо заплащане|големи "
    "доходи].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "CV на {email} или тел. {phone}.",
    "{company} – тел. {phone}, имейл {email}.",
    "Изпратете CV на {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Контакт само по WhatsApp: {phone}.",
    "Пишете в Telegram {tg}, без обаждания.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "работници в склад", "берачи на плодове", "чистачи",    "помощник-готвачи",
    "болногледачи",      "шофьори",           "камериерки", "строителни работници",
};
}  // namespace bg

// ---------------------------------------------------------------------------------------------- es
namespace es {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} años – [dulce|elegante] y discreta en {city}",
    "[Hola|Holi] de {name} [💋|✨|]",
    "{name} – [acompañante|chica] [independiente|real] en {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Chicas nuevas|Chica nueva] en {city} [🌹|🔥|]",
    "{name}, {age} años – [recién llegada|nueva esta semana]",
    "[Preciosa|Dulce] {name} [disponible ya|te espera]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Hola|Buenas], soy {name}, tengo {age} años[.|!]",
    "Me llamo {name}, tengo {age} años y vivo en {city}.",
    "Soy {name}, {age} años, [simpática|alegre] y [discreta|elegante].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Mi amiga|Nuestra chica nueva] {name}, {age} años, [acaba de llegar|es nueva] a {city}[!|.]",
    "¡Chicas nuevas cada semana! Conoce a {name}, {age} años.",
    "{name} tiene {age} años, es [dulce|joven|guapa] y te espera.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Me gusta [bailar|viajar|la buena música|el yoga] y [una copa de vino|las charlas "
    "largas|reír].",
    "Trabajo [sola|por mi cuenta] y [elijo a mis clientes|solo con cita previa].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Ella está disponible [24 horas|día y noche].",
    "[Tenemos|Siempre tenemos] chicas nuevas [cada semana|en el piso].",
};
constexpr std::string_view kSexBody[] = {
    "Piso [privado|limpio y discreto] [cerca del centro|junto a la estación].",
    "[Incall y outcall|Solo en mi piso|Salidas a hotel].",
    "[Fotos reales|Fotos 100% reales], [sin sorpresas|sin prisas].",
    "Tarifa: {price} [la hora|/1h].",
    "Disponible [todos los días|de lunes a sábado] [10:00–22:00|desde el mediodía hasta tarde].",
    "[Solo caballeros educados|Higiene imprescindible], [siempre con protección|sin excepciones].",
};
constexpr std::string_view kSexTouring[] = {
    "[Recién llegada|Nueva en {city}], ¡solo [esta semana|hasta el domingo]!",
    "De paso por {city}, [solo unos días|solo esta semana].",
};
constexpr std::string_view kSexNationality[] = {"[Nacionalidad|Origen]: {nat}."};
constexpr std::string_view kNationalities[] = {"española",  "rumana",    "italiana", "polaca",
                                               "brasileña", "británica", "búlgara",  "francesa"};
constexpr std::string_view kSexContactFirst[] = {
    "[Llámame|Escríbeme] al {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} o llama al {phone}",
    "Correo: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Reserva tu cita: {phone}",
    "Llama a la encargada: {phone}",
    "Reservas por Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Urgente|Incorporación inmediata]: {role} en {city}",
    "Se busca: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Buscamos: {role} para [un almacén|una fábrica|un hotel|una finca] en {city}.",
    "Contratamos en {city}: {role}, [jornada completa|media jornada].",
    "Trabajo en {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Sueldo {pay} por hora, pago [semanal|mensual] por transferencia.",
    "Contrato desde el primer día, [vacaciones pagadas|alta en la Seguridad Social].",
    "[Turnos de 6:00 a 14:00 o de 14:00 a 22:00|De lunes a viernes, 8 horas al día], horas extra "
    "pagadas.",
    "La experiencia [es un plus|no es imprescindible]; formación a cargo de la empresa.",
};
constexpr std::string_view kJobExploitative[] = {
    "Sin experiencia, gana {pay} al mes[!|!!]",
    "Tasa de gestión de {fee} [antes del viaje|por adelantado].",
    "Alojamiento y transporte incluidos, [descontados del sueldo|se descuentan de la primera "
    "nómina].",
    "El pasaporte [lo guarda la empresa|queda en la agencia] [para el registro|durante el "
    "contrato].",
    "[Salida mañana|Incorporación inmediata], contrato a la llegada.",
    "Sin idioma, [sin papeles|basta con visado de turista].",
    "Se buscan chicas jóvenes como [azafatas|bailarinas|modelos] en el extranjero, [sueldos "
    "altos|grandes ganancias].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Envía tu CV a {email} o llama al {phone}.",
    "{company} – tel. {phone}, correo {email}.",
    "CV a {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contacto solo por WhatsApp: {phone}.",
    "Escribe por Telegram {tg}, sin llamadas.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "mozos de almacén", "recolectores de fruta", "personal de limpieza", "ayudantes de cocina",
    "cuidadores",       "conductores",           "camareras de piso",    "peones de obra",
};
}  // namespace es

// ---------------------------------------------------------------------------------------------- uk
// Ukrainian numerals change the noun's case ("21 рік", "22 роки", "25 років"), so ages are written
// as "мені {age}" or "вік {age}", which need no agreement.
namespace uk {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} – [мила|елегантна] і дискретна, {city}",
    "[Привіт|Вітаю] від {name} [💋|✨|]",
    "{name} – [незалежна|справжня] компаньйонка, {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Нові дівчата|Нова дівчина] – {city} [🌹|🔥|]",
    "{name}, {age} – [щойно приїхала|нова цього тижня]",
    "[Гарна|Мила] {name} [вільна зараз|чекає на тебе]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Привіт|Вітаю], я {name}, мені {age}[.|!]",
    "Мене звати {name}, мені {age}, живу тут – {city}.",
    "Я {name}, [привітна|весела] і [дискретна|елегантна], вік {age}.",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Моя подруга|Наша нова дівчина] {name}, {age}, [щойно приїхала|нова][!|.]",
    "Нові дівчата щотижня! Знайомся: {name}, {age}.",
    "{name}, вік {age}, [мила|молода|гарна] і чекає на тебе.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Люблю [танці|подорожі|гарну музику|йогу] і [келих вина|довгі розмови|сміятися].",
    "Працюю [сама|незалежно] і [сама обираю клієнтів|лише за попереднім записом].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Вона доступна [24/7|цілодобово].",
    "[Маємо|Завжди маємо] нових дівчат [щотижня|на місці].",
};
constexpr std::string_view kSexBody[] = {
    "[Приватна|Чиста й дискретна] квартира [біля центру|біля вокзалу].",
    "[Incall і outcall|Тільки у мене|Виїзд у готель].",
    "[Реальні фото|100% реальні фото], [без сюрпризів|без поспіху].",
    "Ціна: {price} [за годину|/1 год].",
    "Доступна [щодня|з понеділка до суботи] [10:00–22:00|з обіду до пізнього вечора].",
    "[Лише ввічливі чоловіки|Гігієна обов'язкова], [завжди із захистом|без винятків].",
};
constexpr std::string_view kSexTouring[] = {
    "[Нова в місті|Щойно приїхала], {city}, лише [цього тижня|до неділі]!",
    "У турі: {city}, [лише кілька днів|лише цей тиждень].",
};
constexpr std::string_view kSexNationality[] = {"[Національність|Походження]: {nat}."};
constexpr std::string_view kNationalities[] = {"українка", "румунка",    "іспанка",  "італійка",
                                               "полька",   "бразилійка", "британка", "болгарка"};
constexpr std::string_view kSexContactFirst[] = {
    "[Дзвони|Пиши] мені: {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} або тел. {phone}",
    "Пошта: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Запис: {phone}",
    "Дзвоніть менеджеру: {phone}",
    "Бронювання в Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Терміново|Робота негайно]: {role}, {city}",
    "Шукаємо: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Шукаємо: {role} на [склад|фабрику|готель|ферму], {city}.",
    "Наймаємо, {city}: {role}, [повний день|неповний день].",
    "Робота, {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Оплата {pay} за годину, виплата [щотижня|щомісяця] на банківський рахунок.",
    "Офіційний договір з першого дня, [оплачувана відпустка|повне страхування].",
    "[Зміни 6:00–14:00 або 14:00–22:00|З понеділка до п'ятниці, 8 годин на день], понаднормові "
    "оплачуються.",
    "Досвід [буде перевагою|не обов'язковий]; навчання на місці.",
};
constexpr std::string_view kJobExploitative[] = {
    "Без досвіду, зарплата {pay} на місяць[!|!!]",
    "Оплата за працевлаштування {fee} [перед виїздом|наперед].",
    "Житло і транспорт надаємо, [вартість утримується із зарплати|вираховується з першої "
    "зарплати].",
    "Паспорт [зберігається у роботодавця|залишається в агенції] [для реєстрації|на час "
    "контракту].",
    "[Виїзд завтра|Виїзд цього тижня], договір на місці.",
    "Знання мови не потрібне, [документи не потрібні|достатньо туристичної візи].",
    "Робота за кордоном для дівчат: [хостес|танцівниці|моделі], [висока зарплата|великі "
    "заробітки].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Резюме на {email} або тел. {phone}.",
    "{company} – тел. {phone}, пошта {email}.",
    "Надсилайте резюме: {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Зв'язок лише через WhatsApp: {phone}.",
    "Пишіть у Telegram {tg}, без дзвінків.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "працівники складу", "збирачі фруктів", "прибиральники", "помічники кухаря",
    "доглядальниці",     "водії",           "покоївки",      "будівельники",
};
}  // namespace uk

// ---------------------------------------------------------------------------------------------- fr
namespace fr {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} ans – [douce|élégante] et discrète à {city}",
    "[Coucou|Bonjour] de {name} [💋|✨|]",
    "{name} – [accompagnatrice|escort] [indépendante|authentique] à {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Nouvelles filles|Nouvelle fille] à {city} [🌹|🔥|]",
    "{name}, {age} ans – [tout juste arrivée|nouvelle cette semaine]",
    "[Jolie|Douce] {name} [disponible maintenant|vous attend]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Bonjour|Coucou], je suis {name}, {age} ans[.|!]",
    "Je m'appelle {name}, j'ai {age} ans et j'habite à {city}.",
    "Moi c'est {name}, {age} ans, [souriante|joyeuse] et [discrète|élégante].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Mon amie|Notre nouvelle fille] {name}, {age} ans, [vient d'arriver|est nouvelle] à "
    "{city}[ !|.]",
    "Nouvelles filles chaque semaine ! Découvrez {name}, {age} ans.",
    "{name} a {age} ans, elle est [douce|jeune|jolie] et vous attend.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "J'aime [danser|voyager|la bonne musique|le yoga] et [un verre de vin|les longues "
    "conversations|rire].",
    "Je travaille [seule|à mon compte] et [je choisis mes clients|uniquement sur rendez-vous].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Elle est disponible [24h/24|jour et nuit].",
    "[Nous avons|Toujours] de nouvelles filles [chaque semaine|sur place].",
};
constexpr std::string_view kSexBody[] = {
    "Appartement [privé|propre et discret] [près du centre|près de la gare].",
    "[Incall et outcall|Chez moi uniquement|Déplacements à l'hôtel].",
    "[Photos réelles|Photos 100% réelles], [pas de surprise|sans stress].",
    "Tarif : {price} [de l'heure|/1h].",
    "Disponible [tous les jours|du lundi au samedi] [10:00–22:00|de midi à tard le soir].",
    "[Messieurs respectueux uniquement|Hygiène exigée], [toujours protégé|sans exception].",
};
constexpr std::string_view kSexTouring[] = {
    "[Nouvelle en ville|De passage à {city}], seulement [cette semaine|jusqu'à dimanche] !",
    "En tournée : {city}, [quelques jours seulement|cette semaine seulement].",
};
constexpr std::string_view kSexNationality[] = {"[Nationalité|Origine] : {nat}."};
constexpr std::string_view kNationalities[] = {"française",   "roumaine",  "espagnole",
                                               "italienne",   "polonaise", "brésilienne",
                                               "britannique", "bulgare"};
constexpr std::string_view kSexContactFirst[] = {
    "[Appelle-moi|Écris-moi] au {phone}[.|!]",
    "WhatsApp : {phone}",
    "Telegram : {tg} ou appelle le {phone}",
    "E-mail : {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Pour réserver : {phone}",
    "Appelez la responsable : {phone}",
    "Réservations sur Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Urgent|Démarrage immédiat] : {role} à {city}",
    "Nous recrutons : {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Nous cherchons : {role} pour [un entrepôt|une usine|un hôtel|une exploitation agricole] à "
    "{city}.",
    "Recrutement à {city} : {role}, [temps plein|temps partiel].",
    "Emploi à {city} : {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Salaire {pay} de l'heure, payé [chaque semaine|chaque mois] par virement.",
    "Contrat dès le premier jour, [congés payés|mutuelle d'entreprise].",
    "[Équipes 6h–14h ou 14h–22h|Du lundi au vendredi, 7 heures par jour], heures supplémentaires "
    "payées.",
    "L'expérience [est un plus|n'est pas exigée] ; formation sur place.",
};
constexpr std::string_view kJobExploitative[] = {
    "Sans expérience, gagnez {pay} par mois[ !| !!]",
    "Frais de recrutement de {fee} [à payer avant le départ|payables d'avance].",
    "Logement et transport fournis, [retenus sur le salaire|déduits du premier salaire].",
    "Le passeport [est gardé par l'employeur|reste à l'agence] [pour l'enregistrement|pendant le "
    "contrat].",
    "[Départ demain|Départ cette semaine], contrat à l'arrivée.",
    "Aucune langue requise, [pas besoin de papiers|un visa touristique suffit].",
    "Recherche jeunes filles comme [hôtesses|danseuses|modèles] à l'étranger, [salaire très "
    "élevé|gros revenus].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Envoyez votre CV à {email} ou appelez le {phone}.",
    "{company} – tél. {phone}, e-mail {email}.",
    "CV à {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contact uniquement par WhatsApp : {phone}.",
    "Écrivez sur Telegram {tg}, pas d'appels.",
    "WhatsApp : {wa}",
};
constexpr std::string_view kRoles[] = {
    "préparateurs de commandes", "cueilleurs de fruits",  "agents d'entretien",
    "commis de cuisine",         "aides-soignants",       "chauffeurs",
    "femmes de chambre",         "manœuvres du bâtiment",
};
}  // namespace fr

// ---------------------------------------------------------------------------------------------- de
namespace de {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} – [süß|elegant] und diskret in {city}",
    "[Hallo|Hi] von {name} [💋|✨|]",
    "{name} – [unabhängige|echte] Begleiterin in {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Neue Mädchen|Neues Mädchen] in {city} [🌹|🔥|]",
    "{name}, {age} – [gerade angekommen|neu diese Woche]",
    "[Hübsche|Süße] {name} [jetzt verfügbar|wartet auf dich]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Hallo|Hi], ich bin {name}, {age} Jahre[.|!]",
    "Ich heiße {name}, bin {age} Jahre alt und wohne in {city}.",
    "Ich bin {name}, {age}, [freundlich|fröhlich] und [diskret|elegant].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Meine Freundin|Unser neues Mädchen] {name}, {age}, [ist gerade angekommen|ist neu] in "
    "{city}[!|.]",
    "Jede Woche neue Mädchen! Lerne {name} kennen, {age} Jahre.",
    "{name} ist {age}, [süß|jung|hübsch] und wartet auf dich.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Ich mag [Tanzen|Reisen|gute Musik|Yoga] und [ein Glas Wein|lange Gespräche|Lachen].",
    "Ich arbeite [selbstständig|auf eigene Rechnung] und [wähle meine Gäste selbst|nur mit "
    "Termin].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Sie ist [rund um die Uhr|Tag und Nacht] für dich da.",
    "[Wir haben|Immer] neue Mädchen [jede Woche|vor Ort].",
};
constexpr std::string_view kSexBody[] = {
    "[Private|Saubere und diskrete] Wohnung [nahe Zentrum|am Bahnhof].",
    "[Haus- und Hotelbesuche|Nur privat|Hotelbesuche].",
    "[Echte Fotos|100% echte Fotos], [keine Überraschungen|ohne Zeitdruck].",
    "Preis: {price} [pro Stunde|/1h].",
    "Erreichbar [täglich|Montag bis Samstag] [10:00–22:00|von mittags bis spät].",
    "[Nur respektvolle Herren|Hygiene ist Pflicht], [immer mit Schutz|ohne Ausnahme].",
};
constexpr std::string_view kSexTouring[] = {
    "[Neu in der Stadt|Gerade in {city} angekommen], nur [diese Woche|bis Sonntag]!",
    "Auf Tour: {city}, [nur kurze Zeit|nur diese Woche].",
};
constexpr std::string_view kSexNationality[] = {"[Nationalität|Herkunft]: {nat}."};
constexpr std::string_view kNationalities[] = {"Deutsche",    "Rumänin", "Spanierin",
                                               "Italienerin", "Polin",   "Brasilianerin",
                                               "Britin",      "Bulgarin"};
constexpr std::string_view kSexContactFirst[] = {
    "[Ruf mich an|Schreib mir]: {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} oder Tel. {phone}",
    "E-Mail: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Termine unter: {phone}",
    "Ruf meinen Manager an: {phone}",
    "Buchung per Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Dringend|Sofortiger Start]: {role} in {city}",
    "Wir stellen ein: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Wir suchen: {role} für [ein Lager|eine Fabrik|ein Hotel|einen Bauernhof] in {city}.",
    "Neueinstellung in {city}: {role}, [Vollzeit|Teilzeit].",
    "Job in {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Lohn {pay} pro Stunde, Auszahlung [wöchentlich|monatlich] per Überweisung.",
    "Arbeitsvertrag ab dem ersten Tag, [bezahlter Urlaub|Sozialversicherung].",
    "[Schichten 6–14 Uhr oder 14–22 Uhr|Montag bis Freitag, 8 Stunden am Tag], Überstunden werden "
    "bezahlt.",
    "Erfahrung [ist von Vorteil|ist nicht nötig]; Einarbeitung vor Ort.",
};
constexpr std::string_view kJobExploitative[] = {
    "Keine Erfahrung nötig, verdiene {pay} im Monat[!|!!]",
    "Vermittlungsgebühr {fee} [vor der Abreise|im Voraus].",
    "Unterkunft und Transport gestellt, [wird vom Lohn abgezogen|Kosten vom ersten Lohn "
    "abgezogen].",
    "Der Pass [bleibt beim Arbeitgeber|wird von der Agentur verwahrt] [zur Anmeldung|während des "
    "Vertrags].",
    "[Abreise morgen|Abreise diese Woche], Vertrag bei Ankunft.",
    "Keine Sprachkenntnisse erforderlich, [keine Papiere nötig|Touristenvisum reicht].",
    "Junge Frauen gesucht als [Hostess|Tänzerin|Model] im Ausland, [sehr hoher Verdienst|top "
    "Bezahlung].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Bewerbung an {email} oder Tel. {phone}.",
    "{company} – Tel. {phone}, E-Mail {email}.",
    "Lebenslauf an {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Kontakt nur über WhatsApp: {phone}.",
    "Schreib auf Telegram {tg}, keine Anrufe.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "Lagerhelfer",  "Erntehelfer", "Reinigungskräfte", "Küchenhilfen",
    "Pflegekräfte", "Fahrer",      "Zimmermädchen",    "Bauhelfer",
};
}  // namespace de

// ---------------------------------------------------------------------------------------------- it
namespace it {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} anni – [dolce|elegante] e discreta a {city}",
    "[Ciao|Salve] da {name} [💋|✨|]",
    "{name} – [accompagnatrice|escort] [indipendente|vera] a {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Ragazze nuove|Ragazza nuova] a {city} [🌹|🔥|]",
    "{name}, {age} anni – [appena arrivata|nuova questa settimana]",
    "[Bellissima|Dolce] {name} [disponibile ora|ti aspetta]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Ciao|Salve], sono {name}, ho {age} anni[.|!]",
    "Mi chiamo {name}, ho {age} anni e vivo a {city}.",
    "Sono {name}, {age} anni, [simpatica|solare] e [discreta|elegante].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[La mia amica|La nostra nuova ragazza] {name}, {age} anni, [è appena arrivata|è nuova] a "
    "{city}[!|.]",
    "Ragazze nuove ogni settimana! Conosci {name}, {age} anni.",
    "{name} ha {age} anni, è [dolce|giovane|bella] e ti aspetta.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Mi piace [ballare|viaggiare|la buona musica|lo yoga] e [un bicchiere di vino|le lunghe "
    "chiacchierate|ridere].",
    "Lavoro [da sola|in autonomia] e [scelgo i miei clienti|solo su appuntamento].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Lei è disponibile [24 ore su 24|giorno e notte].",
    "[Abbiamo|Sempre] ragazze nuove [ogni settimana|in sede].",
};
constexpr std::string_view kSexBody[] = {
    "Appartamento [privato|pulito e riservato] [vicino al centro|vicino alla stazione].",
    "[Incall e outcall|Solo da me|Anche in hotel].",
    "[Foto reali|Foto 100% reali], [nessuna sorpresa|senza fretta].",
    "Tariffa: {price} [all'ora|/1h].",
    "Disponibile [tutti i giorni|dal lunedì al sabato] [10:00–22:00|da mezzogiorno a tarda sera].",
    "[Solo signori educati|Igiene obbligatoria], [sempre protetto|senza eccezioni].",
};
constexpr std::string_view kSexTouring[] = {
    "[Appena arrivata|Nuova a {city}], solo [questa settimana|fino a domenica]!",
    "Di passaggio a {city}, [solo pochi giorni|solo questa settimana].",
};
constexpr std::string_view kSexNationality[] = {"[Nazionalità|Origine]: {nat}."};
constexpr std::string_view kNationalities[] = {"italiana",   "rumena",     "spagnola", "polacca",
                                               "brasiliana", "britannica", "bulgara",  "francese"};
constexpr std::string_view kSexContactFirst[] = {
    "[Chiamami|Scrivimi] al {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} o chiama il {phone}",
    "E-mail: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Per appuntamento: {phone}",
    "Chiama la responsabile: {phone}",
    "Prenotazioni su Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Urgente|Inizio immediato]: {role} a {city}",
    "Cerchiamo: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Cerchiamo: {role} per [un magazzino|una fabbrica|un hotel|un'azienda agricola] a {city}.",
    "Assumiamo a {city}: {role}, [tempo pieno|part-time].",
    "Lavoro a {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Paga {pay} all'ora, pagamento [settimanale|mensile] con bonifico.",
    "Contratto regolare dal primo giorno, [ferie pagate|contributi versati].",
    "[Turni 6–14 o 14–22|Dal lunedì al venerdì, 8 ore al giorno], straordinari pagati.",
    "L'esperienza [è un vantaggio|non è richiesta]; formazione in sede.",
};
constexpr std::string_view kJobExploitative[] = {
    "Senza esperienza, guadagna {pay} al mese[!|!!]",
    "Spesa iniziale di {fee} [prima della partenza|da pagare in anticipo].",
    "Vitto, alloggio e trasporto forniti, [trattenuti dallo stipendio|detratti dal primo "
    "stipendio].",
    "Il passaporto [resta al datore di lavoro|viene custodito dall'agenzia] [per la "
    "registrazione|per tutto il contratto].",
    "[Partenza domani|Partenza questa settimana], contratto all'arrivo.",
    "Nessuna lingua richiesta, [niente documenti|basta il visto turistico].",
    "Cerchiamo ragazze giovani come [hostess|ballerine|modelle] all'estero, [guadagni "
    "altissimi|paga molto alta].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Invia il CV a {email} o chiama il {phone}.",
    "{company} – tel. {phone}, e-mail {email}.",
    "CV a {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contattare solo via WhatsApp il numero {phone}.",
    "Scrivi su Telegram {tg}, niente chiamate.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "magazzinieri", "raccoglitori di frutta", "addetti alle pulizie", "aiuto cuochi", "badanti",
    "autisti",      "cameriere ai piani",     "manovali edili",
};
}  // namespace it

// ---------------------------------------------------------------------------------------------- nl
namespace nl {
constexpr std::string_view kSexTitlesFirst[] = {
    "{name}, {age} – [lief|elegant] en discreet in {city}",
    "[Hoi|Hallo] van {name} [💋|✨|]",
    "{name} – [zelfstandige|echte] escort in {city}",
};
constexpr std::string_view kSexTitlesThird[] = {
    "[Nieuwe meiden|Nieuw meisje] in {city} [🌹|🔥|]",
    "{name}, {age} – [net aangekomen|nieuw deze week]",
    "[Mooie|Lieve] {name} [nu beschikbaar|wacht op je]",
};
constexpr std::string_view kSexIntroFirst[] = {
    "[Hoi|Hallo], ik ben {name}, {age} jaar[.|!]",
    "Mijn naam is {name}, ik ben {age} en woon in {city}.",
    "Ik ben {name}, {age}, [vriendelijk|vrolijk] en [discreet|elegant].",
};
constexpr std::string_view kSexIntroThird[] = {
    "[Mijn vriendin|Ons nieuwe meisje] {name}, {age}, [is net aangekomen|is nieuw] in {city}[!|.]",
    "Elke week nieuwe meiden! Maak kennis met {name}, {age} jaar.",
    "{name} is {age}, [lief|jong|mooi] en wacht op je.",
};
constexpr std::string_view kSexMoreFirst[] = {
    "Ik hou van [dansen|reizen|goede muziek|yoga] en [een glas wijn|lange gesprekken|lachen].",
    "Ik werk [zelfstandig|voor mezelf] en [kies zelf mijn klanten|alleen op afspraak].",
};
constexpr std::string_view kSexMoreThird[] = {
    "Ze is [24/7|dag en nacht] beschikbaar.",
    "[We hebben|Altijd] nieuwe meiden [elke week|ter plaatse].",
};
constexpr std::string_view kSexBody[] = {
    "[Privé|Schoon en discreet] appartement [bij het centrum|bij het station].",
    "[Ontvangst en escort|Alleen ontvangst|Hotelbezoek].",
    "[Echte foto's|100% echte foto's], [geen verrassingen|geen haast].",
    "Prijs: {price} [per uur|/1u].",
    "Beschikbaar [elke dag|maandag tot zaterdag] [10:00–22:00|van de middag tot laat].",
    "[Alleen respectvolle heren|Hygiëne is een must], [altijd veilig|zonder uitzondering].",
};
constexpr std::string_view kSexTouring[] = {
    "[Nieuw in de stad|Net aangekomen in {city}], alleen [deze week|tot zondag]!",
    "Op tour: {city}, [maar een paar dagen|alleen deze week].",
};
constexpr std::string_view kSexNationality[] = {"[Nationaliteit|Afkomst]: {nat}."};
constexpr std::string_view kNationalities[] = {"Nederlandse", "Roemeense", "Spaanse",
                                               "Italiaanse",  "Poolse",    "Braziliaanse",
                                               "Britse",      "Bulgaarse"};
constexpr std::string_view kSexContactFirst[] = {
    "[Bel|App] me: {phone}[.|!]",
    "WhatsApp: {phone}",
    "Telegram: {tg} of bel {phone}",
    "E-mail: {email}",
};
constexpr std::string_view kSexContactThird[] = {
    "Afspraak maken: {phone}",
    "Bel mijn manager: {phone}",
    "Boeken via Telegram {tg} – {phone}",
};
constexpr std::string_view kJobTitles[] = {
    "{role} – {city}",
    "[Dringend|Direct beginnen]: {role} in {city}",
    "Gezocht: {role}",
};
constexpr std::string_view kJobIntro[] = {
    "Wij zoeken: {role} voor [een magazijn|een fabriek|een hotel|een boerderij] in {city}.",
    "Vacature in {city}: {role}, [fulltime|parttime].",
    "Werk in {city}: {role}.",
};
constexpr std::string_view kJobOrdinary[] = {
    "Loon {pay} per uur, [wekelijks|maandelijks] uitbetaald per bank.",
    "Contract vanaf de eerste dag, [vakantiegeld|pensioenregeling].",
    "[Diensten 6–14 of 14–22 uur|Maandag tot vrijdag, 8 uur per dag], overuren betaald.",
    "Ervaring [is een pré|is niet nodig]; inwerken op locatie.",
};
constexpr std::string_view kJobExploitative[] = {
    "Geen ervaring nodig, verdien {pay} per maand[!|!!]",
    "Bemiddelingskosten {fee} [vooraf te betalen|voor vertrek].",
    "Huisvesting en vervoer geregeld, [ingehouden op het loon|kosten van het eerste loon "
    "afgetrokken].",
    "Paspoort [blijft bij de werkgever|wordt bewaard door het bureau] [voor registratie|tijdens "
    "het "
    "contract].",
    "[Morgen vertrekken|Deze week vertrek], contract bij aankomst.",
    "Geen taalkennis nodig, [geen papieren nodig|toeristenvisum is genoeg].",
    "Jonge vrouwen gezocht als [hostess|danseres|model] in het buitenland, [zeer hoog "
    "loon|topverdiensten].",
};
constexpr std::string_view kJobContactOrdinary[] = {
    "Solliciteer via {email} of bel {phone}.",
    "{company} – tel. {phone}, e-mail {email}.",
    "CV naar {email}.",
};
constexpr std::string_view kJobContactMessenger[] = {
    "Contact alleen via WhatsApp: {phone}.",
    "Stuur een bericht op Telegram {tg}, niet bellen.",
    "WhatsApp: {wa}",
};
constexpr std::string_view kRoles[] = {
    "magazijnmedewerkers", "fruitplukkers", "schoonmakers", "keukenhulpen",
    "zorgmedewerkers",     "chauffeurs",    "kamermeisjes", "bouwvakkers",
};
}  // namespace nl

// One table row per language, in the order of the Lang enum.
#define ARIADNE_PHRASEBOOK_ROW(ns, code, ...)                                                    \
  Phrasebook {                                                                                   \
    code, {__VA_ARGS__}, ns::kSexTitlesFirst, ns::kSexTitlesThird, ns::kSexIntroFirst,           \
        ns::kSexIntroThird, ns::kSexMoreFirst, ns::kSexMoreThird, ns::kSexBody, ns::kSexTouring, \
        ns::kSexNationality, ns::kNationalities, ns::kSexContactFirst, ns::kSexContactThird,     \
        ns::kJobTitles, ns::kJobIntro, ns::kJobOrdinary, ns::kJobExploitative,                   \
        ns::kJobContactOrdinary, ns::kJobContactMessenger, ns::kRoles                            \
  }

const Phrasebook kPhrasebooks[kLangCount] = {
    ARIADNE_PHRASEBOOK_ROW(en, "en", "zero", "one", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine"),
    ARIADNE_PHRASEBOOK_ROW(ro, "ro", "zero", "unu", "doi", "trei", "patru", "cinci", "șase",
                           "șapte", "opt", "nouă"),
    ARIADNE_PHRASEBOOK_ROW(pl, "pl", "zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć",
                           "siedem", "osiem", "dziewięć"),
    ARIADNE_PHRASEBOOK_ROW(bg, "bg", "нула", "едно", "две", "три", "четири", "пет", "шест", "седем",
                           "осем", "девет"),
    ARIADNE_PHRASEBOOK_ROW(es, "es", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis",
                           "siete", "ocho", "nueve"),
    ARIADNE_PHRASEBOOK_ROW(uk, "uk", "нуль", "один", "два", "три", "чотири", "п'ять", "шість",
                           "сім", "вісім", "дев'ять"),
    ARIADNE_PHRASEBOOK_ROW(fr, "fr", "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
                           "huit", "neuf"),
    ARIADNE_PHRASEBOOK_ROW(de, "de", "null", "eins", "zwei", "drei", "vier", "fünf", "sechs",
                           "sieben", "acht", "neun"),
    ARIADNE_PHRASEBOOK_ROW(it, "it", "zero", "uno", "due", "tre", "quattro", "cinque", "sei",
                           "sette", "otto", "nove"),
    ARIADNE_PHRASEBOOK_ROW(nl, "nl", "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven",
                           "acht", "negen"),
};

#undef ARIADNE_PHRASEBOOK_ROW

}  // namespace

const Phrasebook& PhrasesFor(Lang lang) {
  return kPhrasebooks[static_cast<int>(lang)];
}

}  // namespace ariadne::demo
