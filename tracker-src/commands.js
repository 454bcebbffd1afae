  // The commands a page can send a tracker, by name. Each runs with the
  // tracker and the positional arguments; `keys` name those positions for
  // the modern form that passes one object (`{category: …, action: …}`).
  var COMMANDS = {};
  function command(names, keys, run) {
    names = names.split(' ');
    for (var i = 0; i < names.length; i++) {
      COMMANDS[names[i]] = [keys && keys.split(' '), run];
    }
  }

  // Settings.
  function setter(name, property) {
    command(name, '', function (t, a) {
      t[property] = a[0];
    });
  }
  setter('setAppId', 'aid');
  setter('setUserId', 'uid');
  setter('setCookieDomain', 'domain');
  setter('setCookieNamePrefix', 'prefix');
  setter('setSessionCookieTimeout', 'timeout');
  setter('setCollectorUrl', 'collector');
  command('discardHashTag', '', function (t, a) {
    t.discardHash = a[0] !== false;
  });
  command('setCollectorCf', '', function (t, a) {
    t.collector = a[0] + '.cloudfront.net';
  });

  // Positional values under protocol keys: `fields('se', 'se_ca se_ac',
  // ['shop', 'add', ctx])` => [{e: 'se', se_ca: 'shop', se_ac: 'add'}, ctx].
  function fields(type, keys, values) {
    var ev = { e: type }, i;
    keys = keys.split(' ');
    for (i = 0; i < keys.length; i++) ev[keys[i]] = values[i];
    return [ev, values[i]];
  }

  command('trackPageView', 'title context', function (t, a) {
    t.pageViewId = uuid();
    t.title = a[0] || doc.title;
    track(t, { e: 'pv', page: t.title }, a[1]);
    startPings(t);
  });

  command('trackStructEvent', 'category action label property value context',
    function (t, a) {
      var ev = fields('se', 'se_ca se_ac se_la se_pr se_va', a);
      track(t, ev[0], ev[1]);
    });

  // `ue_pr`/`ue_px`: the event wrapped in the unstruct_event envelope.
  var UNSTRUCT = schema('unstruct_event');
  function trackSelfDescribing(t, a) {
    var json = JSON.stringify({ schema: UNSTRUCT, data: a[0] });
    track(t, t.base64 ? { e: 'ue', ue_px: base64url(json) } :
      { e: 'ue', ue_pr: json }, a[1]);
  }
  command('trackSelfDescribingEvent', 'event context', trackSelfDescribing);
  command('trackUnstructEvent', '', trackSelfDescribing);

  // Ecommerce: a transaction and its items, sent by trackTrans.
  command('addTrans', 'orderId affiliation total tax shipping city state ' +
    'country currency context', function (t, a) {
      t.trans = fields('tr', 'tr_id tr_af tr_tt tr_tx tr_sh tr_ci tr_st ' +
        'tr_co tr_cu', a);
      t.items = [];
    });
  command('addItem', 'orderId sku name category price quantity currency ' +
    'context', function (t, a) {
      (t.items = t.items || []).push(
        fields('ti', 'ti_id ti_sk ti_nm ti_ca ti_pr ti_qu ti_cu', a));
    });
  command('trackTrans', '', function (t) {
    var all = [t.trans].concat(t.items || []), i;
    for (i = 0; i < all.length; i++) {
      if (all[i]) track(t, all[i][0], all[i][1]);
    }
    t.trans = t.items = null;
  });
