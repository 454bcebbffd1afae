  // What every event says about the browser and the page.
  function describeBrowser(ev, t) {
    var screen = win.screen || {}, html = doc.documentElement || {},
      body = doc.body || {}, url = location.href, zone;

    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {}
    if (t.discardHash) url = url.split('#')[0];

    ev.tz = zone;
    ev.lang = nav.language || nav.userLanguage;
    ev.cs = doc.characterSet || doc.charset;
    ev.res = screen.width + 'x' + screen.height;
    ev.cd = screen.colorDepth;
    ev.cookie = nav.cookieEnabled ? '1' : '0';
    ev.vp = (win.innerWidth || html.clientWidth) + 'x' +
      (win.innerHeight || html.clientHeight);
    ev.ds = Math.max(html.scrollWidth | 0, body.scrollWidth | 0) + 'x' +
      Math.max(html.scrollHeight | 0, body.scrollHeight | 0);
    ev.url = url;
    ev.refr = doc.referrer;
  }

  // Scroll offsets, whole pixels, for page pings.
  function scrollX() {
    return Math.round(win.pageXOffset || doc.documentElement.scrollLeft || 0);
  }

  function scrollY() {
    return Math.round(win.pageYOffset || doc.documentElement.scrollTop || 0);
  }
