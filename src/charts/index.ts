/**
 * Charts of the programme's figures as SVG text: pure functions, no DOM, the same in Node and in a browser. A separate
 * entry point, `vn-learning-society/charts`, so that the core carries none of it.
 *
 * @packageDocumentation
 */
import { attainment, formatViNumber, LearningSocietyError, roundDecimal, type Lang } from 'vn-learning-society';

/** One bar: a unit, and its part of a whole (recognised of those in scope). */
export interface ProgressBar {
  readonly label: string;
  readonly part: number;
  readonly whole: number;
}

/** What {@link progressChartSvg} draws. */
export interface ProgressChartOptions {
  /** The target in percent, drawn as a line. */
  readonly target?: number;
  readonly title?: string;
  /** Language of the numbers and words (default `vi`: `70,5 %`). */
  readonly lang?: Lang;
  /** Width of the drawing in its own units (default 640); it scales to its container. */
  readonly width?: number;
}

const MAX_BARS = 2000;
const MAX_LABEL = 200;

/** Text for XML: `&`, `<`, `>`, quotes escaped, control characters dropped. Linear in its length. */
function xml(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 && ch !== '\t') continue;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&#39;' : ch;
  }
  return out;
}

function percentText(p: number | { toString(): string }, lang: Lang, decimals = 1): string {
  const rounded = roundDecimal(String(p), decimals, 'half-up');
  const text = lang === 'vi' ? formatViNumber(rounded, { decimals }) : rounded.toFixed(decimals);
  return lang === 'vi' ? `${text} %` : `${text}%`;
}

/**
 * Progress against a target per unit, as an SVG string: one bar per unit, sorted by attainment (highest first), the
 * share written at the end of each bar (`70,5 %` in Vietnamese), and the target as a vertical line. Units are named
 * as given; a unit with a whole of 0 is drawn empty and marked `—`. The drawing has a `viewBox` and `width="100%"`,
 * so it scales down to a phone's width, and a `<title>` for screen readers.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) for a bar that is not `{ label, part, whole }` with
 * whole numbers and part ≤ whole, more than 2,000 bars, or a label over 200 characters.
 *
 * @example
 * ```ts
 * import { progressChartSvg } from 'vn-learning-society/charts';
 * const svg = progressChartSvg([{ label: 'Xã A', part: 705, whole: 1000 }, { label: 'Xã B', part: 910, whole: 1000 }], { target: 90, title: 'Gia đình học tập 2025' });
 * svg.startsWith('<svg'); // true
 * svg.includes('70,5 %'); // true
 * svg.indexOf('Xã B') < svg.indexOf('Xã A'); // true
 * ```
 */
export function progressChartSvg(bars: readonly ProgressBar[], options: ProgressChartOptions = {}): string {
  const bad = (path: (string | number)[], vi: string, en: string): never => {
    throw new LearningSocietyError('invalid_input', { vi: 'Không vẽ được biểu đồ', en: 'Cannot draw the chart' }, [{ path, code: 'invalid_type', message: { vi, en } }]);
  };
  if (!Array.isArray(bars)) bad(['bars'], 'cần một danh sách { label, part, whole }', 'expected a list of { label, part, whole }');
  if (bars.length > MAX_BARS) bad(['bars'], `tối đa ${MAX_BARS} thanh`, `at most ${MAX_BARS} bars`);
  if (typeof options !== 'object' || options === null) bad(['options'], 'cần một đối tượng', 'expected an object');
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') bad(['options', 'lang'], 'ngôn ngữ là vi hoặc en', 'the language is vi or en');
  const target = options.target;
  if (target !== undefined && (typeof target !== 'number' || !Number.isFinite(target) || target < 0 || target > 100)) bad(['options', 'target'], 'chỉ tiêu là một tỷ lệ từ 0 đến 100', 'the target is a percentage from 0 to 100');
  const width = options.width ?? 640;
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 240 || width > 4000) bad(['options', 'width'], 'chiều rộng từ 240 đến 4000', 'a width from 240 to 4000');
  const rows = bars.map((b, i) => {
    if (typeof b !== 'object' || b === null || typeof b.label !== 'string') bad(['bars', i], 'mỗi thanh là { label, part, whole }', 'each bar is { label, part, whole }');
    if (b.label.length > MAX_LABEL) bad(['bars', i, 'label'], `tên tối đa ${MAX_LABEL} ký tự`, `a label of at most ${MAX_LABEL} characters`);
    if (!Number.isSafeInteger(b.part) || !Number.isSafeInteger(b.whole) || b.part < 0 || b.part > b.whole) bad(['bars', i], 'phần và tổng là số nguyên không âm, phần không vượt tổng', 'part and whole are non-negative whole numbers, the part no more than the whole');
    const share = b.whole > 0 ? attainment(b.part, b.whole).percent : undefined;
    return { label: b.label, share, value: share === undefined ? -1 : share.toNumber() };
  });
  rows.sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  const barHeight = 22;
  const gap = 8;
  const top = options.title ? 44 : 16;
  const labelWidth = Math.round(width * 0.32);
  const valueWidth = 64;
  const plot = width - labelWidth - valueWidth - 16;
  const height = top + rows.length * (barHeight + gap) + (target !== undefined ? 28 : 8);
  const x = (p: number) => labelWidth + (plot * p) / 100;
  const title = options.title ?? (lang === 'vi' ? 'Tiến độ so với chỉ tiêu' : 'Progress against the target');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${xml(title)}" font-family="system-ui, sans-serif" font-size="14">`);
  parts.push(`<title>${xml(title)}</title>`);
  if (options.title) parts.push(`<text x="8" y="26" font-size="18" font-weight="600">${xml(options.title)}</text>`);
  rows.forEach((r, i) => {
    const y = top + i * (barHeight + gap);
    const met = target !== undefined && r.share !== undefined && r.value >= target;
    parts.push(`<g class="bar" data-label="${xml(r.label)}">`);
    parts.push(`<text x="${labelWidth - 8}" y="${y + barHeight * 0.72}" text-anchor="end">${xml(r.label)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${y}" width="${plot}" height="${barHeight}" fill="#eef1f5"/>`);
    if (r.share !== undefined) parts.push(`<rect x="${labelWidth}" y="${y}" width="${(plot * Math.min(r.value, 100)) / 100}" height="${barHeight}" fill="${met ? '#2e7d32' : target !== undefined ? '#c62828' : '#1565c0'}"/>`);
    parts.push(`<text x="${labelWidth + plot + 6}" y="${y + barHeight * 0.72}">${r.share === undefined ? '—' : xml(percentText(r.share, lang))}</text>`);
    parts.push('</g>');
  });
  if (target !== undefined) {
    const tx = x(target);
    const bottom = top + rows.length * (barHeight + gap);
    parts.push(`<line class="target" x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${bottom}" stroke="#212121" stroke-width="2" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${tx}" y="${bottom + 18}" text-anchor="middle">${xml(`${lang === 'vi' ? 'Chỉ tiêu' : 'Target'} ${percentText(target, lang, Number.isInteger(target) ? 0 : 1)}`)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
