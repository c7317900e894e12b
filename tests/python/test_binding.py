# SPDX-License-Identifier: MIT
"""The Python package against the command line, and spans against the str they index."""
import json
import pickle
import unicodedata
import warnings

import pytest

import chidao
from conftest import FIXTURES, cli_arguments, corpus_slice, fixture_inputs, run_cli

FIXTURE_INPUTS = fixture_inputs()


def fixture_id(entry):
    return str(entry[0].relative_to(FIXTURES))


@pytest.mark.parametrize("path,options", FIXTURE_INPUTS, ids=[fixture_id(e) for e in FIXTURE_INPUTS])
def test_binding_and_cli_give_the_same_json(cli, path, options):
    """Each fixture: parse_file(), bytes and (for UTF-8) str input give the CLI's JSON, byte for byte."""
    parser = chidao.Parser(**options)
    out = run_cli(cli, "-f", "json", *cli_arguments(options), str(path))
    expected = out.stdout.decode()
    if out.returncode == 1:  # rejected: the binding raises, at the CLI's position
        error = json.loads(expected)["error"]
        for attempt in (lambda: parser.parse_file(path), lambda: parser(path.read_bytes(), str(path))):
            with pytest.raises(chidao.Error) as raised:
                attempt()
            assert (raised.value.code, raised.value.line, raised.value.column, raised.value.offset) == (
                error["code"], error["line"], error["column"], error["byte"])
            assert raised.value.message == error["message"]
            assert raised.value.to_json(pretty=True) == expected  # the error document, as the CLI writes it
        return
    assert out.returncode == 0, out.stderr.decode()
    assert parser.parse_file(path).to_json(pretty=True) == expected
    assert chidao.parse_file(path, **options).to_json(pretty=True) == expected
    assert parser(path.read_bytes(), str(path)).to_json(pretty=True) == expected
    line = run_cli(cli, "-f", "jsonl", *cli_arguments(options), str(path)).stdout.decode()
    assert parser.parse_file(path).to_json() + "\n" == line
    for view, method in (("outline", "to_outline"), ("markdown", "to_markdown")):
        shown = run_cli(cli, "-f", view, "--width", "100", "--color", "never", *cli_arguments(options), str(path))
        text = getattr(parser.parse_file(path), method)()
        # The CLI ends each document with one line end; bytes that are not UTF-8 (lenient) read as U+FFFD.
        assert text.removesuffix("\n") + "\n" == shown.stdout.decode("utf-8", "replace")
    if options["encoding"]:
        return
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return  # lenient fixtures of invalid UTF-8 have no str
    in_code_points = run_cli(cli, "-f", "jsonl", "--offsets", "codepoints", *cli_arguments(options), str(path))
    assert parser(text, str(path)).to_json() + "\n" == in_code_points.stdout.decode()


ARTICLE = ("Ảnh: TTXVN\n"
           "Phát biểu tại hội nghị, Bộ trưởng Bùi Thanh Sơn đề nghị các bộ, ngành:\n"
           "Thứ nhất, cần nhận thức đầy đủ 😀 vị trí, vai trò của đối ngoại địa phương.\n"
           "Thứ hai, xác định 👍🏽 phục vụ phát triển kinh tế là nhiệm vụ trung tâm.\n"
           "Thứ ba, theo Bộ trưởng, cần không ngừng đổi mới 🇻🇳 trong công tác.\n"
           "“Chúng ta phải làm tốt hơn nữa”, ông Sơn nhấn mạnh.\n")

VARIANTS = {
    "nfc": ARTICLE,
    "nfd": unicodedata.normalize("NFD", ARTICLE),
    "crlf": ARTICLE.replace("\n", "\r\n"),
    "nfd_crlf_emoji_first": "🙂🙂 " + unicodedata.normalize("NFD", ARTICLE).replace("\n", "\r\n"),
}


def spanned(doc):
    """Every span of a document, with what it is, in document order."""
    found = [(n.kind, n.span) for n in doc]
    found += [("mention", m.span) for s in doc.speakers for m in s.mentions]
    found += [("unresolved", m.span) for m in doc.unresolved]
    return found


