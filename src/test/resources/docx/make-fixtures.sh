#!/usr/bin/env bash
# Regenerates the Word (.docx) test fixtures that LibreOffice makes. Run from the repo root:
#
#   src/test/resources/docx/make-fixtures.sh
#
# What it makes (see src/test/resources/docx/README.md):
#   src/test/resources/docx/libreoffice/<name>.docx   from samples/<name>.md
#   samples/word-conference-report.docx                from src/test/resources/docx/sources/word-conference-report.md
#   samples/word-mapping-table.docx                    from src/test/resources/docx/sources/word-mapping-table.md
#   src/test/resources/docx/features.docx              from src/test/resources/docx/sources/features.fodt
#   src/test/resources/docx/bad/legacy-renamed.docx    Word 97-2003 .doc from a small HTML page written below
#   src/test/resources/docx/bad/encrypted.docx         password "synthetic", from the same HTML page
#
# Markdown goes Markdown -> HTML (commonmark-java + GFM tables, Md2Html.java) -> docx
# (soffice, "HTML (StarWriter)" import, "MS Word 2007 XML" export). LibreOffice 7.4 has no
# Markdown import.
#
# Idempotent: everything is built in a temporary directory and checked there. A fixture is
# only replaced when its content changed (for zip files, when a part's name or CRC changed;
# LibreOffice stamps zip entries with the current time, so the bytes differ on every run).
# The encrypted file uses a random salt, so it is compared by decrypting old and new.
#
# Needs: soffice (LibreOffice, tested with 7.4.7.2), java 17, unzip, and for encrypted.docx
# /usr/bin/python3 with the LibreOffice UNO bridge (Debian package python3-uno).
# Environment: SOFFICE (default soffice), M2_REPO (default ~/.m2/repository),
#              LO_PROFILE (default /tmp/lo-profile; wiped at the start of every run).

set -euo pipefail

if [[ ! -d samples || ! -f src/test/resources/docx/Md2Html.java ]]; then
    echo "make-fixtures.sh: run me from the repository root" >&2
    exit 2
fi

