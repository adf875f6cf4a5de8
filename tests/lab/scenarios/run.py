#!/usr/bin/python3
"""Runs natdoctor's scenario matrix (matrix.tsv) on the namespace lab and prints a
pass/fail table. Needs root; fails (exit 1) otherwise -- it never skips.

    run.py --natdoctor BIN [--group GROUP]... [--keep DIR] [--list] [ROW...]

Rows run group by group: one `natlab up --mode LAB` per group (under the lab lock,
/run/lock/natlab-tests.lock), each row's setups switched on before it and off after it
(a setup the next row also needs stays on), and `natlab down` at the end of the group,
whatever happens. --keep DIR keeps each row's natdoctor stdout, stderr and capture there.
Exit status: 0 when every selected row passed, 1 otherwise.
"""
import argparse
import fcntl
import fnmatch
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.dirname(HERE)
NATLAB = os.path.join(LAB, "natlab")
LOCK = "/run/lock/natlab-tests.lock"
DATA = os.path.normpath(os.path.join(LAB, "..", "data"))  # tests/data: recorded captures
FIELDS = ["group", "name", "lab", "setup", "exit", "outcome", "require", "forbid", "args"]
ROW_TIMEOUT = 150  # seconds for one natdoctor run


def topology():
    """The lab's names and addresses, from lib/topology.sh."""
    names = ["NATLAB_USER", "NATLAB_STATE", "PUB_ADDR", "PRIV_ADDR", "NAT_PUB_ADDR", "DST_ADDR", "DST_ADDR6"]
    script = ". %s; printf '%%s\\n' %s" % (shlex.quote(os.path.join(LAB, "lib", "topology.sh")),
                                          " ".join('"$%s"' % n for n in names))
    out = subprocess.run(["bash", "-c", script], check=True, capture_output=True, text=True).stdout.split("\n")
    return dict(zip(names, out))


def read_matrix(path):
    rows = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != len(FIELDS):
                sys.exit("%s:%d: %d fields, want %d (TAB-separated)" % (path, number, len(parts), len(FIELDS)))
            row = dict(zip(FIELDS, parts))
            row["setups"] = [] if row["setup"] == "-" else row["setup"].split(",")
            for s in row["setups"]:
                if not os.path.exists(os.path.join(HERE, "setup", s + ".sh")):
                    sys.exit("%s:%d: no setup/%s.sh" % (path, number, s))
            if row["lab"] not in ("gateway", "instance", "none"):
                sys.exit("%s:%d: lab is gateway, instance or none" % (path, number))
            if row["lab"] == "none" and row["setups"]:
                sys.exit("%s:%d: a row without a lab has no setup" % (path, number))
            rows.append(row)
    names = [r["name"] for r in rows]
    if len(set(names)) != len(names):
        sys.exit("%s: row names must be unique" % path)
    for g in {r["group"] for r in rows}:
        if len({r["lab"] for r in rows if r["group"] == g}) != 1:
            sys.exit("%s: the rows of group %s need one lab mode" % (path, g))
    return rows


def words(field):
    return [] if field.strip() in ("", "-") else field.split()


def id_matches(pattern, finding_id):
    return fnmatch.fnmatchcase(finding_id, pattern)


def check_ids(findings, require, forbid):
    """Problems with the finding ids, as a list of short texts."""
    problems = []
    for spec in words(require):
        pattern, _, sev = spec.partition("@")
        sevs = sev.split("|") if sev else None
        hits = [f for f in findings if id_matches(pattern, f.get("id", ""))]
        if not hits:
            problems.append("missing " + pattern)
        elif sevs and not any(f.get("severity") in sevs for f in hits):
            problems.append("%s is %s, want %s" % (pattern, "/".join(f.get("severity", "?") for f in hits), sev))
    for spec in words(forbid):
        pattern, _, sev = spec.partition("@")
        sevs = sev.split("|") if sev else None
        for f in findings:
            if id_matches(pattern, f.get("id", "")) and (not sevs or f.get("severity") in sevs):
                problems.append("unexpected %s (%s)" % (f.get("id"), f.get("severity", "?")))
    return problems


def lab(*args, check=True):
    return subprocess.run([NATLAB, *args], check=check, capture_output=True, text=True,
                          env=dict(os.environ, NATLAB_QUIET="1"))


