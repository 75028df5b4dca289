// kg ui: the neighbourhood drawing. Takes the Cytoscape.js document that
// /api/around returns (the same as `kg export --format cyjs`) and draws it
// readable at 1400x900: the layout fills the canvas, labels are sized for
// the zoom the fit ends at, the focus node is highlighted, every line style
// has a legend entry, a time slider runs from the first dated fact to today
// and undated facts are on a toggle.
//
//   kg.neighbourhood(container, cyjsDocument, focusId, onSelect) -> cytoscape instance
'use strict';
kg.KINDS = {  // as query/export/element_fields.cc colours them
  person: {color: '#4E79A7', shape: 'ellipse'},
  office: {color: '#F28E2B', shape: 'round-rectangle'},
  organization: {color: '#59A14F', shape: 'hexagon'},
  law: {color: '#E15759', shape: 'rectangle'},
  event: {color: '#B07AA1', shape: 'diamond'},
  country: {color: '#76B7B2', shape: 'octagon'},
  place: {color: '#EDC948', shape: 'triangle'}
};
// Relations drawn alike share a line style; the legend lists those present.
kg.LINES = [
  {name: 'holds a post', relations: ['held', 'appointed_to'], color: '#4E79A7', style: 'solid'},
  {name: 'dismissed from', relations: ['dismissed_from'], color: '#C0392B', style: 'dashed'},
  {name: 'member of / part of', relations: ['member_of', 'part_of'], color: '#777777',
   style: 'dotted'},
  {name: 'law stage', relations: ['drafted_by', 'submitted_to', 'considered_by', 'approved_by',
                                  'adopted_by', 'returned_by', 'signed_by', 'entered_into_force'],
   color: '#E15759', style: 'solid'},
  {name: 'partner of', relations: ['partner_of'], color: '#76B7B2', style: 'double'},
  {name: 'takes part / located / born', relations: ['participant_in', 'located_in', 'born_in'],
   color: '#B07AA1', style: 'dashed'}
];

