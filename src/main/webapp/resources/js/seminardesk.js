/*
 * Behaviour the pages ask for by attribute, because the Content-Security-Policy lets no inline handler run:
 *   data-confirm="text"  asks before a destructive or mass action; "Cancel" stops it (no request is sent);
 *   data-print           prints the page (the print stylesheet leaves out navigation and buttons).
 * Without JavaScript the actions still work; the server checks every rule again.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target.closest('[data-confirm],[data-print]') : null;
        if (!target) {
            return;
        }
        if (target.hasAttribute('data-print')) {
            event.preventDefault();
            window.print();
            return;
        }
        if (!window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
