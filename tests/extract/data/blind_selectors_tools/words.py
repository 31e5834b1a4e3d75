"""Number words per language, written by hand for the blind set (0-99 everywhere, 0-999 where people
read phone numbers in hundreds)."""

DIGITS = {
    'en': 'zero one two three four five six seven eight nine'.split(),
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun'.split(),
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf'.split(),
    'nl': 'nul één twee drie vier vijf zes zeven acht negen'.split(),
    'ro': 'zero unu doi trei patru cinci șase șapte opt nouă'.split(),
    'bg': 'нула едно две три четири пет шест седем осем девет'.split(),
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(),
    'it': 'zero uno due tre quattro cinque sei sette otto nove'.split(),
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(),
    'ru': 'ноль один два три четыре пять шесть семь восемь девять'.split(),
    'uk': "нуль один два три чотири п'ять шість сім вісім дев'ять".split(),
}

def de(n):
    teens = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split()
    tens = [None, None, 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig']
    if n < 10: return DIGITS['de'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    if u == 0: return tens[t]
    unit = 'ein' if u == 1 else DIGITS['de'][u]
    return unit + 'und' + tens[t]

def fr(n, belgian=False):
    small = ('zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize '
             'dix-sept dix-huit dix-neuf').split()
    tens = {2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante'}
    if belgian: tens.update({7: 'septante', 9: 'nonante'})
    if n < 20: return small[n]
    t, u = divmod(n, 10)
    if t in tens:
        if u == 0: return tens[t]
        if u == 1: return tens[t] + ' et un'
        return tens[t] + '-' + small[u]
    if t == 7:  # soixante-dix ...
        if u == 1: return 'soixante et onze'
        return 'soixante-' + small[10 + u]
    if t == 8:
        return 'quatre-vingts' if u == 0 else 'quatre-vingt-' + small[u]
    # t == 9 (France)
    return 'quatre-vingt-' + small[10 + u]

def nl(n):
    teens = 'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split()
    tens = [None, None, 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']
    units = [None, 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
    if n < 10: return DIGITS['nl'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    if u == 0: return tens[t]
    joiner = 'ën' if u in (2, 3) else 'en'
    return units[u] + joiner + tens[t]

def ro(n):
    teens = ('zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece '
             'șaptesprezece optsprezece nouăsprezece').split()
    tens = [None, None, 'douăzeci', 'treizeci', 'patruzeci', 'cincizeci', 'șaizeci', 'șaptezeci', 'optzeci',
            'nouăzeci']
    if n < 10: return DIGITS['ro'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' și ' + DIGITS['ro'][u]

def bg(n):
    teens = ('десет единадесет дванадесет тринадесет четиринадесет петнадесет шестнадесет седемнадесет '
             'осемнадесет деветнадесет').split()
    tens = [None, None, 'двадесет', 'тридесет', 'четиридесет', 'петдесет', 'шестдесет', 'седемдесет',
            'осемдесет', 'деветдесет']
    if n < 10: return DIGITS['bg'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' и ' + DIGITS['bg'][u]

def es(n):
    small = ('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince '
             'dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro '
             'veinticinco veintiséis veintisiete veintiocho veintinueve').split()
    tens = [None, None, None, 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
    hundreds = [None, 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos',
                'setecientos', 'ochocientos', 'novecientos']
    if n >= 100:
        h, r = divmod(n, 100)
        if n == 100: return 'cien'
        return hundreds[h] + ('' if r == 0 else ' ' + es(r))
    if n < 30: return small[n]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' y ' + small[u]

def it(n):
    small = ('zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici '
             'quindici sedici diciassette diciotto diciannove').split()
    tens = [None, None, 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta']
    if n < 20: return small[n]
    t, u = divmod(n, 10)
    if u == 0: return tens[t]
    stem = tens[t][:-1] if u in (1, 8) else tens[t]
    return stem + ('tré' if u == 3 else small[u])

def pl(n):
    teens = ('dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście '
             'osiemnaście dziewiętnaście').split()
    tens = [None, None, 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt',
            'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt']
    hundreds = [None, 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset',
                'dziewięćset']
    if n >= 100:
        h, r = divmod(n, 100)
        return hundreds[h] + ('' if r == 0 else ' ' + pl(r))
    if n < 10: return DIGITS['pl'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' ' + DIGITS['pl'][u]

def ru(n):
    teens = ('десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать '
             'восемнадцать девятнадцать').split()
    tens = [None, None, 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят',
            'девяносто']
    hundreds = [None, 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот',
                'девятьсот']
    if n >= 100:
        h, r = divmod(n, 100)
        return hundreds[h] + ('' if r == 0 else ' ' + ru(r))
    if n < 10: return DIGITS['ru'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' ' + DIGITS['ru'][u]

def uk(n):
    teens = ("десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять "
             "вісімнадцять дев'ятнадцять").split()
    tens = [None, None, 'двадцять', 'тридцять', 'сорок', "п'ятдесят", 'шістдесят', 'сімдесят', 'вісімдесят',
            "дев'яносто"]
    hundreds = [None, 'сто', 'двісті', 'триста', 'чотириста', "п'ятсот", 'шістсот', 'сімсот', 'вісімсот',
                "дев'ятсот"]
    if n >= 100:
        h, r = divmod(n, 100)
        return hundreds[h] + ('' if r == 0 else ' ' + uk(r))
    if n < 10: return DIGITS['uk'][n]
    if n < 20: return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + ' ' + DIGITS['uk'][u]

def en(n):
    small = ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen '
             'sixteen seventeen eighteen nineteen').split()
    tens = [None, None, 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
    if n < 20: return small[n]
    t, u = divmod(n, 10)
    return tens[t] if u == 0 else tens[t] + '-' + small[u]

NUMBER = {'en': en, 'de': de, 'fr': fr, 'nl': nl, 'ro': ro, 'bg': bg, 'es': es, 'it': it, 'pl': pl, 'ru': ru,
          'uk': uk}

def group_words(lang, group, belgian=False):
    """Reads one written digit group the way people say it: leading zeros as digits, then the number."""
    out = []
    i = 0
    while i < len(group) - 1 and group[i] == '0':
        out.append(DIGITS[lang][0]); i += 1
    rest = group[i:]
    if rest:
        n = int(rest)
        if len(rest) == 1: out.append(DIGITS[lang][n])
        elif lang == 'fr' and len(rest) == 2: out.append(fr(n, belgian))
        elif len(rest) == 3 and lang not in ('es', 'pl', 'ru', 'uk'):
            out.append(DIGITS[lang][int(rest[0])])
            if rest[1] == '0': out.append(DIGITS[lang][0] + ' ' + DIGITS[lang][int(rest[2])])
            elif lang == 'fr': out.append(fr(int(rest[1:]), belgian))
            else: out.append(NUMBER[lang](int(rest[1:])))
        else: out.append(NUMBER[lang](n))
    return ' '.join(out)

if __name__ == '__main__':
    for lang in NUMBER:
        print(lang, [NUMBER[lang](n) for n in (0, 7, 11, 16, 21, 23, 34, 45, 56, 67, 71, 78, 81, 92, 99)])
    print([fr(n, True) for n in (70, 71, 78, 90, 91, 99, 80)])
    for lang, g in [('es', '612'), ('pl', '345'), ('ru', '916'), ('uk', '050'), ('ru', '100'), ('es', '105')]:
        print(lang, g, group_words(lang, g))
