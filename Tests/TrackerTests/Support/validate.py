#!/usr/bin/env python3
"""Validates self-describing data against the Iglu schemas in a directory.

usage: validate.py IGLU_DIR < CASES_JSON

CASES_JSON is a list of [schema URI, instance]; a URI names
IGLU_DIR/vendor/name/format/version. Prints a JSON list with one entry per
case: null when the instance is valid, else the validator's messages.
Exits 3 when python3-jsonschema is missing.
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(3)

directory = sys.argv[1]
results = []
for uri, instance in json.load(sys.stdin):
    path = os.path.join(directory, *uri[len('iglu:'):].split('/'))
    with open(path) as f:
        schema = json.load(f)
    # Iglu schemas are JSON Schema draft 4 with a self-describing $schema.
    validator = jsonschema.Draft4Validator(schema)
    errors = [error.message for error in validator.iter_errors(instance)]
    results.append(errors or None)
json.dump(results, sys.stdout)