@pytest.mark.parametrize("name", VARIANTS)
def test_str_spans_slice_the_str(name):
    """A str's spans are its indexes: they take the same text as the byte spans take from its UTF-8."""
    text = VARIANTS[name]
    parser = chidao.Parser()
    doc = parser(text)
    data = text.encode()
    in_bytes = parser(data)
    assert doc.unit == "code_points" and in_bytes.unit == "bytes"
    assert [p.ordinal for p in doc.points] == [1, 2, 3]
    assert doc.lists[0].speaker is not None and doc.lists[0].speaker.key == "bùi thanh sơn"
    pairs = list(zip(spanned(doc), spanned(in_bytes), strict=True))
    assert len(pairs) > 8
    for (kind, span), (kind_b, span_b) in pairs:
        assert kind == kind_b
        assert text[span.slice()] == data[span_b.slice()].decode()
    for point in doc.points:
        cut = text[point.span.slice()]
        assert unicodedata.normalize("NFC", cut).lower().startswith(unicodedata.normalize("NFC", point.marker).lower())
        assert point.text.strip() and point.text.strip() in cut
        assert doc.text_of(point) == cut
    for speaker in doc.speakers:
        for mention in speaker.mentions:
            assert text[mention.span.slice()] == mention.text
    assert any("😀" in p.text for p in doc.points)
    assert doc.statements and all(doc.text_of(s) for s in doc.statements)


def test_version_is_the_cli_s(cli):
    version = run_cli(cli, "--version").stdout.decode().split("\n")
    assert version[0] == f"chidao {chidao.__version__}" and version[1] == f"JSON contract {chidao.json_contract}"


def test_typed_nodes_know_their_speaker():
    doc = chidao.Parser()(ARTICLE, source="article-1")
    assert doc.source == "article-1"
    (the_list,) = doc.lists
    speaker = the_list.speaker
    assert speaker.kind == "person" and speaker.id == "S1"
    assert all(p.speaker is speaker and p.list is the_list for p in the_list)
    assert the_list.statement is not None and the_list.statement.verb == "đề nghị"
    assert the_list.statement.act == "directive"
    assert the_list in speaker.lists and the_list.statement in speaker.statements
    assert isinstance(doc.nodes[0], chidao.Noise)
    kinds = [n.kind for n in doc]
    assert kinds.count("item") == 3 and kinds.count("list") == 1
    assert doc.to_dict()["nodes"][1]["children"][0]["items"][0]["marker"] == doc.points[0].marker


def test_errors_carry_line_column_and_offset():
    parser = chidao.Parser()
    data = "dòng một\nhai ".encode() + b"\xc3\x28 ba\n"
    with pytest.raises(chidao.Error) as raised:
        parser(data, source="bad.txt")
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.code, error.source, error.line, error.column, error.offset) == ("invalid_utf8", "bad.txt", 2, 5, 16)
    assert str(error).startswith("bad.txt:2:5: invalid UTF-8")
    assert json.loads(error.to_json())["error"]["byte"] == 16
    assert pickle.loads(pickle.dumps(error)).offset == 16
    lenient = chidao.Parser(lenient=True)(data)
    assert [(w.span.start, w.span.end) for w in lenient.warnings] == [(16, 17)]
    with pytest.raises(chidao.Error) as missing:
        chidao.parse_file("/nonexistent/article.txt")
    assert missing.value.code == "io_failure" and missing.value.line == 1
    with pytest.raises(chidao.Error) as lexicon:
        chidao.Parser(lexicons=["/nonexistent.lexicon"])
    assert lexicon.value.code == "io_failure"
    with pytest.raises(TypeError):
        parser(17)


def test_pipe_in_input_order_and_as_one_thread():
    texts = [p.read_bytes() for p, options in FIXTURE_INPUTS if not any(options.values())]
    texts += [VARIANTS[name] for name in VARIANTS]
    try:
        texts += corpus_slice(2_000_000)
    except pytest.skip.Exception as absent:  # the fixtures alone still test order and sameness
        warnings.warn(f"{absent.msg}: pipe() is tested on the fixtures only")
    parser = chidao.Parser()
    names = [f"doc-{k}" for k in range(len(texts))]
    single = list(parser.pipe(texts, n_threads=1, sources=names, errors="return"))
    one = [d.to_json() for d in single if not isinstance(d, chidao.Error)]
    two = list(parser.pipe(iter(texts), n_threads=2, sources=names, errors="return"))
    assert [d.source for d in two if not isinstance(d, chidao.Error)] == \
        [n for n, t in zip(names, two) if not isinstance(t, chidao.Error)]
    assert [d.to_json() for d in two if not isinstance(d, chidao.Error)] == one
    # the same texts rejected, in the same places: the invalid UTF-8 fixture, UTF-16 without a byte order mark
    rejected_by_one = [k for k, d in enumerate(single) if isinstance(d, chidao.Error)]
    assert [k for k, d in enumerate(two) if isinstance(d, chidao.Error)] == rejected_by_one
    assert len(rejected_by_one) == 2
    rejected = next(k for k, d in enumerate(two) if isinstance(d, chidao.Error))
    before = []
    with pytest.raises(chidao.Error):  # errors="raise": every document before the rejected text, then the error
        for doc in parser.pipe(texts, n_threads=2, sources=names, batch_size=rejected + 3):
            before.append(doc.to_json())
    assert before == one[:rejected]
