// Finance dashboard chart: committed versus liquidated per budget line and year (data from data-* attributes).
// The same for the programme × beneficiary-type chart (horizontal bars: the labels are long).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var split = function (s) { return s ? s.split('|') : []; };
  var draw = function (id, horizontal) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var categories = { type: 'category', data: split(el.dataset.labels) };
    var values = { type: 'value' };
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.labelCommitted, el.dataset.labelLiquidated] },
      grid: { containLabel: true },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: [
        { name: el.dataset.labelCommitted, type: 'bar', data: split(el.dataset.committed).map(Number) },
        { name: el.dataset.labelLiquidated, type: 'bar', data: split(el.dataset.liquidated).map(Number) }
      ]
    });
  };
  draw('finance-chart', false);
  draw('programme-chart', true);
});
