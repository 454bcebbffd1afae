// Shared by the test pages: tell the test collector a scenario is over.
function done(page, extra) {
  var request = new XMLHttpRequest();
  request.open('GET', '/done?page=' + page + (extra ? '&' + extra : ''), true);
  request.send();
}
