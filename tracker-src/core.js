(function (window, document) {
  'use strict';
  var collector = 'collector.snowpak.invalid';
  /*<DEBUG>*/
  window.console && console.log('snowpak: collector ' + collector);
  /*</DEBUG>*/
  window.snowpakCollector = collector;
})(window, document);