def setup(name, state):
    script = os.path.join(HERE, "setup", name + ".sh")
    r = subprocess.run([script, state], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError("setup %s %s failed: %s" % (name, state, (r.stderr or r.stdout).strip()[-400:]))


def expand(args, topo):
    values = {"user": topo["NATLAB_USER"], "pub": topo["PUB_ADDR"], "priv": topo["PRIV_ADDR"],
              "nat": topo["NAT_PUB_ADDR"], "dst": topo["DST_ADDR"], "dst6": topo["DST_ADDR6"], "data": DATA}
    return [a.format(**values) for a in shlex.split(args)]


def run_row(row, natdoctor, topo, work):
    """Runs one row; returns (passed, got, detail, seconds)."""
    argv = expand(row["args"], topo)
    capture = os.path.join(work, "capture.pcap")
    if argv[0] == "diagnose":
        state = topo["NATLAB_STATE"]
        argv += ["--json", "--known-hosts", os.path.join(state, "known_hosts"),
                 "--identity", os.path.join(state, "id_ed25519"),
                 "--echo-url", "http://%s/ip" % topo["DST_ADDR"], "--capture-file", capture]
    else:
        argv += ["--json"]
    out_path, err_path = os.path.join(work, "stdout.json"), os.path.join(work, "stderr.txt")
    print("  $ natdoctor " + " ".join(shlex.quote(a) for a in argv), flush=True)
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        try:
            rc = subprocess.run([natdoctor, *argv], stdout=out, stderr=err, timeout=ROW_TIMEOUT,
                                env=dict(os.environ, XDG_STATE_HOME=work)).returncode
        except subprocess.TimeoutExpired:
            rc = "timeout"
    seconds = time.monotonic() - started
    problems = []
    outcome, findings = "?", []
    try:
        with open(out_path) as f:
            session = json.load(f)
        findings = session.get("findings") or []
        outcome = (session.get("verdict") or {}).get("outcome") or "?"
    except (OSError, ValueError) as e:
        problems.append("stdout is not a JSON session (%s)" % e.__class__.__name__)
    if str(rc) not in row["exit"].split("|"):
        problems.append("exit %s, want %s" % (rc, row["exit"]))
    if row["outcome"] != "-" and outcome not in row["outcome"].split("|"):
        problems.append("outcome %s, want %s" % (outcome, row["outcome"]))
    problems += check_ids(findings, row["require"], row["forbid"])
    got = "exit %s, %s, %s" % (rc, outcome, " ".join(
        "%s(%s)" % (f.get("id"), (f.get("severity") or "?")[:4]) for f in findings) or "no findings")
    if problems:
        with open(err_path, errors="replace") as f:
            tail = f.read().strip().splitlines()[-8:]
        print("  natdoctor's stderr (last lines):\n    " + "\n    ".join(tail), flush=True)
    return not problems, got, "; ".join(problems), seconds


def run_group(group, rows, natdoctor, topo, keep):
    if rows[0]["lab"] == "none":
        return run_rows(rows, natdoctor, topo, keep)
    with open(LOCK, "w") as lock:  # the lab lock is held for one group at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        return run_lab_group(group, rows, natdoctor, topo, keep)


def run_rows(rows, natdoctor, topo, keep):
    """Rows on recorded captures (lab none): no lab, no setup."""
    results = []
    print("== rows without a lab", flush=True)
    for row in rows:
        print("-- %s" % row["name"], flush=True)
        work = tempfile.mkdtemp(prefix="natlab-scen-%s." % row["name"])
        passed, got, detail, seconds = run_row(row, natdoctor, topo, work)
        print("  %s: %s%s" % ("PASS" if passed else "FAIL", got, "" if passed else " -- " + detail), flush=True)
        results.append((row, passed, got, detail, seconds))
        if keep:
            dest = os.path.join(keep, row["name"])
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(work, dest)
        shutil.rmtree(work, ignore_errors=True)
    return results


def run_lab_group(group, rows, natdoctor, topo, keep):
    results = []
    print("== group %s: natlab up --mode %s" % (group, rows[0]["lab"]), flush=True)
    lab("down", check=False)
    try:
        t0 = time.monotonic()
        r = lab("up", "--mode", rows[0]["lab"], check=False)
        print("  (natlab up: %.1f s)" % (time.monotonic() - t0), flush=True)
        if r.returncode != 0:
            detail = "natlab up failed: " + (r.stderr or r.stdout).strip()[-300:]
            return [(row, False, "-", detail, 0.0) for row in rows]
        active = []
        for i, row in enumerate(rows):
            print("-- %s (%s)" % (row["name"], row["setup"]), flush=True)
            work = tempfile.mkdtemp(prefix="natlab-scen-%s." % row["name"])
            os.chmod(work, 0o755)
            try:
                for s in [s for s in active if s not in row["setups"]]:
                    setup(s, "off")
                    active.remove(s)
                for s in row["setups"]:
                    if s not in active:
                        setup(s, "on")
                        active.append(s)
                passed, got, detail, seconds = run_row(row, natdoctor, topo, work)
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                passed, got, detail, seconds = False, "-", str(e), 0.0
            print("  %s: %s%s" % ("PASS" if passed else "FAIL", got, "" if passed else " -- " + detail), flush=True)
            results.append((row, passed, got, detail, seconds))
            if keep:
                dest = os.path.join(keep, row["name"])
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(work, dest)
            shutil.rmtree(work, ignore_errors=True)
        for s in reversed(active):
            try:
                setup(s, "off")
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                print("  (%s)" % e, flush=True)
    finally:
        lab("down", check=False)
    return results


def on_signal(signum, _frame):
    raise SystemExit("run.py: signal %d, taking the lab down" % signum)  # the finally clauses run


def main():
    signal.signal(signal.SIGTERM, on_signal)
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--natdoctor", help="the natdoctor binary")
    p.add_argument("--matrix", default=os.path.join(HERE, "matrix.tsv"))
    p.add_argument("--group", action="append", default=[], help="run only this group (repeatable)")
    p.add_argument("--keep", help="keep each row's outputs and capture in DIR/ROW/")
    p.add_argument("--list", action="store_true", help="print the groups and rows, run nothing")
    p.add_argument("rows", nargs="*", help="run only these rows")
    a = p.parse_args()
    rows = read_matrix(a.matrix)
    if a.list:
        for r in rows:
            print("%s\t%s" % (r["group"], r["name"]))
        return 0
    unknown = set(a.rows) - {r["name"] for r in rows}
    unknown |= set(a.group) - {r["group"] for r in rows}
    if unknown:
        sys.exit("run.py: no such row or group: " + " ".join(sorted(unknown)))
    rows = [r for r in rows if (not a.group or r["group"] in a.group) and (not a.rows or r["name"] in a.rows)]
    if not a.natdoctor or not os.access(a.natdoctor, os.X_OK):
        print("FAIL: --natdoctor BIN (an executable natdoctor) is required")
        return 1
    needs_lab = any(r["lab"] != "none" for r in rows)
    if needs_lab and os.geteuid() != 0:
        print("FAIL: the scenario matrix needs root (network namespaces, nftables, sshd): run as root")
        return 1
    for tool in ("ip", "nft", "sshd", "tcpdump", "curl", "openssl", "unshare", "ss") if needs_lab else ():
        if not shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin"):
            print("FAIL: %s is not installed (packaging/dev.sh deps installs what the lab needs)" % tool)
            return 1
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    natdoctor = os.path.abspath(a.natdoctor)
    topo = topology()
    started = time.monotonic()
    results = []
    groups = []
    for r in rows:
        if r["group"] not in groups:
            groups.append(r["group"])
    for g in groups:
        results += run_group(g, [r for r in rows if r["group"] == g], natdoctor, topo, a.keep)
    total = time.monotonic() - started

    print("\n%-26s %-5s %6s  %-22s %s" % ("row", "", "secs", "expected", "got"))
    for row, passed, got, detail, seconds in results:
        print("%-26s %-5s %6.1f  %-22s %s" % (row["name"], "PASS" if passed else "FAIL", seconds,
                                              "exit %s %s" % (row["exit"], row["outcome"]), got))
        if not passed:
            print("%-26s       %s" % ("", detail))
    failed = sum(1 for r in results if not r[1])
    print("\n%d of %d rows passed in %.0f s" % (len(results) - failed, len(results), total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
