"""Bad input: each gives one clear error naming the input and the reason; the rest of the batch is stored."""

from __future__ import annotations

import io

import pytest

from annalyst import Annalyst
from annalyst.errors import InputError
from annalyst.ingest import read

GOOD = """Ministers meet in Tashkent over the trans-Afghan railway

March 4, 2025

By Dilnoza Karimova

Transport ministers of Uzbekistan, Afghanistan and Pakistan met in Tashkent on Tuesday to discuss financing for the
railway line that would link Termez with Peshawar through Kabul, officials said.

The ministers agreed to set up a joint working group that will report within three months, according to a statement.
"""


def _good(tmp_path, name="good.txt", text=GOOD):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(results):
    return [r for r in results if isinstance(r, InputError)]


def test_ingest_empty_file_is_reported(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    [err] = _errors(read([str(tmp_path / "empty.txt")]))
    assert err.source.endswith("empty.txt") and "empty" in err.reason


def test_ingest_binary_file_is_reported(tmp_path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 10)
    [err] = _errors(read([str(tmp_path / "blob.txt")]))
    assert "binary" in err.reason


def test_ingest_pdf_renamed_html_is_reported(tmp_path):
    (tmp_path / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20)
    [err] = _errors(read([str(tmp_path / "report.html")]))
    assert "PDF" in err.reason


@pytest.mark.parametrize("encoding,text,lang", [
    ("cp1256", "وزارة الخارجية الأفغانية قالت يوم الثلاثاء إن وفداً من طالبان سيزور الدوحة الأسبوع المقبل لإجراء محادثات "
               "مع ممثلين عن الأمم المتحدة حول المساعدات الإنسانية والوضع الاقتصادي في البلاد.", "ar"),
    ("cp1251", "Министерство иностранных дел России заявило во вторник, что делегация талибов посетит Москву на следующей "
               "неделе для переговоров о торговле и поставках топлива в Афганистан.", "ru"),
])
def test_ingest_legacy_encodings_are_decoded(tmp_path, encoding, text, lang):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article] = list(read([str(path)]))
    assert not isinstance(article, InputError), article
    assert article.text == text
    assert article.language == lang


def test_ingest_oversized_html_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body>")
        chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
        fh.write(b"</body></html>")
    [err] = _errors(read([str(path)]))
    assert "over the 20 MB limit" in err.reason and "52.4 MB" in err.reason


def test_ingest_html_without_body_is_reported(tmp_path):
    (tmp_path / "nobody.html").write_text("<html><head><title>Only a title</title></head></html>", encoding="utf-8")
    [err] = _errors(read([str(tmp_path / "nobody.html")]))
    assert "no article text" in err.reason


def test_ingest_html_with_only_furniture_is_reported(tmp_path):
    page = ("<html><body><nav>Home | World | About</nav><div class='share-buttons'>Share: WhatsApp</div>"
            "<footer>© 2025 Example News. All rights reserved.</footer></body></html>")
    (tmp_path / "furniture.html").write_text(page, encoding="utf-8")
    [err] = _errors(read([str(tmp_path / "furniture.html")]))
    assert "no article text" in err.reason


def test_ingest_feed_with_broken_items_reads_the_good_ones(tmp_path):
    _good(tmp_path, "story.txt")
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>No link here</title><pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate></item>
    <item><title>Railway talks</title><link>story.txt</link><pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate>
      <author>desk@example.org (Wire Desk)</author></item>
    <item><title>Outside</title><link>../../etc/passwd</link></item>
    <item><title>Local file scheme</title><link>file:///etc/passwd</link></item>
    </channel></rss>"""
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    results = list(read([str(tmp_path / "feed.xml")]))
    articles = [r for r in results if not isinstance(r, InputError)]
    errors = _errors(results)
    assert [a.title for a in articles] == ["Ministers meet in Tashkent over the trans-Afghan railway"]
    reasons = " | ".join(e.reason for e in errors)
    assert len(errors) == 3
    assert "no link" in reasons
    assert "inside its own folder" in reasons
    assert "only http and https" in reasons


def test_ingest_unreachable_and_private_urls_are_reported(tmp_path):
    results = list(read(["http://127.0.0.1:9/never", "http://10.1.2.3/x", "ftp://example.org/a.txt", str(_good(tmp_path))]))
    errors = _errors(results)
    assert len(errors) == 3
    assert "loopback" in errors[0].reason
    assert "private" in errors[1].reason
    assert "only http and https" in errors[2].reason
    assert sum(not isinstance(r, InputError) for r in results) == 1


def test_ingest_batch_stores_the_good_inputs_and_reports_each_bad_one(tmp_path):
    good = [_good(tmp_path, f"good{i}.txt", GOOD.replace("Tuesday", day)) for i, day in enumerate(["Monday", "Tuesday", "Friday"])]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text('{"text": "' + "A complete sentence about a meeting in Kabul. " * 3 + '"}\nnot json\n{"title": "no text"}\n')
    with Annalyst(db=str(tmp_path / "store.db")) as an:
        report = an.ingest([str(tmp_path)])
        assert len(report.stored) == 4
        assert sorted(e.source.rsplit("/", 1)[-1] for e in report.failed) == ["bad.jsonl:2", "bad.jsonl:3", "empty.txt"]
        assert an.store.count_articles() == 4
        assert [str(p) for p in good]  # the three good files and the good JSONL line were all stored


def test_ingest_stdin(tmp_path):
    with Annalyst(db=str(tmp_path / "store.db")) as an:
        report = an.ingest(["-"], stdin=io.BytesIO(GOOD.encode()))
        assert len(report.stored) == 1
        assert an.article(report.stored[0]).title.startswith("Ministers meet in Tashkent")
