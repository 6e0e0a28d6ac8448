/*
 * Behaviour the pages ask for by attribute, because the Content-Security-Policy lets no inline handler run:
 *   data-confirm="text"  asks before a destructive or mass action; "Cancel" stops it (no request is sent);
 *   data-print           prints the page (the print stylesheet leaves out navigation and buttons).
 *   table.participants   on a phone each row becomes a card, its cells labelled by their column;
 *   .work-nav            on a phone the menu folds behind its "Menu" button (the CSS decides when);
 *   meta seminardesk-location  a page answering its own form puts the address it was opened by in the
 *                        history instead of the post, so Back and refresh open the page again and never ask
 *                        to send the form a second time;
 *   .field-error         a form answered with errors: the first field in error takes the focus (and so comes
 *                        into view), instead of leaving the reader at the top of a long page.
 * Without JavaScript the actions still work and the menu stays open; the server checks every rule again.
 */
(function () {
    'use strict';
    var location = document.querySelector('meta[name="seminardesk-location"]');
    if (location && window.history.replaceState) {
        window.history.replaceState(window.history.state, '', location.getAttribute('content') + window.location.hash);
    }
    document.addEventListener('DOMContentLoaded', function () {
        var firstError = Array.prototype.find.call(document.querySelectorAll('.field-error'), function (message) {
            return message.textContent.trim() !== '';
        });
        var field = firstError ? firstError.closest('.field, fieldset') : null;
        var input = field ? field.querySelector('input:not([type=hidden]), select, textarea') : null;
        if (input) {
            input.focus();
        }
        // Tables of people and figures stack into cards on a phone: each cell is labelled by its column.
        document.querySelectorAll('table.participants').forEach(function (table) {
            var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
                return th.textContent.trim();
            });
            if (heads.length === 0) {
                return;
            }
            table.classList.add('stack');
            table.querySelectorAll('tbody tr').forEach(function (row) {
                Array.prototype.forEach.call(row.children, function (cell, i) {
                    if (cell.tagName === 'TD' && !cell.hasAttribute('data-label') && heads[i]) {
                        cell.setAttribute('data-label', heads[i]);
                    }
                });
            });
        });
        var nav = document.querySelector('.work-nav');
        var toggle = nav ? nav.querySelector('.menu-toggle') : null;
        if (!toggle) {
            return;
        }
        nav.classList.add('collapsible');
        toggle.addEventListener('click', function () {
            var open = nav.classList.toggle('open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    });
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
