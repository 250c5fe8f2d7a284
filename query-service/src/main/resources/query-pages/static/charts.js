// Draws the summary page's charts from the figures the page embeds (window.civicCharts); each chart's figures are
// also in a table beside it, so nothing is lost without scripts.
(function () {
    'use strict';
    var palette = ['#1f5f8b', '#d9822b', '#3c8d40', '#a23b72', '#6b6b6b', '#c9b037'];
    function draw() {
        if (typeof Chart === 'undefined' || !window.civicCharts) {
            return;
        }
        var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.civicCharts.forEach(function (chart) {
            var canvas = document.getElementById('chart-' + chart.id);
            if (!canvas) {
                return;
            }
            new Chart(canvas, {
                type: chart.type,
                data: {
                    labels: chart.labels,
                    datasets: chart.series.map(function (s, i) {
                        return {
                            label: s.label, data: s.values, backgroundColor: palette[i % palette.length],
                            borderColor: palette[i % palette.length], fill: false, tension: 0.2
                        };
                    })
                },
                options: {
                    responsive: true, maintainAspectRatio: false, animation: reduced ? false : undefined,
                    scales: {
                        x: {stacked: chart.stacked},
                        y: {stacked: chart.stacked, beginAtZero: true, ticks: {precision: 0}}
                    },
                    plugins: {legend: {position: 'bottom'}}
                }
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
