#!/usr/bin/env python3
"""Writes the quoted-widgets corpus (ads.jsonl, truth.json): ads whose scraped text carries blocks
quoting OTHER ads ("Similar ads", "You may also like", "Other girls in Leeds", "Recently viewed"),
each item with that ad's title and its number, in many headings, formats and languages; the quoted
ads both in the corpus and outside it (the same outside ads quoted by many ads: the trap that joins
unrelated quoting ads). Also ads that list their own numbers on several lines (a network's "our
girls" list, "call or WhatsApp"), which must still link. Synthetic: numbers 07700 900xxx, .example
sites. Deterministic: `python3 generate.py` rewrites the same files."""
import json
import random

rng = random.Random(20261203)

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
    "Sweet and shy at first, {n} opens up over a glass of wine.",
    "Your new favourite, {n}, tall and sporty.",
    "Petite {n}, long dark hair and green eyes.",
    "{n}, a student who likes art galleries and jazz.",
    "Blonde {n} with a soft voice and a big smile.",
]
MIDDLES = [
    "Appointments from noon until late, short notice is fine.",
    "Clean apartment near the station with easy parking.",
    "No withheld numbers and no rush, please be respectful.",
    "I speak a little English and some Italian.",
    "Message me first to arrange a time that suits you.",
    "Weekend bookings should be made a day early.",
    "Quiet street, discreet entrance, fresh towels always.",
    "Dinner dates welcome if you book the table.",
    "Gentlemen over thirty preferred, manners matter to me.",
    "Shower available and drinks in the fridge.",
    "I travel to hotels within twenty minutes of the centre.",
    "Lingerie and heels on request, just ask politely.",
    "Regulars get a small surprise on their third visit.",
    "My photos are recent and I look like them.",
]
CONTACT_FORMS = ["Call {p}", "Text me on {p}", "Phone: {p}", "Tel {p}", "WhatsApp {p}", "Ring {p}"]
SITES = ["citynights.example", "velvetlist.example", "nachtmarkt.example", "annunci-rossi.example"]

# Related-listings headings, several wordings per language, and a few wordings a lexicon may not
# know (honest misses).
HEADINGS = [
    "Similar ads", "You may also like", "Other girls in {c}", "Recently viewed", "Similar profiles near you",
    "People also viewed", "More escorts in {c}", "Related listings", "You might also like these",
    "Annonces similaires", "Vous aimerez aussi", "Ähnliche Anzeigen", "Das könnte dir auch gefallen",
    "Anuncios similares", "Otras chicas en {c}", "Annunci simili", "Altre ragazze a {c}",
    "Anúncios semelhantes", "Vergelijkbare advertenties", "Andere dames in {c}", "Podobne ogłoszenia",
    "Inne dziewczyny", "Anunțuri similare", "Alte fete din {c}", "Похожие анкеты", "Другие девушки",
    "Схожі оголошення", "Інші дівчата", "Hot right now", "Check these girls too",
]


def phone_text(number):
    forms = ["07700 {a}", "07700{a}", "+44 7700 {a}", "07700-{a}", "(07700) {a}"]
    return rng.choice(forms).format(a=number)


ads = []
truth = []
number = 900100
ad_counter = 10000


def new_number():
    global number
    number += 1
    assert number < 900800
    return str(number)


def make_ad(site, title, text, city):
    global ad_counter
    ad_counter += 1
    ad = {"id": f"q-{ad_counter}", "site": site, "url": f"https://{site}/ad/q-{ad_counter}",
          "posted_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": "en", "region": "GB",
          "kind": "sex"}
    ads.append(ad)
    return ad


# Independent advertisers: 1-6 ads each, one number (some two: call and WhatsApp).
advertisers = []
for i in range(90):
    name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else " " + rng.choice(["B", "R", "M"]))
    city = rng.choice(CITIES)
    numbers = [new_number()]
    if rng.random() < 0.25:
        numbers.append(new_number())
    advertisers.append({"id": f"adv-{i:03d}", "name": name, "city": city, "numbers": numbers,
                        "ads": []})

