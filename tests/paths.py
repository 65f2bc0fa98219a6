"""Where the test sources live: our own fixtures, and the real seed dossier in ../shared."""

from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "lokale-verkiezingen-2024.txt"
