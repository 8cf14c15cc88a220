/*
 * Draws each chart from the table beneath it (Chart.js, served from the jar), so the picture and
 * the table can never disagree, and without scripts the table simply stays open. No animation:
 * a calm page, and stable screenshots. Her series and his differ in pattern as well as colour
 * (dashed line and triangles for hers; solid line, circles and hatching for his).
 */
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var css = window.getComputedStyle(document.documentElement);
  function colour(name) {
    return css.getPropertyValue(name).trim();
  }
  var HER = colour('--her');
  var HIM = colour('--him');
  var TEXT = colour('--text');
  var MUTED = colour('--muted');
  var LINE = colour('--line');
  var BACKGROUND = colour('--bg');

  Chart.defaults.animation = false;
  Chart.defaults.color = TEXT;
  Chart.defaults.borderColor = LINE;
  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 14;

  function readTable(table) {
    var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var series = headings.slice(1).map(function (heading, column) {
      return {
        label: heading,
        values: rows.map(function (row) {
          return Number(row.querySelectorAll('td')[column].getAttribute('data-value'));
        })
      };
    });
    return {
      labels: rows.map(function (row) { return row.querySelector('th').textContent.trim(); }),
      series: series,
      marked: rows.findIndex(function (row) { return row.hasAttribute('data-marked'); })
    };
  }

  function hatch(base) {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var pen = tile.getContext('2d');
    pen.fillStyle = base;
    pen.globalAlpha = 0.35;
    pen.fillRect(0, 0, 8, 8);
    pen.globalAlpha = 1;
    pen.strokeStyle = base;
    pen.lineWidth = 2;
    pen.beginPath();
    pen.moveTo(0, 8);
    pen.lineTo(8, 0);
    pen.stroke();
    return pen.createPattern(tile, 'repeat');
  }

  // The week she stepped back: a dashed vertical line labelled in words.
  var steppedBack = {
    id: 'steppedBack',
    afterDatasetsDraw: function (chart, args, options) {
      if (options.index === undefined || options.index < 0) {
        return;
      }
      var x = chart.scales.x.getPixelForValue(options.index);
      var area = chart.chartArea;
      var pen = chart.ctx;
      pen.save();
      pen.strokeStyle = MUTED;
      pen.setLineDash([4, 4]);
      pen.lineWidth = 2;
      pen.beginPath();
      pen.moveTo(x, area.top);
      pen.lineTo(x, area.bottom);
      pen.stroke();
      pen.setLineDash([]);
      var label = 'you stepped back';
      var right = x > (area.left + area.right) / 2;
      var width = pen.measureText(label).width;
      var left = right ? x - 8 - width : x + 8;
      pen.fillStyle = BACKGROUND;
      pen.fillRect(left - 4, area.top + 2, width + 8, 20);
      pen.fillStyle = TEXT;
      pen.textBaseline = 'middle';
      pen.fillText(label, left, area.top + 12);
      pen.restore();
    }
  };

  function minutesInWords(value) {
    if (value < 60) {
      return Math.round(value) + ' min';
    }
    if (value < 48 * 60) {
      var hours = Math.floor(value / 60);
      var minutes = Math.round(value - hours * 60);
      return hours + ' h' + (minutes ? ' ' + minutes : '');
    }
    return Math.round(value / 1440) + ' days';
  }

  // Ticks at steps a person counts in: 10 minutes, half hours, hours, half days, days.
  function minuteStep(values) {
    var most = Math.max.apply(null, values.concat([1]));
    var steps = [10, 30, 60, 120, 360, 720, 1440, 2880];
    for (var i = 0; i < steps.length; i++) {
      if (most / steps[i] <= 6) {
        return steps[i];
      }
    }
    return 10080;
  }

  function starts(data) {
    return {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.series[0].label,
            data: data.series[0].values,
            borderColor: HER,
            backgroundColor: HER,
            borderDash: [6, 4],
            pointStyle: 'triangle',
            pointRadius: 4
          },
          {
            label: data.series[1].label,
            data: data.series[1].values,
            borderColor: HIM,
            backgroundColor: HIM,
            pointStyle: 'circle',
            pointRadius: 3
          }
        ]
      },
      options: {
        maintainAspectRatio: false,
        scales: {
          x: { ticks: { maxTicksLimit: 5, maxRotation: 0, autoSkipPadding: 24 } },
          y: { beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: { steppedBack: { index: data.marked }, legend: { labels: { usePointStyle: true } } }
      },
      plugins: [steppedBack]
    };
  }

  function replies(data) {
    return {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.series[0].label, data: data.series[0].values, backgroundColor: HER },
          {
            label: data.series[1].label,
            data: data.series[1].values,
            backgroundColor: hatch(HIM),
            borderColor: HIM,
            borderWidth: 2
          }
        ]
      },
      options: {
        maintainAspectRatio: false,
        scales: {
          y: {
            beginAtZero: true,
            ticks: {
              stepSize: minuteStep(data.series[0].values.concat(data.series[1].values)),
              callback: minutesInWords
            }
          }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ' ' + minutesInWords(item.parsed.y);
              }
            }
          }
        }
      }
    };
  }

  var KINDS = { starts: starts, replies: replies };

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (box) {
    var make = KINDS[box.getAttribute('data-chart')];
    var figure = box.closest('figure');
    var table = figure && figure.querySelector('table');
    if (!make || !table) {
      return;
    }
    var canvas = document.createElement('canvas');
    box.appendChild(canvas);
    box.hidden = false;
    new Chart(canvas, make(readTable(table)));
    figure.querySelector('details').open = false;
  });
})();
