# SPDX-License-Identifier: MIT
"""The HTML page (issue 14) as a browser builds it. For each case, chidao writes the page and the JSON;
headless Chromium loads the page and dumps its DOM; every highlighted element in the text must carry
the span of a node of the JSON (data-begin, data-end), hold exactly the input's text at those bytes,
and the JSON's statements, speaker mentions, markers and noise must all be highlighted. The text as
a whole must be the input's, links must lead somewhere, and the speaker filter must hide what it
should. Screenshots (a wide window and a phone's) are kept in OUTPUT_DIR.

    html_test.py CHIDAO FIXTURES_DIR OUTPUT_DIR

Exit 0 on success, 1 on a failure, 77 (skipped) when Chromium is not installed.
"""
import collections
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

chidao, fixtures, output = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])

# (fixture, chidao options, the input's encoding as Python names it)
CASES = [
    ("articles/inline_thu_nhat_and_closing_quote.txt", [], "utf-8"),
    ("articles/mot_la_then_thu_nhat_lists.txt", [], "utf-8"),
    ("articles/two_spoken_lists_with_repeated_headlines.txt", [], "utf-8"),
    ("markers/semicolon_after_colon.txt", [], "utf-8"),  # points without markers
    ("markers/quoted_speech_family_change_and_closers.txt", [], "utf-8"),
    ("encodings/crlf_line_ends.txt", [], "utf-8"),
    ("encodings/decomposed_tones_windows_1258_style.txt", [], "utf-8"),  # markers in combining tones
    ("encodings/utf16le_bom.txt", [], "utf-16-le"),
    ("encodings/windows_1258.txt", ["--encoding", "windows-1258"], "cp1258"),
    ("encodings/invalid_utf8_lenient.txt", ["--lenient"], "utf-8"),
]
SCREENSHOT = "articles/inline_thu_nhat_and_closing_quote.txt"
KINDS = {"st": "statement", "nz": "noise", "me": "mention", "mk": "marker", "pt": "point"}

failures = []


def fail(case, message):
    failures.append(f"{case}: {message}")


