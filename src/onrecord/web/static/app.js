// Small conveniences; every page works without this file.
// "/" focuses the search box; on an article page, the statement named in the URL is focused
// so keyboard and screen-reader users land on it.
document.addEventListener("keydown", function (event) {
  var target = event.target;
  var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
  if (event.key === "/" && !typing) {
    var box = document.getElementById("q") || document.getElementById("quick-q");
    if (box) { event.preventDefault(); box.focus(); box.select(); }
  }
});
window.addEventListener("DOMContentLoaded", function () {
  if (location.hash.length > 1) {
    var marked = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (marked) { marked.focus({ preventScroll: false }); }
  }
});
