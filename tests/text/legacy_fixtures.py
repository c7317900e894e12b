#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes fixtures/encodings/{tcvn3,vni,viscii}_passage.txt: a short passage in each legacy encoding
chidao reads with its own tables, encoded here independently of them, and checks each file by reading
it back: VISCII and TCVN3 with glibc's iconv (VISCII; TCVN5712-1, whose VN1 is TCVN3's VN3 on every
byte used here but the Windows-1252 quotes), VNI with the inverse of the encoder below.

    /usr/bin/python3 tests/text/legacy_fixtures.py fixtures/encodings           # write
    /usr/bin/python3 tests/text/legacy_fixtures.py --check fixtures/encodings   # ctest legacy_fixtures

--check writes nothing: each file must be what this script makes, and every span of its expected JSON
must hold, read back the same way (not by chidao), its node's text: a mention exactly, a point its
marker then its text, a statement its text first. Exit 77 (skipped) where iconv lacks VISCII or
TCVN5712-1.
"""
import json
import os
import subprocess
import sys
import unicodedata

# A minister's instructions, as a news report gives them. TCVN3 has no capital with a tone, so its
# passage has none; VISCII has no room for typographic quotes, so its passage has straight ones. The
# speaker's name ends in a letter VNI writes in two bytes ("Haø"): a span that ends on both.
PASSAGE_A = (
    "Phát biểu chỉ đạo tại hội nghị tổng kết công tác năm 2023 của ngành tài nguyên và môi trường, "
    "Phó Thủ tướng Trần Hồng Hà đề nghị toàn ngành tập trung vào các nhiệm vụ sau:\n"
    "\n"
    "Thứ nhất, hoàn thiện thể chế, chính sách về đất đai, bảo đảm Luật Đất đai sửa đổi đi vào cuộc "
    "sống đúng tiến độ.\n"
    "\n"
    "Thứ hai, đẩy mạnh chuyển đổi số, sớm hoàn thành cơ sở dữ liệu quốc gia về tài nguyên và môi trường.\n"
    "\n"
    "“Ngành phải đổi mới tư duy, hành động quyết liệt hơn nữa”, Phó Thủ tướng nhấn mạnh.\n"
)
PASSAGE_B = (
    "Chiều 15/3, tại buổi làm việc với Ủy ban nhân dân tỉnh Đồng Tháp, Phó Thủ tướng Trần Hồng Hà "
    "yêu cầu tỉnh tập trung vào hai việc:\n"
    "\n"
    "Thứ nhất, Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát quy hoạch vùng nguyên liệu lúa chất "
    "lượng cao.\n"
    "\n"
    "Thứ hai, đẩy mạnh liên kết giữa hợp tác xã với doanh nghiệp, bảo đảm đầu ra ổn định cho nông dân.\n"
    "\n"
    "“Ở đâu có nông dân, ở đó phải có hợp tác xã”, Phó Thủ tướng nói.\n"
)

TONES = "\u0301\u0300\u0309\u0303\u0323"  # acute, grave, hook above, tilde, dot below


def windows_1252_punctuation(ch):
    """The byte of a character Windows-1252 has at 0x80-0x9F (“ ” – …), or None."""
    try:
        b = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return b if 0x80 <= b[0] < 0xA0 else None


def iconv(data, source, target):
    return subprocess.run(["iconv", "-f", source, "-t", target], input=data, capture_output=True, check=True).stdout


def vni_letter(ch):
    """VNI-Windows bytes of one letter, from its decomposition: the base (ơ as ô, ư as ö, đ as ñ), then a
    byte for its circumflex or breve with its tone, or for its tone; i's tones and ỵ are single bytes.
    A capital's bytes above 0x7F are 0x20 lower."""
    capital = ch.isupper()
    nfd = unicodedata.normalize("NFD", ch.lower())
    tone = "".join(c for c in nfd if c in TONES)
    rest = "".join(c for c in nfd if c not in TONES)
    t = TONES.index(tone) + 1 if tone else 0
    if ch.lower() == "đ":
        out = [0xF1]
    elif rest == "i":
        out = [[0x69, 0xED, 0xEC, 0xE6, 0xF3, 0xF2][t]]
    elif rest == "y" and tone == "\u0323":
        out = [0xEE]
    elif rest in ("a\u0302", "e\u0302", "o\u0302"):
        out = [ord(rest[0]), [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4][t]]
    elif rest == "a\u0306":
        out = [ord("a"), [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB][t]]
    elif rest in ("o\u031b", "u\u031b", "a", "e", "o", "u", "y"):
        base = {"o\u031b": 0xF4, "u\u031b": 0xF6}.get(rest, ord(rest[0]))
        out = [base] + ([[0xF9, 0xF8, 0xFB, 0xF5, 0xEF][t - 1]] if t else [])
    else:
        raise ValueError(f"not a Vietnamese letter: {ch!r}")
    if capital:
        out = [b - 0x20 if b >= 0xC0 or 0x61 <= b <= 0x7A else b for b in out]
    return bytes(out)


def encode_with(text, letter):
    """`text` in a legacy encoding: ASCII as itself, quotes and dashes as in Windows-1252, and every
    other character through `letter`."""
    out = b""
    for ch in text:
        if ord(ch) < 0x80:
            out += ch.encode("ascii")
        elif windows_1252_punctuation(ch):
            out += windows_1252_punctuation(ch)
        else:
            out += letter(ch)
    return out


def encode_vni(text):
    return encode_with(text, vni_letter)


