#!/usr/bin/env python3
"""Writes the listing-shapes corpus (ads.jsonl, truth.json): ads whose scraped pages quote OTHER
ads in shapes with no known heading (issue 5 item 7, link28): a carousel on one line ("‹ Macy 32
07700 900811 · Holly 31 07700 900473 ›"), a table with pipes, one row a line ("★ TOP | Freya |
Birmingham | 07700 900079"), and lines under headings in 11 languages; and an aggregator that
mirrors ads (the text copied, the advertiser's number masked or stripped) with its own
call-tracking number, one per country, as each mirror's only contact. Networks list their own
women's numbers (one a line, under "Our girls"), which must still link. Synthetic: numbers 07700
900xxx and fictional German and Dutch numbers, .example sites. Deterministic: `python3 generate.py`
rewrites the same files."""
import json
import random

rng = random.Random(20261204)

NAMES = ["Macy", "Holly", "Freya", "Anna", "Mia", "Lola", "Sofia", "Nina", "Eva", "Lara", "Kira",
         "Zoe", "Bella", "Clara", "Daria", "Elena", "Fiona", "Greta", "Hana", "Iris", "Jade", "Kate",
         "Luna", "Maya", "Nora", "Olga", "Paula", "Rita", "Sara", "Tina", "Vera", "Wanda", "Yana",
         "Alina", "Bianca", "Carmen", "Dana", "Emma", "Flora", "Gina", "Irina", "Julia", "Roxy",
         "Stella", "Amber", "Ruby", "Jasmine", "Lily", "Chloe", "Ivy"]
CITIES = {"GB": ["Birmingham", "Leeds", "London", "Manchester", "Bristol", "Glasgow", "Cardiff"],
          "DE": ["Berlin", "Hamburg", "Köln", "München"],
          "NL": ["Amsterdam", "Rotterdam", "Utrecht"]}
LANG = {"GB": "en", "DE": "de", "NL": "nl"}
TITLE_FORMS = ["{n} new in {c} this week", "Sweet {n} visiting {c} now", "{n} real photos in {c}",
               "Elegant {n} {c} centre", "Gorgeous {n} just arrived {c}", "Beautiful {n} back in {c}",
               "Young {n} available {c} today", "Stunning {n} outcalls across {c}"]
WORDS = ("friendly discreet relaxed genuine polite curvy brunette blonde tall sporty petite smiling "
         "elegant warm calm cheerful sweet natural slim playful caring quiet tender lively soft "
         "gentle classy witty shy bold").split()
THINGS = ("flat station parking towels shower wine jazz galleries dinner hotel lingerie heels "
          "massage music tea garden balcony sofa candles books coffee cinema river park beach "
          "weekend evening morning afternoon lunch dessert").split()


def sentence():
    w = rng.sample(WORDS, 3)
    t = rng.sample(THINGS, 3)
    forms = ["I am {0} and {1}, I love {3} and {4}.", "Come for {3}, stay for {5}, always {0}.",
             "A {0} {1} lady with a {2} smile and {4}.", "Ask about {3} and {5}, I am {2} and {0}.",
             "My {3} is {0}, my {4} is {1}, my {5} is {2}."]
    return rng.choice(forms).format(*w, *t)


CONTACT_FORMS = ["Call {p}", "Text me on {p}", "Phone: {p}", "Tel {p}", "WhatsApp {p}", "Ring {p}"]
SITES = {"GB": ["citynights.example", "velvetlist.example", "rosepages.example"],
         "DE": ["nachtmarkt.example", "sternchen.example"],
         "NL": ["rodelamp.example", "avondlijst.example"]}

# Headings over quoted lines, 11 languages (some in the lexicon, some not: honest misses).
HEADINGS = {
    "en": ["More ladies near you", "Users also viewed", "Popular in {c}", "Top escorts in {c}",
           "Also online now", "Trending near you", "New girls in {c}"],
    "de": ["Weitere Damen in deiner Nähe", "Andere sahen sich auch an", "Beliebt in {c}"],
    "nl": ["Anderen bekeken ook", "Meer dames bij jou in de buurt", "Populair in {c}"],
    "fr": ["D'autres filles près de chez vous", "Les utilisateurs ont aussi consulté"],
    "ro": ["Alte doamne lângă tine", "Utilizatorii au mai văzut"],
    "bg": ["Още дами наблизо", "Потребителите разгледаха също"],
    "es": ["Más chicas cerca de ti", "Otros usuarios también vieron"],
    "it": ["Altre ragazze vicino a te", "Gli utenti hanno visto anche"],
    "pl": ["Więcej pań w pobliżu", "Inni oglądali również"],
    "ru": ["Ещё девушки рядом с вами", "Пользователи также смотрели"],
    "uk": ["Більше дівчат поруч", "Користувачі також переглядали"],
}

ads = []
numbers_used = {"GB": 900100, "DE": 5550100, "NL": 12300100}


def new_number(region):
    numbers_used[region] += 1
    n = numbers_used[region]
    if region == "GB":
        assert n < 900900
        return f"07700 {n}"
    if region == "DE":
        return f"+49 1512 {n:07d}"
    return f"+31 6 {n:08d}"


def phone_text(number):
    if number.startswith("07700 "):
        digits = number[6:]
        return rng.choice(["07700 {a}", "07700{a}", "+44 7700 {a}", "07700-{a}"]).format(a=digits)
    return number


ad_counter = 20000


def make_ad(site, title, text, city, region):
    global ad_counter
    ad_counter += 1
    ad = {"id": f"s-{ad_counter}", "site": site, "url": f"https://{site}/ad/s-{ad_counter}",
          "posted_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": LANG[region], "region": region,
          "kind": "sex"}
    ads.append(ad)
    return ad


