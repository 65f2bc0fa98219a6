#!/usr/bin/env bash
# Install test: wagtail-dossiers as a site developer gets it, in a brand-new Wagtail site.
#
#  1. build the wheel and the sdist, `twine check` them, and check that the wheel holds the
#     templates, static files, migrations and the compiled Dutch catalogue;
#  2. install the wheel into a fresh virtual environment (dependencies come from PyPI);
#  3. `wagtail start mysite`, add exactly the two INSTALLED_APPS lines the README names,
#     migrate, and import the seed dossier under the site's root page, published;
#  4. serve the site and fetch the imported page: HTTP 200 with its title in the body.
#
# Run after `make test`, which creates .venv with build and twine (the `test` extra):
#     tests/install/run_install_test.sh
# INSTALL_TEST_PORT picks the port (default: a free one); KEEP_TMP=1 keeps the work directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
seed="$(cd "$repo/.." && pwd)/shared/seed/lokale-verkiezingen-2024.txt"
python="$repo/.venv/bin/python"
started=$SECONDS

step() { echo "--- $*"; }
fail() {
    echo "install test FAILED: $*" >&2
    exit 1
}

[[ -x $python ]] || fail "$python not found: run 'make test' first."
"$python" -c "import build, twine" 2>/dev/null ||
    fail "build and twine are missing from .venv: run 'make test' (the test extra installs them)."
[[ -f $seed ]] || fail "the seed dossier $seed is missing."

work=$(mktemp -d "${TMPDIR:-/tmp}/wagtail-dossiers-install.XXXXXX")
server_pid=""
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ ${KEEP_TMP:-} == 1 ]]; then
        echo "kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# -- 1. the distributions ----------------------------------------------------------------
step "build the wheel and the sdist"
if ! "$python" -m build --outdir "$work/dist" "$repo" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    fail "python -m build failed."
fi
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/src/wagtail_dossiers/__init__.py")
wheel="$work/dist/wagtail_dossiers-$version-py3-none-any.whl"
sdist="$work/dist/wagtail_dossiers-$version.tar.gz"
[[ -f $wheel && -f $sdist ]] ||
    fail "expected $(basename "$wheel") and $(basename "$sdist") (version $version), got: $(ls "$work/dist")"

step "twine check"
"$python" -m twine check --strict "$wheel" "$sdist"

step "check what the wheel holds"
"$python" - "$repo/src" "$wheel" "$sdist" <<'EOF' || fail "the distributions lack the files listed above."
import sys
import tarfile
import zipfile
from pathlib import Path

src, wheel, sdist = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
package = src / "wagtail_dossiers"
in_wheel = set(zipfile.ZipFile(wheel).namelist())

# Always required, whatever the tree holds: a site needs every one of these to work.
required = {
    "wagtail_dossiers/templates/wagtail_dossiers/dossier_page.html",
    "wagtail_dossiers/templates/wagtail_dossiers/blocks/initiative.html",
    "wagtail_dossiers/static/wagtail_dossiers/css/dossier.css",
    "wagtail_dossiers/migrations/0001_initial.py",
    "wagtail_dossiers/locale/nl/LC_MESSAGES/django.mo",
}
# And every template, static file, migration and catalogue of the source tree.
for folder, pattern in [
    ("templates", "**/*"),
    ("static", "**/*"),
    ("migrations", "*.py"),
    ("locale", "**/*.[mp]o"),
]:
    for path in (package / folder).glob(pattern):
        if path.is_file() and "__pycache__" not in path.parts:
            required.add(path.relative_to(src).as_posix())

missing = sorted(required - in_wheel)
if not any(name.endswith(".dist-info/licenses/LICENSE") for name in in_wheel):
    missing.append("*.dist-info/licenses/LICENSE")
in_sdist = {name.split("/", 1)[-1] for name in tarfile.open(sdist).getnames()}
missing += [f"(sdist) {name}" for name in ("LICENSE", "README.md") if name not in in_sdist]
if missing:
    sys.exit("missing from the distributions:\n  " + "\n  ".join(missing))
print(f"{len(required)} package files, the licence and the README are there.")
EOF

