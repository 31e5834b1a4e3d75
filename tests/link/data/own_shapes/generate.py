#!/usr/bin/env python3
"""Writes the own-shapes corpus (ads.jsonl, truth.json): ads whose OWN text looks like the shapes
that quote other ads (issue 5 item 7, link30): their own prices and contacts in a table with
pipes, short title-like lines and prose lines holding a related-listings phrase ("Other girls
available on request", "Popular in Leeds", "Hot girls in Leeds"), several cities on one line,
a contact block of name, age and numbers on one line, a network listing its own women (name, age,
number) on one line or in a table; mixed with real widgets quoting other advertisers (a carousel,
a table, lines under a heading) and the traps of the planted-network corpora: a site's footer
e-mail, a popular phrase (a hotel), numbers one digit apart, reposts with the number written
otherwise, an aggregator mirroring ads with its own call-tracking number. Synthetic: numbers 07700
900xxx and fictional German (+49 1512 555xxxx) and Dutch (+31 6 123xxxxx) mobiles, .example
sites. Deterministic: `python3 generate.py` rewrites the same files."""
import json
import random

rng = random.Random(20261205)

NAMES = ["Macy", "Holly", "Freya", "Anna", "Mia", "Lola", "Sofia", "Nina", "Eva", "Lara", "Kira",
         "Zoe", "Bella", "Clara", "Daria", "Elena", "Fiona", "Greta", "Hana", "Iris", "Jade", "Kate",
         "Luna", "Maya", "Nora", "Olga", "Paula", "Rita", "Sara", "Tina", "Vera", "Wanda", "Yana",
         "Alina", "Bianca", "Carmen", "Dana", "Emma", "Flora", "Gina", "Irina", "Julia", "Roxy",
         "Stella", "Amber", "Ruby", "Jasmine", "Lily", "Chloe", "Ivy"]
CITIES = {"GB": ["Birmingham", "Leeds", "London", "Manchester", "Bristol", "Glasgow", "Cardiff"],
          "DE": ["Berlin", "Hamburg", "Köln", "München", "Frankfurt"],
          "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag"]}
LANG = {"GB": "en", "DE": "de", "NL": "nl"}
SITES = {"GB": ["citynights.example", "velvetlist.example", "classifieds-eu.example"],
         "DE": ["nachtmarkt.example", "classifieds-eu.example"],
         "NL": ["rodelamp.example", "classifieds-eu.example"]}
FOOTER = ("Reply through the site only: moderators@classifieds-eu.example. Every ad is checked by "
          "our moderators before it goes online.")
HOTEL = "Close to the Grand Hotel Europa and the central station."
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


numbers_used = {"GB": 900100, "DE": 5550100, "NL": 12300100}


def new_number(region):
    # Neighbouring numbers for everyone: one digit apart from the next advertiser's.
    numbers_used[region] += 1
    n = numbers_used[region]
    if region == "GB":
        assert n < 900990
        return f"07700 {n}"
    if region == "DE":
        return f"+49 1512 {n:07d}"
    return f"+31 6 {n:08d}"


def phone_text(number):
    """The number as an ad writes it (reposts write it otherwise)."""
    if number.startswith("07700 "):
        d = number[6:]
        return rng.choice(["07700 {a}", "07700{a}", "+44 7700 {a}", "07700-{a}", "07700.{b}.{c}",
                           "+44 (0)7700 {a}"]).format(a=d, b=d[:3], c=d[3:])
    return number


ads = []
ad_counter = 30000


def make_ad(site, title, text, city, region):
    global ad_counter
    ad_counter += 1
    ad = {"id": f"o-{ad_counter}", "site": site, "url": f"https://{site}/ad/o-{ad_counter}",
          "posted_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": LANG[region], "region": region,
          "kind": "sex"}
    ads.append(ad)
    return ad


# Prose lines holding a related-listings phrase, said of the ad's own (agency's) women or city.
HEADING_LIKE = {
    "en": ["Other girls available on request", "More girls in our agency", "Popular in {c}",
           "Hot girls in {c}", "Top girls in {c}", "Recommended for you", "Also online now",
           "Other ladies too", "Girls near you", "Trending in {c}", "More escorts in {c}"],
    "de": ["Andere Damen auf Anfrage", "Weitere Damen in unserem Studio", "Beliebt in {c}",
           "Weitere Mädchen auf Wunsch"],
    "nl": ["Meer dames op aanvraag", "Populair in {c}", "Andere dames ook beschikbaar"],
}
TITLES = ["{n} new in {c} this week", "Sweet {n} visiting {c} now", "{n} real photos in {c}",
          "Elegant {n} {c} centre", "Hot girls in {c}", "Popular in {c}", "Top girls in {c}",
          "Gorgeous {n} just arrived {c}"]


def own_shape(adv, numbers, city, lang):
    """The ad's own contact part, in one of the shapes that look like a quoted listing."""
    p = [phone_text(n) for n in numbers]
    shape = adv["shape"]
    name, age = adv["name"], adv["age"]
    if shape == "price_table":
        rows = ["Incall | 30 min | 80", "Incall | 1 hour | 150", "Outcall | 1 hour | 200"]
        rows = rows[:rng.randint(2, 3)]
        rows.append(f"Phone | {p[0]} | calls 10-22")
        if len(p) > 1:
            rows.append(f"WhatsApp | {p[1]} | text only")
        else:
            rows.append(f"Bookings | {p[0]} | 24/7")
        return "\n".join(rows)
    if shape == "heading_prose":
        h = rng.choice(HEADING_LIKE[lang]).format(c=city)
        lines = [h, f"Call {p[0]}"]
        if len(p) > 1:
            lines.append(f"WhatsApp {p[1]}")
        return "\n".join(lines)
    if shape == "cities":
        others = rng.sample([c for c in CITIES[adv["region"]] if c != city], 2)
        seps = rng.choice([" · ", " | ", " • ", "  "])
        lines = [seps.join([city] + others)]
        if len(p) > 1:
            lines.append(f"{city} {p[0]}{seps}{others[0]} {p[1]}")
        else:
            lines.append(f"Call {p[0]}")
        return "\n".join(lines)
    if shape == "contact_block":
        sep = rng.choice([" · ", " | ", " • "])
        parts = [f"{name} {age}", p[0]] + ([f"WhatsApp {p[1]}"] if len(p) > 1 else ["24/7"])
        return sep.join(parts)
    # "plain": a contact line of its own
    line = rng.choice(["Call {p}", "Text me on {p}", "Phone: {p}", "Tel {p}"]).format(p=p[0])
    if len(p) > 1:
        line += f" or WhatsApp {p[1]}"
    return line


