  // Page pings. After a page view, the first check comes after the minimum
  // visit length, then one every heartbeat; each check in which the
  // visitor was active (moved, scrolled, typed, touched) sends a ping with
  // the smallest and largest scroll offsets seen since the last one.
  var watched = [];

  command('enableActivityTracking', 'minimumVisitLength heartbeatDelay',
    function (t, a) {
      if (!watched.length) {
        var types = 'mousemove mousedown keydown touchstart wheel scroll'
          .split(' ');
        for (var i = 0; i < types.length; i++) listen(doc, types[i], active);
      }
      if (!t.pings) watched.push(t);
      t.pings = [a[0] * 1000, a[1] * 1000];

      // Enabled after the page view: the pings start now.
      if (t.title != null) startPings(t);
    });

  function active() {
    for (var i = 0; i < watched.length; i++) {
      watched[i].active = 1;
      widenScroll(watched[i].scroll);
    }
  }

  // [min x, max x, min y, max y], starting at the current offsets.
  function widenScroll(box) {
    var x = scrollX(), y = scrollY();
    if (box) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.max(box[1], x);
      box[2] = Math.min(box[2], y);
      box[3] = Math.max(box[3], y);
    }
  }

  function resetPings(t) {
    var x = scrollX(), y = scrollY();
    t.active = 0;
    t.scroll = [x, x, y, y];
  }

  function startPings(t) {
    var delays = t.pings;
    if (!delays) return;
    clearTimeout(t.timer);
    resetPings(t);
    function check(delay) {
      t.timer = setTimeout(function () {
        var box = t.scroll;
        if (t.active) {
          resetPings(t);
          track(t, {
            e: 'pp', page: t.title,
            pp_mix: box[0], pp_max: box[1], pp_miy: box[2], pp_may: box[3]
          });
        }
        check(delays[1]);
      }, delay);
    }
    check(delays[0]);
  }