def decode_vni(data):
    """The inverse of encode_vni over every Vietnamese letter, a letter's two bytes before one."""
    letters = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in [""] + list(TONES)] + ["đ"]
    inverse = {}
    for letter in letters + [l.upper() for l in letters]:
        inverse.setdefault(vni_letter(letter), letter)
    out, i = "", 0
    while i < len(data):
        if data[i:i + 2] in inverse and len(data[i:i + 2]) == 2:
            out, i = out + inverse[data[i:i + 2]], i + 2
        elif data[i:i + 1] in inverse:
            out, i = out + inverse[data[i:i + 1]], i + 1
        elif data[i] < 0x80:
            out, i = out + chr(data[i]), i + 1
        else:
            out, i = out + data[i:i + 1].decode("cp1252"), i + 1
    return out


def tcvn3_letter(ch):
    if ch.isupper() and any(c in TONES for c in unicodedata.normalize("NFD", ch)):
        raise ValueError(f"TCVN3 has no {ch!r}")
    b = iconv(ch.encode("utf-8"), "UTF-8", "TCVN5712-1")
    if len(b) != 1 or b[0] < 0xA0:  # VN3 is VN1's 0xA0-0xFF, less capitals with tones
        raise ValueError(f"TCVN3 has no {ch!r}")
    return b


def encode_tcvn3(text):
    return encode_with(text, tcvn3_letter)


def read_back(encoding, data):
    """`data` decoded without chidao: iconv for VISCII and TCVN3 (its quotes as Windows-1252), the
    encoder's inverse for VNI."""
    if encoding == "viscii":
        return iconv(data, "VISCII", "UTF-8").decode("utf-8")
    if encoding == "tcvn3":
        return "".join(bytes([b]).decode("cp1252") if b in (0x93, 0x94) else iconv(bytes([b]), "TCVN5712-1", "UTF-8").decode("utf-8")
                       for b in data)
    return decode_vni(data)


def check_spans(path, encoding, data):
    """Every span of the expected JSON at `path`, read back from `data`, against its node's text."""
    doc = json.load(open(path, encoding="utf-8"))
    problems, count = [], 0

    def at(span):
        return read_back(encoding, data[span[0]:span[1]])

    def nodes(list_, where):
        nonlocal count
        for i, n in enumerate(list_):
            here = f"{where}/{i}"
            if n["kind"] == "statement":
                count += 1
                if not at(n["span"]).startswith(n["text"]):
                    problems.append(f"{here}: {at(n['span'])!r} does not start with {n['text']!r}")
                nodes(n["children"], here + "/children")
            elif n["kind"] == "list":
                for k, item in enumerate(n["items"]):
                    count += 1
                    text = at(item["span"])
                    if not (text.startswith(item["marker"]) and text.endswith(item["text"])):
                        problems.append(f"{here}/items/{k}: {text!r} is not {item['marker']!r} … {item['text']!r}")
                    nodes(item["children"], f"{here}/items/{k}/children")
    nodes(doc["nodes"], "/nodes")
    for speaker in doc["speakers"]:
        for m in speaker["mentions"]:
            count += 1
            if at(m["span"]) != m["text"]:
                problems.append(f"mention {m['span']}: {at(m['span'])!r} is not {m['text']!r}")
    return count, problems


def main(directory, check=False):
    failures = []
    files = {
        "tcvn3_passage": ("tcvn3", PASSAGE_A, encode_tcvn3(PASSAGE_A)),
        "vni_passage": ("vni", PASSAGE_B, encode_vni(PASSAGE_B)),
        "viscii_passage": ("viscii", PASSAGE_B.replace("“", '"').replace("”", '"'),
                           iconv(PASSAGE_B.replace("“", '"').replace("”", '"').encode("utf-8"), "UTF-8", "VISCII")),
    }
    for name, (encoding, text, data) in files.items():
        if encoding == "viscii":
            back = iconv(data, "VISCII", "UTF-8").decode("utf-8")
        elif encoding == "tcvn3":
            # iconv reads 0x93 and 0x94 as VN1's capitals: the quotes are compared apart.
            quotes = bytes(b for b in data if b in (0x93, 0x94))
            back = iconv(bytes(b for b in data if b not in (0x93, 0x94)), "TCVN5712-1", "UTF-8").decode("utf-8")
            assert quotes == "“”".encode("cp1252"), quotes
            text = text.replace("“", "").replace("”", "")
        else:
            back = decode_vni(data)
        assert back == text, (name, back)
        base = os.path.join(directory, name)
        if check:
            with open(base + ".txt", "rb") as f:
                if f.read() != data:
                    failures.append(f"{name}.txt is not what this script makes")
            count, problems = check_spans(base + ".json", encoding, data)
            failures.extend(f"{name}.json {p}" for p in problems)
            print(f"{name}: {count} spans read back with their texts" + ("" if not problems else f", {len(problems)} not"))
            continue
        with open(base + ".txt", "wb") as f:
            f.write(data)
        with open(base + ".options", "w", encoding="ascii") as f:
            f.write(f"encoding {encoding}\n")
        print(f"{name}.txt: {len(data)} bytes of {encoding}, {len(text)} characters; read back the same")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    check = sys.argv[1] == "--check"
    if check and any(subprocess.run(["iconv", "-f", c, "-t", "UTF-8"], input=b"a", capture_output=True).returncode != 0
                     for c in ("VISCII", "TCVN5712-1")):
        print("SKIP: this machine's iconv lacks VISCII or TCVN5712-1")
        sys.exit(77)
    sys.exit(main(sys.argv[-1], check))
