#!/bin/bash
# natdoctor analyze FILE --report ...: headless (no display), atomic, redacted,
# clear errors. Usage: report_cli.sh NATDOCTOR DATA_DIR OUTPUT_DIR
set -u
natdoctor=$1
data=$2
out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

export LC_ALL=C # default paper A4; the locale checks below set their own
# No display: the report path starts Qt offscreen by itself.
# The capture's verdict is "a problem found", exit 1: that is success here
# (2 is an error, and 0 or 3 would be a wrong verdict).
run() {
    local rc=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$natdoctor" "$@" || rc=$?
    [ "$rc" -eq 1 ] && return 0
    [ "$rc" -eq 0 ] && { echo "natdoctor exited 0 (no problem) on a capture with fragments" >&2; return 9; }
    return "$rc"
}

capture=$data/pub-eth-gateway-large.pcap

# analyze without --report still needs no display and writes nothing.
(cd "$work" && run analyze "$capture" >summary.txt 2>err.txt) || fail "plain analyze without a display: $(cat "$work/err.txt")"
grep -q "tcp-fragments-from-destination" "$work/summary.txt" || fail "plain analyze printed no findings"
[ "$(ls "$work")" = "$(printf 'err.txt\nsummary.txt')" ] || fail "plain analyze wrote files: $(ls "$work")"

# PDF: valid, paged, with the verdict, findings, commands and page numbers.
run analyze "$capture" --report "$work/out.pdf" >/dev/null 2>"$work/err.txt" || fail "analyze --report out.pdf: $(cat "$work/err.txt")"
pdfinfo "$work/out.pdf" >"$work/info.txt" 2>&1 || fail "pdfinfo rejects the PDF: $(cat "$work/info.txt")"
pages=$(sed -n 's/^Pages: *//p' "$work/info.txt")
[ "${pages:-0}" -ge 1 ] || fail "no pages"
pdftotext "$work/out.pdf" "$work/out.txt"
for needle in "Cause found: the destination sends fragmented TCP" "The destination sends fragmented TCP packets" \
    "tcp-fragments-from-destination" "sudo sysctl -w net.ipv4.ip_no_pmtu_disc=0" "Page 1 of $pages" \
    "198.18.3.10" "Fragment sizes" "Appendix" "pub-eth-gateway-large.pcap"; do
    grep -qF -- "$needle" "$work/out.txt" || fail "PDF text lacks \"$needle\""
done
grep -q "A4" "$work/info.txt" || fail "default paper (C locale) is not A4: $(grep 'Page size' "$work/info.txt")"
pdftoppm -png -r 60 -f 1 -l 1 "$work/out.pdf" "$out/analyze-report" || fail "pdftoppm"
[ -s "$out/analyze-report-1.png" ] || fail "no first-page PNG"

# --paper letter
run analyze "$capture" --report "$work/letter.pdf" --paper letter >/dev/null 2>&1 || fail "--paper letter"
pdfinfo "$work/letter.pdf" | grep -q "612 x 792" || fail "--paper letter is not Letter"

# The default paper follows the locale; --paper overrides it.
LC_ALL=en_US.UTF-8 run analyze "$capture" --report "$work/us.pdf" >/dev/null 2>&1 || fail "en_US report"
pdfinfo "$work/us.pdf" | grep -q "612 x 792" || fail "en_US default paper is not Letter"
LC_ALL=de_DE.UTF-8 run analyze "$capture" --report "$work/de.pdf" >/dev/null 2>&1 || fail "de_DE report"
pdfinfo "$work/de.pdf" | grep -q "595 x 842" || fail "de_DE default paper is not A4"
LC_ALL=en_US.UTF-8 run analyze "$capture" --report "$work/us-a4.pdf" --paper a4 >/dev/null 2>&1 || fail "--paper a4"
pdfinfo "$work/us-a4.pdf" | grep -q "595 x 842" || fail "--paper a4 does not override the locale"

# --redact: no original address in PDF text, HTML or JSON.
for ext in pdf html json; do
    run analyze "$capture" --report "$work/red.$ext" --redact >/dev/null 2>"$work/err.txt" || fail "--redact .$ext: $(cat "$work/err.txt")"
done
pdftotext "$work/red.pdf" "$work/red.txt"
for f in red.txt red.html red.json; do
    grep -qE '198\.18\.3\.10|198\.18\.2\.10' "$work/$f" && fail "$f still holds an address"
    grep -q "host-A" "$work/$f" || fail "$f has no placeholder"
done
grep -q "<svg" "$work/red.html" || fail "HTML has no inline SVG chart"

# The case fields: at the top of the PDF and HTML, in the JSON's "case" object (only those
# set); --redact replaces the customer and the case id everywhere, where captured stays.
case_args=(--case-id "SR-2026-0042" --customer "Globex Industries" --where-captured "public subnet host i-0abc, eu-west-1")
for ext in pdf html json; do
    run analyze "$capture" --report "$work/case.$ext" "${case_args[@]}" >/dev/null 2>"$work/err.txt" \
        || fail "case fields .$ext: $(cat "$work/err.txt")"
    run analyze "$capture" --report "$work/case-red.$ext" --redact "${case_args[@]}" >/dev/null 2>"$work/err.txt" \
        || fail "case fields --redact .$ext: $(cat "$work/err.txt")"