# -- 2. a fresh virtual environment --------------------------------------------------------
step "install the wheel into a fresh virtual environment"
"$python" -m venv "$work/venv"
site_python="$work/venv/bin/python"
"$site_python" -m pip install --quiet --disable-pip-version-check "$wheel"
installed=$("$site_python" -c "import wagtail_dossiers as w; print(w.__version__, w.__file__)")
[[ $installed == "$version $work/venv/"* ]] ||
    fail "wagtail_dossiers does not come from the wheel: $installed"

# -- 3. a brand-new Wagtail site -----------------------------------------------------------
step "wagtail start mysite"
(cd "$work" && "$work/venv/bin/wagtail" start mysite)
site="$work/mysite"

step "add the two INSTALLED_APPS lines the README names"
"$site_python" - "$site/mysite/settings/base.py" <<'EOF'
import sys
from pathlib import Path

settings = Path(sys.argv[1])
text = settings.read_text()
opening = "INSTALLED_APPS = [\n"
if text.count(opening) != 1:
    sys.exit(f"{settings}: cannot find the INSTALLED_APPS list")
lines = '    "wagtail_dossiers",\n    "wagtail_modeladmin",\n'
settings.write_text(text.replace(opening, opening + lines))
EOF

step "migrate"
(cd "$site" && "$site_python" manage.py migrate --no-input >"$work/migrate.log") || {
    cat "$work/migrate.log" >&2
    fail "migrate failed."
}

step "import the seed dossier under the site's root page, published"
(cd "$site" && "$site_python" manage.py import_dossier "$seed" --parent / --publish)

# The page as Wagtail serves it: live, its URL on the default site, its title (escaped).
page=$(cd "$site" && DJANGO_SETTINGS_MODULE=mysite.settings.dev "$site_python" -c '
import html
import django

django.setup()
from wagtail_dossiers.models import DossierPage

page = DossierPage.objects.get(source_key="lokale-verkiezingen-2024")
print(page.live, page.url, html.escape(page.title), sep="\t")
')
IFS=$'\t' read -r live url title <<<"$page"
[[ $live == True ]] || fail "the imported page is not live."
[[ $url == /* && -n $title ]] || fail "unexpected page URL or title: $page"

# -- 4. serve it ---------------------------------------------------------------------------
port=${INSTALL_TEST_PORT:-$("$python" -c '
import socket

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
')}
base="http://127.0.0.1:$port"

# fetch URL FILE: the body goes to FILE, the HTTP status to stdout.
fetch() {
    if command -v curl >/dev/null; then
        # On a refused connection curl still writes the status: 000.
        curl --silent --max-time 30 --output "$2" --write-out '%{http_code}' "$1" || true
    else
        "$site_python" - "$1" "$2" <<'EOF'
import sys
import urllib.error
import urllib.request

try:
    response = urllib.request.urlopen(sys.argv[1], timeout=30)
except urllib.error.HTTPError as error:
    response = error
except OSError:
    print("000")
    sys.exit()
with open(sys.argv[2], "wb") as body:
    body.write(response.read())
print(response.status)
EOF
    fi
}

step "runserver on $base"
(cd "$site" && exec "$site_python" manage.py runserver "127.0.0.1:$port" --noreload) \
    >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
    kill -0 "$server_pid" 2>/dev/null || {
        cat "$work/server.log" >&2
        fail "runserver stopped."
    }
    [[ $(fetch "$base/" /dev/null 2>/dev/null) != 000 ]] && break
    sleep 1
done

step "GET $url"
status=$(fetch "$base$url" "$work/page.html")
[[ $status == 200 ]] || {
    tail -n 30 "$work/server.log" >&2
    fail "GET $url answered $status, not 200."
}
grep -qF "$title" "$work/page.html" || fail "the page does not show its title \"$title\"."

step "GET the stylesheet the page links to"
css=/static/wagtail_dossiers/css/dossier.css
grep -qF "$css" "$work/page.html" || fail "the page does not link $css."
status=$(fetch "$base$css" /dev/null)
[[ $status == 200 ]] || fail "GET $css answered $status, not 200."

echo "install test passed in $((SECONDS - started))s: $base$url shows \"$title\"."
