#!/usr/bin/env python3
"""Writes the network-lines corpus (ads.jsonl, truth.json): networks whose lines look like an
aggregator's or a service's to the generic-value rules (issue 5 item 7, link29), beside a real
aggregator that must stay generic. Families:

- booking networks: each woman her own number, the network's booking line beside it on some of her
  ads, and the network's reposts of her ads on another site with the booking line alone;
- reposting networks: the booking line only on the reposts (never beside a woman's number);
- rotating networks: a new number every ad or two, one templated text with slots;
- two-leg networks: two cities, each leg its women and numbers, one Telegram handle or e-mail on
  a few ads of each leg;
- independents, one to four ads each, their own words and numbers;
- an aggregator mirroring one ad of many advertisers (networks' too): the first paragraph copied,
  the number masked or stripped, its own call-tracking number the mirror's only contact.

The truth puts every repost and mirror with the advertiser whose ad it copies. Synthetic: numbers
07700 900xxx only, .example sites and addresses. Deterministic: `python3 generate.py` rewrites the
same files."""
import json
import random

rng = random.Random(20261205)

NAMES = ["Macy", "Holly", "Freya", "Anna", "Mia", "Lola", "Sofia", "Nina", "Eva", "Lara", "Kira",
         "Zoe", "Bella", "Clara", "Daria", "Elena", "Fiona", "Greta", "Hana", "Iris", "Jade", "Kate",
         "Luna", "Maya", "Nora", "Olga", "Paula", "Rita", "Sara", "Tina", "Vera", "Wanda", "Yana",
         "Alina", "Bianca", "Carmen", "Dana", "Emma", "Flora", "Gina", "Irina", "Julia", "Roxy",
         "Stella", "Amber", "Ruby", "Jasmine", "Lily", "Chloe", "Ivy"]
CITIES = ["Birmingham", "Leeds", "London", "Manchester", "Bristol", "Glasgow", "Cardiff",
          "Liverpool", "Sheffield", "Newcastle"]
WORDS = ("friendly discreet relaxed genuine polite curvy brunette blonde tall sporty petite smiling "
         "elegant warm calm cheerful sweet natural slim playful caring quiet tender lively soft "
         "gentle classy witty shy bold").split()
THINGS = ("flat station parking towels shower wine jazz galleries dinner hotel lingerie heels "
          "massage music tea garden balcony sofa candles books coffee cinema river park beach "
          "weekend evening morning afternoon lunch dessert").split()
SITES = ["citynights.example", "velvetlist.example", "rosepages.example", "moonboard.example"]
REPOST_SITES = ["adsdaily.example", "localgirls.example"]
TITLE_FORMS = ["{n} new in {c} this week", "Sweet {n} visiting {c} now", "{n} real photos in {c}",
               "Elegant {n} {c} centre", "Gorgeous {n} just arrived {c}", "Beautiful {n} back in {c}",
               "Young {n} available {c} today", "Stunning {n} outcalls across {c}"]
CONTACT_FORMS = ["Call {p}", "Text me on {p}", "Phone: {p}", "Tel {p}", "WhatsApp {p}", "Ring {p}"]


def sentence():
    w = rng.sample(WORDS, 3)
    t = rng.sample(THINGS, 3)
    forms = ["I am {0} and {1}, I love {3} and {4}.", "Come for {3}, stay for {5}, always {0}.",
             "A {0} {1} lady with a {2} smile and {4}.", "Ask about {3} and {5}, I am {2} and {0}.",
             "My {3} is {0}, my {4} is {1}, my {5} is {2}.",
             "Enjoy {3} with me, then {4} and {5} in my {1} place."]
    return rng.choice(forms).format(*w, *t)


next_number = [900100]


def new_number():
    next_number[0] += 1
    assert next_number[0] < 901000
    return f"07700 {next_number[0]}"


def phone_text(number):
    digits = number[6:]
    return rng.choice(["07700 {a}", "07700{a}", "+44 7700 {a}", "07700-{a}",
                       "07700 {b} {c}", "+447700{a}"]).format(a=digits, b=digits[:3], c=digits[3:])


ads = []
ad_counter = [30000]


def make_ad(site, title, text, city):
    ad_counter[0] += 1
    i = ad_counter[0]
    ad = {"id": f"n-{i}", "site": site, "url": f"https://{site}/ad/n-{i}",
          "posted_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
          "title": title, "text": text, "location": city, "lang": "en", "region": "GB",
          "kind": "sex"}
    ads.append(ad)
    return ad


advertisers = []  # {"id", "ads": [...]} and, for the aggregator, "mirrorable": ads it may copy
name_pool = iter(rng.sample(NAMES, len(NAMES)) * 4)


def woman_text(name, city, template):
    """A woman's ad: the network's template sentences (if any) around her own description."""
    own = [f"Hello, I am {name}, {rng.randint(20, 32)}."] + [sentence() for _ in range(2)]
    return " ".join(own[:1] + template[:1] + own[1:] + template[1:])


# Independents.
for i in range(70):
    name = next(name_pool)
    city = rng.choice(CITIES)
    numbers = [new_number()] + ([new_number()] if rng.random() < 0.2 else [])
    adv = {"id": f"ind-{i:03d}", "ads": []}
    sentences = [sentence() for _ in range(4)]
    for k in range(rng.choice([1, 1, 2, 2, 3, 4])):
        body = " ".join([f"Hello, I am {name}."] + rng.sample(sentences, 3))
        contact = rng.choice(CONTACT_FORMS).format(p=phone_text(rng.choice(numbers)))
        adv["ads"].append(make_ad(rng.choice(SITES), rng.choice(TITLE_FORMS).format(n=name, c=city),
                                  body + "\n" + contact, city))
    adv["mirrorable"] = list(adv["ads"])
    advertisers.append(adv)


