// Management control: the KPI time-series chart (ECharts). Data comes from data-series="2021-06-03=40.99,...".
(function () {
  function draw() {
    var el = document.getElementById('kpi-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var raw = el.getAttribute('data-series') || '';
    var points = raw.split(',').filter(function (p) { return p.indexOf('=') > 0; })
      .map(function (p) { var kv = p.split('='); return [kv[0], parseFloat(kv[1])]; });
    if (points.length === 0) {
      el.style.display = 'none';
      return;
    }
    el.style.display = 'block';
    var existing = echarts.getInstanceByDom(el);
    if (existing) {
      existing.dispose();
    }
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: points, symbolSize: 8 }]
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
