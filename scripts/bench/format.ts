/** Formatting of the benchmark's tables and figures: pure functions, unit-tested. */

export type Align = 'left' | 'right';

export interface Table {
  headers: string[];
  rows: string[][];
  /** Per column; numbers read best right-aligned. Defaults: first column left, others right. */
  align?: Align[];
}

const width = (s: string) => [...s].length;

function pad(s: string, w: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** A GitHub-flavoured Markdown table, columns padded so it also reads well on a terminal. */
export function markdownTable({ headers, rows, align }: Table): string {
  const aligns = headers.map((_, i) => align?.[i] ?? (i === 0 ? 'left' : 'right'));
  const cells = rows.map((r) => headers.map((_, i) => (r[i] ?? '').replace(/\|/g, '\\|')));
  const widths = headers.map((h, i) => Math.max(3, width(h), ...cells.map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => pad(c, widths[i]!, aligns[i]!)).join(' | ')} |`;
  const rule = `|${widths
    .map((w, i) => (aligns[i] === 'right' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`))
    .join('|')}|`;
  return [line(headers), rule, ...cells.map(line)].join('\n');
}

const dash = '–';

/** A score in [0, 1] with three decimals ("0.951"); a dash when not measured. */
export function score(x: number | null | undefined): string {
  return x == null || Number.isNaN(x) ? dash : x.toFixed(3);
}

/** A share in [0, 1] as a percentage ("48%", "4.3%" below 10%). */
export function percent(x: number | null | undefined): string {
  if (x == null || Number.isNaN(x)) return dash;
  const p = x * 100;
  return `${Math.abs(p) < 10 && p !== 0 ? p.toFixed(1) : p.toFixed(0)}%`;
}

/** Milliseconds: two decimals under 10 ms, one under 100 ms, none above. */
export function ms(x: number | null | undefined): string {
  if (x == null || Number.isNaN(x)) return dash;
  const digits = Math.abs(x) < 10 ? 2 : Math.abs(x) < 100 ? 1 : 0;
  return `${x.toFixed(digits)} ms`;
}

/** A cost ratio ("1.24×"). */
export function ratio(x: number | null | undefined): string {
  return x == null || Number.isNaN(x) || !Number.isFinite(x) ? dash : `${x.toFixed(2)}×`;
}

/** Bytes in decimal kilobytes (1 kB = 1000 bytes, as vite and the stores print them). */
export function kb(bytes: number | null | undefined): string {
  if (bytes == null || Number.isNaN(bytes)) return dash;
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

/** Megabytes (10^6 bytes) with one decimal. */
export function mb(bytes: number | null | undefined): string {
  return bytes == null || Number.isNaN(bytes) ? dash : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A signed difference of scores ("+0.021", "−0.004"). */
export function delta(x: number | null | undefined): string {
  if (x == null || Number.isNaN(x)) return dash;
  const s = Math.abs(x).toFixed(3);
  return x > 0.0005 ? `+${s}` : x < -0.0005 ? `−${s}` : `±${s}`;
}

const BLOCKS = ' ▏▎▍▌▋▊▉█';

/** A text bar of `value / max` in `cells` characters, with eighth-cell precision. */
export function textBar(value: number, max: number, cells = 20): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round(Math.min(1, value / max) * cells * 8);
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return '█'.repeat(full) + (rest ? BLOCKS[rest] : '');
}

/** Shortens an id for a table cell (corpus ids are 64-character hashes). */
export function shortId(id: string, max = 24): string {
  return [...id].length <= max ? id : `${[...id].slice(0, max - 1).join('')}…`;
}
