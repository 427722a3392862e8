#!/usr/bin/env python3
"""A small HTTP proxy between a scanner (wapiti, sqlmap) and Thi Đua, for the attack runs (src/test/attack/run.sh).

Why: a scanner runs no script, so a Faces postback it sends lacks PrimeFaces' CSP nonce (added by script) and carries
a view state read long ago (expired once the session holds newer views): the server answers 400 or "view expired"
and the payload never reaches the form's fields. The proxy makes each postback what a browser would send, without
weakening the product: before forwarding a POST that carries `jakarta.faces.ViewState`, it reads the page the form
came from afresh (same session) and puts that page's view state and nonce into the body. The payloads are untouched.

It also keeps every request on the one target: a request for any other host or port is refused (403) and logged, so
no scanner module can reach out (out-of-band endpoints, bug reports, databases to download).

Options:
  --sign-in USER:PASSWORD   hold one signed-in session and send every request with it (the scanner's own session
                            cookie is replaced); sign in again when the session is lost
  --rotate-client           give each POST its own X-Forwarded-For (a loopback address string, 127.x.y.z): with the
                            demo started with THIDUA_TRUSTEDPROXIES=127.0.0.1 each attempt counts as another client,
                            so sign-in throttling (which would otherwise make every answer the same) is not what a
                            scanner measures
Plain Python 3 standard library.
"""
import argparse
import http.client
import http.server
import json
import random
import re
import sys
import threading
import time
import urllib.parse

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"')
NONCE = re.compile(r"'nonce-([^']+)'")
FORM_ACTION = re.compile(r'<form[^>]*action="([^"]+)"')
HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer", "transfer-encoding",
       "upgrade", "content-length", "accept-encoding"}


class State:
    def __init__(self, target_host, target_port, sign_in, rotate, log):
        self.host = target_host
        self.port = target_port
        self.sign_in = sign_in
        self.rotate = rotate
        self.log = log
        self.lock = threading.Lock()
        self.sign_in_lock = threading.Lock()   # one sign-in at a time, however many requests find no session
        self.session = None           # JSESSIONID held in --sign-in mode
        self.view_source = {}         # view state value -> the page (path?query) that rendered it
        self.action_source = {}       # form action path -> the last page that rendered a form posting there
        self.counts = {"requests": 0, "postbacks": 0, "fixed": 0, "unfixable": 0, "refused_outside": 0,
                       "sign_ins": 0, "status": {}}

    def count(self, key, status=None):
        with self.lock:
            if status is not None:
                self.counts["status"][str(status)] = self.counts["status"].get(str(status), 0) + 1
            else:
                self.counts[key] += 1

    def write(self, line):
        with self.lock:
            self.log.write(time.strftime("%H:%M:%S ") + line + "\n")
            self.log.flush()


