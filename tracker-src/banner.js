/*! snowpak tracker 0.2.0 | speaks the Snowplow tracker protocol | ES5 */
// Opens the closure every other file of order.txt lives in; end.js closes
// it. Nothing leaks to the page but the two queues of api.js.
;(function (win, doc, nav) {
  'use strict';
