#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1 and acts as its collector.

usage: site_collector.py SITE_DIR [--tamper]

Prints the port it listens on, then serves SITE_DIR and records every
tracker hit (GET /i, POST to the tp2 path) until standard input closes;
then prints one JSON object: {"requests": [paths], "events": [events]},
each event a dict of its protocol parameters. With --tamper, every .js
file is served with one harmless line added, so its integrity no longer
matches: a browser that enforces integrity must refuse to run it.
"""
import http.server
import json
import os
import sys
import threading
import urllib.parse

POST_PATH = '/com.snowplowanalytics.snowplow/tp2'
GIF = (b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9'
       b'\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00'
       b'\x02\x02D\x01\x00;')

site = os.path.realpath(sys.argv[1])
tamper = '--tamper' in sys.argv[2:]
requests, events = [], []
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Cache-Control', 'no-store')
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        with lock:
            requests.append('GET ' + url.path)
        if url.path == '/i':
            query = dict(urllib.parse.parse_qsl(url.query,
                                                keep_blank_values=True))
            with lock:
                events.append(query)
            return self.reply(200, GIF, 'image/gif')

        # A file of the site, never outside it.
        name = url.path.lstrip('/') or 'index.html'
        if name.endswith('/'):
            name += 'index.html'
        path = os.path.realpath(os.path.join(site, name))
        if not path.startswith(site + os.sep) or not os.path.isfile(path):
            return self.reply(404, b'not found', 'text/plain')
        with open(path, 'rb') as f:
            body = f.read()
        if path.endswith('.js'):
            if tamper:
                body += b'\n// changed after the build\n'
            return self.reply(200, body, 'text/javascript')
        kind = 'text/html; charset=utf-8' if path.endswith('.html') \
            else 'application/octet-stream'
        self.reply(200, body, kind)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        with lock:
            requests.append('POST ' + self.path)
        if self.path != POST_PATH:
            return self.reply(404, b'not found', 'text/plain')
        payload = json.loads(body.decode('utf-8'))
        with lock:
            events.extend(payload['data'])
        self.reply(200, b'ok', 'text/plain')


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)

sys.stdin.read()
server.shutdown()
with lock:
    json.dump({'requests': requests, 'events': events}, sys.stdout)
