/** A small horizontal grouped bar chart as standalone SVG, for docs/bench/*.svg. Pure. */

export interface Series {
  name: string;
  color: string;
}

export interface BarGroup {
  label: string;
  /** One value per series, in series order; null draws no bar. */
  values: (number | null)[];
}

export interface BarChart {
  title: string;
  series: Series[];
  groups: BarGroup[];
  /** How a value reads at the end of its bar. */
  format: (v: number) => string;
  /** Scale maximum; defaults to the largest value. */
  max?: number;
  /** Where bars start (a zoomed axis for scores close together); 0 by default. */
  min?: number;
  /** A vertical reference line (a budget or a bar), with its label. */
  marker?: { value: number; label: string };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function barChart(chart: BarChart): string {
  const labelW = 190;
  const plotW = 420;
  const valueW = 80;
  const barH = 14;
  const gap = 4;
  const groupGap = 12;
  const top = 62;
  const width = labelW + plotW + valueW;
  const values = chart.groups.flatMap((g) => g.values).filter((v): v is number => v != null);
  const max = chart.max ?? Math.max(chart.marker?.value ?? 0, ...values, Number.MIN_VALUE);
  const min = chart.min ?? 0;
  const x = (v: number) => labelW + ((Math.max(min, Math.min(v, max)) - min) / (max - min)) * plotW;
  const groupH = chart.series.length * (barH + gap) - gap;
  const height = top + chart.groups.length * (groupH + groupGap) + 16;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="18" font-size="14" font-weight="600">${esc(chart.title)}</text>`,
  ];
  let lx = 8;
  for (const s of chart.series) {
    parts.push(
      `<rect x="${lx}" y="28" width="10" height="10" fill="${s.color}"/>`,
      `<text x="${lx + 14}" y="37">${esc(s.name)}</text>`,
    );
    lx += 24 + s.name.length * 7;
  }
  chart.groups.forEach((g, gi) => {
    const y0 = top + gi * (groupH + groupGap);
    parts.push(
      `<text x="${labelW - 8}" y="${y0 + groupH / 2 + 4}" text-anchor="end">${esc(g.label)}</text>`,
    );
    g.values.forEach((v, si) => {
      if (v == null) return;
      const y = y0 + si * (barH + gap);
      const w = Math.max(1, x(v) - labelW);
      parts.push(
        `<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${chart.series[si]!.color}"><title>${esc(`${g.label} — ${chart.series[si]!.name}: ${chart.format(v)}`)}</title></rect>`,
        `<text x="${(labelW + w + 4).toFixed(1)}" y="${y + barH - 3}" fill="#333">${esc(chart.format(v))}</text>`,
      );
    });
  });
  if (min !== 0) {
    parts.push(
      `<text x="${labelW}" y="${height - 2}" fill="#666" font-size="10">axis starts at ${esc(chart.format(min))}</text>`,
    );
  }
  if (chart.marker) {
    const mx = x(chart.marker.value).toFixed(1);
    parts.push(
      `<line x1="${mx}" x2="${mx}" y1="${top - 6}" y2="${height - 6}" stroke="#c00" stroke-dasharray="4 3"/>`,
      `<text x="${mx}" y="${top - 9}" fill="#c00" text-anchor="middle">${esc(chart.marker.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
