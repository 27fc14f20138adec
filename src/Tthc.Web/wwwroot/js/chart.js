// A grouped horizontal bar chart as inline SVG built with DOM calls (no library, nothing inline for the CSP to refuse).
import { h } from './dom.js';
import { formatValue } from './format.js';

// Three series colours with ≥ 3:1 contrast against white and between neighbours, plus the value printed on each bar.
const colours = ['#a4161a', '#0b4f9c', '#5c4400'];

export function barChart(rows, series) {
  const barHeight = 14;
  const gap = 4;
  const groupGap = 14;
  const labelWidth = 190;
  const width = 640;
  const plotWidth = width - labelWidth - 90;
  const max = Math.max(1, ...rows.flatMap((r) => r.values.filter((v) => v !== null)));
  const groupHeight = series.length * (barHeight + gap) + groupGap;
  const legendHeight = series.length * 18 + 10;
  const height = legendHeight + rows.length * groupHeight;

  const svg = h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', id: 'unit-chart' });
  svg.append(h('title', { id: 'chart-title' }, 'Các chỉ tiêu chính theo đơn vị'));
  svg.append(h('desc', { id: 'chart-desc' }, rows.map((r) => `${r.label}: ${series.map((s, i) => `${s.label} ${formatValue(r.values[i], 'count')}`).join(', ')}`).join('. ')));

  series.forEach((s, i) => {
    svg.append(h('rect', { x: labelWidth, y: 4 + i * 18, width: 12, height: 12, fill: colours[i] }));
    svg.append(h('text', { x: labelWidth + 18, y: 14 + i * 18 }, s.label));
  });

  rows.forEach((row, r) => {
    const top = legendHeight + r * groupHeight;
    const name = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label;
    svg.append(h('text', { x: 0, y: top + (series.length * (barHeight + gap)) / 2 + 4 }, name));
    row.values.forEach((value, i) => {
      const y = top + i * (barHeight + gap);
      const w = value === null ? 0 : Math.max(1, (value / max) * plotWidth);
      svg.append(h('rect', { x: labelWidth, y, width: w, height: barHeight, fill: colours[i] }));
      svg.append(h('text', { x: labelWidth + w + 4, y: y + barHeight - 3 }, formatValue(value, 'count')));
    });
  });

  return svg;
}
