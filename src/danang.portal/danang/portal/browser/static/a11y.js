/* Accessibility helpers on every page (docs/interface.md, "Accessibility"). The pages work
 * without this file; with it:
 *
 * - a form's error message at the top lists each error as a link to its field, and each field
 *   with an error says so (aria-invalid) and is described by its message (aria-describedby);
 * - the tables of the content reflow on phones: each cell carries its column's heading
 *   (data-label), which portal.css shows above the value when the rows are stacked;
 * - the close button of the theme's phone menu gets the menu button's translated label
 *   (the theme writes an English "Close").
 */
(function () {
  "use strict";

  var uid = 0;

  function idOf(element, prefix) {
    if (!element.id) {
      uid += 1;
      element.id = prefix + "-" + uid;
    }
    return element.id;
  }

  function describe(control, message) {
    var ids = (control.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    var id = idOf(message, "dn-error");
    if (ids.indexOf(id) === -1) {
      ids.push(id);
    }
    control.setAttribute("aria-describedby", ids.join(" "));
    control.setAttribute("aria-invalid", "true");
  }

  function labelText(control) {
    var label = control.id && document.querySelector('label[for="' + control.id + '"]');
    if (!label) {
      var group = control.closest("fieldset");
      label = group && group.querySelector("legend");
    }
    var text = label ? label.textContent : control.name || "";
    // "Tôi xin cam đoan … sự thật." then ": message": no stop before the colon.
    return text.replace(/\s+/g, " ").trim().replace(/[.:]+$/, "");
  }

  // The field a message belongs to: the control of its z3c.form field (.field) or of the
  // block the message closes (the look-up form's own markup).
  function controlOf(message) {
    var box = message.closest(".field") || message.parentElement;
    return box && box.querySelector("input:not([type=hidden]), select, textarea");
  }

  function summarise(form) {
    var messages = Array.prototype.filter.call(form.querySelectorAll(".invalid-feedback"), function (message) {
      return message.offsetParent !== null && message.textContent.trim();
    });
    if (!messages.length) {
      return;
    }
    var content = form.closest("#content") || document;
    var alert = content.querySelector(".portalMessage.statusmessage-error, .alert-danger[role=alert]");
    if (!alert) {
      return;
    }
    var list = document.createElement("ul");
    list.className = "dn-error-summary";
    messages.forEach(function (message) {
      var control = controlOf(message);
      if (!control) {
        return;
      }
      describe(control, message);
      var link = document.createElement("a");
      link.href = "#" + idOf(control, "dn-field");
      var label = labelText(control);
      link.textContent = (label ? label + ": " : "") + message.textContent.replace(/\s+/g, " ").trim();
      var item = document.createElement("li");
      item.appendChild(link);
      list.appendChild(item);
    });
    if (list.children.length) {
      alert.appendChild(list);
    }
  }

  function reflow(table) {
    var headings = Array.prototype.map.call(table.querySelectorAll("thead tr:last-child th, thead tr:last-child td"),
      function (cell) {
        var text = cell.textContent.replace(/\s+/g, " ").trim();
        var span = parseInt(cell.getAttribute("colspan") || "1", 10);
        var texts = [];
        for (var i = 0; i < span; i++) {
          texts.push(text);
        }
        return texts;
      }).reduce(function (all, texts) { return all.concat(texts); }, []);
    if (!headings.length) {
      return;
    }
    table.classList.add("dn-reflow");
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr, tfoot tr"), function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (!cell.hasAttribute("data-label") && headings[column]) {
          cell.setAttribute("data-label", headings[column]);
        }
        column += parseInt(cell.getAttribute("colspan") || "1", 10);
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("#content form"), summarise);
    Array.prototype.forEach.call(document.querySelectorAll("#content table"), function (table) {
      if (!table.closest(".pat-datagridfield") && table.querySelector("thead")) {
        reflow(table);
      }
    });
    var toggler = document.querySelector(".navbar-toggler[aria-label]");
    var close = document.querySelector("#offcanvasNavbar .btn-close");
    if (toggler && close) {
      close.setAttribute("aria-label", toggler.getAttribute("aria-label"));
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
