  // The two ways pages talk to trackers.
  //
  // Modern: a loader snippet defines `snowplow` (or each name listed in
  // GlobalSnowplowNamespace) as a function queueing its arguments in `.q`.
  // `snowplow('newTracker', 'sp', collector, options)` creates a named
  // tracker; `snowplow('trackPageView')` runs on every tracker, and
  // `snowplow('trackPageView:sp;sp2')` on the ones named.
  //
  // Classic: `_snaq.push(['method', args…])` on one unnamed tracker.
  //
  // Both queues are drained now, in order, then replaced by live versions
  // that run each command at once.
  var trackers = {}, classic;

  function run(t, name, args) {
    var found = COMMANDS[name], keys = found && found[0], first = args[0], i;
    /*<DEBUG>*/
    log('command', t.ns, name, args);
    /*</DEBUG>*/
    if (!found) return;
    if (keys && isObject(first) && !first.schema) {
      args = [];
      for (i = 0; i < keys.length; i++) args[i] = first[keys[i]];
    }
    found[1](t, args);
  }

  function runModern(args) {
    var name = args[0], names, key, rest = [].slice.call(args, 1);
    if (typeof name == 'function') return name.apply(win, rest);
    if (name == 'newTracker') {
      trackers[rest[0]] = Tracker(rest[0], rest[1], rest[2]);
      return;
    }
    name = name.split(':');
    names = name[1] ? name[1].split(';') : [];
    for (key in trackers) {
      if (!name[1] || names.indexOf(key) >= 0) run(trackers[key], name[0], rest);
    }
  }

  function runClassic(args) {
    classic = classic || Tracker('', '', null, true);
    run(classic, args[0], [].slice.call(args, 1));
  }

  function drain(queue, runner) {
    for (var i = 0; queue && i < queue.length; i++) runner(queue[i]);
  }

  var globals = win.GlobalSnowplowNamespace || [GLOBAL_NAME], g;
  for (g = 0; g < globals.length; g++) {
    var queued = win[globals[g]] && win[globals[g]].q;
    win[globals[g]] = function () {
      runModern(arguments);
    };
    drain(queued, runModern);
  }

  var classicQueue = win[CLASSIC_QUEUE];
  win[CLASSIC_QUEUE] = { push: runClassic };
  drain(classicQueue, runClassic);

  // Test hook: the helpers, for the unit tests that run the unminified
  // tracker (the build strips this).
  /*<DEBUG>*/
  win.snowpakDebug = {
    sha1: sha1, base64url: base64url, uuid: uuid, trackers: trackers
  };
  /*</DEBUG>*/
