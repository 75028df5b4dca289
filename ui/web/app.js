// kg ui: the pages. Each is a URL (/person?name=X, /office?name=X&at=D,
// /law?name=X, /around?name=X&depth=N, /?q=X) that fetches its answer
// from the JSON API and draws it; every text from the store goes through
// textContent (kg.el), never HTML.
'use strict';
(function () {
  var el = kg.el;
  var main = document.getElementById('kg-main');
  var params = new URLSearchParams(location.search);
  var name = params.get('name') || '';

  function title(text, kind) {
    document.title = 'kg: ' + text;
    main.appendChild(el('h1', {className: 'kg-title'}, text,
                        kind ? el('span', {className: 'kg-kind'}, kind) : null));
  }

  // Links to the other views of the same name.
  function views(kind) {
    var nav = document.getElementById('kg-views');
    if (kind) nav.appendChild(el('a', {href: kg.pageOf(kind, name)}, kind));
    nav.appendChild(el('a', {href: '/around?name=' + encodeURIComponent(name)}, 'neighbourhood'));
  }

  function details(side, heading, row, extra) {
    side.textContent = '';
    side.appendChild(el('h2', {}, heading));
    (extra || []).forEach(function (line) { if (line) side.appendChild(el('p', {}, line)); });
    side.appendChild(kg.evidenceList(row));
  }

  function layout() {
    var side = el('aside', {id: 'kg-details', className: 'kg-details'},
                  el('p', {className: 'kg-hint'}, 'Click a bar for its sentences and articles.'));
    var body = el('div', {className: 'kg-body'});
    main.appendChild(el('div', {className: 'kg-columns'}, body, side));
    return {body: body, side: side};
  }

  function howText(t) {
    var parts = [];
    if (t.seen_only) parts.push('seen in passing');
    else if (t.appointed) parts.push('appointed' + (t.appointed_by ? ' by ' + t.appointed_by : ''));
    if (t.dismissed) parts.push('dismissed' + (t.dismissed_by ? ' by ' + t.dismissed_by : ''));
    else if (t.end_inferred && t.successor) parts.push('succeeded by ' + t.successor);
    return parts.join('; ');
  }

  function tenureRow(t, label, side, className) {
    return {label: label, start: t.start, end: t.end, inferred: t.end_inferred,
            open: !t.end && !t.seen_only, className: className,
            onSelect: function () {
              details(side, t.person.name + ' — ' + t.post.name, t,
                      [(t.start || '…') + ' – ' + (t.end || 'open') +
                       (t.end_inferred ? ' (end inferred)' : ''), howText(t)]);
            }};
  }

  function person() {
    views('person');
    return kg.api('career', {person: name}).then(function (answer) {
      title(answer.person.name, 'person');
      var parts = layout();
      var rows = answer.posts.map(function (t) {
        return tenureRow(t, (t.relation === 'member_of' ? 'member of ' : '') + t.post.name,
                         parts.side);
      });
      if (!rows.length) parts.body.appendChild(el('p', {}, 'No posts known.'));
      kg.timeline(parts.body, rows);
    });
  }

  // Overlapping tenures of a one-holder post, and the gaps between tenures.
  function overlapsAndGaps(holders, single) {
    var spans = holders.map(function (t, i) {
      var first = kg.firstDay(t.start || t.end);
      var last = t.end ? kg.lastDay(t.end) : (t.seen_only ? kg.lastDay(t.start) : kg.today());
      return {i: i, first: first, last: last};
    }).filter(function (s) { return s.first !== undefined; });
    var overlapping = {};
    if (single) {
      spans.forEach(function (a) {
        spans.forEach(function (b) {
          // Sharing the handover day is a succession, not an overlap.
          if (a.i < b.i && a.first < b.last && b.first < a.last &&
              holders[a.i].person.id !== holders[b.i].person.id) {
            overlapping[a.i] = overlapping[b.i] = true;
          }
        });
      });
    }
    spans.sort(function (a, b) { return a.first - b.first; });
    var gaps = [], reach = -Infinity;
    spans.forEach(function (s) {
      if (reach !== -Infinity && s.first > reach + 1) {
        gaps.push({first: reach + 1, last: s.first - 1, className: 'kg-gap',
                   title: 'no holder known ' + kg.isoOfDay(reach + 1) + ' – ' +
                          kg.isoOfDay(s.first - 1)});
      }
      reach = Math.max(reach, s.last);
    });
    return {overlapping: overlapping, gaps: gaps};
  }

  function office() {
    views('office');
    var at = params.get('at') || '';
    return Promise.all([kg.api('holders', {office: name}),
                        at ? kg.api('holders', {office: name, at: at}) : null])
      .then(function (answers) {
        var all = answers[0], atAnswer = answers[1];
        title(all.office.name, 'office' + (all.office.single_holder ? ', one holder at a time' : ''));
        var picker = el('form', {id: 'kg-at', className: 'kg-at', method: 'get', action: '/office'},
                        el('input', {type: 'hidden', name: 'name', value: name}),
                        el('label', {htmlFor: 'kg-at-date'}, 'Who held it on '),
                        el('input', {type: 'date', id: 'kg-at-date', name: 'at', value: at}),
                        el('button', {type: 'submit'}, 'Show'));
        main.appendChild(picker);
        if (atAnswer) {
          var names = atAnswer.holders.map(function (t) { return t.person.name; });
          main.appendChild(el('p', {id: 'kg-at-answer', className: 'kg-answer'},
                              'On ' + at + ': ' + (names.length ? names.join(', ') : 'nobody known')));
        }
        var parts = layout();
        var marks = overlapsAndGaps(all.holders, all.office.single_holder);
        var rows = all.holders.map(function (t, i) {
          return tenureRow(t, t.person.name, parts.side, marks.overlapping[i] ? 'kg-overlap' : '');
        });
        if (!rows.length) parts.body.appendChild(el('p', {}, 'No holders known.'));
        kg.timeline(parts.body, rows, {marker: at || undefined, bands: marks.gaps});
        var key = el('p', {className: 'kg-key'}, 'Dashed end: inferred from a successor. ' +
                     'Fading end: still held. Red: overlapping holders of a one-holder post. ' +
                     'Hatched: no holder known.');
        parts.body.appendChild(key);
      });
  }

  function law() {
    views('law');
    return kg.api('law', {law: name}).then(function (answer) {
      title(answer.law.name, 'law');
      var parts = layout();
      var steps = el('ol', {id: 'kg-steps', className: 'kg-steps'});
      answer.stages.forEach(function (s) {
        var notes = s.notes.map(function (n) { return answer.notes[n - 1]; });
        var item = el('li', {className: 'kg-step' + (notes.some(function (n) {
          return n.kind === 'contradiction'; }) ? ' kg-contradiction' : '')},
          el('button', {type: 'button', className: 'kg-step-button'},
             el('span', {className: 'kg-step-date'}, s.date || 'undated'),
             el('span', {className: 'kg-step-verb'}, s.verb),
             el('span', {className: 'kg-step-body'}, s.body.name),
             s.detail ? el('span', {className: 'kg-step-detail'}, s.detail) : null));
        notes.forEach(function (n) {
          item.appendChild(el('p', {className: 'kg-note kg-note-' + n.kind}, n.kind + ': ' + n.text));
        });
        item.firstChild.addEventListener('click', function () {
          details(parts.side, s.verb + ' — ' + s.body.name, s, [s.date || 'undated', s.detail]);
        });
        steps.appendChild(item);
      });
      if (!answer.stages.length) parts.body.appendChild(el('p', {}, 'No stages known.'));
      parts.body.appendChild(steps);
    });
  }

  function around() {
    var depth = params.get('depth') || '1';
    return kg.api('search', {q: name}).then(function (found) {
      var focus = found.matches[0];
      views(focus.kind === 'person' || focus.kind === 'office' || focus.kind === 'law' ?
            focus.kind : null);
      return kg.api('around', {name: name, depth: depth}).then(function (doc) {
        title('Around ' + focus.name, 'depth ' + depth);
        var box = el('section', {className: 'kg-around'});
        main.appendChild(box);
        window.kgCy = kg.neighbourhood(box, doc, focus.id, function (target, side) {
          var d = target.data();
          side.textContent = '';
          if (target.isNode()) {
            side.appendChild(el('h2', {}, d.name));
            side.appendChild(el('p', {}, d.kind));
            side.appendChild(el('p', {}, el('a', {href: kg.pageOf(d.kind, d.name)}, 'Open its page')));
            return;
          }
          var rows = (d.evidence || []).map(function (sentence, i) {
            return {sentence: sentence, article: (d.evidence_articles || [])[i],
                    date: (d.evidence_dates || [])[i]};
          });
          details(side, d.relation, {evidence: rows, sources: d.sources},
                  [cy_name(target.source()) + ' → ' + cy_name(target.target()),
                   [d.date, d.start && 'from ' + d.start, d.end && 'to ' + d.end]
                     .filter(Boolean).join(', ')]);
        });
      });
    });
  }
  function cy_name(node) { return node.data('name'); }

  function search() {
    var q = params.get('q') || '';
    document.getElementById('kg-q').value = q;
    if (!q) {
      title('kg');
      main.appendChild(el('p', {className: 'kg-hint'},
                          'Search a person, an office, a law or any name: its page shows the ' +
                          'timeline of who held what when, or the path of a law.'));
      return Promise.resolve();
    }
    return kg.api('search', {q: q}).then(function (found) {
      if (found.matches.length === 1) {
        var m = found.matches[0];
        location.replace(kg.pageOf(m.kind, m.name));
        return new Promise(function () {});  // the next page takes over
      }
      title('"' + q + '" matches ' + found.matches.length + ' names');
      var list = el('ul', {id: 'kg-choices', className: 'kg-choices'});
      found.matches.forEach(function (m) {
        list.appendChild(el('li', {}, kg.nodeLink(m), ' (' + m.kind + ')'));
      });
      main.appendChild(list);
    });
  }

  var pages = {'/person': person, '/office': office, '/law': law, '/around': around};
  var page = pages[location.pathname] || search;
  document.getElementById('kg-q').value = params.get('q') || name;
  page().then(kg.ready, function (error) {
    if (error && error.status) {
      kg.showError(main, error);
      kg.ready();
    } else {
      kg.recordError(error && error.stack ? error.stack : error);
    }
  });
})();
