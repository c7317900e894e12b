# SPDX-License-Identifier: MIT
"""chidao: who instructed what in Vietnamese news and government prose.

    import chidao
    p = chidao.Parser()
    doc = p("Bộ trưởng An đề nghị: Thứ nhất, ... Thứ hai, ...")
    for point in doc.points:
        print(point.ordinal, point.marker, point.text, point.speaker and point.speaker.name)

Spans index what was given: a str by code points (``text[start:end]``), bytes by bytes. The JSON,
outline and Markdown are the command line's (``chidao --offsets codepoints`` for str input).
"""

import collections
import concurrent.futures
import itertools
import json
import os
from typing import Iterable, Iterator, NamedTuple, Optional, Union

from ._chidao import NativeParser, json_contract, version

__version__ = version  # chidao's (the library's and the CLI's) version; json_contract: the "chidao" key of the JSON

__all__ = [
    "Document", "Error", "Item", "List", "Mention", "Noise", "Parser", "Point", "Span", "Speaker",
    "Statement", "DocumentWarning", "frames", "json_contract", "parse_file", "version",
]


class Error(ValueError):
    """An input chidao rejects (invalid UTF-8 without lenient, over 2 GiB, a file that cannot be read, a
    lexicon that cannot be loaded). str(error) reads "source:line:column: message"."""

    def __init__(self, what, code, source, message, line, column, offset, document="", pretty=""):
        super().__init__(what)
        self.code = code          # "invalid_utf8", "input_too_large", "io_failure", ...
        self.source = source
        self.message = message    # without the "source:line:column: " prefix
        self.line = line          # 1-based
        self.column = column      # 1-based, in code points
        self.offset = offset      # code points into a str input, bytes into bytes or a file
        self._document = (document, pretty)

    def to_json(self, pretty: bool = False) -> str:
        """The error document the command line writes for a rejected input ({"chidao": 1, "error": ...})."""
        return self._document[1 if pretty else 0]

    def __reduce__(self):  # pickled whole (to a Dask client, say), not just its message
        return (Error, (self.args[0], self.code, self.source, self.message, self.line, self.column, self.offset,
                        *self._document))


class Span(NamedTuple):
    """[start, end) in the input's units: code points for a str, bytes for bytes."""
    start: int
    end: int

    def slice(self) -> slice:
        return slice(self.start, self.end)


class Mention:
    __slots__ = ("text", "span", "resolved", "speaker")

    def __init__(self, data, speaker=None):
        self.text = data["text"]
        self.span = Span(*data["span"])
        self.resolved = data["resolved"]
        self.speaker = speaker

    def __repr__(self):
        return f"Mention({self.text!r}, span={tuple(self.span)})"


class Speaker:
    """A person, group, institution or role the document makes speak or names with a title."""
    __slots__ = ("id", "name", "key", "kind", "titles", "mentions", "statements", "lists")

    def __init__(self, data):
        self.id = data["id"]
        self.name = data["name"]
        self.key = data["key"]
        self.kind = data["kind"]
        self.titles = list(data["titles"])
        self.mentions = [Mention(m, self) for m in data["mentions"]]
        self.statements = []  # filled as the tree is read
        self.lists = []

    def __repr__(self):
        return f"Speaker({self.id}, {self.name!r}, {self.kind})"


class Node:
    """A node of the tree: a Statement, a List, an Item (point) or Noise."""
    __slots__ = ("kind", "span", "parent")

    @property
    def children(self):
        return []


class Noise(Node):
    __slots__ = ("noise",)

    def __init__(self, data, parent):
        self.kind = "noise"
        self.noise = data["noise"]
        self.span = Span(*data["span"])
        self.parent = parent

    def __repr__(self):
        return f"Noise({self.noise}, span={tuple(self.span)})"


class Statement(Node):
    """Someone saying something: who (``speaker``, a Speaker or None), with what verb and act, to whom."""
    __slots__ = ("form", "speaker", "speaker_text", "verb", "act", "addressee", "attribution", "text",
                 "_children")

    def __init__(self, data, parent, doc):
        self.kind = "statement"
        self.form = data["form"]
        self.speaker = doc._speaker(data["speaker"])
        self.speaker_text = data["speaker_text"]
        self.verb = data["verb"]
        self.act = data["act"]
        self.addressee = data["addressee"]
        self.attribution = data["attribution"]
        self.span = Span(*data["span"])
        self.text = data["text"]
        self.parent = parent
        if self.speaker is not None:
            self.speaker.statements.append(self)
        self._children = doc._nodes(data["children"], self)

    @property
    def children(self):
        return self._children

    @property
    def lists(self):
        """The lists this statement introduces."""
        return [n for n in self._children if isinstance(n, List)]

    def __repr__(self):
        who = self.speaker.name if self.speaker else self.speaker_text
        return f"Statement({who!r} {self.verb!r} [{self.act}], span={tuple(self.span)})"


