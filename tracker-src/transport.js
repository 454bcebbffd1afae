  // Sending events: a GET pixel to /i, or POSTs to the tp2 path from a queue
  // kept in localStorage, so that events a failed POST could not deliver
  // are retried, here and on the next page, up to MAX_QUEUED of them.
  var MAX_QUEUED = 100, MAX_POST_BYTES = 40000;
  var PAYLOAD = schema('payload_data', '1-0-4');

  function collectorUrl(t, path) {
    var host = t.collector, scheme = location.protocol;
    if (host.indexOf('://') < 0) {
      host = (scheme == 'http:' ? scheme : 'https:') + '//' + host;
    }
    return host.replace(/\/$/, '') + path;
  }

  // One event, one image request; `stm` is the moment it leaves.
  function sendGet(t, ev) {
    var query = [], key;
    ev.stm = '' + now();
    for (key in ev) {
      query.push(key + '=' + encodeURIComponent(ev[key]));
    }
    new Image().src = collectorUrl(t, GET_PATH) + '?' + query.join('&');
  }

  // The POST queue of one tracker, in memory and, unless the tracker is
  // anonymous, in localStorage.
  function Outbox(t) {
    var key = !t.anonymous && 'snowpak_q_' + t.ns, queue = [], busy,
      delay = 0;
    try {
      queue = key && JSON.parse(localStorage.getItem(key)) || [];
    } catch (e) {}

    function save() {
      try {
        if (key) localStorage.setItem(key, JSON.stringify(queue));
      } catch (e) {}
    }

    // The events of the next body, all stamped with the same `stm`.
    function body(events) {
      var stm = '' + now(), i;
      for (i = 0; i < events.length; i++) events[i].stm = stm;
      return JSON.stringify({ schema: PAYLOAD, data: events });
    }

    // One POST at a time, as many events as fit in MAX_POST_BYTES (always
    // at least one). On failure the events stay queued and the next try
    // waits twice as long, from one second up to a minute.
    function flush() {
      var batch = [], size = 0, request;
      if (busy || !queue.length) return;
      while (batch.length < queue.length) {
        size += JSON.stringify(queue[batch.length]).length;
        if (batch.length && size > MAX_POST_BYTES) break;
        batch.push(queue[batch.length]);
      }
      request = new XMLHttpRequest();
      request.open('POST', collectorUrl(t, POST_PATH), true);
      request.withCredentials = true;
      request.setRequestHeader('Content-Type', 'application/json; charset=UTF-8');
      request.timeout = 5000;
      request.onreadystatechange = function () {
        var status = request.status;
        if (request.readyState != 4) return;
        busy = 0;

        // Delivered, or refused for good (a 4xx other than 408 and 429).
        if (status >= 200 && status < 500 && status != 408 && status != 429) {
          if (queue[0] === batch[0]) queue.splice(0, batch.length);
          save();
          delay = 0;
          flush();
        } else {
          delay = Math.min(delay * 2 || 1000, 60000);
          setTimeout(flush, delay);
        }
        /*<DEBUG>*/
        log('POST', status, batch.length, 'events,', queue.length, 'queued');
        /*</DEBUG>*/
      };
      busy = 1;
      request.send(body(batch));
    }

    // On page hide, whatever is still queued leaves by sendBeacon, which
    // outlives the page (sent as text/plain, so without a preflight).
    function hide() {
      if (queue.length && nav.sendBeacon &&
        nav.sendBeacon(collectorUrl(t, POST_PATH), body(queue))) {
        queue = [];
        save();
      }
    }
    listen(win, 'pagehide', hide);
    listen(doc, 'visibilitychange', function () {
      if (doc.visibilityState == 'hidden') hide();
    });

    return {
      add: function (ev) {
        queue.push(ev);
        if (queue.length > MAX_QUEUED) queue.shift();
        save();
        flush();
      },
      flush: flush
    };
  }