DOCX=src/test/resources/docx
SOFFICE=${SOFFICE:-soffice}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
LO_PROFILE=${LO_PROFILE:-/tmp/lo-profile}
COMMONMARK_VERSION=0.27.1   # same as commonmark.version in pom.xml
SAMPLES=(good-assessment poor-mash-report mapping-table row-labelled-map qld-style-conference early-help-wellbeing)
NEW_SAMPLES=(word-conference-report word-mapping-table)
PASSWORD=synthetic

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sofslint-docx.XXXXXX")
SOFFICE_PID=
cleanup() {
    if [[ -n "$SOFFICE_PID" ]] && kill -0 "$SOFFICE_PID" 2>/dev/null; then
        kill "$SOFFICE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
die() { say "make-fixtures.sh: $*"; exit 1; }

# A fresh, throwaway LibreOffice user profile, so that no personal settings leak in.
[[ $LO_PROFILE == /tmp/* ]] || die "LO_PROFILE must be under /tmp (it is wiped): $LO_PROFILE"
rm -rf "$LO_PROFILE"
LO_ENV="-env:UserInstallation=file://$LO_PROFILE"
lo() { "$SOFFICE" "$LO_ENV" --headless --norestore "$@" >>"$WORK/soffice.log" 2>&1; }

say "LibreOffice: $("$SOFFICE" "$LO_ENV" --headless --version 2>/dev/null | head -1)"

# ---------------------------------------------------------------- 1. Markdown -> HTML
CM_JAR=$M2_REPO/org/commonmark/commonmark/$COMMONMARK_VERSION/commonmark-$COMMONMARK_VERSION.jar
TABLES_JAR=$M2_REPO/org/commonmark/commonmark-ext-gfm-tables/$COMMONMARK_VERSION/commonmark-ext-gfm-tables-$COMMONMARK_VERSION.jar
if [[ ! -f $CM_JAR || ! -f $TABLES_JAR ]]; then
    say "fetching commonmark $COMMONMARK_VERSION into $M2_REPO"
    mvn -q dependency:get -Dartifact=org.commonmark:commonmark:$COMMONMARK_VERSION
    mvn -q dependency:get -Dartifact=org.commonmark:commonmark-ext-gfm-tables:$COMMONMARK_VERSION
fi

mkdir -p "$WORK/html" "$WORK/out"
args=()
for n in "${SAMPLES[@]}"; do args+=("samples/$n.md" "$WORK/html/$n.html"); done
for n in "${NEW_SAMPLES[@]}"; do args+=("$DOCX/sources/$n.md" "$WORK/html/$n.html"); done
java -cp "$CM_JAR:$TABLES_JAR" "$DOCX/Md2Html.java" "${args[@]}"

# ---------------------------------------------------------------- 2. HTML -> docx
# --infilter makes Writer (not Writer/Web) open the page, so the export is a normal Word document.
lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/out" "$WORK"/html/*.html

# ---------------------------------------------------------------- 3. features.fodt -> docx
lo --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/out" "$DOCX/sources/features.fodt"

# ---------------------------------------------------------------- 4. bad files
mkdir -p "$WORK/bad"
cat >"$WORK/bad/legacy.html" <<'EOF'
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Legacy format test</title></head>
<body>
<h1>Legacy format test</h1>
<p>Synthetic text for a test file. Nobody in it is real.</p>
</body></html>
EOF
# Word 97-2003 binary, renamed to .docx afterwards.
lo --infilter="HTML (StarWriter)" --convert-to 'doc:MS Word 97' --outdir "$WORK/bad" "$WORK/bad/legacy.html"

# Password-protected docx. soffice --convert-to cannot do this in LibreOffice 7.4: the JSON
# form of the filter options only reaches filters that read FilterData themselves (PDF,
# images), and the Word export ignores it. So the UNO API stores the document with
# EncryptionData {OOXPassword, CryptoType=Standard}, which is what Save As with a password
# does (ECMA-376 Standard encryption; CryptoType=Agile fails to save in 7.4.7).
# The same script then opens the new file (and the old one, if there is one) with the
# password, to prove the password works and to see whether the old file is still current.
ENCRYPTED_STATUS=skipped
if /usr/bin/python3 -c 'import uno' 2>/dev/null; then
    cat >"$WORK/encrypt.py" <<'EOF'
import os, sys, time, uno
from com.sun.star.beans import PropertyValue, NamedValue

def pv(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def nv(name, value):
    p = NamedValue(); p.Name = name; p.Value = value; return p

pipe, src, dst, password, old, work = sys.argv[1:7]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(240):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.25)
else:
    sys.exit("could not connect to soffice")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
url = uno.systemPathToFileUrl

def store(doc, path, props):
    uno.invoke(doc, "storeToURL", (url(path), uno.Any("[]com.sun.star.beans.PropertyValue", tuple(props))))

try:
    doc = desktop.loadComponentFromURL(url(src), "_blank", 0, (pv("Hidden", True), pv("FilterName", "HTML (StarWriter)")))
    enc = uno.Any("[]com.sun.star.beans.NamedValue", (nv("OOXPassword", password), nv("CryptoType", "Standard")))
    store(doc, dst, [pv("FilterName", "MS Word 2007 XML"), pv("EncryptionData", enc)])
    doc.close(True)
    # Open new (and old) with the password and save the plain text, to compare.
    for path, out in ((dst, "new.txt"), (old, "old.txt")):
        if not os.path.isfile(path):
            continue
        d = desktop.loadComponentFromURL(url(os.path.abspath(path)), "_blank", 0, (pv("Hidden", True), pv("Password", password)))
        if d is None:
            sys.exit(f"could not open {path} with the password")
        store(d, os.path.join(work, out), [pv("FilterName", "Text (encoded)"), pv("FilterOptions", "UTF8,LF")])
        d.close(True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
EOF
    pipe="sofslint_fixtures_$$"
    "$SOFFICE" "$LO_ENV" --headless --invisible --nologo --norestore --accept="pipe,name=$pipe;urp;" >>"$WORK/soffice.log" 2>&1 &
    SOFFICE_PID=$!
    /usr/bin/python3 "$WORK/encrypt.py" "$pipe" "$WORK/bad/legacy.html" "$WORK/bad/encrypted.docx" "$PASSWORD" \
        "$DOCX/bad/encrypted.docx" "$WORK/bad"
    wait "$SOFFICE_PID" || true
    SOFFICE_PID=
    ENCRYPTED_STATUS=made
else
    say "WARNING: /usr/bin/python3 cannot import uno (install python3-uno); bad/encrypted.docx not regenerated"
fi

# ---------------------------------------------------------------- 5. checks (on the new files)
part() { unzip -p "$1" "$2"; }
count() { { grep -o -- "$2" <<<"$1" || true; } | wc -l; }
expect() { # file, what, actual, wanted (a number, or +N for at least N)
    local f=$1 what=$2 got=$3 want=$4
    if [[ $want == +* ]]; then (( got >= ${want#+} )) || die "$f: expected at least ${want#+} $what, found $got"
    else (( got == want )) || die "$f: expected $want $what, found $got"; fi
}

md_source() { # name -> its Markdown file
    if [[ -f samples/$1.md ]]; then echo "samples/$1.md"; else echo "$DOCX/sources/$1.md"; fi
}
for name in "${SAMPLES[@]}" "${NEW_SAMPLES[@]}"; do
    f="$WORK/out/$name.docx"
    md=$(md_source "$name")
    [[ $(head -c 2 "$f") == PK ]] || die "$f is not a zip file"
    doc=$(part "$f" word/document.xml)
    # Every Markdown heading is a real Word heading paragraph at the same level.
    for level in 1 2 3; do
        hashes=$(printf '#%.0s' $(seq "$level"))
        expect "$name" "Heading $level paragraphs" "$(count "$doc" "<w:pStyle w:val=\"Heading$level\"/>")" \
            "$(grep -c "^$hashes " "$md" || true)"
    done
    # HTML comments must not become visible text.
    ! grep -q -e 'sofslint-' -e '&lt;!--' <<<"$doc" || die "$name: an HTML comment became text"
    size=$(stat -c %s "$f"); (( size < 100000 )) || die "$name: $size bytes is too big"
    case $name in
        mapping-table|word-mapping-table|row-labelled-map)
            cols=3; [[ $name == row-labelled-map ]] && cols=4
            expect "$name" "tables" "$(count "$doc" '<w:tbl>')" 1
            expect "$name" "grid columns" "$(count "$doc" '<w:gridCol ')" "$cols"
            # Each <br> in a cell is a Word line break.
            expect "$name" "line breaks (w:br)" "$(count "$doc" '<w:br/>')" "$(grep -o '<br>' "$md" | wc -l)" ;;
        *)
            expect "$name" "tables" "$(count "$doc" '<w:tbl>')" 0
            # Markdown list items are Word numbering (w:numPr), not typed bullets.
            expect "$name" "list paragraphs (w:numPr)" "$(count "$doc" '<w:numPr>')" \
                "$(grep -cE '^ *([-*+]|[0-9]+\.) ' "$md" || true)" ;;
    esac
done

f="$WORK/out/features.docx"
doc=$(part "$f" word/document.xml)
expect features "Title paragraphs" "$(count "$doc" '<w:pStyle w:val="Title"/>')" 1
expect features "Heading 1 paragraphs" "$(count "$doc" '<w:pStyle w:val="Heading1"/>')" 3
expect features "Heading 2 paragraphs" "$(count "$doc" '<w:pStyle w:val="Heading2"/>')" 4
expect features "insertions" "$(count "$doc" '<w:ins [^>]*><w:r><w:rPr></w:rPr><w:t>inserted words visible</w:t>')" 1
expect features "deletions" "$(count "$doc" '<w:del [^>]*><w:r><w:rPr></w:rPr><w:delText>deleted words hidden</w:delText>')" 1
expect features "comment anchors" "$(count "$doc" '<w:commentRangeStart ')" 1
expect features "comment references" "$(count "$doc" '<w:commentReference ')" 1
expect features "footnote references" "$(count "$doc" '<w:footnoteReference ')" 1
expect features "text box contents (DrawingML + VML fallback)" "$(count "$doc" '<w:txbxContent>')" 2
expect features "text box text (DrawingML + VML fallback)" "$(count "$doc" 'Text box says Mum is in denial.')" 2
expect features "bold pseudo-heading" "$(count "$doc" '<w:rPr><w:b/><w:bCs/></w:rPr><w:t>Complicating factors</w:t>')" 1
expect features "gridSpan cells" "$(count "$doc" '<w:gridSpan w:val="2"/>')" 1
expect features "line breaks" "$(count "$doc" '<w:br/>')" 1
expect features "nested list items" "$(count "$doc" '<w:ilvl w:val="1"/>')" 1
expect features "trackRevisions setting" "$(count "$(part "$f" word/settings.xml)" '<w:trackRevisions/>')" 1
grep -q 'comment text not checked' <(part "$f" word/comments.xml) || die "features: comment text missing"
grep -q 'footnote text not checked' <(part "$f" word/footnotes.xml) || die "features: footnote text missing"
grep -q 'header text not checked' <(part "$f" word/header1.xml) || die "features: header text missing"
grep -q 'footer text not checked' <(part "$f" word/footer1.xml) || die "features: footer text missing"

# Word 97-2003 binary: an OLE2 compound file (D0 CF 11 E0), not a zip.
[[ $(od -An -tx1 -N4 "$WORK/bad/legacy.doc" | tr -d ' ') == d0cf11e0 ]] || die "legacy.doc is not an OLE2 file"
if [[ $ENCRYPTED_STATUS == made ]]; then
    [[ $(od -An -tx1 -N4 "$WORK/bad/encrypted.docx" | tr -d ' ') == d0cf11e0 ]] || die "encrypted.docx is not an OLE2 file"
    grep -q 'Legacy format test' "$WORK/bad/new.txt" || die "encrypted.docx did not open with the password"
fi

# ---------------------------------------------------------------- 6. install changed files
# "CRC name" for every part. (No {8} in the regex: Debian's default awk, mawk, lacks intervals.)
zip_parts() { unzip -v "$1" | awk 'NR > 3 && length($7) == 8 && $7 ~ /^[0-9a-f]+$/ { print $7, $8 }'; }
changed=0
install_file() { # new, dest, kind (zip|bytes|encrypted)
    local new=$1 dest=$2 kind=$3 same=no
    if [[ -f $dest ]]; then
        case $kind in
            zip) local a b; a=$(zip_parts "$new"); b=$(zip_parts "$dest" 2>/dev/null || true)
                 [[ -n $a && $a == "$b" ]] && same=yes ;;
            bytes) cmp -s "$new" "$dest" && same=yes ;;
            encrypted) [[ -f $WORK/bad/old.txt ]] && cmp -s "$WORK/bad/old.txt" "$WORK/bad/new.txt" && same=yes ;;
        esac
    fi
    if [[ $same == yes ]]; then
        say "unchanged  $dest"
    else
        mkdir -p "$(dirname "$dest")"
        cp "$new" "$dest"
        changed=$((changed + 1))
        say "written    $dest ($(stat -c %s "$dest") bytes)"
    fi
}

for n in "${SAMPLES[@]}"; do install_file "$WORK/out/$n.docx" "$DOCX/libreoffice/$n.docx" zip; done
for n in "${NEW_SAMPLES[@]}"; do install_file "$WORK/out/$n.docx" "samples/$n.docx" zip; done
install_file "$WORK/out/features.docx" "$DOCX/features.docx" zip
install_file "$WORK/bad/legacy.doc" "$DOCX/bad/legacy-renamed.docx" bytes
[[ $ENCRYPTED_STATUS == made ]] && install_file "$WORK/bad/encrypted.docx" "$DOCX/bad/encrypted.docx" encrypted
say "done: $changed file(s) written"
