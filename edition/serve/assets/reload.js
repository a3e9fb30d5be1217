/* SPDX-License-Identifier: MIT
   Served by `edition serve` alone, never written to a site: reloads the page when the site is
   built again (or its build fails, or is fixed). The server names the site's version in this
   script's address, and sends it again on /__edition/events each time it changes. */
(function () {
  "use strict";
  var shown = new URL(document.currentScript.src).searchParams.get("version");
  var events = new EventSource("/__edition/events");
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      location.reload();
    }
  };
  // Leaving the page: close the stream first, so that the browser reports no broken one.
  window.addEventListener("pagehide", function () { events.close(); });
})();
