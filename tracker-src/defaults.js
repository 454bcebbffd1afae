  // The literals a site may want to change, in one place (see README.md).
  // `snowpak build --collector HOST` rewrites every string literal holding
  // the default collector below; keep that host in this one literal.
  var DEFAULT_COLLECTOR = 'collector.snowpak.invalid';
  var POST_PATH = '/com.snowplowanalytics.snowplow/tp2';
  var GET_PATH = '/i';
  var GLOBAL_NAME = 'snowplow';
  var CLASSIC_QUEUE = '_snaq';
  var VERSION = 'js-0.2.0';

  // Iglu schema URIs, built from one prefix so the minified file repeats it
  // once: iglu:com.snowplowanalytics.snowplow/NAME/jsonschema/VERSION.
  var IGLU = 'iglu:com.snowplowanalytics.snowplow/';
  function schema(name, version) {
    return IGLU + name + '/jsonschema/' + (version || '1-0-0');
  }
