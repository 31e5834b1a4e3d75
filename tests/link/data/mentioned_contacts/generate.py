#!/usr/bin/env python3
"""Writes the mentioned-contacts corpus (ads.jsonl, truth.json): ads that name contacts that are not
theirs (issue 5 item 7): blacklists ("Don't call 07700 900851, it's a scam", a warning paragraph
copied from ad to ad with a list of fake numbers under it), a friend's number ("my friend Mia is
free too: 07700 900133"), a "my friends" card list, a site's relay line ("calls are forwarded
through 07700 900990"), in the 11 languages of the knowledge base. The mentioned numbers are
other advertisers' in the corpus or outside numbers named again and again (the trap that joins
unrelated ads). Also ads whose own line stands beside words a cue lexicon may hold ("no scammers
here, call me...", "my friend and I..."), and a network listing its women's own numbers: those
must still link. Synthetic: numbers 07700 900xxx, .example sites. Deterministic: `python3
generate.py` rewrites the same files."""
import json
import random

rng = random.Random(20261204)

NAMES = ["Anna", "Mia", "Lola", "Sofia", "Nina", "Eva", "Lara", "Kira", "Zoe", "Bella", "Clara",
         "Daria", "Elena", "Fiona", "Greta", "Hana", "Iris", "Jade", "Kate", "Luna", "Maya",
         "Nora", "Olga", "Paula", "Rita", "Sara", "Tina", "Vera", "Wanda", "Yana", "Alina",
         "Bianca", "Carmen", "Dana", "Emma", "Flora", "Gina", "Helga", "Irina", "Julia"]
CITIES = ["Leeds", "London", "Manchester", "Bristol", "Glasgow", "Cardiff", "York", "Bath"]
TITLE_FORMS = ["{n} new in {c} this week", "Sweet {n} visiting {c} now", "{n} real photos in {c}",
               "Elegant {n} {c} centre", "Gorgeous {n} just arrived {c}", "Beautiful {n} back in {c}",
               "Young {n} available {c} today", "Stunning {n} outcalls across {c}"]
OPENERS = [
    "Hello gentlemen, I am {n}, friendly and discreet.",
    "Hi, my name is {n} and I love to meet new people.",
    "{n} here, relaxed company in a clean private flat.",
    "Welcome, I am {n}, calm and smiling every day.",
    "Good evening, {n} speaking, genuine and polite.",
    "They call me {n}, a curvy brunette with a warm laugh.",
    "{n} is my name and good conversation is my thing.",
    "Your new favourite, {n}, tall and sporty.",
    "Petite {n}, long dark hair and green eyes.",
    "Blonde {n} with a soft voice and a big smile.",
]
MIDDLES = [
    "Appointments from noon until late, short notice is fine.",
    "Clean apartment near the station with easy parking.",
    "No withheld numbers and no rush, please be respectful.",
    "Message me first to arrange a time that suits you.",
    "Weekend bookings should be made a day early.",
    "Quiet street, discreet entrance, fresh towels always.",
    "Dinner dates welcome if you book the table.",
    "Gentlemen over thirty preferred, manners matter to me.",
    "Shower available and drinks in the fridge.",
    "I travel to hotels within twenty minutes of the centre.",
    "Regulars get a small surprise on their third visit.",
    "My photos are recent and I look like them.",
]
CONTACT_FORMS = ["Call {p}", "Text me on {p}", "Phone: {p}", "Tel {p}", "WhatsApp {p}", "Ring {p}"]
# The ad's own line beside words that look like cues: these numbers are the ad's own.
OWN_TRAPS = [
    "No scammers here, call me on {p}",
    "Beware of fakes! My only number is {p}",
    "My friend and I do duo visits, call {p}",
    "Not a scam, real girl: WhatsApp {p}",
    "Vorsicht vor Fakes! Meine Nummer: {p}",
]
SITES = ["citynights.example", "velvetlist.example", "nachtmarkt.example", "annunci-rossi.example"]

# Sentences naming ONE number that is not the ad's: {p} the number, {n} a name.
MENTION_SENTENCES = [
    "Don't call {p}, it's a scam.",
    "Do not call {p} - that is not me.",
    "Beware of {p}, a fake number using my photos.",
    "{p} is a scam number, please report it.",
    "My friend {n} is free tonight too: {p}",
    "Ask my friend {n} for a duo, her number is {p}",
    "Calls are forwarded through {p} by the site.",
    "Bitte nicht anrufen: {p} ist eine gefälschte Nummer.",
    "Meine Freundin {n} ist auch da: {p}",
    "N'appelez pas le {p}, c'est une arnaque.",
    "Mon amie {n} est disponible aussi : {p}",
    "No llames al {p}, es una estafa.",
    "Mi amiga {n} también trabaja: {p}",
    "Non chiamate il {p}, è una truffa.",
    "La mia amica {n} è libera: {p}",
    "Niet bellen naar {p}, dat is een oplichter.",
    "Mijn vriendin {n} is ook beschikbaar: {p}",
    "Nie dzwońcie pod {p}, to oszust.",
    "Moja koleżanka {n}: {p}",
    "Nu sunați la {p}, este țeapă.",
    "Prietena mea {n} te așteaptă: {p}",
    "Не звоните на {p}, это мошенники.",
    "Моя подруга {n} тоже свободна: {p}",
    "Не дзвоніть на {p}, це шахраї.",
    "Не звънете на {p}, това е измама.",
]
# Headings of a list of numbers that are not the ad's (then one number a line).
MENTION_HEADINGS = [
    "Fake numbers using my photos:",
    "Blacklist - do not call:",
    "Scammers, avoid these numbers:",
    "My friends:",
    "Gefälschte Nummern:",
    "Faux numéros, n'appelez pas :",
    "Números falsos:",
    "Numeri falsi:",
    "Nepnummers:",
    "Fałszywe numery:",
    "Numere false:",
    "Фальшивые номера:",
    "Чорний список:",
    "Фалшиви номера:",
]
# The warning paragraph copied from ad to ad (the text trap): long enough that two short ads
# sharing it look near-identical unless it is left out.
WARNING = ("WARNING: fake numbers using my photos. Several people copy my pictures and ask for a "
           "deposit by bank transfer before a meeting, then they block you and disappear with the "
           "money. I never ask for a deposit and I never send anyone to collect cash. Blacklist - "
           "do not call:")


