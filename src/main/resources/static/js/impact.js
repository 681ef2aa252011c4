// Impact dashboard chart: jobs per EUR 1 million granted (bars) with the response rate (line) and the sources'
// reference (7.8), read from data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('impact-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var split = function (s) { return s ? s.split('|') : []; };
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [el.dataset.labelJobs, el.dataset.labelRate] },
    xAxis: { type: 'category', data: split(el.dataset.labels), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: [{ type: 'value', name: el.dataset.labelJobs }, { type: 'value', name: '%', max: 100 }],
    series: [
      { name: el.dataset.labelJobs, type: 'bar', data: split(el.dataset.jobs).map(Number),
        markLine: { data: [{ yAxis: Number(el.dataset.reference), name: el.dataset.labelReference }] } },
      { name: el.dataset.labelRate, type: 'line', yAxisIndex: 1, data: split(el.dataset.rates).map(Number) }
    ]
  });
});
