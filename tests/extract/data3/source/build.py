# Renders the hand-written ad files (src/*.txt) into JSONL and checks labels:
# placeholders only spell characters that are awkward to type; every text is hand-written.
import json, os, re, sys, subprocess, glob, collections
MATH = {'B':0x1D7CE,'DS':0x1D7D8,'SS':0x1D7E2,'SSB':0x1D7EC,'MONO':0x1D7F6}
def render_digits(kind, s):
    out=[]
    for ch in s:
        if not ch.isdigit(): out.append(ch); continue
        d=int(ch)
        if kind in MATH: out.append(chr(MATH[kind]+d))
        elif kind=='FW': out.append(chr(0xFF10+d))
        elif kind=='CIR': out.append('\u24EA' if d==0 else chr(0x2460+d-1))
        elif kind=='NEG': out.append('\u24FF' if d==0 else chr(0x2776+d-1))
        elif kind=='K': out.append(ch+'\uFE0F\u20E3')
        elif kind=='KB': out.append(ch+'\u20E3')
        elif kind=='SUP': out.append('⁰¹²³⁴⁵⁶⁷⁸⁹'[d])
        else: raise SystemExit('bad kind '+kind)
    return ''.join(out)
SIMPLE={'{ZW}':'\u200B','{ZWNJ}':'\u200C','{ZWJ}':'\u200D','{WJ}':'\u2060','{BOM}':'\uFEFF','{SHY}':'\u00AD','{NBSP}':'\u00A0','{NNBSP}':'\u202F','{THSP}':'\u2009',
  '{O_cy}':'\u041E','{o_cy}':'\u043E','{3_cy}':'\u0417','{4_cy}':'\u0427','{6_cy}':'\u0431','{8_cy}':'\u0412','{O_gr}':'\u039F','{o_gr}':'\u03BF','{I_gr}':'\u0399','{8_gr}':'\u0392','{Z_gr}':'\u0396'}
def render(t):
    t=re.sub(r'\{(B|DS|SS|SSB|MONO|FW|CIR|NEG|K|KB|SUP):([^}]*)\}', lambda m: render_digits(m.group(1), m.group(2)), t)
    for k,v in SIMPLE.items(): t=t.replace(k,v)
    if '{' in t and re.search(r'\{[A-Za-z0-9_]+\}', t): raise SystemExit('unrendered placeholder: '+t)
    return t
def iban_ok(s):
    s=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in s))%97==1
recs=[]
for fn in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.txt'))):
    blocks=open(fn,encoding='utf-8').read().split('\n@ ')
    for b in blocks:
        b=b.strip()
        if not b: continue
        if b.startswith('@ '): b=b[2:]
        lines=b.split('\n')
        head=lines[0].split()
        region,lang,fams=head[0],head[1],head[2].split(',')
        eq=[i for i,l in enumerate(lines) if l.startswith('=')]
        assert len(eq)==1, (fn, b[:80])
        text='\n'.join(lines[1:eq[0]])
        exp=[]
        for part in lines[eq[0]][1:].split('|'):
            part=part.strip()
            if not part: continue
            typ,val=part.split(':',1)
            exp.append({'type':typ,'value':val})
        recs.append(dict(region=region,lang=lang,families=fams,text=render(text),expected=exp,src=fn))
# checks
phones=[e['value'] for r in recs for e in r['expected'] if e['type']=='phone']
out=subprocess.run([os.environ.get('CHECK_PHONES', './check_phones')],input=''.join('ZZ %s\n'%p for p in phones),capture_output=True,text=True).stdout.splitlines()
bad=0
for line in out:
    st,e164=line.split('\t')[:2]
    val=line.split()[-1]
    drama=re.fullmatch(r'\+447700900\d{3}', val)
    if (st!='VALID' and not drama) or e164!=val: print('PHONE BAD', line); bad+=1
for r in recs:
    for e in r['expected']:
        t,v=e['type'],e['value']
        if t=='iban' and not (iban_ok(v) and v==v.upper() and ' ' not in v): print('IBAN BAD',v); bad+=1
        if t=='email' and (v!=v.lower() or '@' not in v): print('EMAIL BAD',v); bad+=1
        if t=='handle':
            p,n=v.split(':',1)
            if p not in 'telegram instagram snapchat onlyfans tiktok facebook x signal viber wechat line kik'.split() or n!=n.lower(): print('HANDLE BAD',v); bad+=1
        if t not in ('phone','email','handle','iban','crypto','ip'): print('TYPE BAD',t); bad+=1
    if len({(e['type'],e['value']) for e in r['expected']})!=len(r['expected']): print('DUP',r['text'][:60]); bad+=1
    if r['lang'] not in 'en de fr nl ro bg es it pl ru uk'.split(): print('LANG BAD',r['lang'],r['text'][:50]); bad+=1
print(len(recs),'records', bad,'problems', file=sys.stderr)
print(collections.Counter(r['lang'] for r in recs), file=sys.stderr)
print(collections.Counter(r['region'] for r in recs), file=sys.stderr)
print(collections.Counter(e['type'] for r in recs for e in r['expected']), file=sys.stderr)
print(collections.Counter(f for r in recs for f in r['families']), file=sys.stderr)
if len(sys.argv)>1:
    with open(sys.argv[1],'w',encoding='utf-8') as f:
        for i,r in enumerate(recs):
            f.write(json.dumps({'id':'b3-%04d'%i,'region':r['region'],'lang':r['lang'],'families':r['families'],'text':r['text'],'expected':r['expected']},ensure_ascii=False)+'\n')
# label sanity: the national number's digits must show in the folded text unless spelled or look-alike
import unicodedata
for r in recs:
    fams=set(r['families'])
    if fams & {'spelled','mixed','homo-latin','homo-cyr','homo-greek','compound','double','triple','keycap','circled'}: continue
    t=unicodedata.normalize('NFKC', r['text'])
    digits=re.sub(r'\D','',t)
    for e in r['expected']:
        if e['type']!='phone': continue
        v=e['value']
        if not any(v[1+k:] in digits for k in (1,2,3)): print('CHECK', v, r['text'][:100])
