// Reloads a page that waits for something (a file's feedback, a publication) after the seconds its script tag
// gives in data-seconds. A script rather than <meta http-equiv="refresh">: WCAG 2.2.1 asks that the reader can stop
// it, which the page's "Stop refreshing" link does by leaving this script out.
(function () {
    var seconds = Number(document.currentScript.getAttribute('data-seconds')) || 5;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
}());