def send(state, method, path, headers, body):
    conn = http.client.HTTPConnection(state.host, state.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, resp.reason, resp.getheaders(), data
    finally:
        conn.close()


def cookie_of(headers, name="JSESSIONID"):
    for k, v in headers:
        if k.lower() == "set-cookie" and v.startswith(name + "="):
            return v.split(";", 1)[0].split("=", 1)[1]
    return None


def with_session(cookie_header, session):
    parts = [c.strip() for c in (cookie_header or "").split(";") if c.strip() and not c.strip().startswith("JSESSIONID=")]
    parts.append("JSESSIONID=" + session)
    return "; ".join(parts)


def remember(state, path, headers, data):
    ctype = next((v for k, v in headers if k.lower() == "content-type"), "")
    if "html" not in ctype and "xml" not in ctype:
        return
    text = data.decode("utf-8", "replace")
    with state.lock:
        for vs in VIEW_STATE.findall(text):
            state.view_source[vs.replace("&#58;", ":")] = path
        for action in FORM_ACTION.findall(text):
            state.action_source[urllib.parse.urlsplit(action.replace("&amp;", "&")).path] = path


def sign_in(state):
    user, password = state.sign_in.split(":", 1)
    status, _, headers, data = send(state, "GET", "/login.xhtml", {}, None)
    session = cookie_of(headers)
    text = data.decode("utf-8", "replace")
    vs = VIEW_STATE.search(text).group(1).replace("&#58;", ":")
    nonce = NONCE.search(" ".join(v for k, v in headers if k.lower() == "content-security-policy")).group(1)
    body = urllib.parse.urlencode({"login": "login", "login:username": user, "login:password": password,
                                   "login:signIn": "", "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce})
    status, _, headers, _ = send(state, "POST", "/login.xhtml", {
        "Cookie": "JSESSIONID=" + session, "Content-Type": "application/x-www-form-urlencoded"}, body)
    if status != 302:
        raise RuntimeError("sign-in as %s answered %d" % (user, status))
    state.session = cookie_of(headers) or session
    state.count("sign_ins")
    state.write("signed in as %s" % user)


def fresh(state, source, cookie):
    """View state and nonce of the page the postback came from, read now with the same session."""
    status, _, headers, data = send(state, "GET", source, {"Cookie": cookie} if cookie else {}, None)
    remember(state, source, headers, data)
    text = data.decode("utf-8", "replace")
    vs = VIEW_STATE.search(text)
    nonce = NONCE.search(" ".join(v for k, v in headers if k.lower() == "content-security-policy"))
    return (vs.group(1).replace("&#58;", ":") if vs else None, nonce.group(1) if nonce else None, cookie_of(headers))


def fix_urlencoded(body, vs, nonce):
    fields = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    fields = [(k, vs if k == "jakarta.faces.ViewState" else v) for k, v in fields if k != "primefaces.nonce"]
    fields.append(("primefaces.nonce", nonce))
    return urllib.parse.urlencode(fields).encode()


def fix_multipart(body, ctype, vs, nonce):
    boundary = re.search(r'boundary="?([^";]+)"?', ctype).group(1).encode()
    vs_part = re.compile(rb'(name="jakarta\.faces\.ViewState"\r\n(?:[^\r\n]+\r\n)*\r\n)[^\r]*(\r\n)')
    body = vs_part.sub(lambda m: m.group(1) + vs.encode() + m.group(2), body, count=1)
    closing = b"--" + boundary + b"--"
    extra = (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="primefaces.nonce"\r\n\r\n'
             + nonce.encode() + b"\r\n")
    i = body.rfind(closing)
    return body[:i] + extra + body[i:] if i >= 0 else body


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None

    def log_message(self, fmt, *args):
        pass

    def __getattr__(self, name):
        # every method a scanner tries (PUT, TRACE, PROPFIND…) goes the same way
        if name.startswith("do_"):
            return self.proxy
        raise AttributeError(name)

    def refuse(self, code, text):
        data = text.encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def proxy(self):
        st = self.state
        st.count("requests")
        url = urllib.parse.urlsplit(self.path)
        if self.command == "CONNECT" or (url.scheme and (url.scheme != "http" or url.hostname not in ("127.0.0.1", "localhost")
                                                         or (url.port or 80) != st.port)):
            st.count("refused_outside")
            st.write("REFUSED outside the target: %s %s" % (self.command, self.path))
            self.refuse(403, "outside the scan's target")
            return
        path = urllib.parse.urlunsplit(("", "", url.path or "/", url.query, ""))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP and k.lower() != "host"}
        headers["Host"] = "%s:%d" % (st.host, st.port)
        cookie = headers.get("Cookie")
        if st.sign_in:
            with st.sign_in_lock:
                if st.session is None:
                    sign_in(st)
                session = st.session
            cookie = with_session(cookie, session)
        if st.sign_in and body and (b"nav%3AsignOut" in body or b'name="nav:signOut"' in body):
            # the menu's sign-out button is in every page's nav form: a scanner that presses it ends the session under
            # its own concurrent requests; it is the one postback not forwarded
            st.write("not forwarded (sign-out): %s" % path)
            self.refuse(403, "sign-out is not scanned")
            return
        if self.command == "POST" and st.rotate:
            headers["X-Forwarded-For"] = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 254), random.randint(1, 254))
        if self.command == "POST" and body and b"jakarta.faces.ViewState" in body:
            st.count("postbacks")
            sent = re.search(rb"jakarta\.faces\.ViewState(?:=|\"\r\n(?:[^\r\n]+\r\n)*\r\n)([^&\r]*)", body)
            sent_vs = urllib.parse.unquote(sent.group(1).decode("utf-8", "replace")) if sent else ""
            with st.lock:
                source = st.view_source.get(sent_vs) or st.action_source.get(url.path) or path
            vs, nonce, new_session = fresh(st, source, cookie)
            if new_session and not st.sign_in:
                cookie = with_session(cookie, new_session)
            if vs and nonce:
                ctype = headers.get("Content-Type", "")
                body = fix_multipart(body, ctype, vs, nonce) if "multipart" in ctype else fix_urlencoded(body, vs, nonce)
                st.count("fixed")
            else:
                st.count("unfixable")
        if cookie:
            headers["Cookie"] = cookie
        if body is not None:
            headers["Content-Length"] = str(len(body))
        try:
            status, reason, rheaders, data = send(st, self.command, path, headers, body)
        except Exception as e:  # the app closed on us: tell the scanner, keep going
            st.write("ERROR %s %s: %s" % (self.command, path, e))
            self.refuse(502, "upstream error")
            return
        st.count(None, status)
        if st.sign_in:
            rotated = cookie_of(rheaders)
            location = next((v for k, v in rheaders if k.lower() == "location"), "")
            with st.lock:
                if rotated:
                    st.session = rotated
                if "login.xhtml" in location and "login" not in url.path:
                    st.session = None   # the session ended: sign in again on the next request
                    st.write("session lost at %s %s" % (self.command, path))
        if self.command == "GET" and status == 200:
            remember(st, path, rheaders, data)
        if status >= 500 or status == 400:
            st.write("%d %s %s" % (status, self.command, path[:200]))
        self.send_response(status, reason)
        for k, v in rheaders:
            if k.lower() in HOP:
                continue
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--target-port", type=int, required=True)
    ap.add_argument("--sign-in")
    ap.add_argument("--rotate-client", action="store_true")
    ap.add_argument("--log", required=True)
    ap.add_argument("--counts", required=True, help="file the counters are written to on exit")
    a = ap.parse_args()
    log = open(a.log, "a", encoding="utf-8")
    state = State("127.0.0.1", a.target_port, a.sign_in, a.rotate_client, log)
    Handler.state = state
    server = http.server.ThreadingHTTPServer(("127.0.0.1", a.listen), Handler)
    server.daemon_threads = True

    def dump():
        while True:
            time.sleep(5)
            with state.lock:
                with open(a.counts, "w") as f:
                    json.dump(state.counts, f)
    threading.Thread(target=dump, daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
