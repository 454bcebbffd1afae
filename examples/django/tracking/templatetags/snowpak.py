"""{% snowpak_script 'sp.js' %}: the loader tag for a snowpak asset.

The URL comes from Django's own static storage, which reads the
fingerprinted name from staticfiles.json; the integrity comes from
snowpak-manifest.json beside it, which Django does not know about.
"""
import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def snowpak_script(name):
    manifest = settings.STATIC_ROOT / 'snowpak-manifest.json'
    with open(manifest, encoding='utf-8') as f:
        integrity = json.load(f)['assets'][name]['integrity']
    return format_html(
        '<script async src="{}" integrity="{}" '
        'crossorigin="anonymous"></script>', static(name), integrity)
