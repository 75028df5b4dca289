// kg export --format html: draws the embedded subgraph with cytoscape (inlined
// above this script), colours nodes by kind, plays dated facts through a time
// slider, and shows an element's details and sources when it is clicked.
//
// Every name and sentence is untrusted text from articles: it only ever
// reaches the page through textContent or cytoscape's canvas labels, never
// through innerHTML.
//
// The URL fragment can set the view: #at=2024-03-01 moves the slider there,
// #select=e12 opens an element's details (ids as in the Cytoscape.js export).
(function () {
  'use strict';

  var DAY_MS = 86400000;
  var status = document.getElementById('kg-status');
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var kinds = data.kinds;

  // Day numbers since 1970-01-01 (UTC), as kg's timeline_start/_end are days.
  function dayOf(iso) {
    return iso === undefined ? undefined : Math.round(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
  }
  function isoOf(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  function kindStyle(ele, field, fallback) {
    var style = kinds[ele.data('kind')];
    return style ? style[field] : fallback;
  }

  var cy = cytoscape({
    container: document.getElementById('kg-graph'),
    elements: data.elements,
    style: [
      {
        selector: 'node',
        style: {
          'label': 'data(name)',
          'background-color': function (ele) { return kindStyle(ele, 'color', '#999999'); },
          'shape': function (ele) { return kindStyle(ele, 'shape', 'ellipse'); },
          'width': 26,
          'height': 26,
          'border-width': 1,
          'border-color': '#333333',
          'font-size': 10,
          'color': '#222222',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.7,
          'text-background-padding': '1px'
        }
      },
      {
        selector: 'edge',
        style: {
          'label': 'data(label)',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'width': 1.5,
          'line-color': '#8c8c8c',
          'target-arrow-color': '#8c8c8c',
          'font-size': 8,
          'color': '#333333',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px'
        }
      },
      // The node the page is "around".
      {
        selector: 'node.kg-focus',
        style: {
          'border-width': 5, 'border-color': '#111111', 'font-weight': 'bold',
          'text-background-color': '#ffe066', 'text-background-opacity': 1
        }
      },
      // Undated facts, when their toggle is off.
      { selector: '.kg-undated-off', style: { 'display': 'none' } },
      // A tenure that ended before the slider's date: still shown, faded.
      { selector: 'edge.kg-ended', style: { 'line-style': 'dashed', 'opacity': 0.45 } },
      // Dated after the slider: hidden, with the nodes it leaves without edges.
      { selector: '.kg-later', style: { 'display': 'none' } },
      {
        selector: ':selected',
        style: {
          'border-width': 3,
          'border-color': '#000000',
          'line-color': '#1f5fa8',
          'target-arrow-color': '#1f5fa8'
        }
      }
    ],
    layout: { name: 'preset' }
  });

  // ---- Header: title note and legend ------------------------------------

  if (data.note) {
    var note = document.getElementById('kg-note');
    note.textContent = data.note;
    note.hidden = false;
  }
  var focus = data.focus ? cy.getElementById(data.focus) : cy.collection();
  focus.addClass('kg-focus');
  var legend = document.getElementById('kg-legend');
  var present = {};
  cy.nodes().forEach(function (node) { present[node.data('kind')] = true; });
  Object.keys(kinds).forEach(function (kind) {
    if (!present[kind]) return;
    var item = document.createElement('span');
    item.className = 'kg-kind';
    var swatch = document.createElement('span');
    swatch.className = 'kg-swatch';
    swatch.style.background = kinds[kind].color;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(kind));
    legend.appendChild(item);
  });
  // Every line style the drawing uses, and the focus.
  function legendItem(sampleClass, text) {
    var item = document.createElement('span');
    item.className = 'kg-kind';
    var sample = document.createElement('span');
    sample.className = sampleClass;
    item.appendChild(sample);
    item.appendChild(document.createTextNode(text));
    legend.appendChild(item);
  }
  legendItem('kg-line kg-line-solid', 'a fact');
  legendItem('kg-line kg-line-dashed', 'ended before the date');
  if (focus.nonempty()) legendItem('kg-swatch kg-swatch-focus', 'the focus');

  // ---- Time slider --------------------------------------------------------

  var slider = document.getElementById('kg-slider');
  var dateOutput = document.getElementById('kg-date');
  var firstDays = [];
  cy.edges().forEach(function (edge) {
    var first = dayOf(edge.data('timeline_start'));
    // Only a stated or inferred end makes a fact "over"; an appointment's or a
    // law stage's day is when it happened, not when it stopped holding.
    var ended = edge.data('end') === undefined ? undefined : dayOf(edge.data('timeline_end'));
    edge.scratch('kg', { first: first, ended: ended });
    if (first !== undefined) firstDays.push(first);
  });
  var timeline = firstDays.length > 0;
  // The slider runs from the first dated fact to today (or the last date,
  // if that is later), so that its end means "as things stand".
  var today = Math.floor(Date.now() / DAY_MS);
  if (timeline) {
    slider.min = String(Math.min.apply(null, firstDays));
    slider.max = String(Math.max(today, Math.max.apply(null, firstDays)));
    slider.value = slider.max;
    document.getElementById('kg-time').hidden = false;
  }

  // Shows the graph as of `day`: edges whose span starts later are hidden,
  // and so are nodes whose edges are all hidden (a node with no edge at all
  // stays, as it is never "left without edges").
  var undatedToggle = document.getElementById('kg-undated');
  function showAsOf(day) {
    var undatedOn = undatedToggle.checked;
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var span = edge.scratch('kg');
        var dated = span.first !== undefined || edge.data('timeline_end') !== undefined;
        edge.toggleClass('kg-later', timeline && span.first !== undefined && span.first > day);
        edge.toggleClass('kg-ended', timeline && span.ended !== undefined && span.ended < day);
        edge.toggleClass('kg-undated-off', !dated && !undatedOn);
      });
      cy.nodes().forEach(function (node) {
        var edges = node.connectedEdges();
        var gone = edges.length > 0 && !node.same(focus) && edges.every(function (e) {
          return e.hasClass('kg-later') || e.hasClass('kg-undated-off');
        });
        node.toggleClass('kg-later', gone);
      });
    });
    dateOutput.textContent = timeline ? isoOf(day) : '';
    report();
  }
  slider.addEventListener('input', function () { showAsOf(Number(slider.value)); });
  undatedToggle.addEventListener('change', function () { showAsOf(Number(slider.value)); });

  // ---- Details panel ------------------------------------------------------

  var details = document.getElementById('kg-details');

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function fieldList(pairs) {
    var list = element('dl');
    pairs.forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === '' ||
          (Array.isArray(pair[1]) && pair[1].length === 0)) return;
      list.appendChild(element('dt', pair[0]));
      list.appendChild(element('dd', Array.isArray(pair[1]) ? pair[1].join('; ') : String(pair[1])));
    });
    return list;
  }
  function linkTo(target, text) {
    var button = element('button', text, 'kg-link');
    button.type = 'button';
    button.addEventListener('click', function () { select(target); });
    return button;
  }
  function nodeName(id) {
    var node = cy.getElementById(id);
    return node.nonempty() ? node.data('name') : id;
  }
  // The sentences an edge comes from (article id, article date, sentence),
  // then the articles that reported it beyond those.
  function appendSources(list, edge) {
    var articles = edge.data('evidence_articles') || [];
    var dates = edge.data('evidence_dates') || [];
    var sentences = edge.data('evidence') || [];
    var shown = {};
    sentences.forEach(function (sentence, i) {
      var item = element('li');
      var meta = 'article ' + articles[i] + (dates[i] ? ', ' + dates[i] : '');
      item.appendChild(element('div', meta, 'kg-source-meta'));
      item.appendChild(element('p', sentence, 'kg-sentence'));
      list.appendChild(item);
      shown[articles[i]] = true;
    });
    var others = (edge.data('sources') || []).filter(function (id) { return !shown[id]; });
    if (others.length > 0) {
      list.appendChild(element('li', 'also reported by article ' + others.join(', '),
                               'kg-source-meta'));
    }
  }
  function edgeTime(edge) {
    var d = edge.data();
    return [['date', d.date], ['start', d.start],
            ['end', d.end === undefined ? undefined : d.end + (d.end_inferred ? ' (inferred)' : '')],
            ['as of', d.as_of]];
  }

  function showEdge(edge) {
    var d = edge.data();
    details.replaceChildren();
    details.appendChild(element('h2', d.relation));
    var ends = element('p');
    ends.appendChild(linkTo(edge.source(), nodeName(d.source)));
    ends.appendChild(document.createTextNode(' \u2192 '));
    ends.appendChild(linkTo(edge.target(), nodeName(d.target)));
    details.appendChild(ends);
    details.appendChild(fieldList(edgeTime(edge).concat(
        [['stage', d.stage], ['by', d.by], ['level', d.level]])));
    details.appendChild(element('h3', 'Sources (' + (d.sources || []).length + ')'));
    var sources = element('ul');
    appendSources(sources, edge);
    details.appendChild(sources);
  }

  function showNode(node) {
    var d = node.data();
    details.replaceChildren();
    details.appendChild(element('h2', d.name));
    var pairs = [['kind', d.kind], ['aliases', d.aliases]];
    Object.keys(d).forEach(function (key) {
      if (data.node_fields.indexOf(key) < 0) pairs.push([key, d[key]]);
    });
    pairs.push(['on timeline', d.timeline_start || d.timeline_end ?
        (d.timeline_start || '\u2026') + ' \u2013 ' + (d.timeline_end || '\u2026') : undefined]);
    details.appendChild(fieldList(pairs));
    var edges = node.connectedEdges();
    details.appendChild(element('h3', 'Facts (' + edges.length + ')'));
    var facts = element('ul');
    edges.forEach(function (edge) {
      var item = element('li');
      var other = edge.source().same(node) ? edge.target() : edge.source();
      var arrow = edge.source().same(node) ? ' \u2192 ' : ' \u2190 ';
      item.appendChild(linkTo(edge, edge.data('label')));
      item.appendChild(document.createTextNode(arrow));
      item.appendChild(linkTo(other, other.data('name')));
      var sources = element('ul');
      appendSources(sources, edge);
      item.appendChild(sources);
      facts.appendChild(item);
    });
    details.appendChild(facts);
  }

  function select(ele) {
    cy.elements().unselect();
    ele.select();
    if (ele.isNode()) showNode(ele); else showEdge(ele);
  }
  cy.on('tap', 'node, edge', function (event) { select(event.target); });
  cy.on('tap', function (event) {
    if (event.target !== cy) return;
    details.replaceChildren(element('p', 'Click a node or an edge to see its details and the ' +
                                         'sentences it comes from.', 'kg-hint'));
  });

  // ---- Status, for people and tests ---------------------------------------

  // Counts the canvas pixels cytoscape painted, so "drawn" means drawn.
  function paintedPixels() {
    var painted = 0;
    var canvases = document.getElementById('kg-graph').getElementsByTagName('canvas');
    for (var c = 0; c < canvases.length; ++c) {
      var canvas = canvases[c];
      if (canvas.width === 0 || canvas.height === 0) continue;
      var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < pixels.length; i += 4 * 7) {
        if (pixels[i] !== 0) ++painted;
      }
    }
    return painted;
  }
  function report() {
    status.dataset.nodes = String(cy.nodes().filter(function (n) { return n.visible(); }).length);
    status.dataset.edges = String(cy.edges().filter(function (e) { return e.visible(); }).length);
    status.dataset.date = timeline ? isoOf(Number(slider.value)) : '';
    status.dataset.selected = cy.$(':selected').map(function (e) { return e.id(); }).join(' ');
    status.dataset.focus = cy.nodes('.kg-focus').map(function (n) { return n.id(); }).join(' ');
    // The label size a reader sees, in screen pixels.
    status.dataset.labelpx = cy.nodes().nonempty() ?
        String(Math.round(parseFloat(cy.nodes()[0].style('font-size')) * cy.zoom())) : '';
  }

  var view = new URLSearchParams(window.location.hash.slice(1));
  // Labels and nodes in screen pixels at the zoom the fit ends at (a large
  // graph fitted into the window made 8-pixel labels): 14 px node labels,
  // 12 px edge labels.
  function sizeForZoom() {
    var z = cy.zoom();
    cy.style()
      .selector('node').style({ 'font-size': 14 / z, 'width': 26 / z, 'height': 26 / z,
                                'text-margin-y': 3 / z, 'text-max-width': 180 / z,
                                'border-width': 1 / z })
      .selector('node.kg-focus').style({ 'width': 40 / z, 'height': 40 / z,
                                         'font-size': 16 / z, 'border-width': 5 / z })
      .selector('edge').style({ 'font-size': 12 / z, 'width': 2 / z })
      .update();
  }
  function onLaidOut() {
    cy.fit(undefined, 30);
    sizeForZoom();
    var at = dayOf(view.get('at') || undefined);
    if (timeline) {
      if (at === undefined || isNaN(at)) at = Number(slider.value);
      slider.value = String(at);
    }
    showAsOf(at);
    var chosen = view.get('select');
    if (chosen) {
      var target = cy.getElementById(chosen);
      if (target.nonempty()) select(target);
    }
    report();
    // The renderer paints on the next animation frames; record it once it has.
    var watch = function () {
      var painted = paintedPixels();
      status.dataset.painted = String(painted);
      if (painted > 0) {
        status.dataset.state = 'ready';
        cy.off('render', watch);
      }
    };
    cy.on('render', watch);
    cy.forceRender();
  }
  // Deterministic start (a circle), then cytoscape's force-directed layout.
  cy.layout({ name: 'circle' }).run();
  // Laid out in the canvas's own shape, so that the drawing fills it.
  var canvas = document.getElementById('kg-graph');
  var layout = cy.layout({
    name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
    boundingBox: { x1: 0, y1: 0, w: canvas.clientWidth || 1000, h: canvas.clientHeight || 700 },
    nodeRepulsion: function () { return 600000; }, idealEdgeLength: function () { return 120; }
  });
  layout.one('layoutstop', onLaidOut);
  layout.run();
}());