class List(Node):
    """An enumeration: its style, its items, and who enumerates them (``speaker``, a Speaker or None)."""
    __slots__ = ("style", "announced", "speaker", "attribution", "items")

    def __init__(self, data, parent, doc):
        self.kind = "list"
        self.style = data["style"]
        self.announced = data["announced"]
        self.speaker = doc._speaker(data["speaker"])
        self.attribution = data["attribution"]
        self.span = Span(*data["span"])
        self.parent = parent
        if self.speaker is not None:
            self.speaker.lists.append(self)
        self.items = [Item(i, self, doc) for i in data["items"]]

    @property
    def children(self):
        return self.items

    @property
    def statement(self):
        """The nearest statement above the list (the one that introduces it), or None."""
        node = self.parent
        while node is not None and not isinstance(node, Statement):
            node = node.parent
        return node

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"List({self.style}, {len(self.items)} points, span={tuple(self.span)})"


class Item(Node):
    """One point of a list: ordinal, marker and text; ``speaker`` is its list's."""
    __slots__ = ("ordinal", "marker", "text", "_children")

    def __init__(self, data, parent, doc):
        self.kind = "item"
        self.ordinal = data["ordinal"]
        self.marker = data["marker"]
        self.span = Span(*data["span"])
        self.text = data["text"]
        self.parent = parent
        self._children = doc._nodes(data["children"], self)

    @property
    def children(self):
        return self._children

    @property
    def list(self):
        return self.parent

    @property
    def speaker(self):
        return self.parent.speaker

    def __repr__(self):
        return f"Item({self.ordinal}, {self.marker!r}, span={tuple(self.span)})"


Point = Item


class DocumentWarning(NamedTuple):
    """A warning about the input (bytes replaced with lenient, an announced count that differs), at a span."""
    message: str
    span: Span


class Document:
    """One parsed input. Typed nodes are read from the document's JSON when first asked for."""

    def __init__(self, native, text=None):
        self._native = native
        self._data = None
        self._by_id = None
        self.text = text  # the str or bytes parsed, when given in memory

    @property
    def source(self) -> str:
        return self._native.source

    @property
    def unit(self) -> str:
        """What spans count: "code_points" (str input) or "bytes"."""
        return self._native.unit

    def _read(self):
        if self._data is None:
            data = json.loads(self._native.to_json())
            self._speakers = [Speaker(s) for s in data["speakers"]]
            self._by_id = {s.id: s for s in self._speakers}
            self._top = self._nodes(data["nodes"], None)
            self._unresolved = [Mention(m) for m in data["unresolved"]]
            self._warnings = [DocumentWarning(w["message"], Span(*w["span"])) for w in data["warnings"]]
            self._data = True  # the nodes hold what they need; the parsed JSON goes
        return self

    def _speaker(self, id):
        return None if id is None else self._by_id[id]

    def _nodes(self, items, parent):
        made = []
        for data in items:
            kind = data["kind"]
            if kind == "statement":
                made.append(Statement(data, parent, self))
            elif kind == "list":
                made.append(List(data, parent, self))
            else:
                made.append(Noise(data, parent))
        return made

    @property
    def nodes(self):
        """The top-level nodes, in document order."""
        return self._read()._top

    @property
    def speakers(self):
        return self._read()._speakers

    @property
    def unresolved(self):
        """Speaker mentions that could not be tied to one person."""
        return self._read()._unresolved

    @property
    def warnings(self):
        return self._read()._warnings

    def walk(self) -> Iterator[Node]:
        """Every node, depth first, in document order: statements, lists, their items, noise."""
        stack = list(reversed(self.nodes))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    __iter__ = walk

    @property
    def statements(self):
        return [n for n in self.walk() if isinstance(n, Statement)]

    @property
    def lists(self):
        return [n for n in self.walk() if isinstance(n, List)]

    @property
    def points(self):
        return [n for n in self.walk() if isinstance(n, Item)]

    def text_of(self, node) -> Union[str, bytes]:
        """The input under a node's (or a mention's) span; needs the text given to the parser."""
        if self.text is None:
            raise ValueError("the document was read from a file: parse its text to slice it")
        return self.text[node.span.start:node.span.end]

    def to_dict(self) -> dict:
        return json.loads(self._native.to_json())

    def to_json(self, pretty: bool = False) -> str:
        """The documented JSON contract; pretty is the command line's -f json, else its -f jsonl line."""
        return self._native.to_json(pretty)

    def to_outline(self, width: int = 100, color: bool = False, statements: str = "all") -> str:
        return self._native.to_outline(width, color, statements).decode("utf-8", "replace")

    def to_markdown(self, statements: str = "all") -> str:
        return self._native.to_markdown(statements).decode("utf-8", "replace")

    def table(self, name: str = "points"):
        """(columns, rows) of a table: "points", "statements" or "speakers" (see frames())."""
        return self._native.table(name)

    def __repr__(self):
        return f"<chidao.Document {self.source!r}>"


