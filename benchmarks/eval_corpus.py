"""Score the importer on the corpus of real pages: ``make eval``.

    .venv/bin/python benchmarks/eval_corpus.py [PAGE ...] [--show PAGE]

For every page in ``tests/corpus/pages`` (or the ones named), imports it with the pure
importer core and compares the result with the outline a person wrote by reading the page
(``tests/corpus/outlines``). Prints per page and overall: title accuracy, heading precision
and recall, card-boundary F1, card-title accuracy, image and caption F1, contact and
call-to-action precision and recall, debris precision and recall, the words not accounted
for, and one combined F1 (micro-averaged over every element of every outline). Then the
same for the text pages written again as HTML and as Markdown (``tests/corpus/variants``):
what reading the same words in another format loses. The last line reads
``combined F1 <x.xxx> over <N> pages``. ``--show PAGE`` prints how the importer
read each block of one page, with its reason, beside the two outlines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.corpus.scoring import (  # noqa: E402
    CORPUS,
    Score,
    blind_pages,
    import_page,
    outline_of,
    pages,
    read_outline,
    score_page,
)
from tests.corpus.variants import VARIANTS  # noqa: E402

COLUMNS = "title  head P/R   cards  ctitle  img   capt  contact  cta      debris   lost  F1"


def row(name: str, s: Score) -> str:
    return (
        f"{name[:40]:<40} {'ok' if s.title_right else 'NO':<5} "
        f"{s.precision('heading'):.2f}/{s.recall('heading'):.2f} {s.f1('card'):.2f}  "
        f"{s.card_titles:.2f}    {s.f1('image'):.2f}  {s.f1('caption'):.2f}  "
        f"{s.precision('contact'):.2f}/{s.recall('contact'):.2f} "
        f"{s.precision('cta'):.2f}/{s.recall('cta'):.2f} "
        f"{s.precision('debris'):.2f}/{s.recall('debris'):.2f} {s.lost_words:<5} {s.f1():.3f}"
    )


def show(page: Path) -> None:
    document, fmt, _ = import_page(page)
    print(f"{page.name} read as {fmt}:")
    for reading in document.reading:
        print(f"  {str(reading.lines):>7} {reading.role:<15} {reading.text[:58]!r:<62} "
              f"{reading.reason_text}")  # fmt: skip
    print("expected:")
    for element in read_outline(CORPUS / "outlines" / f"{page.stem}.outline"):
        print(f"  {element.role:<13} {element.text[:70]}  {element.title}")
    print("made:")
    for element in outline_of(document):
        print(f"  {element.role:<13} {element.text[:70]}  {element.title}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="*", help="page file names (default: all)")
    parser.add_argument("--show", help="print how one page was read")
    args = parser.parse_args()
    if args.show:
        show(CORPUS / "pages" / args.show)
        return
    chosen = [CORPUS / "pages" / name for name in args.pages] or pages()
    total = Score()
    print(f"{'page':<40} {COLUMNS}")
    for page in chosen:
        result = score_page(page)
        total.add(result)
        print(row(page.stem, result))
    print(row("ALL", total))
    right = sum(1 for page in chosen if score_page(page).title_right)
    print(f"titles right on {right} of {len(chosen)} pages; {total.lost_words} words lost")
    texts = [page for page in chosen if page.suffix == ".txt"]
    as_text = Score()
    for page in texts:
        as_text.add(score_page(page))
    print(f"the {len(texts)} text pages as text: combined F1 {as_text.f1():.3f}")
    for variant in VARIANTS:
        written = Score()
        for page in texts:
            written.add(score_page(page, variant))
        print(f"the {len(texts)} text pages written as {variant}: combined F1 {written.f1():.3f}, "
              f"{written.lost_words} words lost")  # fmt: skip
    if not args.pages:
        blind = Score()
        for page in blind_pages():
            blind.add(score_page(page))
        print(f"the blind set, {len(blind_pages())} pages no rule was written from: "
              f"combined F1 {blind.f1():.3f}, {blind.lost_words} words lost")  # fmt: skip
    print(f"combined F1 {total.f1():.3f} over {len(chosen)} pages")


if __name__ == "__main__":
    main()
