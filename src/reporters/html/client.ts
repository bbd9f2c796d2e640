/**
 * The page's only script, inlined (no external files) and allowed by its
 * hash in the page's Content-Security-Policy. It reads everything it needs
 * from the DOM the reporter wrote (ids, data- attributes) and writes only
 * through textContent and DOM nodes, never innerHTML, so document text can
 * never become markup here either. Plain ES2017 so any current browser runs it.
 */
export const clientScript = `
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  document.addEventListener('DOMContentLoaded', init);

  function init() {
    var current = null;
    // Undo needs the flagged text as it was, including any finding nested in it.
    var originals = new Map();

    function byId(id) { return document.getElementById(id); }
    function cardFor(id) { return byId('card-' + id); }
    function visibleMarks() { return Array.prototype.slice.call(document.querySelectorAll('.hl:not(.off)')); }

    function setCurrent(mark) {
      if (current === mark) return;
      if (current) {
        current.classList.remove('current');
        var old = cardFor(current.id);
        if (old) old.classList.remove('current');
      }
      current = mark;
      mark.classList.add('current');
      var card = cardFor(mark.id);
      if (card) card.classList.add('current');
    }

    // Brings a highlight into view and gives it focus, so its tooltip shows
    // and screen readers read its description; its card follows in the list.
    function go(mark) {
      setCurrent(mark);
      var card = cardFor(mark.id);
      if (card) card.scrollIntoView({block: 'nearest'});
      mark.scrollIntoView({block: 'center'});
      mark.focus({preventScroll: true});
    }

    function move(step) {
      var marks = visibleMarks();
      if (marks.length === 0) return;
      var index = current ? marks.indexOf(current) : -1;
      index = index === -1 ? (step > 0 ? 0 : marks.length - 1) : (index + step + marks.length) % marks.length;
      go(marks[index]);
    }

    // Keeps a tooltip inside the window: CSS places it under its highlight,
    // which near the right edge would run off screen.
    function placeTip(mark) {
      var tip = mark.nextElementSibling;
      if (!tip || !tip.classList.contains('tip')) return;
      tip.style.transform = '';
      var over = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
      if (over > 0) tip.style.transform = 'translateX(' + -over + 'px)';
    }

    function textOf(node) {
      var out = '';
      node.childNodes.forEach(function (child) {
        if (child.nodeType === 3) out += child.data;
        else if (child.nodeType === 1 && !child.classList.contains('tip')) out += textOf(child);
      });
      return out;
    }

    // The corrected document is read back from the page itself: the text
    // nodes with accepted suggestions in place, tooltips left out.
    function refresh(doc) {
      var body = doc.querySelector('.doc-text');
      var panel = doc.querySelector('.corrected');
      if (!body || !panel) return;
      var changes = body.querySelectorAll('.hl.accepted').length;
      panel.hidden = changes === 0;
      panel.querySelector('.changes').textContent = changes + (changes === 1 ? ' change' : ' changes') + ' accepted.';
      panel.querySelector('textarea').value = textOf(body);
    }

    function accept(id, fix) {
      var mark = byId(id);
      if (!mark) return;
      if (!originals.has(id)) {
        originals.set(id, Array.prototype.map.call(mark.childNodes, function (node) { return node.cloneNode(true); }));
      }
      // A finding nested in this one is replaced along with it: its card can no longer accept.
      mark.querySelectorAll('.hl').forEach(function (inner) {
        var covered = cardFor(inner.id);
        if (covered) covered.classList.add('is-covered');
      });
      mark.textContent = fix;
      mark.classList.add('accepted');
      var card = cardFor(id);
      if (card) {
        card.classList.add('is-accepted');
        card.querySelector('.undo').setAttribute('aria-label', 'Undo: ' + (fix === '' ? 'removed' : fix));
      }
      refresh(mark.closest('.doc'));
    }

    function undo(id) {
      var mark = byId(id);
      if (!mark || !originals.has(id)) return;
      mark.replaceChildren.apply(mark, originals.get(id));
      mark.querySelectorAll('.hl').forEach(function (inner) {
        var covered = cardFor(inner.id);
        if (covered) covered.classList.remove('is-covered');
      });
      originals.delete(id);
      mark.classList.remove('accepted');
      var card = cardFor(id);
      if (card) card.classList.remove('is-accepted');
      refresh(mark.closest('.doc'));
    }

    function say(panel, words) {
      var status = panel.querySelector('.status');
      if (status) status.textContent = words;
    }

    function copy(panel) {
      var area = panel.querySelector('textarea');
      var fallback = function () {
        area.closest('details').open = true;
        area.select();
        say(panel, document.execCommand('copy') ? 'Copied.' : 'Select the text below and copy it.');
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(function () { say(panel, 'Copied.'); }, fallback);
      } else fallback();
    }

    // A Blob made in the page: the download never touches the network.
    function download(panel) {
      var blob = new Blob([panel.querySelector('textarea').value], {type: 'text/plain;charset=utf-8'});
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = panel.getAttribute('data-filename') || 'corrected.txt';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      say(panel, 'Downloaded ' + link.download + '.');
    }

    var form = document.querySelector('.filters');
    function applyFilters() {
      var on = {severity: {}, rule: {}};
      form.querySelectorAll('input').forEach(function (input) { on[input.name][input.value] = input.checked; });
      var shows = function (el) { return on.severity[el.dataset.severity] === true && on.rule[el.dataset.rule] === true; };
      document.querySelectorAll('.hl').forEach(function (mark) {
        var show = shows(mark);
        mark.classList.toggle('off', !show);
        mark.tabIndex = show ? 0 : -1;
      });
      var shown = 0, total = 0;
      document.querySelectorAll('.group').forEach(function (group) {
        var count = 0;
        group.querySelectorAll('.card').forEach(function (card) {
          card.hidden = !shows(card);
          if (!card.hidden) count++;
        });
        group.hidden = count === 0;
        var badge = group.querySelector('.count');
        badge.textContent = count === Number(badge.dataset.total) ? String(count) : count + ' of ' + badge.dataset.total;
        shown += count;
        total += Number(badge.dataset.total);
      });
      byId('filter-status').textContent = shown === total ? '' : 'Showing ' + shown + ' of ' + total + ' findings.';
    }
    if (form) form.addEventListener('change', applyFilters);

    document.addEventListener('click', function (event) {
      var target = event.target.closest('.jump, .accept, .undo, .copy, .download, .hl');
      if (!target) return;
      var id = target.dataset.for;
      if (target.classList.contains('jump')) {
        event.preventDefault();
        var mark = byId(id);
        if (mark && !mark.classList.contains('off')) go(mark);
      } else if (target.classList.contains('accept')) accept(id, target.dataset.fix);
      else if (target.classList.contains('undo')) undo(id);
      else if (target.classList.contains('copy')) copy(target.closest('.corrected'));
      else if (target.classList.contains('download')) download(target.closest('.corrected'));
      else if (target.classList.contains('hl')) {
        var card = cardFor(target.id);
        if (card) card.scrollIntoView({block: 'nearest'});
      }
    });

    document.addEventListener('focusin', function (event) {
      if (event.target.classList && event.target.classList.contains('hl')) {
        setCurrent(event.target);
        placeTip(event.target);
      }
    });
    document.addEventListener('mouseover', function (event) {
      var mark = event.target.closest && event.target.closest('.hl');
      if (mark) placeTip(mark);
    });
    // Escape hides a tooltip (WCAG 1.4.13) until the highlight is left.
    var undismiss = function (event) {
      if (event.target.classList && event.target.classList.contains('hl')) event.target.classList.remove('dismissed');
    };
    document.addEventListener('focusout', undismiss);
    document.addEventListener('mouseout', undismiss);

    document.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var target = event.target;
      var typing = target.closest && target.closest('textarea, select, [contenteditable], input:not([type=checkbox])');
      if (typing) return;
      var onMark = target.classList && target.classList.contains('hl');
      switch (event.key) {
        case 'j': case 'n': move(1); break;
        case 'k': case 'p': move(-1); break;
        case 'a': {
          var button = onMark && document.querySelector('.accept[data-for="' + target.id + '"]');
          if (!button) return;
          button.click();
          break;
        }
        case 'Enter': {
          // To the card, where the suggestions can be accepted; after one is, to its undo.
          var card = onMark && cardFor(target.id);
          var first = card && (card.classList.contains('is-accepted') ? card.querySelector('.undo') : card.querySelector('.accept') || card.querySelector('.jump'));
          if (!first) return;
          first.focus();
          break;
        }
        case 'Escape':
          if (!current) return;
          current.classList.add('dismissed');
          break;
        default: return;
      }
      event.preventDefault();
    });
  }
})();
`.trim()
