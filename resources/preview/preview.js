// The live preview's side of the homepage editor. The page shown is the published
// index.html; this script, injected into the preview only, marks each element with the field
// it shows (data-ic-field), tells the editor which field was clicked, lets the short texts be
// edited in place, and swaps a newly rendered body in without reloading.
(function () {
    'use strict';
    var bridge = null;
    var map = { sections: [] };
    var swapping = false;
    var selected = null;

    function mark(el, path, editable) {
        if (!el) return;
        el.setAttribute('data-ic-field', path);
        if (editable) {
            el.setAttribute('data-ic-editable', '');
            el.setAttribute('contenteditable', 'plaintext-only');
            el.setAttribute('spellcheck', 'false');
        }
    }

    function annotate() {
        var header = document.querySelector('.site-header .brand');
        mark(header, 'page.title', false);
        var sections = document.querySelectorAll('main > section');
        for (var i = 0; i < sections.length; ++i) {
            var meta = map.sections[i];
            if (!meta) continue;
            var sec = sections[i];
            var p = 's' + meta.index + '.';
            sec.setAttribute('data-ic-section', String(meta.index));
            mark(sec.querySelector('h1, h2'), p + 'title', true);
            if (meta.type === 'hero') {
                mark(sec.querySelector('.lead'), p + 'subtitle', true);
                var buttons = sec.querySelectorAll('.actions a');
                for (var k = 0; k < buttons.length; ++k)
                    if (meta.ctas[k]) mark(buttons[k], p + meta.ctas[k] + '.text', true);
                mark(sec.querySelector('.hero-background'), p + 'backgroundImage', false);
            } else if (meta.type === 'services') {
                var cards = sec.querySelectorAll('ul.cards > li.card');
                for (var c = 0; c < cards.length; ++c) {
                    if (meta.services[c] === undefined) continue;
                    var q = p + 'svc' + meta.services[c] + '.';
                    var card = cards[c];
                    // The card as a whole selects its service (its name, its badge, … the field).
                    card.setAttribute('data-ic-card', q + 'name');
                    mark(card.querySelector('h3'), q + 'name', false);
                    mark(card.querySelector('h3 .badge'), q + 'badge', false);
                    mark(card.querySelector(':scope > img'), q + 'image', false);
                    mark(card.querySelector('.advantages'), q + 'advantages', false);
                    var paragraphs = card.querySelectorAll(':scope > p');
                    for (var n = 0; n < paragraphs.length; ++n)
                        mark(paragraphs[n], q + (paragraphs[n].querySelector('a') ? 'link' : 'description'), false);
                }
            } else if (meta.type === 'pricing') {
                var plans = sec.querySelectorAll('li.plan');
                for (var j = 0; j < plans.length; ++j) mark(plans[j], p + 'highlightedPlanSlug', false);
            } else if (meta.type === 'contact') {
                mark(sec.querySelector('form'), p + 'formFields', false);
                mark(sec.querySelector('a[href^="mailto:"]'), p + 'email', false);
            } else if (meta.type === 'faq') {
                var items = sec.querySelectorAll('details');
                for (var d = 0; d < items.length; ++d) mark(items[d], p + 'items', false);
            }
        }
        if (selected) highlight(selected);
    }

    function find(path) {
        return document.querySelector('[data-ic-field="' + path + '"]');
    }

    function highlight(path) {
        selected = path;
        var old = document.querySelectorAll('[data-ic-selected]');
        for (var i = 0; i < old.length; ++i) old[i].removeAttribute('data-ic-selected');
        var el = path ? find(path) : null;
        if (el) el.setAttribute('data-ic-selected', '');
        return el !== null;
    }

    function caretOffset(el) {
        var sel = window.getSelection();
        if (!sel.rangeCount || !el.contains(sel.getRangeAt(0).endContainer)) return el.textContent.length;
        var range = sel.getRangeAt(0).cloneRange();
        range.selectNodeContents(el);
        range.setEnd(sel.getRangeAt(0).endContainer, sel.getRangeAt(0).endOffset);
        return range.toString().length;
    }

    function placeCaret(el, offset) {
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        var node, left = offset;
        while ((node = walker.nextNode())) {
            if (node.length >= left) {
                var range = document.createRange();
                range.setStart(node, left);
                range.collapse(true);
                var sel = window.getSelection();
                sel.removeAllRanges();
                sel.addRange(range);
                return;
            }
            left -= node.length;
        }
    }

    function fieldOf(target) {
        return target && target.closest ? target.closest('[data-ic-field]') : null;
    }

    document.addEventListener('click', function (e) {
        // Nothing in the preview navigates: links and buttons select what they show.
        if (e.target.closest && e.target.closest('a, button')) e.preventDefault();
        var el = fieldOf(e.target) || (e.target.closest ? e.target.closest('[data-ic-card]') : null);
        if (!el) return;
        var path = el.getAttribute('data-ic-field') || el.getAttribute('data-ic-card');
        highlight(path);
        // A text edited in place keeps the keyboard; anything else sends it to its field.
        if (bridge) bridge.select(path, !el.hasAttribute('data-ic-editable'));
    }, true);
    document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
    document.addEventListener('input', function (e) {
        var el = fieldOf(e.target);
        if (!el || !el.hasAttribute('data-ic-editable') || !bridge) return;
        bridge.edit(el.getAttribute('data-ic-field'), el.textContent);
    }, true);
    document.addEventListener('focusout', function (e) {
        if (swapping || !bridge) return;
        var el = fieldOf(e.target);
        if (el && el.hasAttribute('data-ic-editable')) bridge.endEdit();
    }, true);
    document.addEventListener('keydown', function (e) {
        var el = fieldOf(e.target);
        var mod = e.ctrlKey || e.metaKey;
        if (mod && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
            // The page's undo stack, not the browser's.
            e.preventDefault();
            if (!bridge) return;
            if (e.key === 'y' || e.shiftKey) bridge.redo(); else bridge.undo();
            return;
        }
        if (e.key === 'Enter' && el && el.hasAttribute('data-ic-editable')) {
            e.preventDefault(); // one line: Enter ends the edit
            el.blur();
        }
    }, true);

    window.icPreview = {
        // Swaps the body for a newly rendered one, keeping the scroll position and the text
        // being edited in place (with its caret; `typedHere`: the change was typed here, so
        // what is on screen is newer than the body). Returns the text now shown for `path`.
        swap: function (body, title, newMap, path, typedHere) {
            var active = document.activeElement;
            var editing = null, caret = 0, typed = null;
            if (active && active.hasAttribute && active.hasAttribute('data-ic-editable')) {
                editing = active.getAttribute('data-ic-field');
                caret = caretOffset(active);
                typed = active.textContent;
            }
            var x = window.scrollX, y = window.scrollY;
            swapping = true;
            map = newMap;
            document.body.innerHTML = body;
            var decode = document.createElement('textarea');
            decode.innerHTML = title;
            document.title = decode.value;
            annotate();
            window.scrollTo(x, y);
            if (editing) {
                var again = find(editing);
                if (again) {
                    // Keys typed since this body was rendered are already on their way to
                    // the editor: what the person sees of the text they type stays.
                    if (typedHere && again.textContent !== typed) again.textContent = typed;
                    again.focus();
                    placeCaret(again, caret);
                }
            }
            swapping = false;
            var shown = path ? find(path) : null;
            return shown ? shown.textContent : null;
        },
        highlight: highlight,
        annotate: function (newMap) { map = newMap; annotate(); }
    };

    var style = document.createElement('style');
    style.textContent = '[data-ic-field]{cursor:pointer}' +
        '[data-ic-editable]{cursor:text}' +
        '[data-ic-editable]:hover{outline:1px dashed #3b82f6;outline-offset:2px}' +
        '[data-ic-selected]{outline:2px solid #3b82f6 !important;outline-offset:2px}';
    document.head.appendChild(style);

    if (typeof QWebChannel !== 'undefined' && typeof qt !== 'undefined') {
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.bridge;
            bridge.ready();
        });
    }
})();
