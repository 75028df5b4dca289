// kg ui: what every page shares. Loaded first, so that it also records the
// errors of the scripts after it: body[data-errors] counts them and
// #kg-errors lists them, for people and for the browser test.
'use strict';
var kg = (function () {
  var errors = document.getElementById('kg-errors');
  function recordError(message) {
    var line = document.createElement('div');
    line.className = 'kg-error';
    line.textContent = 'Error: ' + String(message);
    errors.appendChild(line);
    errors.hidden = false;
    document.body.dataset.errors = String(errors.children.length);
  }
  window.addEventListener('error', function (event) {
    recordError(event.message || 'error');
  });
  window.addEventListener('unhandledrejection', function (event) {
    recordError('unhandled rejection: ' + event.reason);
  });

  // el('a', {href: x, className: 'y'}, 'text', child...): text is always
  // text (article sentences and titles are untrusted), never HTML.
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === 'dataset') {
        Object.assign(node.dataset, props.dataset);
      } else if (key === 'style') {
        Object.assign(node.style, props.style);
      } else {
        node[key] = props[key];
      }
    });
    for (var i = 2; i < arguments.length; ++i) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  // GET /api/NAME?params: resolves to the JSON; rejects with {status,
  // error, candidates} for an error answer.
  function api(name, params) {
    var query = new URLSearchParams();
    Object.keys(params).forEach(function (key) {
      if (params[key] !== undefined && params[key] !== '') query.set(key, params[key]);
    });
    return fetch('/api/' + name + '?' + query.toString()).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw body;
        return body;
      });
    });
  }

  // The URL of a node's page.
  function pageOf(kind, name) {
    var page = {person: 'person', office: 'office', law: 'law'}[kind] || 'around';
    return '/' + page + '?name=' + encodeURIComponent(name);
  }

  function nodeLink(node) {
    return el('a', {href: pageOf(node.kind, node.name), className: 'kg-node kg-' + node.kind},
              node.name);
  }

  // An API error as a message, with the choices when a name was ambiguous.
  function showError(main, error) {
    var box = el('section', {className: 'kg-problem'},
                 el('p', {}, error && error.error ? error.error : String(error)));
    if (error && error.candidates) {
      box.appendChild(el('p', {}, 'Choose one:'));
      var list = el('ul', {className: 'kg-choices'});
      error.candidates.forEach(function (c) {
        list.appendChild(el('li', {}, nodeLink(c), ' (' + c.kind + ')'));
      });
      box.appendChild(list);
    }
    main.appendChild(box);
  }

  // Dates at their precision ("2024", "2024-03", "2024-03-05") as the first
  // and last day they cover, in days since 1970-01-01 (UTC).
  function firstDay(text) {
    if (!text) return undefined;
    var p = text.split('-').map(Number);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) / 86400000;
  }
  function lastDay(text) {
    if (!text) return undefined;
    var p = text.split('-').map(Number);
    if (p.length === 3) return Date.UTC(p[0], p[1] - 1, p[2]) / 86400000;
    if (p.length === 2) return Date.UTC(p[0], p[1], 0) / 86400000;
    return Date.UTC(p[0], 11, 31) / 86400000;
  }
  function isoOfDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  function today() { return Math.floor(Date.now() / 86400000); }

  // Sources and evidence sentences of a row, for a details panel.
  function evidenceList(row) {
    var box = el('div', {className: 'kg-evidence'});
    (row.evidence || []).forEach(function (e) {
      box.appendChild(el('blockquote', {className: 'kg-sentence'}, e.sentence,
                         el('cite', {}, e.article + (e.date ? ', ' + e.date : ''))));
    });
    if (row.sources && row.sources.length) {
      box.appendChild(el('p', {className: 'kg-sources'},
                         'Articles: ' + row.sources.join(', ')));
    }
    return box;
  }

  function ready() { document.body.dataset.state = 'ready'; }

  return {el: el, api: api, pageOf: pageOf, nodeLink: nodeLink, showError: showError,
          firstDay: firstDay, lastDay: lastDay, isoOfDay: isoOfDay, today: today,
          evidenceList: evidenceList, ready: ready, recordError: recordError};
})();
