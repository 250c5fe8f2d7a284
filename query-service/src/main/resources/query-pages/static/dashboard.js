// The language switch returns to the page as it stands now: htmx may have changed the address since the page came.
document.addEventListener('submit', function (event) {
    'use strict';
    var back = event.target.querySelector('input[name="back"]');
    if (back && event.target.getAttribute('action') === '/locale') {
        back.value = window.location.pathname + window.location.search;
    }
});
