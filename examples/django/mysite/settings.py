"""Settings for the example: just enough for ManifestStaticFilesStorage."""
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'example-only-not-secret'
# Hashed names are used only when DEBUG is off.
DEBUG = False
ALLOWED_HOSTS = ['127.0.0.1', 'localhost', 'testserver']

INSTALLED_APPS = ['django.contrib.staticfiles', 'tracking']
ROOT_URLCONF = 'mysite.urls'
TEMPLATES = [{
    'BACKEND': 'django.template.backends.django.DjangoTemplates',
    'DIRS': [BASE_DIR / 'templates'],
}]

# collectstatic copies static/ into STATIC_ROOT and writes staticfiles.json
# there; snowpak then adds sp.js to that same manifest.
STATIC_URL = '/static/'
STATIC_ROOT = BASE_DIR / 'staticroot'
STATICFILES_DIRS = [BASE_DIR / 'static']
MANIFEST_STORAGE = ('django.contrib.staticfiles.storage.'
                    'ManifestStaticFilesStorage')
if django.VERSION >= (4, 2):
    STORAGES = {
        'default': {
            'BACKEND': 'django.core.files.storage.FileSystemStorage'},
        'staticfiles': {'BACKEND': MANIFEST_STORAGE},
    }
else:
    STATICFILES_STORAGE = MANIFEST_STORAGE