done
pdftotext "$work/case.pdf" "$work/case.txt"
pdftotext "$work/case-red.pdf" "$work/case-red.txt"
head -n 12 "$work/case.txt" | grep -qF "Case ID: SR-2026-0042" || fail "the PDF's top lacks the case id: $(head -n 12 "$work/case.txt")"
for needle in "Customer: Globex Industries" "Where captured: public subnet host i-0abc, eu-west-1"; do
    grep -qF -- "$needle" "$work/case.txt" || fail "the PDF lacks \"$needle\""
done
grep -qF "Globex Industries" "$work/case.html" || fail "the HTML lacks the customer"
python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["case"]
sys.exit(0 if c == {"id": "SR-2026-0042", "customer": "Globex Industries",
                    "where_captured": "public subnet host i-0abc, eu-west-1"} else 1)' "$work/case.json" \
    || fail "the JSON's case object: $(grep -A4 '"case"' "$work/case.json")"
run analyze "$capture" --report "$work/case-id.json" --case-id "SR-1" >/dev/null 2>&1 || fail "--case-id alone"
python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["case"]
sys.exit(0 if c == {"id": "SR-1"} else 1)' "$work/case-id.json" || fail "the JSON's case object holds unset fields"
for f in case-red.txt case-red.html case-red.json; do
    grep -qiE "globex|SR-2026-0042" "$work/$f" && fail "$f still holds the customer or the case id"
    grep -qF "customer-1" "$work/$f" || fail "$f has no customer placeholder"
    grep -qF "i-0abc, eu-west-1" "$work/$f" || fail "$f lost where it was captured"
done
expect_case_error() { # expected-substring args...
    local want=$1
    shift
    "$natdoctor" analyze "$capture" "$@" >/dev/null 2>"$work/err.txt"
    local rc=$?
    [ $rc -eq 2 ] && [ "$(wc -l <"$work/err.txt")" -eq 1 ] || fail "$* exited $rc: $(cat "$work/err.txt")"
    grep -qF -- "$want" "$work/err.txt" || fail "$*: stderr lacks \"$want\": $(cat "$work/err.txt")"
}
expect_case_error "go with --report" --customer Globex
expect_case_error "one line of text" --report "$work/nl.pdf" --where-captured "$(printf 'a\nb')"
expect_case_error "longer than 200 bytes" --report "$work/long.pdf" --case-id "$(head -c 201 /dev/zero | tr '\0' x)"
[ -e "$work/nl.pdf" ] || [ -e "$work/long.pdf" ] && fail "a report was written despite a bad case field"

# An existing file is replaced whole, and nothing else is left behind.
mkdir "$work/replace"
echo "old contents" >"$work/replace/r.pdf"
run analyze "$capture" --report "$work/replace/r.pdf" >/dev/null 2>&1 || fail "replacing an existing report"
head -c 5 "$work/replace/r.pdf" | grep -q "%PDF-" || fail "the existing file was not replaced by a PDF"
[ "$(ls -A "$work/replace")" = "r.pdf" ] || fail "leftovers next to the report: $(ls -A "$work/replace")"

# Unwritable targets: exit 2, a reason naming the file, no partial file.
expect_error() { # expected-substring args...
    local want=$1
    shift
    run analyze "$capture" "$@" >/dev/null 2>"$work/err.txt"
    local rc=$?
    [ $rc -eq 2 ] || fail "$* exited $rc, not 2"
    grep -qF -- "$want" "$work/err.txt" || fail "$*: stderr lacks \"$want\": $(cat "$work/err.txt")"
}
expect_error "/proc/x.pdf" --report /proc/x.pdf
[ -e /proc/x.pdf ] && fail "/proc/x.pdf exists"
mkdir "$work/dir.pdf"
expect_error "directory" --report "$work/dir.pdf"
expect_error "/nonexistent-dir/x.pdf" --report /nonexistent-dir/x.pdf
expect_error ".pdf, .html or .json" --report "$work/out.txt"
expect_error "--paper is a4 or letter" --report "$work/x.pdf" --paper a5
expect_error "--report needs a value" --report
expect_error "go with --report" --redact
[ -e "$work/x.pdf" ] && fail "a report was written despite a usage error"

# diagnose checks the report flags before connecting anywhere.
"$natdoctor" diagnose --public u@192.0.2.1 --dest 192.0.2.2:80 --report "$work/d.txt" >/dev/null 2>"$work/err.txt"
[ $? -eq 2 ] && grep -qF ".pdf, .html or .json" "$work/err.txt" || fail "diagnose --report d.txt: $(cat "$work/err.txt")"

# diagnose writes the report of what it collected, even when a host is unreachable
# (nothing listens on 127.0.0.1:1): exit 2 for the connection, a valid PDF.
"$natdoctor" diagnose --public u@127.0.0.1:1 --dest 127.0.0.1:80 --report "$work/diag.pdf" >/dev/null 2>"$work/err.txt"
[ $? -eq 2 ] || fail "diagnose against a closed port did not exit 2"
pdftotext "$work/diag.pdf" - 2>/dev/null | grep -q "The fragmentation check did not run" \
    || fail "diagnose --report: no report of the partial session: $(cat "$work/err.txt")"

if [ $failures -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all report CLI checks passed; first page: $out/analyze-report-1.png"
