  // Debug logging: every call of `log` sits in a DEBUG region, so the build
  // strips the calls along with this function.
  /*<DEBUG>*/
  function log() {
    var c = win.console;
    if (c && c.log) {
      c.log.apply(c, ['snowpak:'].concat([].slice.call(arguments)));
    }
  }
  /*</DEBUG>*/