def phone_text(number):
    forms = ["07700 {a}", "07700{a}", "+44 7700 {a}", "07700-{a}"]
    return rng.choice(forms).format(a=number)


ads = []
number = 900100
ad_counter = 20000


def new_number():
    global number
    number += 1
    assert number < 900800
    return str(number)


def make_ad(site, title, text, city):
    global ad_counter
    ad_counter += 1
    ad = {"id": f"m-{ad_counter}", "site": site, "url": f"https://{site}/ad/m-{ad_counter}",
          "posted_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": "en", "region": "GB",
          "kind": "sex"}
    ads.append(ad)
    return ad


advertisers = []
for i in range(90):
    name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else " " + rng.choice(["B", "R", "M"]))
    numbers = [new_number()]
    if rng.random() < 0.25:
        numbers.append(new_number())
    advertisers.append({"id": f"adv-{i:03d}", "name": name, "city": rng.choice(CITIES),
                        "numbers": numbers, "ads": []})

for adv in advertisers:
    site = rng.choice(SITES)
    for k in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])):
        n, c = adv["name"], adv["city"]
        title = rng.choice(TITLE_FORMS).format(n=n, c=c)
        body = [rng.choice(OPENERS).format(n=n)] + rng.sample(MIDDLES, 3)
        own = phone_text(adv["numbers"][0])
        if rng.random() < 0.15:
            contact = rng.choice(OWN_TRAPS).format(p=own)
        else:
            contact = rng.choice(CONTACT_FORMS).format(p=own)
        if len(adv["numbers"]) > 1:
            contact += f" or WhatsApp {phone_text(adv['numbers'][1])}"
        adv["ads"].append(make_ad(site, title, " ".join(body) + "\n" + contact, c))

# One network listing its women's own lines (no cue): they link.
network = {"id": "net-001", "numbers": [new_number() for _ in range(4)], "ads": []}
for k in range(6):
    lines = [f"{NAMES[j]} {phone_text(network['numbers'][j])}" for j in range(4)]
    rng.shuffle(lines)
    text = ("Agency girls in Leeds, incalls and outcalls all night. Discreet drivers, new faces each "
            "week.\nOur girls:\n" + "\n".join(lines[:rng.randint(2, 4)]))
    network["ads"].append(make_ad("citynights.example", f"Leeds agency girls available {k + 1}",
                                  text, "Leeds"))

# Numbers outside the corpus, named again and again (fakes, a relay line).
outside = [str(900850 + i) for i in range(20)]


def mentioned_number(own_id):
    """A number that is not the ad's: another corpus advertiser's, or an outside one."""
    if rng.random() < 0.5:
        while True:
            adv = rng.choice(advertisers + [network])
            if adv["id"] != own_id:
                return rng.choice(adv["numbers"]), NAMES[rng.randrange(len(NAMES))]
    return rng.choice(outside), NAMES[rng.randrange(len(NAMES))]


def mention(own_id):
    form = rng.randint(0, 2)
    if form == 0:
        p, n = mentioned_number(own_id)
        return rng.choice(MENTION_SENTENCES).format(p=phone_text(p), n=n)
    items = []
    while len(items) < rng.randint(1, 4):
        p, n = mentioned_number(own_id)
        items.append((n, p))
    if form == 1:
        heading = rng.choice(MENTION_HEADINGS)
        if heading == "My friends:":
            body = "\n".join(f"{n} {phone_text(p)}" for n, p in items)
        else:
            body = "\n".join(phone_text(p) for n, p in items)
        return heading + "\n" + body
    # The warning paragraph copied from ad to ad, its list under it.
    return WARNING + "\n" + "\n".join(phone_text(p) for n, p in items)


for adv in advertisers + [network]:
    for ad in adv["ads"]:
        if rng.random() < 0.6:
            m = mention(adv["id"])
            if rng.random() < 0.3:
                # Before the ad's own line.
                lines = ad["text"].split("\n")
                ad["text"] = lines[0] + "\n\n" + m + "\n\n" + "\n".join(lines[1:])
            else:
                ad["text"] += "\n\n" + m
        adv.setdefault("keys", []).append(f"{ad['site']}:{ad['id']}")

rng.shuffle(ads)
with open("ads.jsonl", "w", encoding="utf-8") as f:
    for ad in ads:
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump({"advertisers": [{"id": a["id"], "ads": a["keys"]} for a in advertisers + [network]]},
              f, indent=1, ensure_ascii=False)
print(len(ads), "ads")
