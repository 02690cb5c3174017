// Highlights the evidence of the field under the pointer or in focus, and the other way round.
(function () {
  function marksOf(path) {
    return Array.from(document.querySelectorAll(".box, mark.ev")).filter(function (el) {
      if (el.dataset.field) return el.dataset.field === path;
      return (el.dataset.fields || "").split(" ").indexOf(path) >= 0;
    });
  }
  function activate(path, on) {
    marksOf(path).forEach(function (el) { el.classList.toggle("active", on); });
    document.querySelectorAll("tr.field").forEach(function (row) {
      if (row.dataset.field === path) row.classList.toggle("active", on);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("tr.field").forEach(function (row) {
      var path = row.dataset.field;
      ["mouseenter", "focusin"].forEach(function (e) { row.addEventListener(e, function () { activate(path, true); }); });
      ["mouseleave", "focusout"].forEach(function (e) { row.addEventListener(e, function () { activate(path, false); }); });
    });
    document.querySelectorAll(".box").forEach(function (box) {
      box.addEventListener("click", function () {
        var row = document.querySelector('tr.field[data-field="' + CSS.escape(box.dataset.field) + '"]');
        if (row) { row.scrollIntoView({block: "center"}); row.querySelector("input[name=value]").focus(); }
      });
    });
  });
})();