advertisers = []
for i in range(110):
    region = rng.choice(["GB", "GB", "GB", "DE", "NL"])
    name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else " " + "BRMTS"[i % 5])
    adv = {"id": f"adv-{i:03d}", "name": name, "age": rng.randint(21, 39), "region": region,
           "city": rng.choice(CITIES[region]), "numbers": [new_number(region)], "ads": []}
    if rng.random() < 0.2:
        adv["numbers"].append(new_number(region))
    advertisers.append(adv)
    for k in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5])):
        title = rng.choice(TITLE_FORMS).format(n=name, c=adv["city"])
        body = " ".join([f"Hello, I am {name}."] + [sentence() for _ in range(3)])
        contact = rng.choice(CONTACT_FORMS).format(p=phone_text(adv["numbers"][0]))
        if len(adv["numbers"]) > 1:
            contact += f" or WhatsApp {phone_text(adv['numbers'][1])}"
        adv["ads"].append(make_ad(rng.choice(SITES[region]), title, body + "\n" + contact,
                                  adv["city"], region))

# Networks: their ads list the women's own lines, one a line, under "Our girls" (they link).
networks = []
for j in range(3):
    region = "GB"
    girls = rng.sample(NAMES, 4)
    net = {"id": f"net-{j}", "numbers": [new_number(region) for _ in range(4)], "ads": [],
           "region": region}
    city = rng.choice(CITIES[region])
    for k in range(rng.randint(4, 7)):
        lines = [f"{girls[g]} {rng.randint(20, 30)} - {phone_text(net['numbers'][g])}"
                 for g in range(4)]
        rng.shuffle(lines)
        text = (f"Agency girls in {city}, incalls and outcalls all night. " + sentence() +
                "\nOur girls:\n" + "\n".join(lines[:rng.randint(2, 4)]))
        net["ads"].append(make_ad(rng.choice(SITES[region]), f"{city} agency girls {k + 1}", text,
                                  city, region))
    networks.append(net)

# Quoted items: other advertisers of the same region in the corpus, or ads outside it.
outside = {r: [{"name": rng.choice(NAMES), "age": rng.randint(20, 40),
                "city": rng.choice(CITIES[r]), "number": new_number(r)} for _ in range(8)]
           for r in CITIES}


def items_for(own, region, count):
    out = []
    while len(out) < count:
        if rng.random() < 0.6:
            adv = rng.choice([a for a in advertisers if a["region"] == region])
            if adv is own:
                continue
            item = (adv["name"].split()[0], adv["age"], adv["city"], rng.choice(adv["numbers"]))
        else:
            o = rng.choice(outside[region])
            item = (o["name"], o["age"], o["city"], o["number"])
        if item[3] not in [x[3] for x in out]:
            out.append(item)
    return out


def carousel(items):
    left, right = rng.choice([("‹", "›"), ("«", "»"), ("◀", "▶"), ("←", "→"), ("❮", "❯"),
                              ("", "")])
    sep = rng.choice([" · ", " • ", " | ", " ◦ ", "  "])
    body = sep.join(f"{n} {a} {phone_text(p)}" for n, a, c, p in items)
    return f"{left} {body} {right}".strip()


def table(items):
    label = ["★ TOP", "VIP", "NEW", "★", "TOP", "Premium"]
    rows = []
    if rng.random() < 0.4:
        rows.append("Name | City | Phone")
    for n, a, c, p in items:
        if rng.random() < 0.5:
            rows.append(f"{rng.choice(label)} | {n} | {c} | {phone_text(p)}")
        else:
            rows.append(f"{n} | {a} | {c} | {phone_text(p)}")
    return "\n".join(rows)


def headed(items, lang, city):
    heading = rng.choice(HEADINGS[lang]).format(c=city)
    lines = [f"{n}, {a} - {phone_text(p)}" if rng.random() < 0.5 else f"{n} ({c}) {phone_text(p)}"
             for n, a, c, p in items]
    return heading + "\n" + "\n".join(lines)


for adv in advertisers:
    for ad in adv["ads"]:
        r = rng.random()
        if r < 0.25:
            block = carousel(items_for(adv, adv["region"], rng.randint(2, 5)))
        elif r < 0.5:
            block = table(items_for(adv, adv["region"], rng.randint(2, 5)))
        elif r < 0.75:
            lang = rng.choice(list(HEADINGS)) if adv["region"] == "GB" else LANG[adv["region"]]
            block = headed(items_for(adv, adv["region"], rng.randint(2, 5)), lang, adv["city"])
        else:
            continue
        ad["text"] += "\n\n" + block

# The aggregator: mirrors of ads on other sites, the text copied, the number masked or stripped,
# and its own call-tracking number for the country as the mirror's only contact.
tracking = {r: new_number(r) for r in CITIES}
for adv in advertisers:
    if rng.random() < 0.45:
        src = rng.choice(adv["ads"])
        own = src["text"].split("\n")[0]
        masked = adv["numbers"][0][:7] + "9•••••" if adv["region"] == "GB" else "••••••"
        contact = rng.choice([f"Original number hidden ({masked}). ", ""])
        text = (own + "\n" + contact + "Call via escortmirror: " + phone_text(tracking[adv["region"]]))
        adv["ads"].append(make_ad("escortmirror.example", src["title"], text, adv["city"],
                                  adv["region"]))

truth = {"advertisers": [{"id": a["id"], "ads": [f"{ad['site']}:{ad['id']}" for ad in a["ads"]]}
                         for a in advertisers + networks]}
rng.shuffle(ads)
with open("ads.jsonl", "w", encoding="utf-8") as f:
    for ad in ads:
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump(truth, f, indent=1, ensure_ascii=False)
print(len(ads), "ads,", len(truth["advertisers"]), "advertisers")