SHAPES = ["price_table", "heading_prose", "cities", "contact_block", "plain"]
advertisers = []
for i in range(100):
    region = rng.choice(["GB", "GB", "GB", "DE", "NL"])
    name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else " " + "BRMTS"[i % 5])
    adv = {"id": f"adv-{i:03d}", "name": name, "age": rng.randint(21, 39), "region": region,
           "city": rng.choice(CITIES[region]), "numbers": [new_number(region)], "ads": [],
           "shape": SHAPES[i % len(SHAPES)]}
    if rng.random() < 0.4:
        adv["numbers"].append(new_number(region))
    advertisers.append(adv)
    lang = LANG[region]
    for k in range(rng.choice([2, 2, 3, 3, 4, 5])):
        title = rng.choice(TITLES).format(n=name, c=adv["city"])
        # Texts spun ad by ad: the contacts join them, not the words.
        body = " ".join([f"Hello, I am {name}."] + [sentence() for _ in range(2)])
        text = body + "\n" + own_shape(adv, adv["numbers"], adv["city"], lang)
        # Some ads open with their title-like line as the text's first line.
        if rng.random() < 0.3:
            text = title + "\n" + text
        adv["ads"].append(make_ad(rng.choice(SITES[region]), title, text, adv["city"], region))

# Networks listing their own women on one line (name, age, number: a carousel's shape) or in a
# pipe table (a row per woman), spun text ad by ad; the women's numbers are the network's.
networks = []
for j in range(8):
    region = "GB" if j < 6 else "DE"
    girls = rng.sample(NAMES, 4)
    ages = [rng.randint(20, 30) for _ in girls]
    net = {"id": f"net-{j}", "numbers": [new_number(region) for _ in range(4)], "ads": []}
    city = rng.choice(CITIES[region])
    for k in range(rng.randint(4, 7)):
        order = list(range(4))
        rng.shuffle(order)
        shown = order[:rng.randint(2, 4)]
        if j % 2 == 0:
            sep = rng.choice([" · ", " | ", " • ", "  "])
            block = sep.join(f"{girls[g]} {ages[g]} {phone_text(net['numbers'][g])}" for g in shown)
        else:
            block = "\n".join(f"{girls[g]} | {ages[g]} | {city} | {phone_text(net['numbers'][g])}"
                              for g in shown)
        opener = rng.choice(["Agency girls in {c}, incalls and outcalls all night.",
                             "New ladies every week in {c}.", "Our studio in {c} is open."])
        text = opener.format(c=city) + " " + sentence() + "\n" + block
        net["ads"].append(make_ad(rng.choice(SITES[region]), f"{city} ladies {k + 1}", text, city,
                                  region))
    networks.append(net)

# Real widgets quoting other advertisers of the region (a carousel, a table, a heading).
REAL_HEADINGS = {"en": ["Similar ads", "You may also like", "Other girls in {c}"],
                 "de": ["Ähnliche Anzeigen", "Das könnte dir auch gefallen"],
                 "nl": ["Vergelijkbare advertenties", "Anderen bekeken ook"]}


def widget(own, region, city):
    pool = [a for a in advertisers if a["region"] == region and a is not own]
    items = rng.sample(pool, rng.randint(2, 4))
    r = rng.random()
    if r < 0.33:
        body = " · ".join(f"{a['name'].split()[0]} {a['age']} {phone_text(a['numbers'][0])}"
                          for a in items)
        return f"‹ {body} ›"
    if r < 0.66:
        return "\n".join(f"{a['name'].split()[0]} | {a['age']} | {a['city']} | "
                         f"{phone_text(a['numbers'][0])}" for a in items)
    heading = rng.choice(REAL_HEADINGS[LANG[region]]).format(c=city)
    return heading + "\n" + "\n".join(f"{a['name'].split()[0]}, {a['age']} - "
                                      f"{phone_text(a['numbers'][0])}" for a in items)


for adv in advertisers + networks:
    for ad in adv["ads"]:
        if rng.random() < 0.4:
            ad["text"] += "\n\n" + widget(adv, ad["region"], ad["location"])

# Traps: the site's footer e-mail, the hotel phrase on every sixth ad.
for n, ad in enumerate(ads):
    if ad["site"] == "classifieds-eu.example":
        ad["text"] += "\n" + FOOTER
    if n % 6 == 0:
        ad["text"] += " " + HOTEL

# The aggregator: mirrors of ads, the first paragraph copied, the number stripped, its own
# call-tracking number per country as the mirror's only contact.
tracking = {r: new_number(r) for r in CITIES}
for adv in advertisers:
    if rng.random() < 0.4:
        src = rng.choice(adv["ads"])
        first = src["text"].split("\n")[0]
        text = first + "\nCall via escortmirror: " + phone_text(tracking[adv["region"]])
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