kg.neighbourhood = function (container, doc, focusId, onSelect) {
  var el = kg.el;
  function line(relation) {
    for (var i = 0; i < kg.LINES.length; ++i) {
      if (kg.LINES[i].relations.indexOf(relation) >= 0) return kg.LINES[i];
    }
    return {name: relation, color: '#999999', style: 'solid'};
  }
  var canvas = el('div', {id: 'kg-graph', className: 'kg-graph'});
  var side = el('aside', {id: 'kg-details', className: 'kg-details'},
                el('p', {className: 'kg-hint'}, 'Click a node or a line for its sources.'));
  var controls = el('div', {className: 'kg-graph-controls'});
  var legend = el('div', {id: 'kg-legend', className: 'kg-legend'});
  container.appendChild(controls);
  container.appendChild(el('div', {className: 'kg-graph-row'}, canvas, side));
  container.appendChild(legend);

  var elements = doc.elements;
  var cy = cytoscape({
    container: canvas,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      {selector: 'node', style: {
        'label': 'data(name)',
        'background-color': function (n) { return (kg.KINDS[n.data('kind')] || {}).color || '#999'; },
        'shape': function (n) { return (kg.KINDS[n.data('kind')] || {}).shape || 'ellipse'; },
        'border-width': 1, 'border-color': '#333', 'color': '#1a1a1a',
        'text-valign': 'bottom', 'text-wrap': 'wrap',
        'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-background-padding': '2px'}},
      {selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': function (e) { return line(e.data('relation')).color; },
        'target-arrow-color': function (e) { return line(e.data('relation')).color; },
        'line-style': function (e) {
          var s = line(e.data('relation')).style;
          return s === 'double' ? 'solid' : s;
        },
        'width': function (e) { return line(e.data('relation')).style === 'double' ? 4 : 2; },
        'label': 'data(relation)', 'color': '#444', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8}},
      {selector: 'node.kg-focus', style: {
        'border-width': 6, 'border-color': '#111', 'font-weight': 'bold',
        'text-background-color': '#ffe066', 'text-background-opacity': 1}},
      {selector: '.kg-ended', style: {'opacity': 0.35}},
      {selector: '.kg-hidden', style: {'display': 'none'}},
      {selector: ':selected', style: {'overlay-color': '#f1c40f', 'overlay-opacity': 0.35}}
    ],
    layout: {name: 'preset'}
  });
  var focus = cy.getElementById('n' + focusId);
  focus.addClass('kg-focus');

  // Lay out in the canvas's own shape, so the drawing fills it.
  var box = {x1: 0, y1: 0, w: canvas.clientWidth || 1000, h: canvas.clientHeight || 700};
  cy.layout({name: 'cose', animate: false, randomize: true, fit: true, padding: 50,
             boundingBox: box, nodeRepulsion: function () { return 900000; },
             idealEdgeLength: function () { return 140; }, nodeOverlap: 40,
             componentSpacing: 120, numIter: 1500}).run();
  cy.fit(undefined, 50);
  // Sizes in screen pixels whatever the fit's zoom: 14 px node labels, 12 px
  // edge labels, 26 px nodes (the focus larger).
  function sizeForZoom() {
    var z = cy.zoom();
    cy.style()
      .selector('node').style({'font-size': 14 / z, 'width': 26 / z, 'height': 26 / z,
                               'text-margin-y': 3 / z, 'text-max-width': 180 / z})
      .selector('node.kg-focus').style({'width': 40 / z, 'height': 40 / z, 'font-size': 16 / z})
      .selector('edge').style({'font-size': 12 / z, 'arrow-scale': 1.2})
      .update();
  }
  sizeForZoom();

  // Legend: kinds present, each line style present, the focus.
  var kindsPresent = {}, linesPresent = {};
  cy.nodes().forEach(function (n) { kindsPresent[n.data('kind')] = true; });
  cy.edges().forEach(function (e) { linesPresent[line(e.data('relation')).name] = line(e.data('relation')); });
  Object.keys(kindsPresent).sort().forEach(function (kind) {
    legend.appendChild(el('span', {className: 'kg-legend-item'},
                          el('span', {className: 'kg-swatch',
                                      style: {background: (kg.KINDS[kind] || {}).color}}), kind));
  });
  Object.keys(linesPresent).forEach(function (name) {
    var l = linesPresent[name];
    legend.appendChild(el('span', {className: 'kg-legend-item kg-legend-line'},
                          el('span', {className: 'kg-line-sample',
                                      style: {borderTop: (l.style === 'double' ? '4px solid ' :
                                                          '3px ' + l.style + ' ') + l.color}}),
                          name));
  });
  legend.appendChild(el('span', {className: 'kg-legend-item'},
                        el('span', {className: 'kg-swatch kg-swatch-focus'}), 'the focus'));
  legend.appendChild(el('span', {className: 'kg-legend-item'},
                        el('span', {className: 'kg-swatch kg-swatch-ended'}),
                        'ended before the date'));

  // Time: from the first dated fact to today; undated facts on a toggle.
  var starts = [];
  cy.edges().forEach(function (e) {
    var s = e.data('timeline_start') || e.data('timeline_end');
    if (s) starts.push(kg.firstDay(s));
  });
  var slider = el('input', {type: 'range', id: 'kg-slider', step: '1'});
  var shown = el('output', {id: 'kg-date'});
  var undated = el('input', {type: 'checkbox', id: 'kg-undated', checked: true});
  function apply() {
    var day = Number(slider.value);
    var withUndated = undated.checked;
    shown.textContent = starts.length ? kg.isoOfDay(day) : '';
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var first = e.data('timeline_start') ? kg.firstDay(e.data('timeline_start')) : undefined;
        var last = e.data('timeline_end') ? kg.lastDay(e.data('timeline_end')) : undefined;
        var dated = first !== undefined || last !== undefined;
        e.toggleClass('kg-hidden', dated ? (first !== undefined && first > day) : !withUndated);
        e.toggleClass('kg-ended', last !== undefined && last < day);
      });
      cy.nodes().forEach(function (n) {
        var visible = n.same(focus) || n.connectedEdges(':visible').length > 0 ||
            n.connectedEdges().length === 0;
        n.toggleClass('kg-hidden', !visible);
      });
    });
  }
  if (starts.length) {
    slider.min = String(Math.min.apply(null, starts));
    slider.max = String(Math.max(kg.today(), Math.max.apply(null, starts)));
    slider.value = slider.max;
    controls.appendChild(el('label', {htmlFor: 'kg-slider'}, 'Facts as of '));
    controls.appendChild(slider);
    controls.appendChild(shown);
  }
  controls.appendChild(el('label', {className: 'kg-toggle'}, undated, ' show undated facts'));
  slider.addEventListener('input', apply);
  undated.addEventListener('change', apply);
  apply();

  cy.on('tap', 'node, edge', function (event) { onSelect(event.target, side); });
  return cy;
};