for adv in advertisers:
    count = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
    site = rng.choice(SITES)
    for k in range(count):
        n, c = adv["name"], adv["city"]
        title = rng.choice(TITLE_FORMS).format(n=n, c=c)
        body = [rng.choice(OPENERS).format(n=n)] + rng.sample(MIDDLES, 3)
        contact = rng.choice(CONTACT_FORMS).format(p=phone_text(adv["numbers"][0]))
        if len(adv["numbers"]) > 1:
            contact += f" or WhatsApp {phone_text(adv['numbers'][1])}"
        text = " ".join(body) + "\n" + contact
        ad = make_ad(site, title, text, c)
        adv["ads"].append(ad)

# One network: its ads list the women's own lines under "Our girls" (its own numbers: they link).
network = {"id": "net-001", "numbers": [new_number() for _ in range(4)], "ads": []}
for k in range(6):
    c = "Leeds"
    lines = [f"{NAMES[j]} {phone_text(network['numbers'][j])}" for j in range(4)]
    rng.shuffle(lines)
    text = ("Agency girls in Leeds, incalls and outcalls all night. Discreet drivers, new faces each "
            "week.\nOur girls:\n" + "\n".join(lines[:rng.randint(2, 4)]))
    network["ads"].append(make_ad("citynights.example", f"Leeds agency girls available {k + 1}",
                                  text, c))

# Ads outside the corpus, quoted by the widgets (their numbers on no ad of their own).
outside = []
for i in range(20):
    n = NAMES[(i * 7) % len(NAMES)]
    c = rng.choice(CITIES)
    outside.append({"title": rng.choice(TITLE_FORMS).format(n=n, c=c),
                    "number": str(900850 + i), "city": c})


def quoted_item(q):
    """(title, number, city) of an ad to quote: one of the corpus or an outside one."""
    if rng.random() < 0.6:
        adv = rng.choice(advertisers + [network])
        ad = rng.choice(adv["ads"])
        numbers = adv["numbers"]
        return ad["title"], rng.choice(numbers), ad["location"], adv["id"]
    o = rng.choice(outside)
    return o["title"], o["number"], o["city"], None


def widget(own_id, city):
    items = []
    while len(items) < rng.randint(1, 6):
        title, num, c, adv = quoted_item(None)
        if adv == own_id:
            continue
        if rng.random() < 0.5:
            title = " ".join(title.split()[:4]) + "…"
        items.append((title, num, c))
    form = rng.randint(0, 4)
    heading = rng.choice(HEADINGS).format(c=city)
    if form == 0:
        body = "\n".join(f"{t} - {phone_text(p)}" for t, p, c in items)
        return f"{heading}\n{body}"
    if form == 1:
        body = "\n".join(f"• {t} · {c} · {phone_text(p)}" for t, p, c in items)
        return f"{heading}:\n{body}"
    if form == 2:
        body = " | ".join(f"{t} {phone_text(p)}" for t, p, c in items)
        return f"{heading}: {body}"
    if form == 3:
        body = "\n".join(f"{i + 1}. {t}\n{phone_text(p)}" for i, (t, p, c) in enumerate(items))
        return f"{heading}\n{body}"
    # No heading: bare items that reproduce the quoted ads' titles (corpus ads only).
    corpus_items = []
    while len(corpus_items) < rng.randint(1, 4):
        adv = rng.choice(advertisers)
        if adv["id"] == own_id:
            continue
        ad = rng.choice(adv["ads"])
        corpus_items.append((ad["title"], adv["numbers"][0]))
    return "\n".join(f"{t} — {phone_text(p)}" for t, p in corpus_items)


for adv in advertisers + [network]:
    for ad in adv["ads"]:
        if rng.random() < 0.6:
            w = widget(adv["id"], ad["location"])
            if rng.random() < 0.15:
                # The widget in the middle of the page, the ad's own words after it.
                lines = ad["text"].split("\n")
                ad["text"] = (lines[0] + "\n\n" + w + "\n\nPlease read my rules before you call, I only "
                              "meet polite gentlemen who are on time and clean, thank you for "
                              "understanding and see you soon.\n" + "\n".join(lines[1:]))
            else:
                ad["text"] += "\n\n" + w
        truth_ad = f"{ad['site']}:{ad['id']}"
        adv.setdefault("keys", []).append(truth_ad)

rng.shuffle(ads)
with open("ads.jsonl", "w", encoding="utf-8") as f:
    for ad in ads:
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump({"advertisers": [{"id": a["id"], "ads": a["keys"]} for a in advertisers + [network]]},
              f, indent=1, ensure_ascii=False)
print(len(ads), "ads")