def find_chromium():
    for name in (os.environ.get("CHIDAO_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


browser = find_chromium()
if browser is None:
    print("SKIP: Chromium is not installed (scripts/setup installs it: apt-get install chromium)")
    sys.exit(77)

work = tempfile.mkdtemp(prefix="chidao-html-")
os.makedirs(output, exist_ok=True)


def chromium(*arguments):
    """Runs headless Chromium with a profile of its own; its stdout."""
    command = [browser, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
               "--disable-extensions", "--user-data-dir=" + os.path.join(work, "profile")]
    if os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    result = subprocess.run(command + list(arguments), capture_output=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"chromium {' '.join(arguments)}: exit {result.returncode}: {result.stderr.decode()[-2000:]}")
    return result.stdout.decode("utf-8")


def run_chidao(*arguments):
    result = subprocess.run([chidao, "-q", *arguments], capture_output=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"chidao {' '.join(arguments)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout


class dom_reader(html.parser.HTMLParser):
    """The DOM as Chromium serialized it: the text of the article, each highlighted element with its
    attributes and text, every id, link and data-to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # open elements: (tag, attributes, index into self.marks or None)
        self.in_text = 0  # depth inside article#text, 0 outside
        self.text = []
        self.marks = []  # {"attrs":…, "text": […]}
        self.ids = set()
        self.links = []
        self.data_to = []
        self.foreign = []  # elements inside the text that chidao does not write
        self.filtered = []  # (data-speaker, classes) of every element the filter acts on
        self.scripts = 0

    def handle_starttag(self, tag, attributes):
        attrs = dict(attributes)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])
        if "data-to" in attrs:
            self.data_to.append(attrs["data-to"])
        if "data-speaker" in attrs:
            self.filtered.append((attrs["data-speaker"], attrs.get("class", "").split()))
        if tag == "script":
            self.scripts += 1
        index = None
        if self.in_text:
            self.in_text += 1
            if tag == "span" and "data-key" in attrs:
                index = len(self.marks)
                self.marks.append({"attrs": attrs, "text": []})
            else:
                self.foreign.append(tag)
        elif tag == "article" and attrs.get("id") == "text":
            self.in_text = 1
        self.stack.append((tag, index))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if self.in_text:
                self.in_text -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.in_text:
            return
        self.text.append(data)
        for _, index in self.stack:
            if index is not None:
                self.marks[index]["text"].append(data)


def as_dom_text(text):
    """What an HTML parser makes of text: line ends as LF, NUL as U+FFFD."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


class source:
    """The input's bytes, and the text of any span of them."""

    def __init__(self, data, encoding):
        self.data, self.encoding = data, encoding

    def text(self, begin, end):
        raw = self.data[begin:end]
        if begin == 0:  # a byte order mark is not text
            for bom in (b"\xef\xbb\xbf", b"\xff\xfe"):
                if raw.startswith(bom):
                    raw = raw[len(bom):]
        return as_dom_text(raw.decode(self.encoding, "replace"))


def expected_marks(doc):
    """(kind, begin, end, filter value) of everything the page must highlight, from the JSON; markers
    with end None (their end in bytes depends on how the input writes them) and their text."""
    marks, markers = collections.Counter(), []

    def nodes(items):
        for n in items:
            if n["kind"] == "statement":
                marks[("statement", *n["span"], n["speaker"] or "none")] += 1
                nodes(n["children"])
            elif n["kind"] == "noise":
                marks[("noise", *n["span"], "")] += 1
            else:
                for point in n["items"]:
                    if point["marker"]:
                        markers.append((point["span"][0], unicodedata.normalize("NFC", point["marker"]), n["speaker"] or "none"))
                    else:
                        marks[("point", *point["span"], n["speaker"] or "none")] += 1
                    nodes(point["children"])

    nodes(doc["nodes"])
    for sp in doc["speakers"]:
        for m in sp["mentions"]:
            marks[("mention", *m["span"], sp["id"])] += 1
    for m in doc["unresolved"]:
        marks[("mention", *m["span"], "none")] += 1
    return collections.Counter({k: v for k, v in marks.items() if k[1] < k[2]}), sorted(markers)


def check_page(case, dom, doc, input_text):
    text_of = input_text.text
    reader = dom_reader()
    reader.feed(dom)
    if "".join(reader.text) != text_of(0, len(input_text.data)):
        fail(case, "the article's text is not the input's")
    if reader.foreign:
        fail(case, f"elements chidao does not write inside the text: {sorted(set(reader.foreign))}")
    if reader.scripts != 1:
        fail(case, f"{reader.scripts} script elements, not chidao's one")
    # A mark may be cut in parts where spans cross; its parts share its key and span.
    parts = collections.defaultdict(list)
    for m in reader.marks:
        parts[m["attrs"]["data-key"]].append(m)
    found, markers = collections.Counter(), []
    for key, pieces in parts.items():
        attrs = pieces[0]["attrs"]
        if any(p["attrs"].get(a) != attrs.get(a) for p in pieces for a in ("data-begin", "data-end", "class", "data-speaker")):
            fail(case, f"the parts of {key} differ")
        if sum(p["attrs"].get("id") == "t-" + key for p in pieces) != 1:
            fail(case, f"{key} has not exactly one part with its id")
        begin, end = int(attrs["data-begin"]), int(attrs["data-end"])
        kind = KINDS.get(attrs.get("class", "").split()[0], "?")
        text = "".join("".join(p["text"]) for p in pieces)
        if text != text_of(begin, end):
            fail(case, f"{kind} {key} [{begin}, {end}) reads {text!r}, the input there {text_of(begin, end)!r}")
        if kind == "marker":
            markers.append((begin, unicodedata.normalize("NFC", text), attrs.get("data-speaker")))
        else:
            found[(kind, begin, end, attrs.get("data-speaker", ""))] += 1
    marks, wanted_markers = expected_marks(doc)
    if found != marks:
        fail(case, f"highlighted but not in the JSON: {sorted((found - marks).elements())}; "
                   f"in the JSON but not highlighted: {sorted((marks - found).elements())}")
    if sorted(markers) != wanted_markers:
        fail(case, f"markers differ: page {sorted(markers)}, JSON {wanted_markers}")
    for target in reader.links + reader.data_to:
        if target not in reader.ids:
            fail(case, f"a link to #{target}, which is not on the page")
    return reader


def check_case(path, options, encoding):
    case = path
    full = os.path.join(fixtures, path) if not os.path.isabs(path) else path
    with open(full, "rb") as f:
        data = f.read()
    doc = json.loads(run_chidao("-f", "json", *options, full))
    page = os.path.join(output, path.replace("/", "-").replace(".txt", ".html"))
    with open(page, "wb") as f:
        f.write(run_chidao("-f", "html", *options, full))
    dom = chromium("--dump-dom", "file://" + page)
    reader = check_page(case, dom, doc, source(data, encoding))
    return doc, page, reader


try:
    pages = {}
    for path, options, encoding in CASES:
        doc, page, reader = check_case(path, options, encoding)
        pages[path] = (doc, page, reader)
        if not reader.marks:
            fail(path, "nothing highlighted")

    # Scraped text is text, never markup: tags, entities and quotes in the input come out as written.
    hostile = os.path.join(work, "markup_in_text.txt")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write("Bộ trưởng Nguyễn Văn An đề nghị:\n"
                "Thứ nhất, <script>document.title = 'x'</script> &amp; \"trích dẫn\" </span></article>.\n"
                "Thứ hai, <b>đậm</b> <a href=\"http://example.com\">liên kết</a> 'nháy đơn' \0 hết.\n")
    check_case(hostile, [], "utf-8")

    # The filter: ?speakers=S1 leaves S1's highlights and entries, and turns off everyone else's.
    doc, page, reader = pages["articles/mot_la_then_thu_nhat_lists.txt"]
    if len(doc["speakers"]) < 2:
        fail("filter", "the filter's fixture has fewer than two speakers")
    shown = doc["speakers"][0]["id"]
    filtered = dom_reader()
    filtered.feed(chromium("--dump-dom", f"file://{page}?speakers={shown}"))
    wrong = [(s, c) for s, c in filtered.filtered if ("off" in c) != (s != shown)]
    if wrong or not filtered.filtered:
        fail("filter", f"?speakers={shown}: {len(wrong)} of {len(filtered.filtered)} elements filtered wrongly: {wrong[:5]}")
    if any("off" in c for _, c in reader.filtered):
        fail("filter", "without ?speakers, some element is filtered out")

    # Screenshots: a wide window, text and tree side by side, at the first point (its marker outlined, as
    # a link from the tree leaves it); and a phone, the tree below the text. Headless Chromium captures
    # a scrolled window blank, so the page is scrolled inside a frame of the window's size.
    _, page, _ = pages[SCREENSHOT]
    for name, width, height, anchor in (("page.png", 1200, 900, "t-pt1-1"), ("page-phone.png", 390, 844, "n-li1")):
        shot = os.path.join(output, name)
        if os.path.exists(shot):
            os.remove(shot)
        frame = os.path.join(work, "frame.html")
        with open(frame, "w", encoding="utf-8") as f:
            f.write(f'<!DOCTYPE html><body style="margin:0"><iframe src="file://{page}#{anchor}" '
                    f'style="border:0;display:block;width:{width}px;height:{height}px"></iframe>')
        chromium(f"--screenshot={shot}", f"--window-size={width},{height}", "--hide-scrollbars", "file://" + frame)
        if not os.path.exists(shot) or os.path.getsize(shot) < 20000:
            fail("screenshot", f"{shot} was not written, or is blank")
except (RuntimeError, subprocess.TimeoutExpired) as e:
    failures.append(str(e))
finally:
    shutil.rmtree(work, ignore_errors=True)

for f in failures:
    print("FAIL:", f)
print(f"{len(CASES) + 2} pages checked in Chromium, {len(failures)} failures; pages and screenshots in {output}")
sys.exit(1 if failures else 0)
