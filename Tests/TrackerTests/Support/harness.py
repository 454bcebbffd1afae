#!/usr/bin/env python3
"""Runs tracker test pages in headless Chromium against a recording collector.

usage: harness.py TRACKER_JS PAGES_DIR OUT_JSON SCENARIO[#FRAGMENT]...

One HTTP server on 127.0.0.1 serves the pages (/pages/...), the tracker
(/sp.js) and acts as the collector: GET /i answers a 1x1 GIF, POST to the
tp2 path answers `ok` with CORS for credentials. Chromium resolves every
host name to that server (--host-resolver-rules), so pages live on
www.site.test, the collector on whatever host the tracker names, and no
request can leave the machine.

Each scenario opens SCENARIO.html in a fresh browser context and lasts until
the page (or the page it navigates to) requests /done?page=SCENARIO. The
output holds every request the collector saw, tagged with the scenario,
and the cookies of each scenario's context at its end.
"""
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

POST_PATH = '/com.snowplowanalytics.snowplow/tp2'
# Every page is opened as if from this search result.
REFERRER = 'http://search.example/results?q=mugs'
GIF = (b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9'
       b'\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00'
       b'\x02\x02D\x01\x00;')

tracker_path, pages_dir, out_path = sys.argv[1:4]
scenarios = sys.argv[4:]
records = []
lock = threading.Lock()
state = {'scenario': None, 'failed_flaky': False}


def record(entry):
    with lock:
        records.append(entry)


class Collector(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type, cors=False, extra=()):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Cache-Control', 'no-cache, no-store')
        if cors:
            self.send_header('Access-Control-Allow-Origin',
                             self.headers.get('Origin') or '*')
            self.send_header('Access-Control-Allow-Credentials', 'true')
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def common(self):
        return {'scenario': state['scenario'],
                'host': self.headers.get('Host'),
                'origin': self.headers.get('Origin'),
                'cookie': self.headers.get('Cookie'),
                'referer': self.headers.get('Referer')}

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == '/i':
            entry = self.common()
            entry.update(kind='get', rawQuery=url.query,
                         query=dict(urllib.parse.parse_qsl(
                             url.query, keep_blank_values=True)))
            record(entry)
            self.reply(200, GIF, 'image/gif')
        elif url.path == '/done':
            entry = self.common()
            entry.update(kind='done', query=dict(
                urllib.parse.parse_qsl(url.query, keep_blank_values=True)))
            record(entry)
            self.reply(200, b'done', 'text/plain')
        elif url.path == '/sp.js':
            with open(tracker_path, 'rb') as f:
                self.reply(200, f.read(), 'application/javascript')
        elif url.path.startswith('/pages/'):
            name = os.path.basename(url.path)
            path = os.path.join(pages_dir, name)
            if not os.path.isfile(path):
                return self.reply(404, b'not found', 'text/plain')
            with open(path, 'rb') as f:
                kind = ('text/html; charset=utf-8' if name.endswith('.html')
                        else 'application/javascript')
                self.reply(200, f.read(), kind)
        else:
            self.reply(404, b'not found', 'text/plain')

    def do_OPTIONS(self):
        entry = self.common()
        entry.update(kind='preflight', path=self.path,
                     requestHeaders=self.headers.get(
                         'Access-Control-Request-Headers'))
        record(entry)
        self.reply(204, b'', 'text/plain', cors=True, extra=[
            ('Access-Control-Allow-Methods', 'POST'),
            ('Access-Control-Allow-Headers', 'Content-Type')])

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        text = body.decode('utf-8', 'replace')
        entry = self.common()
        entry.update(kind='post', path=self.path, body=text,
                     contentType=self.headers.get('Content-Type'))
        if self.path != POST_PATH:
            # Chromium's own background requests land here too: not ours.
            return self.reply(404, b'not found', 'text/plain')

        # Test rules keyed on the tracker namespace: the first POST of
        # `flaky` fails; XHR POSTs of `slow` hang until the page has gone.
        status = 200
        if '"tna":"flaky"' in text and not state['failed_flaky']:
            state['failed_flaky'] = True
            status = 503
        if ('"tna":"slow"' in text and
                entry['contentType'].startswith('application/json')):
            time.sleep(3)
        entry['status'] = status
        record(entry)
        self.reply(status, b'ok' if status == 200 else b'unavailable',
                   'text/plain', cors=True)


class DevTools:
    """The Chrome DevTools protocol over --remote-debugging-pipe (fds 3, 4):
    JSON messages separated by NUL bytes."""

    def __init__(self, port, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def child_fds():
            read, write = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [os.environ.get('CHROMIUM', 'chromium'), '--headless',
             '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe',
             '--user-data-dir=' + profile, '--no-first-run',
             '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--disable-default-apps',
             '--host-resolver-rules=MAP * 127.0.0.1:%d' % port,
             'about:blank'],
            preexec_fn=child_fds, close_fds=False,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b''
        self.next_id = 0

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {'id': self.next_id, 'method': method,
                   'params': params or {}}
        if session:
            message['sessionId'] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b'\0')
        while True:
            while b'\0' not in self.buffer:
                chunk = os.read(self.from_chrome, 1 << 16)
                if not chunk:
                    raise EOFError('chromium closed the pipe')
                self.buffer += chunk
            raw, _, self.buffer = self.buffer.partition(b'\0')
            reply = json.loads(raw)
            if reply.get('id') == self.next_id:
                if 'error' in reply:
                    raise RuntimeError('%s: %s' % (method, reply['error']))
                return reply.get('result', {})

    def close(self):
        try:
            self.call('Browser.close')
        except (EOFError, OSError, RuntimeError):
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def finished(scenario):
    with lock:
        return any(r['kind'] == 'done' and r['query'].get('page') == scenario
                   for r in records)


def main():
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Collector)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    profile = tempfile.mkdtemp(prefix='snowpak-chromium-')
    browser = DevTools(port, profile)
    # Cookie name hashes, from an SHA-1 the tracker did not write.
    output = {'port': port, 'scenarios': {}, 'sha1': {
        text: hashlib.sha1(text.encode()).hexdigest()
        for text in ('www.site.test/', 'site.test/')}}
    try:
        for page in scenarios:
            scenario = page.split('#')[0]
            state['scenario'] = scenario
            context = browser.call('Target.createBrowserContext')
            context_id = context['browserContextId']
            target = browser.call('Target.createTarget', {
                'url': 'about:blank', 'browserContextId': context_id})
            session = browser.call('Target.attachToTarget', {
                'targetId': target['targetId'], 'flatten': True})
            browser.call('Page.navigate', {
                'url': 'http://www.site.test/pages/%s.html%s' % (
                    scenario, page[len(scenario):]),
                'referrer': REFERRER}, session['sessionId'])
            deadline = time.time() + 30
            while not finished(scenario) and time.time() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)
            cookies = browser.call('Storage.getCookies',
                                   {'browserContextId': context_id})
            output['scenarios'][scenario] = {
                'finished': finished(scenario),
                'cookiesTakenAt': time.time(),
                'cookies': [{'name': c['name'], 'value': c['value'],
                             'domain': c['domain'], 'path': c['path'],
                             'expires': c['expires'],
                             'sameSite': c.get('sameSite')}
                            for c in cookies['cookies']]}
            browser.call('Target.disposeBrowserContext',
                         {'browserContextId': context_id})
    finally:
        browser.close()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    with lock:
        output['records'] = list(records)
    with open(out_path, 'w') as f:
        json.dump(output, f, indent=1)


main()