AGENCY_FORMS = [
    "New girls every week at our {0} apartment in {c}, incall and outcall.",
    "Our drivers cover all of {c} day and night, bookings taken until {1}.",
    "The {0} agency of {c}: real photos, {2} ladies, no rush, no hidden extras.",
    "Visit our {0} rooms near the {3} or invite us to your {4}, we arrive within the hour.",
    "Every lady of our {2} team speaks English and loves {3} and {4}.",
    "Book early for the {1}: our {0} girls in {c} are popular with gentlemen.",
]


def network_template(city):
    """A network's own two sentences, drawn once and written on every ad of its women."""
    forms = rng.sample(AGENCY_FORMS, 2)
    words = [rng.choice(WORDS), rng.choice(["late", "dawn", "midnight", "weekend", "evening"]),
             rng.choice(WORDS), rng.choice(THINGS), rng.choice(THINGS)]
    return [f.format(*words, c=city) for f in forms]


# Booking networks (booking line beside the women's numbers) and reposting networks (the booking
# line on the reposts only).
for j in range(6):
    beside = j < 3
    city = rng.choice(CITIES)
    template = network_template(city)
    booking = new_number()
    net = {"id": f"{'book' if beside else 'repost'}-{j}", "ads": [], "mirrorable": []}
    for g in range(rng.randint(4, 6)):
        name = next(name_pool)
        number = new_number()
        text = woman_text(name, city, template)
        title = rng.choice(TITLE_FORMS).format(n=name, c=city)
        for k in range(rng.randint(2, 4)):
            contact = rng.choice(CONTACT_FORMS).format(p=phone_text(number))
            if beside and rng.random() < 0.6:
                contact += f" or book through our office {phone_text(booking)}"
            ad = make_ad(rng.choice(SITES), title, text + "\n" + contact, city)
            net["ads"].append(ad)
            net["mirrorable"].append(ad)
        # The network's reposts of her ad elsewhere: the booking line alone.
        for k in range(rng.randint(1, 2)):
            net["ads"].append(make_ad(rng.choice(REPOST_SITES), title,
                                      text + "\nBookings: " + phone_text(booking), city))
    advertisers.append(net)

# Rotating networks: a new number every ad or two, one template with slots.
for j in range(3):
    city = rng.choice(CITIES)
    extra = [sentence() for _ in range(3)]
    net = {"id": f"rotate-{j}", "ads": [], "mirrorable": []}
    number = new_number()
    for k in range(rng.randint(10, 16)):
        if rng.random() < 0.6:
            number = new_number()
        name = next(name_pool)
        text = (f"Hot new girl {name} {rng.randint(19, 29)} just arrived in {city}. "
                + " ".join(extra) + f" Only {rng.choice([80, 100, 120, 150])} for the hour, "
                f"call now and ask for {name}.\n" + rng.choice(CONTACT_FORMS).format(p=phone_text(number)))
        ad = make_ad(rng.choice(SITES), f"{name} new in {city}", text, city)
        net["ads"].append(ad)
        net["mirrorable"].append(ad)
    advertisers.append(net)

# Two-leg networks: two cities, each leg its own line on all its ads and its own template (the
# second leg's words its own), its women named in turn; one handle or address on two ads of each leg.
for j in range(4):
    shared = f"Telegram @velvet_agency_{j}" if j % 2 == 0 else f"Email bookings{j}@velvet-agency.example"
    net = {"id": f"legs-{j}", "ads": [], "mirrorable": []}
    for leg in range(2):
        city = rng.choice(CITIES)
        template = network_template(city) if leg == 0 else [sentence(), sentence()]
        line = new_number()
        for k in range(rng.randint(4, 7)):
            name = next(name_pool)
            contact = rng.choice(CONTACT_FORMS).format(p=phone_text(line))
            if k < 2:
                contact += f"\n{shared}"
            ad = make_ad(rng.choice(SITES), rng.choice(TITLE_FORMS).format(n=name, c=city),
                         woman_text(name, city, template) + "\n" + contact, city)
            net["ads"].append(ad)
            net["mirrorable"].append(ad)
    advertisers.append(net)

# The aggregator: mirrors one ad of 45% of the advertisers, its own number the only contact.
tracking = new_number()
for adv in advertisers:
    if rng.random() < 0.45:
        src = rng.choice(adv["mirrorable"])
        own = src["text"].split("\n")[0]
        masked = "07700 9•••••"
        contact = rng.choice([f"Original number hidden ({masked}). ", ""])
        adv["ads"].append(make_ad("mirrorhub.example", src["title"],
                                  own + "\n" + contact + "Call via mirrorhub: " + phone_text(tracking),
                                  src["location"]))

truth = {"advertisers": [{"id": a["id"], "ads": [f"{ad['site']}:{ad['id']}" for ad in a["ads"]]}
                         for a in advertisers]}
rng.shuffle(ads)
with open("ads.jsonl", "w", encoding="utf-8") as f:
    for ad in ads:
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
with open("truth.json", "w", encoding="utf-8") as f:
    json.dump(truth, f, indent=1, ensure_ascii=False)
print(len(ads), "ads,", len(truth["advertisers"]), "advertisers")
