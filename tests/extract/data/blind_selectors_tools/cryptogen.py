"""Own small implementations: Keccak-256 (to check EIP-55 vectors), base58check, bech32 (BIP-173)."""
import hashlib

# ---- Keccak-256 (original padding 0x01, as Ethereum uses) ----
RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
      0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
      0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
      0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
      0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
M = (1 << 64) - 1
def rol(v, n): return ((v << n) | (v >> (64 - n))) & M if n else v
def f1600(A):
    for rc in RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = rol(A[x][y], ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A
def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b'\x01'
    while len(msg) % rate: msg += b'\x00'
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        A = f1600(A)
    out = b''
    for i in range(4):
        x, y = i % 5, i // 5
        out += A[x][y].to_bytes(8, 'little')
    return out

def eip55(addr_hex: str) -> str:
    a = addr_hex.lower().replace('0x', '')
    h = keccak256(a.encode()).hex()
    return '0x' + ''.join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(a))

# ---- base58check ----
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check(payload: bytes) -> str:
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, 'big'); s = ''
    while n: n, r = divmod(n, 58); s = B58[r] + s
    return '1' * (len(full) - len(full.lstrip(b'\x00'))) + s
def b58check_ok(s: str) -> bool:
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]

# ---- bech32 (BIP-173) ----
CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def polymod(vals):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in vals:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5): chk ^= g[i] if (b >> i) & 1 else 0
    return chk
def hrp_expand(h): return [ord(c) >> 5 for c in h] + [0] + [ord(c) & 31 for c in h]
def convertbits(data, frm, to):
    acc = bits = 0; out = []
    for v in data:
        acc = (acc << frm) | v; bits += frm
        while bits >= to: bits -= to; out.append((acc >> bits) & ((1 << to) - 1))
    if bits: out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out
def bech32_segwit(hrp, witver, prog: bytes) -> str:
    data = [witver] + convertbits(prog, 8, 5)
    pm = polymod(hrp_expand(hrp) + data + [0] * 6) ^ 1
    return hrp + '1' + ''.join(CS[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])
def bech32_ok(s):
    s = s.lower(); hrp, data = s[:s.rfind('1')], s[s.rfind('1') + 1:]
    return polymod(hrp_expand(hrp) + [CS.index(c) for c in data]) == 1

if __name__ == '__main__':
    assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
    for v in ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
              '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']:
        print(v, eip55(v) == v)
    # BIP-173 vector
    print(bech32_segwit('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')),
          bech32_ok('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4'))
    print(b58check(bytes.fromhex('00' + '62e907b15cbf27d5425399ebf6f0fb50ebb88f18')))  # genesis pubkey hash