Text = Union[str, bytes]


class Parser:
    """A parser configured once and used for many texts, from many threads at once.

    lexicons: lexicon files that add titles, names, verbs (grammar/lexicons/README.md);
    lenient: replace invalid UTF-8 in bytes with U+FFFD and warn, instead of raising chidao.Error;
    encoding: the encoding of bytes input: "tcvn3", "vni", "viscii", or an ICU converter name
    ("windows-1258"); default UTF-8.
    """

    def __init__(self, lexicons: Iterable[Union[str, os.PathLike]] = (), lenient: bool = False,
                 encoding: str = ""):
        self._native = NativeParser([os.fspath(f) for f in lexicons], lenient, encoding or "")

    def __call__(self, text: Text, source: str = "-") -> Document:
        """Parses a str (spans in code points) or bytes (spans in bytes). Raises chidao.Error."""
        if isinstance(text, str):
            return Document(self._native.parse_str(text, source), text)
        if isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
            return Document(self._native.parse_bytes(data, source), data)
        raise TypeError(f"chidao parses str or bytes, not {type(text).__name__}")

    def parse_file(self, path: Union[str, os.PathLike]) -> Document:
        """Reads and parses a file, as the command line does; spans count its bytes."""
        return Document(self._native.parse_file(os.fspath(path)))

    def pipe(self, texts: Iterable[Text], n_threads: int = 2, sources: Optional[Iterable[str]] = None,
             errors: str = "raise", batch_size: int = 16) -> Iterator[Union[Document, Error]]:
        """Parses texts on n_threads threads and yields their documents in input order.

        Parsing releases the GIL. Texts go to the threads batch_size at a time (fewer hand-overs between
        threads), and at most a few batches per thread are read ahead of the one yielded, so a generator
        of texts streams. sources names the documents (default "-"). errors="raise" raises a rejected
        text's chidao.Error where its document would be; errors="return" yields the error instead.
        """
        if errors not in ("raise", "return"):
            raise ValueError("errors must be 'raise' or 'return'")
        named = zip(texts, sources) if sources is not None else ((text, "-") for text in texts)
        if n_threads <= 1:
            for text, source in named:
                yield self._parse_or_error(text, source, errors)
            return
        window = collections.deque()
        with concurrent.futures.ThreadPoolExecutor(n_threads) as pool:
            while True:
                batch = list(itertools.islice(named, max(1, batch_size)))
                if batch:
                    window.append(pool.submit(self._parse_batch, batch))
                if window and (not batch or len(window) >= 2 * n_threads):
                    for done in window.popleft().result():
                        if isinstance(done, Error) and errors == "raise":
                            raise done  # after the batch's earlier documents, as one thread would
                        yield done
                if not batch and not window:
                    return

    def _parse_batch(self, batch):
        return [self._parse_or_error(text, source, "return") for text, source in batch]

    def _parse_or_error(self, text, source, errors):
        try:
            return self(text, source)
        except Error as e:
            if errors == "raise":
                raise
            return e


def parse_file(path: Union[str, os.PathLike], lexicons=(), lenient: bool = False, encoding: str = "") -> Document:
    """Reads and parses one file: chidao.Parser(lexicons, lenient, encoding).parse_file(path)."""
    return Parser(lexicons, lenient, encoding).parse_file(path)


def frames(docs: Iterable[Document]):
    """pandas DataFrames of documents: a namespace with points, statements and speakers.

    points: one row per point (document, list, depth, style, ordinal, marker, text, speaker,
    speaker_name, speaker_kind, attribution, verb, act, addressee, start, end) as `chidao --format tsv`
    writes them; statements: one per statement; speakers: one per speaker of each document.
    """
    import pandas

    tables = {"points": [], "statements": [], "speakers": []}
    columns = {}
    for doc in docs:
        for name, rows in tables.items():
            columns[name], found = doc.table(name)
            rows.extend(found)
    if not columns:
        empty = Parser()("")
        columns = {name: empty.table(name)[0] for name in tables}
    made = {name: pandas.DataFrame.from_records(rows, columns=columns[name]) for name, rows in tables.items()}
    return Frames(made["points"], made["statements"], made["speakers"])


class Frames(NamedTuple):
    points: "pandas.DataFrame"
    statements: "pandas.DataFrame"
    speakers: "pandas.DataFrame"
