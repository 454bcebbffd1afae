  // First-party cookies, and the visitor identity kept in them.
  //
  // `<prefix>id.<hash>` holds ten fields joined by dots: domain user id,
  // creation time (s), visit count, now (s), last visit time (s), session
  // id, previous session id, first event id, first event time (ms), event
  // index. `<prefix>ses.<hash>` holds `*` and expires after the session
  // timeout: its absence starts a new session. <hash> is the first four hex
  // digits of SHA-1 of the cookie domain (or host name) followed by `/`.

  function readCookie(name) {
    var pairs = doc.cookie.split('; '), i;
    for (i = 0; i < pairs.length; i++) {
      if (pairs[i].indexOf(name + '=') == 0) {
        return pairs[i].slice(name.length + 1);
      }
    }
  }

  // Path `/`, SameSite=Lax, Secure on https; `seconds` from now. Max-Age
  // counts from the write to the second; Expires, for browsers without
  // it, is written in whole seconds (and so can end up to one early).
  function writeCookie(name, value, seconds, domain) {
    doc.cookie = name + '=' + value + '; Path=/' +
      (domain ? '; Domain=' + domain : '') + '; Max-Age=' + seconds +
      '; Expires=' + new Date(now() + seconds * 1000).toUTCString() +
      '; SameSite=Lax' + (location.protocol == 'https:' ? '; Secure' : '');
  }

  // Adds duid, sid and vid to `ev` and moves the cookies on by one event.
  // A tracker that may not store anything keeps no identity at all.
  var TWO_YEARS = 63072000;
  function identify(t, ev, eventId, time) {
    var seconds = Math.round(time / 1000),
      hash = sha1((t.domain || location.hostname) + '/').slice(0, 4),
      idName = t.prefix + 'id.' + hash,
      sesName = t.prefix + 'ses.' + hash,
      id = (readCookie(idName) || '').split('.');

    // A missing or foreign id cookie starts a new visitor.
    if (id.length != 10) {
      id = [uuid(), seconds, 0, seconds, '', '', '', '', '', 0];
    }

    // No session cookie: a new session, the old one remembered.
    if (!readCookie(sesName)) {
      id[4] = id[2]++ ? id[3] : '';
      id[6] = id[5];
      id[5] = uuid();
      id[7] = eventId;
      id[8] = time;
      id[9] = 0;
    }
    id[3] = seconds;
    id[9]++;

    writeCookie(idName, id.join('.'), TWO_YEARS, t.domain);
    writeCookie(sesName, '*', t.timeout, t.domain);
    ev.duid = id[0];
    ev.sid = id[5];
    ev.vid = '' + id[2];
    /*<DEBUG>*/
    log('identity', idName, id.join('.'));
    /*</DEBUG>*/
  }
