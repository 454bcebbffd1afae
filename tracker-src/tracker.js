  // A tracker: its settings, and the pipeline every event goes through.
  var WEB_PAGE = schema('web_page');
  var CONTEXTS = schema('contexts');

  // `options` are the modern newTracker settings; the classic tracker
  // starts with none and is configured by setter commands.
  function Tracker(namespace, collector, options, isClassic) {
    var o = options || {}, timeout = o.sessionCookieTimeout, t = {
      ns: namespace,
      collector: collector || DEFAULT_COLLECTOR,
      aid: o.appId,
      get: (o.eventMethod || (isClassic ? 'get' : 'post')) == 'get',
      base64: o.encodeBase64 !== false,
      prefix: o.cookieName || '_sp_',
      domain: o.cookieDomain,
      timeout: timeout == null ? 1800 : timeout,
      anonymous: o.anonymousTracking || o.stateStorageStrategy == 'none',
      discardHash: o.discardHashTag,
      off: o.respectDoNotTrack && doNotTrack()
    };
    t.outbox = Outbox(t);
    t.outbox.flush();
    /*<DEBUG>*/
    log('new tracker', namespace, t);
    /*</DEBUG>*/
    return t;
  }

  // Do Not Track, or Global Privacy Control, asked for by the browser.
  function doNotTrack() {
    var flag = nav.doNotTrack || win.doNotTrack || nav.msDoNotTrack;
    return flag == '1' || flag == 'yes' || !!nav.globalPrivacyControl;
  }

  // Completes `params` into an event and sends it. `context` is the
  // caller's array of self-describing entities; the web_page entity is
  // always added. Every value leaves as a string; empty ones not at all.
  function track(t, params, context) {
    var ev = {}, time = now(), eventId = uuid(), key, json;
    if (t.off) return;
    if (!t.pageViewId) t.pageViewId = uuid();

    for (key in params) ev[key] = params[key];
    ev.tv = VERSION;
    ev.tna = t.ns;
    ev.aid = t.aid;
    ev.p = 'web';
    ev.eid = eventId;
    ev.dtm = time;
    describeBrowser(ev, t);
    if (!t.anonymous) {
      identify(t, ev, eventId, time);
      ev.uid = t.uid;
    }

    json = JSON.stringify({
      schema: CONTEXTS,
      data: [{ schema: WEB_PAGE, data: { id: t.pageViewId } }]
        .concat(context || [])
    });
    ev[t.base64 ? 'cx' : 'co'] = t.base64 ? base64url(json) : json;

    for (key in ev) {
      if (ev[key] == null || ev[key] === '') {
        delete ev[key];
      } else {
        ev[key] = '' + ev[key];
      }
    }
    /*<DEBUG>*/
    log('event', ev);
    /*</DEBUG>*/
    if (t.get) {
      sendGet(t, ev);
    } else {
      t.outbox.add(ev);
    }
  }
