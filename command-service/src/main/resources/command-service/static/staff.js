/*
 * The staff forms' one script. It sends a form as the API's JSON body to the form's own address, where the API's
 * controller reads it, and shows the answer: the new record's id with a link to it, or each problem's message beside
 * the field the problem names. It checks nothing itself: every rule is the API's.
 */
(function () {
    'use strict';

    /** A number exactly as typed: money must reach the API as written, never through a floating-point value. */
    function RawNumber(text) {
        this.text = text;
    }

    var NUMBER = /^-?\d+(\.\d+)?$/;

    function jsonText(value) {
        if (value instanceof RawNumber) {
            return value.text;
        }
        if (Array.isArray(value)) {
            return '[' + value.map(jsonText).join(',') + ']';
        }
        if (value !== null && typeof value === 'object') {
            return '{' + Object.keys(value).map(function (key) {
                return JSON.stringify(key) + ':' + jsonText(value[key]);
            }).join(',') + '}';
        }
        return JSON.stringify(value);
    }

    /** The JSON value of one control, or undefined when it is empty (the API then says whether it was needed). */
    function valueOf(control) {
        var kind = control.dataset.json;
        var text = control.value;
        if (kind === 'list' || kind === 'list-or-empty') {
            var items = text.split(/[\n,;]/).map(function (item) {
                return item.trim();
            }).filter(function (item) {
                return item !== '';
            });
            return items.length > 0 || kind === 'list-or-empty' ? items : undefined;
        }
        if (text.trim() === '') {
            return undefined;
        }
        if (kind === 'integer' || kind === 'decimal') {
            var number = text.trim().replace(/\s/g, '');
            if (kind === 'decimal') {
                number = number.replace(',', '.');
            }
            // what is no number goes as text, and the API answers what it expected
            return NUMBER.test(number) ? new RawNumber(number) : text;
        }
        return text;
    }

    /** The form's body: each control's name is its JSON field, with dots for a nested object. */
    function body(form) {
        var root = {};
        Array.prototype.forEach.call(form.querySelectorAll('[data-json]'), function (control) {
            var value = valueOf(control);
            if (value === undefined) {
                return;
            }
            var path = control.name.split('.');
            var target = root;
            path.slice(0, -1).forEach(function (key) {
                target = target[key] = target[key] || {};
            });
            target[path[path.length - 1]] = value;
        });
        return jsonText(root);
    }

    function texts() {
        return document.querySelector('.texts').dataset;
    }

    function clear(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.error'), function (error) {
            error.textContent = '';
            error.hidden = true;
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (control) {
            control.removeAttribute('aria-invalid');
        });
        ['.success', '.failure'].forEach(function (selector) {
            var box = form.querySelector(selector);
            box.textContent = '';
            box.hidden = true;
        });
    }

    function show(box, text) {
        box.textContent = text;
        box.hidden = false;
        return box;
    }

    function succeeded(form, response, answer) {
        var message = form.dataset.success.replace(/\{(\w+)\}/g, function (whole, key) {
            return answer && answer[key] !== undefined ? answer[key] : whole;
        });
        var box = show(form.querySelector('.success'), message);
        var location = response.headers.get('Location');
        if (location) {
            var link = document.createElement('a');
            link.href = location;
            link.textContent = texts().open;
            box.appendChild(document.createTextNode(' '));
            box.appendChild(link);
        }
        form.reset();
        box.focus();
    }

    /** A problem names the field as a JSON path, e.g. participantNcoIds[1]: the control is the list's. */
    function refused(form, problem) {
        var detail = problem.detail || problem.title || '';
        var field = typeof problem.field === 'string' ? problem.field.replace(/\[\d+\]/g, '') : null;
        var control = field ? form.querySelector('[data-json][name="' + field.replace(/"/g, '') + '"]') : null;
        if (control) {
            var prefix = problem.field + ': ';
            show(document.getElementById('error-' + control.name),
                detail.indexOf(prefix) === 0 ? detail.substring(prefix.length) : detail);
            control.setAttribute('aria-invalid', 'true');
            show(form.querySelector('.failure'), texts().fieldErrors);
            control.focus();
            return;
        }
        show(form.querySelector('.failure'), texts().failed + ' ' + detail).focus();
    }

    function submit(event) {
        var form = event.target;
        event.preventDefault();
        clear(form);
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        // the API words its problems in the page's language, not the browser's
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
            'Accept-Language': document.documentElement.lang || 'ru'};
        var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
        if (csrfHeader) {
            headers[csrfHeader.content] = document.querySelector('meta[name="_csrf"]').content;
        }
        fetch(form.action, {method: 'POST', headers: headers, body: body(form), credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 401) {
                    window.location.assign('/login');
                    return null;
                }
                var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
                return (json ? response.json() : Promise.resolve(null)).then(function (answer) {
                    if (response.ok) {
                        succeeded(form, response, answer);
                    } else {
                        refused(form, answer || {detail: response.status + ' ' + response.statusText});
                    }
                });
            })
            .catch(function () {
                show(form.querySelector('.failure'), texts().unreachable).focus();
            })
            .then(function () {
                button.disabled = false;
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form.record[data-success]'), function (form) {
            form.addEventListener('submit', submit);
        });
    });
})();
