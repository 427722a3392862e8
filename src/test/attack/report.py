#!/usr/bin/env python3
"""Writes what an attack run (run.sh) found into docs/security.md, between the markers of its "Attack runs" section;
the rest of the page, the section's hand-written part included, is left as it is."""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess

BEGIN = "<!-- attack-runs:begin (written by src/test/attack/run.sh) -->"
END = "<!-- attack-runs:end -->"
LEVELS = {"4": "critical", "3": "high", "2": "medium", "1": "low", "0": "info"}


def cell(text, limit=160):
    text = re.sub(r"\s+", " ", str(text)).replace("|", "\\|").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def sqlmap_rows(out):
    rows = []
    targets = {}
    with open(os.path.join(out, "sqlmap-targets.txt"), encoding="utf-8") as f:
        for line in f:
            name, method, path, token, ctype, body = line.rstrip("\n").split("|", 5)
            targets["api-" + name] = (method, path, body)
    targets["signin-username"] = ("POST", "/login.xhtml", "login:username")
    targets["signin-password"] = ("POST", "/login.xhtml", "login:password (random user name each try)")
    for name in ["signin-username", "signin-password"] + sorted(k for k in targets if k.startswith("api-")):
        log_path = os.path.join(out, "sqlmap", name + ".log")
        if not os.path.exists(log_path):
            continue
        log = open(log_path, encoding="utf-8", errors="replace").read()
        rc = open(os.path.join(out, "sqlmap", name + ".rc")).read().strip()
        method, path, body = targets[name]
        where = body if name.startswith("signin") else (
            "body " + cell(body, 60) if body != "-" else ("path" if "*" in path else "query" if "?" in path else "none"))
        if "identified the following injection point" in log or re.search(r"parameter '.*' is vulnerable", log):
            outcome = "**INJECTABLE**"
        elif "do not appear to be injectable" in log:
            outcome = "not injectable"
        elif rc in ("124", "130", "137"):
            outcome = "stopped at the time limit"
        else:
            crit = re.findall(r"\[CRITICAL\] (.*)", log)
            outcome = "ended: " + cell(crit[-1], 100) if crit else "ended (rc %s)" % rc
        codes = re.findall(r"HTTP error codes detected during run:\s*\n?(.*)", log)
        tested = sorted(set(re.findall(r"testing '([^']+)'", log)))
        rows.append("| %s | `%s %s` | %s | %s | %d | %s |" % (
            name, method, cell(path.replace("*", ""), 60), cell(where, 70), outcome, len(tested),
            cell(codes[-1], 70) if codes else ""))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--app-port", required=True)
    ap.add_argument("--sqlmap-version", default="?")
    ap.add_argument("--wapiti-version", default="?")
    ap.add_argument("--wapiti-seconds", default="?")
    ap.add_argument("--sqlmap-seconds", default="?")
    a = ap.parse_args()

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "pom.xml"], capture_output=True, text=True).stdout.strip()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [BEGIN, "",
             "**Last run:** %s, commit `%s`%s; %s, %s; the demo (`./mvnw -Pdemo`) on a free loopback port." % (
                 now, commit, " with local changes" if dirty else "", a.sqlmap_version or "sqlmap ?", a.wapiti_version),
             ""]

    rows = sqlmap_rows(a.out)
    lines += ["**sqlmap** (`--level=2 --risk=1 --dbms=MySQL`, every technique, at most %ss per target, through the proxy):" % a.sqlmap_seconds,
              "", "| target | request | injected into | outcome | techniques tried | HTTP errors seen |",
              "| --- | --- | --- | --- | --- | --- |"] + rows + [""]

    report_path = os.path.join(a.out, "wapiti.json")
    wlog = open(os.path.join(a.out, "wapiti.log"), encoding="utf-8", errors="replace").read() if os.path.exists(
        os.path.join(a.out, "wapiti.log")) else ""
    found = re.findall(r"Wapiti found (\d+) URLs and forms", wlog)
    counts = {}
    for name in ("wapiti", "sqlmap"):
        p = os.path.join(a.out, "proxy-%s.json" % name)
        if os.path.exists(p):
            counts[name] = json.load(open(p))
    wc = counts.get("wapiti", {})
    lines += ["**wapiti** (modules %s; at most %ss, signed in as `canbo`): %s URLs and forms crawled; through the proxy "
              "%s requests, %s Faces postbacks of which %s got a fresh view state and nonce (%s could not: page without a "
              "form), %s sign-ins, %s requests refused for leaving the target; answers by status: %s." % (
                  ", ".join(sorted(re.search(r"MODULES=(\S+)", open(os.path.join(os.path.dirname(__file__), "run.sh")).read()).group(1).split(","))),
                  a.wapiti_seconds, found[-1] if found else "?", wc.get("requests", "?"), wc.get("postbacks", "?"),
                  wc.get("fixed", "?"), wc.get("unfixable", "?"), wc.get("sign_ins", "?"), wc.get("refused_outside", "?"),
                  ", ".join("%s × %s" % (v, k) for k, v in sorted(wc.get("status", {}).items()))), ""]
    sc = counts.get("sqlmap", {})
    if sc:
        lines += ["sqlmap's proxy: %s requests, %s sign-in postbacks refreshed; answers by status: %s." % (
            sc.get("requests"), sc.get("fixed"), ", ".join("%s × %s" % (v, k) for k, v in sorted(sc.get("status", {}).items()))), ""]

    if os.path.exists(report_path):
        report = json.load(open(report_path))
        by_level = {}
        table = []
        for kind in ("vulnerabilities", "anomalies"):
            for category, items in sorted(report.get(kind, {}).items()):
                for item in items:
                    level = LEVELS.get(str(item.get("level")), str(item.get("level")))
                    by_level[level] = by_level.get(level, 0) + 1
                    table.append("| %s | %s | %s | `%s %s` | %s | %s |" % (
                        kind[:-1] if kind == "anomalies" else "vulnerability", cell(category, 40), level,
                        item.get("method"), cell(item.get("path"), 60), cell(item.get("parameter"), 30),
                        cell(item.get("info"), 140)))
        lines += ["wapiti's findings by level: %s." % (", ".join("%s %s" % (v, k) for k, v in sorted(by_level.items())) or "none"), ""]
        if table:
            lines += ["| kind | category | level | request | parameter | what wapiti says |",
                      "| --- | --- | --- | --- | --- | --- |"] + table + [""]
        extra = [k for k, v in report.get("additionals", {}).items() if v]
        if extra:
            lines += ["Additional notes by wapiti: %s." % ", ".join(extra), ""]
    else:
        lines += ["wapiti wrote no report (see `target/attack/wapiti.log`).", ""]
    lines += [END]

    doc = open(a.doc, encoding="utf-8").read()
    block = "\n".join(lines)
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + block + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n## Attack runs\n\n" + block + "\n"
    open(a.doc, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main()
