// kg ui: a timeline of bars, one lane per row, drawn in plain DOM (each bar
// a button, so it is clickable and reachable by keyboard).
//
//   kg.timeline(container, [{label, start: '2024-03', end: null, open: true,
//                            inferred: false, className, onSelect}], {marker: '2024-06-01'})
//
// Dates keep their precision: a bar covers from the first day of its start
// to the last day of its end. An open end (still held) runs to today with a
// fading edge; an inferred end is drawn dashed. Undated rows get a lane
// group of their own below, since they cannot be placed in time. Returns
// {bars: [element...]} in row order.
'use strict';
kg.timeline = function (container, rows, options) {
  options = options || {};
  var el = kg.el;
  var dated = [], undated = [];
  rows.forEach(function (row) { (row.start || row.end ? dated : undated).push(row); });
  var bars = [];

  var lo = Infinity, hi = -Infinity;
  dated.forEach(function (row) {
    row.first = kg.firstDay(row.start || row.end);
    row.last = row.end ? kg.lastDay(row.end) : (row.open ? kg.today() : kg.lastDay(row.start));
    lo = Math.min(lo, row.first);
    hi = Math.max(hi, row.last);
  });
  var marker = options.marker ? kg.firstDay(options.marker) : undefined;
  if (marker !== undefined && dated.length) {
    lo = Math.min(lo, marker);
    hi = Math.max(hi, marker);
  }
  // A little room at both ends, and at least a year shown.
  var span = Math.max(hi - lo, 365);
  lo -= span * 0.02;
  hi = lo + span * 1.04;
  function pct(day) { return ((day - lo) / (hi - lo) * 100).toFixed(3) + '%'; }

  var chart = el('div', {className: 'kg-timeline'});
  if (dated.length) {
    var axis = el('div', {className: 'kg-axis'}, el('div', {className: 'kg-lane-label'}, ''));
    var ticks = el('div', {className: 'kg-track'});
    var firstYear = new Date(lo * 86400000).getUTCFullYear();
    var lastYear = new Date(hi * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
    for (var year = firstYear; year <= lastYear; year += step) {
      var day = Date.UTC(year, 0, 1) / 86400000;
      if (day < lo) continue;
      ticks.appendChild(el('span', {className: 'kg-tick', style: {left: pct(day)}}, String(year)));
    }
    (options.bands || []).forEach(function (band) {
      ticks.appendChild(el('span', {className: 'kg-band ' + (band.className || ''),
                                    title: band.title,
                                    style: {left: pct(band.first),
                                            width: pct(lo + band.last - band.first + 1)}}));
    });
    axis.appendChild(ticks);
    chart.appendChild(axis);
  }
  dated.forEach(function (row) {
    var track = el('div', {className: 'kg-track'});
    var classes = ['kg-bar'];
    if (row.open && !row.end) classes.push('kg-open');
    if (row.inferred) classes.push('kg-inferred');
    if (row.className) classes.push(row.className);
    var text = (row.start || '…') + ' – ' + (row.end || (row.open ? 'now' : '…')) +
        (row.inferred ? ' (inferred)' : '');
    var bar = el('button', {type: 'button', className: classes.join(' '), title: row.label + ': ' + text,
                            dataset: {start: row.start || '', end: row.end || ''},
                            style: {left: pct(row.first),
                                    width: pct(lo + Math.max(row.last - row.first + 1, 1))}},
                 el('span', {className: 'kg-bar-text'}, text));
    if (row.onSelect) bar.addEventListener('click', function () { row.onSelect(bar); });
    bars.push(bar);
    track.appendChild(bar);
    if (marker !== undefined) {
      track.appendChild(el('span', {className: 'kg-marker', style: {left: pct(marker)}}));
    }
    chart.appendChild(el('div', {className: 'kg-lane'},
                         el('div', {className: 'kg-lane-label', title: row.label}, row.label),
                         track));
  });
  if (undated.length) {
    var group = el('div', {className: 'kg-undated'}, el('h3', {}, 'Undated'));
    undated.forEach(function (row) {
      var bar = el('button', {type: 'button',
                              className: 'kg-bar kg-undated-bar ' + (row.className || ''),
                              dataset: {start: '', end: ''}}, row.label);
      if (row.onSelect) bar.addEventListener('click', function () { row.onSelect(bar); });
      bars.push(bar);
      group.appendChild(bar);
    });
    chart.appendChild(group);
  }
  container.appendChild(chart);
  return {bars: bars};
};
