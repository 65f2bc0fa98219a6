"""Decoding the bytes of a legacy dossier, and telling HTML from plain text."""

from __future__ import annotations

import codecs

import pytest

from tests.paths import FILES, SEED
from wagtail_dossiers.importer.decode import DecodeError, decode, sniff_format


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


# ------------------------------------------------------------------------ decode


def test_utf8_text_is_decoded_as_utf8():
    assert decode("Oriëntatiekader “lokaal” – 5 €".encode()) == (
        "Oriëntatiekader “lokaal” – 5 €",
        "utf-8",
    )


def test_a_utf8_byte_order_mark_is_removed():
    text, encoding = decode(read("utf-8-bom.txt"))
    assert encoding == "utf-8-sig"
    assert text.startswith("Dossier: Oriëntatiekader")
    assert "“buurtcoaches”" in text


def test_a_windows_1252_file_keeps_its_quotes_euro_signs_and_accents():
    text, encoding = decode(read("windows-1252-crlf.txt"))
    assert encoding == "cp1252"
    for written in ("Café", "Financiën", "Naïeve", "Coördinatie", "“klein”", "Kunstenaars’", "5 €"):
        assert written in text


def test_crlf_line_endings_come_out_as_newlines():
    text, _ = decode(read("windows-1252-crlf.txt"))
    assert "\r" not in text
    assert "Ontmoeting\n- Café Samen" in text
    assert decode(b"een\rtwee\r\ndrie") == ("een\ntwee\ndrie", "utf-8")


def test_an_encoding_declared_in_a_meta_http_equiv_is_used():
    # 0xA4 is € in ISO-8859-15 but ¤ in Windows-1252: only the declaration gets it right.
    text, encoding = decode(read("declared-iso-8859-15.html"))
    assert encoding == "iso8859-15"
    assert "Café en cultuur" in text
    assert "5 €" in text


def test_an_encoding_declared_in_a_meta_charset_is_used():
    data = '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")
    assert decode(data) == ('<meta charset="koi8-r"><p>Привет</p>', "koi8-r")


def test_an_encoding_declared_in_an_xml_declaration_is_used():
    data = '<?xml version="1.0" encoding="iso-8859-15"?><p>5 €</p>'.encode("iso-8859-15")
    assert decode(data)[1] == "iso8859-15"


def test_a_declared_latin_1_is_read_as_windows_1252_like_browsers_do():
    data = '<meta charset="iso-8859-1"><p>Okra’s “actie”</p>'.encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "cp1252"
    assert "Okra’s “actie”" in text


def test_a_wrong_declaration_falls_back_to_utf8_when_the_bytes_are_utf8():
    data = '<meta charset="windows-1252"><p>Oriëntatie</p>'.encode()
    assert decode(data) == ('<meta charset="windows-1252"><p>Oriëntatie</p>', "utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    data = bom + "Oriëntatie\r\n• Okra".encode(codec)
    text, _ = decode(data)
    assert text == "Oriëntatie\n• Okra"


def test_a_binary_file_is_rejected_as_not_text():
    with pytest.raises(DecodeError, match="does not look like text") as error:
        decode(read("not-text.bin"))
    assert "--encoding" in str(error.value)


def test_bytes_full_of_control_characters_are_rejected_as_not_text():
    zip_like = b"PK\x03\x04\x14\x06\x08\x08\x07\x1b\x1c\x1dmimetype\x02\x03\x05"
    with pytest.raises(DecodeError, match="does not look like text"):
        decode(zip_like)


def test_windows_1252_is_only_guessed_for_clean_text():
    with pytest.raises(DecodeError, match="--encoding"):
        decode(b"caf\xe9 \x01 en meer tekst")


def test_bytes_undefined_in_windows_1252_give_an_error_suggesting_an_encoding():
    with pytest.raises(DecodeError, match="--encoding") as error:
        decode(b"caf\xe9 \x81 en meer")
    assert "not UTF-8" in str(error.value)


def test_empty_bytes_give_empty_text():
    assert decode(b"") == ("", "utf-8")


def test_an_explicit_encoding_is_used_strictly():
    assert decode(b"caf\xe9", "latin-1") == ("café", "iso8859-1")
    assert decode("Okra’s".encode("cp1252"), "windows-1252") == ("Okra’s", "cp1252")
    with pytest.raises(DecodeError, match="not valid utf-8") as error:
        decode(b"caf\xe9", "utf-8")
    assert "--encoding" in str(error.value)


def test_an_explicit_utf8_drops_the_byte_order_mark():
    assert decode(codecs.BOM_UTF8 + b"Okra", "utf-8")[0] == "Okra"


def test_an_unknown_encoding_name_is_named_in_the_error():
    with pytest.raises(DecodeError, match="'klingon-8'") as error:
        decode(b"Okra", "klingon-8")
    assert "--encoding" in str(error.value)


def test_a_codec_that_is_not_a_text_encoding_is_refused():
    with pytest.raises(DecodeError, match="not a text encoding"):
        decode(b"T2tyYQ==", "base64")


def test_the_seed_dossier_decodes_as_utf8():
    text, encoding = decode(SEED.read_bytes())
    assert encoding == "utf-8"
    assert text.startswith("header handjes")


# ------------------------------------------------------------------------- sniff


@pytest.mark.parametrize(
    "content",
    [
        "<!DOCTYPE html><html><body><p>Okra</p></body></html>",
        "\ufeff  <html lang='nl'><p>Okra</p></html>",
        "<!-- export 2024 -->\n<!doctype html>\n<title>Dossier</title>",
        "<?xml version='1.0'?>\n<html><body>Dossier</body></html>",
        "<h1>Lokale verkiezingen</h1>\n<p>Intro</p>\n<ul><li>Okra</li></ul>",
        "Lokale verkiezingen\n<p>Intro</p>\n<p>Meer</p>\n<ul>\n<li>Okra</li>\n</ul>",
    ],
)
def test_html_is_recognised_from_its_content(content):
    assert sniff_format(content) == "html"


@pytest.mark.parametrize(
    "content",
    [
        "Lokale verkiezingen\n\nSectoren in actie\n • Okra roept senioren op.",
        "Dossier over webdesign\n\nGebruik <p> voor een alinea, niet een lege regel.\n"
        "Dat leer je in onze cursus.\nMeer info volgt.",
        "",
    ],
)
def test_plain_text_is_recognised_even_when_it_mentions_a_tag(content):
    assert sniff_format(content) == "text"


def test_the_seed_and_the_fixtures_are_sniffed_by_content():
    assert sniff_format(SEED.read_text(encoding="utf-8")) == "text"
    assert sniff_format(decode(read("windows-1252-crlf.txt"))[0]) == "text"
    assert sniff_format(decode(read("declared-iso-8859-15.html"))[0]) == "html"
