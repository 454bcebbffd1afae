  // Link clicks: a self-describing link_click event for every click (or
  // middle click) on an `a` or `area` with a real href.
  var LINK_CLICK = schema('link_click', '1-0-1');

  command('enableLinkClickTracking enableLinkTracking', 'trackContent context',
    function (t, a) {
      if (t.links) return;
      t.links = 1;
      function click(event) {
        var link = event.target || event.srcElement, data, classes;
        while (link && !(link.href && /^(a|area)$/i.test(link.tagName))) {
          link = link.parentNode;
        }
        if (!link || /^javascript:/i.test(link.href)) return;

        classes = (link.getAttribute('class') || '').split(/\s+/);
        while (classes[0] === '') classes.shift();
        if (classes[classes.length - 1] === '') classes.pop();
        data = { targetUrl: link.href };
        if (link.id) data.elementId = link.id;
        if (classes.length) data.elementClasses = classes;
        if (link.target) data.elementTarget = link.target;
        if (a[0]) data.elementContent = link.textContent || link.innerText;
        trackSelfDescribing(t, [{ schema: LINK_CLICK, data: data }, a[1]]);
      }
      listen(doc, 'click', click);
      listen(doc, 'auxclick', click);
    });
