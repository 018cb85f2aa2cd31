/* Service search page: update results in place (the page works the same without this file).
 *
 * Any change of a filter, the search button, a page link or a "remove filter" chip fetches the
 * same URL the plain form would load, swaps #dn-search-region with the one in the answer, and
 * records the URL in the history, so links stay shareable and the back button works.
 */
(function () {
  "use strict";
  var form = document.getElementById("dn-search");
  if (!form || !window.fetch || !window.history || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  document.documentElement.classList.add("dn-js");
  var narrow = window.matchMedia && window.matchMedia("(max-width: 991.98px)");
  var filters = document.getElementById("dn-filters");
  // On a phone the results come first: filters start folded (open without JavaScript).
  if (filters && narrow && narrow.matches) {
    filters.open = false;
  }
  var live = document.getElementById("dn-search-live");
  var pending = null;

  function region() {
    return document.getElementById("dn-search-region");
  }

  function formUrl() {
    var params = new URLSearchParams();
    var defaults = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-dn-default]"), function (field) {
      defaults[field.name] = field.getAttribute("data-dn-default");
    });
    // Empty fields and default choices stay out of the URL, as the server's own links do.
    new FormData(form).forEach(function (value, key) {
      if (value !== "" && defaults[key] !== value) {
        params.append(key, value);
      }
    });
    var query = params.toString();
    return form.action + (query ? "?" + query : "");
  }

  function load(url, options) {
    if (pending) {
      pending.abort();
    }
    var controller = window.AbortController ? new AbortController() : null;
    pending = controller;
    region().setAttribute("aria-busy", "true");
    fetch(url, {
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("dn-search-region");
        if (!fresh) {
          window.location.assign(url);
          return;
        }
        var folded = document.getElementById("dn-filters");
        var freshFilters = fresh.querySelector("#dn-filters");
        if (folded && freshFilters) {
          freshFilters.open = folded.open;
        }
        region().replaceWith(fresh);
        if (options.push) {
          window.history.pushState({ dnSearch: true }, "", url);
        }
        var count = fresh.querySelector("[data-dn-count]");
        if (live && count) {
          live.textContent = count.textContent.replace(/\s+/g, " ").trim();
        }
        var target = options.focus && document.getElementById(options.focus);
        if (!target && options.results) {
          target = document.getElementById("dn-results-heading");
        }
        if (target) {
          target.focus();
        }
      })
      .catch(function (error) {
        if (!error || error.name !== "AbortError") {
          window.location.assign(url);
        }
      });
  }

  form.addEventListener("change", function (event) {
    var field = event.target;
    if (field && field.hasAttribute("data-dn-auto")) {
      load(formUrl(), { push: true, focus: field.id });
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(formUrl(), { push: true, results: true });
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-dn-nav]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    load(link.href, { push: true, results: true });
  });

  // Capture phase, and stopped there: Patternslib (Plone's bundle) reloads the whole page on
  // popstate, while every history entry of this page is one of our in-place updates.
  window.addEventListener(
    "popstate",
    function (event) {
      event.stopImmediatePropagation();
      load(window.location.href, { push: false });
    },
    true
  );
})();
