"""Fills a page template with the tracker's name and integrity.

usage: python3 fill-template.py MANIFEST TEMPLATE > PAGE

Replaces @SP_JS@ with the fingerprinted file name of sp.js and
@SP_INTEGRITY@ with its Subresource Integrity, both read from
snowpak-manifest.json.
"""
import json
import sys

manifest_path, template_path = sys.argv[1:3]
with open(manifest_path, encoding='utf-8') as f:
    tracker = json.load(f)['assets']['sp.js']
with open(template_path, encoding='utf-8') as f:
    page = f.read()

page = page.replace('@SP_JS@', tracker['file'])
page = page.replace('@SP_INTEGRITY@', tracker['integrity'])
sys.stdout.write(page)
