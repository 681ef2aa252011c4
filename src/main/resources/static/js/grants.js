// Finance dashboard chart: committed versus liquidated per budget line and year (data from data-* attributes).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('finance-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var split = function (s) { return s ? s.split('|') : []; };
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [el.dataset.labelCommitted, el.dataset.labelLiquidated] },
    xAxis: { type: 'category', data: split(el.dataset.labels) },
    yAxis: { type: 'value' },
    series: [
      { name: el.dataset.labelCommitted, type: 'bar', data: split(el.dataset.committed).map(Number) },
      { name: el.dataset.labelLiquidated, type: 'bar', data: split(el.dataset.liquidated).map(Number) }
    ]
  });
});
