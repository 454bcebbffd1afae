from django.conf import settings
from django.urls import path, re_path
from django.views.generic import TemplateView
from django.views.static import serve

urlpatterns = [
    path('', TemplateView.as_view(template_name='index.html')),
    # Only so that `runserver` shows the example whole: in production the
    # web server serves STATIC_ROOT itself.
    re_path(r'^static/(?P<path>.*)$', serve,
            {'document_root': settings.STATIC_ROOT}),
]
