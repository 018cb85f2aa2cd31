/* Submission forms: list only the wards of the chosen district (the server checks it too). */
(function () {
  "use strict";

  function init() {
    var district = document.querySelector('select[name="form.widgets.district:list"]');
    var ward = document.querySelector('select[name="form.widgets.ward:list"]');
    if (!district || !ward) {
      return;
    }
    var base = document.body.dataset.portalUrl || "";
    var options = Array.prototype.map.call(ward.options, function (option) {
      return { value: option.value, text: option.text };
    });

    fetch(base + "/@@danang-ward-districts", { credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : {};
      })
      .then(function (parents) {
        function refresh() {
          var chosen = district.value;
          var current = ward.value;
          ward.innerHTML = "";
          options.forEach(function (option) {
            var isWard = Object.prototype.hasOwnProperty.call(parents, option.value);
            if (!isWard || !chosen || parents[option.value] === chosen) {
              ward.add(new Option(option.text, option.value, false, option.value === current));
            }
          });
          if (ward.value !== current) {
            ward.dispatchEvent(new Event("change", { bubbles: true }));
          }
        }
        district.addEventListener("change", refresh);
        refresh();
      })
      .catch(function () {
        /* Without the map every ward stays listed; the server still rejects a wrong pair. */
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
