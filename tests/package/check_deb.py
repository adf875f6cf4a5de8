#!/usr/bin/env python3
"""Builds the .deb from the build tree with CPack, unpacks it into a scratch
root and checks what a user would get from `apt install ./natdoctor_*.deb`:
control fields and shlibdeps dependencies, the installed binary running from
the package (--version, analyze on the installed example capture), the
.desktop file, the AppStream metainfo, the MIME definition, the man page
(renders without warnings, documents every option --help lists), the icons
and the translations.

usage: check_deb.py --cpack CPACK --build-dir DIR --source-dir DIR --version V --work DIR
Exit status 0 all checks passed, 1 a check failed, 77 not a dpkg system (skip).
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "io.github.natdoctor.NatDoctor"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
PCAP_MIME = ["application/vnd.tcpdump.pcap", "application/x-pcapng"]
# Options the man page must document even before --help lists them.
EXTRA_MAN_OPTIONS = ["--report", "--redact", "--paper"]

failures = []


def check(condition, message):
    if condition:
        print(f"ok: {message}")
    else:
        print(f"FAIL: {message}")
        failures.append(message)
    return condition


def run(argv, **kw):
    """Runs argv, returns CompletedProcess with text stdout/stderr."""
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 300)
    return subprocess.run(argv, **kw)


def need_tool(name, package):
    path = shutil.which(name)
    if not path:
        print(f"FAIL: {name} is missing: install {package} (packaging/dev.sh deps does)")
        sys.exit(1)
    return path


def build_deb(args, out_dir):
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    config = Path(args.build_dir) / "CPackConfig.cmake"
    if not config.exists():
        print(f"FAIL: {config} is missing (is the build configured with NATDOCTOR_BUILD_UI=ON?)")
        sys.exit(1)
    print(f"$ cpack -G DEB --config {config} -B {out_dir}", flush=True)
    p = run([args.cpack, "-G", "DEB", "--config", str(config), "-B", str(out_dir)], cwd=args.build_dir, timeout=500)
    print(p.stdout + p.stderr)
    if p.returncode != 0:
        print("FAIL: cpack failed (has the build tree been built? cmake --build BUILD first)")
        sys.exit(1)
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    debs = sorted(out_dir.glob("*.deb"))
    expected = out_dir / f"natdoctor_{args.version}_{arch}.deb"
    check(debs == [expected], f"cpack made exactly {expected.name} (made: {[d.name for d in debs]})")
    if not expected.exists():
        sys.exit(1)
    return expected


def owning_package(lib_path):
    """The Debian package that owns a library path, trying the /usr-merged twin too."""
    candidates = [lib_path, os.path.realpath(lib_path)]
    for c in list(candidates):
        if c.startswith("/usr/"):
            candidates.append(c[len("/usr"):])
        else:
            candidates.append("/usr" + c)
    for c in candidates:
        p = run(["dpkg-query", "-S", c])
        if p.returncode == 0 and ":" in p.stdout:
            return p.stdout.split(":")[0].split(",")[0].strip()
    return None


def control_checks(deb):
    fields = {}
    for name in ["Package", "Version", "Architecture", "Section", "Priority", "Maintainer", "Depends", "Recommends",
                 "Suggests", "Description", "Homepage", "Installed-Size"]:
        fields[name] = run(["dpkg-deb", "-f", str(deb), name]).stdout.strip()
    info = run(["dpkg-deb", "-I", str(deb)]).stdout
    print(info)
    depends = fields["Depends"]
    check(fields["Package"] == "natdoctor", f"Package: {fields['Package']}")
    check(fields["Section"] == "net", f"Section: {fields['Section']}")
    check(bool(fields["Maintainer"]), f"Maintainer: {fields['Maintainer']}")
    check(len(fields["Description"].splitlines()) > 2, "Description has a synopsis and a long description")
    for lib in ["libqt6core6", "libqt6widgets6", "libqt6charts6", "libpcap0.8", "libssh-4"]:
        check(re.search(rf"(^|[ ,]){re.escape(lib)}\b", depends) is not None, f"Depends (from shlibdeps) names {lib}")
    check(re.search(r"libqt6core6 \(>= [0-9.]+\)", depends) is not None, "Depends carries versions (dpkg-shlibdeps ran)")
    check("openssh-client" in fields["Recommends"], f"Recommends: {fields['Recommends']}")
    check("tshark" in fields["Suggests"], f"Suggests: {fields['Suggests']}")
    return fields


def contents_checks(deb):
    listing = run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines()
    paths = [line.split()[-1] for line in listing if line.strip()]
    files = [p for p in paths if not p.endswith("/")]
    outside = [p for p in paths if not p.startswith("./usr/")]
    check(not outside, f"everything is under /usr (outside: {outside})")
    stray = [p for p in files if p.startswith("./usr/local/") or "/include/" in p or p.endswith((".a", ".cmake", ".h"))]
    check(not stray, f"no headers, static libraries or CMake files (found: {stray})")
    perms = [line for line in listing if line.startswith("-") and not line.startswith(("-rw-r--r--", "-rwxr-xr-x"))]
    check(not perms, f"files are 0644 or 0755 (odd: {perms})")
    return files


def binary_checks(root, fields, args):
    binary = root / "usr/bin/natdoctor"
    if not check(binary.is_file() and os.access(binary, os.X_OK), "usr/bin/natdoctor is an executable"):
        return None
    desc = run(["file", "-b", str(binary)]).stdout
    check("ELF" in desc and ", stripped" in desc, f"the packaged binary is stripped ELF ({desc.strip()[:80]}...)")

    ldd = run(["ldd", str(binary)]).stdout
    check("not found" not in ldd, "ldd resolves every library of the packaged binary")

    # Every library the binary links directly must come from a package in Depends.
    needed = re.findall(r"NEEDED\s+(\S+)", run(["objdump", "-p", str(binary)]).stdout)
    check(len(needed) >= 5, f"objdump lists the binary's libraries ({', '.join(needed)})")
    depends = {d.strip().split()[0] for d in re.split(r"[,|]", fields["Depends"]) if d.strip()}
    resolved = dict(re.findall(r"^\s*(\S+) => (/\S+)", ldd, re.M))
    for lib in needed:
        path = resolved.get(lib)
        pkg = owning_package(path) if path else None
        check(pkg is not None and pkg in depends, f"{lib} comes from {pkg}, which is in Depends")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    p = run([str(binary), "--version"], env=env, timeout=60)
    check(p.returncode == 0 and p.stdout.strip() == f"natdoctor {args.version}",
          f"natdoctor --version prints 'natdoctor {args.version}' (got {p.stdout.strip()!r}, exit {p.returncode})")
    return binary


def analyze_checks(root, binary, args):
    example = root / "usr/share/natdoctor/examples/example-gateway-fragments.pcap"
    source = Path(args.source_dir) / "resources/examples/example-gateway-fragments.pcap"
    if not check(example.is_file(), "the example capture is installed in usr/share/natdoctor/examples"):
        return
    check(example.read_bytes() == source.read_bytes(), "the installed example capture is the one the Welcome page embeds")
    if binary is None:
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    p = run([str(binary), "analyze", str(example), "--json"], env=env, timeout=120)
    check(p.returncode in (0, 1), f"natdoctor analyze --json on the installed example exits 0 or 1 (got {p.returncode}; {p.stderr.strip()})")
    try:
        summary = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        check(False, f"analyze --json prints one JSON object ({e})")
        return
    ids = [f.get("id") for f in summary.get("findings", [])]
    check("tcp-fragments-from-destination" in ids, f"the example capture gives tcp-fragments-from-destination (findings: {ids})")
    check(summary.get("fragments", {}).get("packets", 0) > 0, "the example capture has fragments")
    p = run([str(binary), "analyze", str(example)], env=env, timeout=120)
    check(p.returncode in (0, 1) and p.stdout.strip() != "", "natdoctor analyze (text) prints a summary")


def desktop_checks(root, files):
    desktop = root / f"usr/share/applications/{APP_ID}.desktop"
    if not check(desktop.is_file(), f"usr/share/applications/{APP_ID}.desktop is installed"):
        return
    apps = [f for f in files if f.startswith("./usr/share/applications/")]
    check(apps == [f"./usr/share/applications/{APP_ID}.desktop"], f"exactly one .desktop file ({apps})")
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    p = run([tool, str(desktop)])
    output = (p.stdout + p.stderr).strip()
    print(output)
    bad = [line for line in output.splitlines() if ": error:" in line or ": warning:" in line]
    check(p.returncode == 0 and not bad, f"desktop-file-validate passes without errors or warnings (exit {p.returncode})")

    entry = {}
    for line in desktop.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry.setdefault(key.strip(), value.strip())
    exec_words = entry.get("Exec", "").split()
    check(bool(exec_words) and (root / "usr/bin" / exec_words[0]).is_file(),
          f"Exec={entry.get('Exec')} runs the packaged binary")
    check("%f" in exec_words or "%F" in exec_words, "Exec passes the opened file (natdoctor FILE.pcap)")
    check(entry.get("Icon") == APP_ID, f"Icon={entry.get('Icon')}")
    categories = entry.get("Categories", "").split(";")
    check("Network" in categories and "Utility" in categories, f"Categories={entry.get('Categories')}")
    mimes = entry.get("MimeType", "").split(";")
    for m in PCAP_MIME:
        check(m in mimes, f"MimeType lists {m}")


def metainfo_checks(root, args):
    meta = root / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    if not check(meta.is_file(), f"usr/share/metainfo/{APP_ID}.metainfo.xml is installed"):
        return
    tool = need_tool("appstreamcli", "appstream")
    p = run([tool, "validate", "--no-net", str(meta)])
    print((p.stdout + p.stderr).strip())
    check(p.returncode == 0, f"appstreamcli validate --no-net passes (exit {p.returncode})")
    tree = ET.parse(meta).getroot()
    check(tree.findtext("id") == APP_ID, f"metainfo id is {APP_ID}")
    launchable = tree.find("launchable[@type='desktop-id']")
    check(launchable is not None and launchable.text == f"{APP_ID}.desktop"
          and (root / f"usr/share/applications/{APP_ID}.desktop").is_file(),
          "metainfo launchable names the installed .desktop file")
    binaries = [b.text for b in tree.iterfind("provides/binary")]
    check(binaries == ["natdoctor"] and (root / "usr/bin/natdoctor").is_file(), "metainfo provides the natdoctor binary")
    releases = [r.get("version") for r in tree.iterfind("releases/release")]
    check(bool(releases) and releases[0] == args.version,
          f"the newest metainfo release is the project version {args.version} (releases: {releases}); "
          f"add a <release> to packaging/{APP_ID}.metainfo.xml when the version changes")
    check(tree.find("content_rating") is not None, "metainfo has a content_rating")

    mime = root / f"usr/share/mime/packages/{APP_ID}.xml"
    if check(mime.is_file(), "the pcapng MIME definition is installed"):
        ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
        types = [t.get("type") for t in ET.parse(mime).getroot().iter(f"{ns}mime-type")]
        check(types == ["application/x-pcapng"], f"it defines application/x-pcapng ({types})")
        tool = shutil.which("update-mime-database")
        if tool:  # shared-mime-info: builds a scratch cache from it, and rejects bad XML
            scratch = Path(args.work) / "mime"
            shutil.rmtree(scratch, ignore_errors=True)
            (scratch / "packages").mkdir(parents=True)
            shutil.copy(mime, scratch / "packages")
            p = run([tool, str(scratch)], env=dict(os.environ, PKGSYSTEM_ENABLE_FSYNC="0", XDG_DATA_DIRS=str(scratch.parent)))
            check(p.returncode == 0 and p.stderr.strip() == "" and (scratch / "application/x-pcapng.xml").is_file(),
                  f"update-mime-database accepts it ({p.stderr.strip()})")


def render_man(page):
    """Returns (plain text, warnings) of a man page rendered like man(1) does."""
    source = gzip.decompress(page.read_bytes()).decode("utf-8")
    groff = shutil.which("groff")
    env = dict(os.environ, LC_ALL="C.UTF-8")
    if groff:
        p = run([groff, "-man", "-Tutf8", "-ww", "-P-cbou"], input=source, env=env)
    else:
        tool = need_tool("man", "man-db or groff-base")
        p = run([tool, "--warnings", "-E", "UTF-8", "-l", str(page)], env=dict(env, MANPAGER="cat", MANWIDTH="80"))
    text = p.stdout.replace("\u2212", "-").replace("\u2010", "-")
    return text, p.stderr.strip(), p.returncode


def help_options(binary):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    options = set()
    for argv in (["--help"], ["analyze", "--help"], ["diagnose", "--help"]):
        p = run([str(binary)] + argv, env=env, timeout=60)
        options |= set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", p.stdout))
    return options


def man_checks(root, binary):
    page = root / "usr/share/man/man1/natdoctor.1.gz"
    if not check(page.is_file(), "usr/share/man/man1/natdoctor.1.gz is installed"):
        return
    check(run(["gzip", "-t", str(page)]).returncode == 0, "the man page is valid gzip")
    text, warnings, rc = render_man(page)
    check(rc == 0 and warnings == "", f"the man page renders without warnings ({warnings!r})")
    check(len(text.splitlines()) > 200, f"the man page has content ({len(text.splitlines())} lines)")
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "FILES", "EXAMPLES", "SAFETY"]:
        check(re.search(rf"^{section}$", text, re.M) is not None, f"the man page has a {section} section")
    wanted = set(EXTRA_MAN_OPTIONS) | (help_options(binary) if binary else set())
    check(len(wanted) > 10, f"--help lists the options ({sorted(wanted)})")
    missing = sorted(o for o in wanted if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text))
    check(not missing, f"the man page documents every option --help lists (missing: {missing})")
    for phrase in ["analyze", "diagnose", "known_hosts", "timestamps-journal", "XDG_STATE_HOME", "sudo -n",
                   "dead-man", "tcp-fragments-from-destination", "fragments.packets", "tcp.timeline"]:
        check(phrase in text, f"the man page covers {phrase}")


def icon_checks(root, files):
    svg = root / f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"
    if check(svg.is_file(), "the scalable SVG icon is installed"):
        check(ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg", "the SVG icon is an SVG document")
    for size in ICON_SIZES:
        png = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        if check(png.is_file(), f"the {size}x{size} PNG icon is installed"):
            desc = run(["file", "-b", str(png)]).stdout
            check(f"PNG image data, {size} x {size}," in desc, f"it is {size}x{size} ({desc.strip()})")
    other = [f for f in files if f.startswith("./usr/share/icons/") and APP_ID not in f]
    check(not other, f"no other icons ({other})")


def translation_checks(root, args):
    sources = sorted(Path(args.source_dir, "translations").glob("*.qm")) + sorted(
        Path(args.build_dir, "translations").glob("*.qm"))
    for qm in sources:
        check((root / "usr/share/natdoctor/translations" / qm.name).is_file(), f"translation {qm.name} is installed")
    print(f"ok: {len(sources)} translation(s) to install")


def copyright_checks(root, args):
    # What lintian asks for: a machine-readable copyright file in the doc directory.
    copyright = root / "usr/share/doc/natdoctor/copyright"
    if not check(copyright.is_file(), "usr/share/doc/natdoctor/copyright is installed"):
        return
    text = copyright.read_text(encoding="utf-8")
    check(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
          "the copyright file is in the machine-readable format (DEP-5)")
    check(re.search(r"^Files: \*\nCopyright: .+\nLicense: Apache-2.0$", text, re.M) is not None,
          "the copyright file puts Files: * under Apache-2.0")
    check(text == (Path(args.source_dir) / "packaging/copyright").read_text(encoding="utf-8"),
          "the installed copyright file is packaging/copyright")
    check((Path(args.source_dir) / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License"),
          "LICENSE holds the Apache License 2.0")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpack", required=True)
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--work", required=True)
    args = ap.parse_args()

    if not shutil.which("dpkg-deb"):
        print("skipped: dpkg-deb is missing (not a Debian system)")
        return 77
    need_tool("dpkg-shlibdeps", "dpkg-dev")
    need_tool("file", "file")
    need_tool("objdump", "binutils")

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    deb = build_deb(args, work / "out")
    root = work / "root"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    p = run(["dpkg-deb", "-x", str(deb), str(root)])
    if not check(p.returncode == 0, f"dpkg-deb -x unpacks the package ({p.stderr.strip()})"):
        return 1

    fields = control_checks(deb)
    files = contents_checks(deb)
    binary = binary_checks(root, fields, args)
    analyze_checks(root, binary, args)
    desktop_checks(root, files)
    metainfo_checks(root, args)
    man_checks(root, binary)
    icon_checks(root, files)
    translation_checks(root, args)
    copyright_checks(root, args)

    print()
    print(f"package: {deb} ({deb.stat().st_size} bytes, Installed-Size {fields['Installed-Size']} KiB, {len(files)} files)")
    print(f"Depends: {fields['Depends']}")
    print(f"Recommends: {fields['Recommends']}")
    print(f"Suggests: {fields['Suggests']}")
    if failures:
        print(f"\n{len(failures)} check(s) failed:")
        for f in failures:
            print(f"  - {f}")
        return 1
    print("all package checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
