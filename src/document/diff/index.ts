import { numberText, type Label } from '../../core/label/index.js';
import { requireSet } from '../../core/internal/args.js';
import { checkUntrustedJson } from '../../core/untrusted/index.js';

/** One difference between two documents (rule sets, target tables, …), in plain words. */
export interface DocumentChange {
  /** `added`, `removed`, `changed`, or `reordered` (same elements, other order). */
  readonly kind: 'added' | 'removed' | 'changed' | 'reordered';
  /** Where, with elements of keyed lists named by id: `criteria[adults].indicators[adults.reading].maxPoints`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** The change in plain words, e.g. "Criterion “…” › maximum points: 10 → 15". */
  readonly message: Label;
}

/**
 * One difference between two rule sets.
 *
 * @deprecated Use {@link DocumentChange}: one change format serves every kind of document.
 */
export type RuleSetChange = DocumentChange;

const FIELD_NAMES: Record<string, Label> = {
  schemaVersion: { vi: 'phiên bản định dạng', en: 'format version' },
  id: { vi: 'mã', en: 'id' },
  model: { vi: 'mô hình', en: 'model' },
  level: { vi: 'cấp', en: 'level' },
  jurisdiction: { vi: 'phạm vi áp dụng', en: 'jurisdiction' },
  code: { vi: 'mã', en: 'code' },
  name: { vi: 'tên', en: 'name' },
  title: { vi: 'tên gọi', en: 'title' },
  description: { vi: 'mô tả', en: 'description' },
  label: { vi: 'tên', en: 'label' },
  vi: { vi: 'tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'tiếng Anh', en: 'English' },
  sources: { vi: 'căn cứ', en: 'sources' },
  source: { vi: 'căn cứ', en: 'source' },
  document: { vi: 'văn bản', en: 'document' },
  number: { vi: 'số hiệu', en: 'number' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuer' },
  date: { vi: 'ngày ban hành', en: 'date' },
  article: { vi: 'điều, mục', en: 'article' },
  urls: { vi: 'địa chỉ tham khảo', en: 'URLs' },
  ref: { vi: 'mã căn cứ', en: 'source id' },
  validFrom: { vi: 'ngày bắt đầu hiệu lực', en: 'in force from' },
  validTo: { vi: 'ngày hết hiệu lực', en: 'in force until' },
  pointDenominator: { vi: 'phần điểm nhỏ nhất', en: 'smallest point fraction' },
  maxTotal: { vi: 'tổng điểm tối đa', en: 'maximum total' },
  criteria: { vi: 'tiêu chí', en: 'criteria' },
  indicators: { vi: 'chỉ báo', en: 'indicators' },
  maxPoints: { vi: 'điểm tối đa', en: 'maximum points' },
  points: { vi: 'điểm', en: 'points' },
  step: { vi: 'bước chấm điểm', en: 'step' },
  kind: { vi: 'loại', en: 'kind' },
  bands: { vi: 'các mức điểm', en: 'bands' },
  atLeast: { vi: 'từ', en: 'from' },
  atLeastPercent: { vi: 'từ tỷ lệ (%)', en: 'from percentage' },
  part: { vi: 'tử số', en: 'part' },
  whole: { vi: 'mẫu số', en: 'whole' },
  unit: { vi: 'đơn vị đếm', en: 'unit' },
  whenWholeIsZero: { vi: 'điểm khi không có đối tượng', en: 'points when the whole is zero' },
  outcome: { vi: 'kết quả', en: 'outcome' },
  rules: { vi: 'điều kiện', en: 'rules' },
  classes: { vi: 'xếp loại', en: 'classes' },
  criterion: { vi: 'tiêu chí', en: 'criterion' },
  indicator: { vi: 'chỉ báo', en: 'indicator' },
  percent: { vi: 'tỷ lệ phần trăm', en: 'percentage' },
  uncertain: { vi: 'đánh dấu chưa chắc chắn', en: 'uncertain flag' },
  question: { vi: 'câu hỏi cần xác nhận', en: 'question to confirm' },
  confirmed: { vi: 'xác nhận', en: 'confirmation' },
  note: { vi: 'ghi chú', en: 'note' },
  notes: { vi: 'ghi chú', en: 'notes' },
  text: { vi: 'nội dung', en: 'text' },
  about: { vi: 'về', en: 'about' },
  derivedFrom: { vi: 'phái sinh từ', en: 'derived from' },
  scale: { vi: 'thang đánh giá', en: 'scale' },
  rollup: { vi: 'tổng hợp từ cấp dưới', en: 'rolled up from below' },
  of: { vi: 'tính trên', en: 'share of' },
  targets: { vi: 'chỉ tiêu', en: 'targets' },
  year: { vi: 'năm', en: 'year' },
  value: { vi: 'giá trị', en: 'value' },
  numerator: { vi: 'tử số', en: 'numerator' },
  denominator: { vi: 'mẫu số', en: 'denominator' },
  amount: { vi: 'mức', en: 'amount' },
  population: { vi: 'tổng thể', en: 'population' },
  subPopulation: { vi: 'nhóm đối tượng', en: 'sub-population' },
  base: { vi: 'cơ sở tính', en: 'base' },
  parent: { vi: 'chỉ tiêu mẹ', en: 'parent target' },
  class: { vi: 'xếp loại', en: 'class' },
};

const ELEMENT_NAMES: Record<string, Label> = {
  criteria: { vi: 'Tiêu chí', en: 'Criterion' },
  indicators: { vi: 'Chỉ báo', en: 'Indicator' },
  rules: { vi: 'Điều kiện', en: 'Rule' },
  classes: { vi: 'Xếp loại', en: 'Class' },
  sources: { vi: 'Căn cứ', en: 'Source' },
  targets: { vi: 'Chỉ tiêu', en: 'Target' },
};

interface Step {
  readonly key: string;
  /** Text of the step in each language. */
  readonly text: Label;
  /** Whether the step names a whole element (so "added"/"removed" apply to it). */
  readonly element: boolean;
}

/**
 * Every difference between two documents of the same kind (rule sets, target tables, yearbook plans), with the lists
 * in `keyedFields` matched by element id: the one mechanism behind {@link diffRuleSets} and {@link diffTargetTables}.
 *
 * @example
 * ```ts
 * import { diffDocuments } from 'vn-learning-society';
 * const a = { id: 'a', items: [{ id: 'x', value: 1, label: { vi: 'Mục x', en: 'Item x' } }] };
 * const b = { id: 'a', items: [{ id: 'x', value: 2, label: { vi: 'Mục x', en: 'Item x' } }] };
 * diffDocuments(a, b, new Set(['items'])).length; // 1
 * ```
 */
export function diffDocuments(a: unknown, b: unknown, keyedFields: ReadonlySet<string>): DocumentChange[] {
  requireSet(keyedFields, 'keyedFields');
  checkUntrustedJson(a);
  checkUntrustedJson(b);
  const out: DocumentChange[] = [];
  walk(a, b, [], out, keyedFields);
  // Provenance (which document a fork was derived from) is the library's record, not a change anyone made.
  return out.filter((c) => c.path !== 'derivedFrom' && !c.path.startsWith('derivedFrom.'));
}

function walk(a: unknown, b: unknown, steps: Step[], out: DocumentChange[], keyed: ReadonlySet<string>): void {
  if (sameJson(a, b)) return;
  const field = steps[steps.length - 1]?.key;
  if (a === undefined) return void out.push(change('added', steps, undefined, b));
  if (b === undefined) return void out.push(change('removed', steps, a, undefined));
  if (field !== undefined && keyed.has(field) && isKeyedList(a) && isKeyedList(b)) {
    return walkKeyed(a, b, steps, out, field, keyed);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...steps, indexStep(i)], out, keyed);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    for (const k of keys) walk(a[k], b[k], [...steps, fieldStep(k)], out, keyed);
    return;
  }
  out.push(change('changed', steps, a, b));
}

function walkKeyed(a: Keyed[], b: Keyed[], steps: Step[], out: DocumentChange[], field: string, keyed: ReadonlySet<string>): void {
  const byId = new Map(a.map((e) => [e.id, e]));
  const bIds = new Set(b.map((e) => e.id));
  for (const el of a) if (!bIds.has(el.id)) out.push(change('removed', [...steps, elementStep(field, el)], el, undefined));
  for (const el of b) {
    const old = byId.get(el.id);
    const step = elementStep(field, el);
    if (old === undefined) out.push(change('added', [...steps, step], undefined, el));
    else walk(old, el, [...steps, step], out, keyed);
  }
  const common = (list: Keyed[], other: Set<string>) => list.filter((e) => other.has(e.id)).map((e) => e.id);
  const orderA = common(a, bIds);
  const orderB = common(b, new Set(byId.keys()));
  if (orderA.join('\u0000') !== orderB.join('\u0000')) out.push(change('reordered', steps, orderA, orderB));
}

type Keyed = { id: string; label?: Label; document?: unknown; [k: string]: unknown };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKeyedList(v: unknown): v is Keyed[] {
  return Array.isArray(v) && v.every((e) => isObject(e) && typeof e.id === 'string');
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function fieldStep(key: string): Step {
  return { key, text: FIELD_NAMES[key] ?? { vi: key, en: key }, element: false };
}

function indexStep(i: number): Step {
  return { key: `[${i}]`, text: { vi: `mục ${i + 1}`, en: `item ${i + 1}` }, element: true };
}

function elementStep(field: string, el: Keyed): Step {
  const kind = ELEMENT_NAMES[field] ?? { vi: field, en: field };
  const number = (el.document as { number?: string } | undefined)?.number;
  const name = el.label ?? (number ? { vi: number, en: number } : { vi: el.id, en: el.id });
  return { key: `${field}[${el.id}]`, text: { vi: `${kind.vi} “${name.vi}”`, en: `${kind.en} “${name.en}”` }, element: true };
}

function pathOf(steps: readonly Step[]): string {
  let out = '';
  for (const s of steps) {
    if (s.element) out += s.key.slice(s.key.indexOf('['));
    else out += out === '' ? s.key : `.${s.key}`;
  }
  return out;
}

function where(steps: readonly Step[], lang: 'vi' | 'en'): string {
  // A keyed element's step already names its list ("Criterion “…”"), so the list's own step is skipped.
  const shown = steps.filter((s, i) => !(steps[i + 1]?.element && !s.element && ELEMENT_NAMES[s.key] !== undefined));
  return shown.map((s) => capitalise(s.text[lang])).join(' › ') || (lang === 'vi' ? 'Bộ tiêu chí' : 'Rule set');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function show(v: unknown, lang: 'vi' | 'en'): string {
  if (v === undefined) return '—';
  if (isObject(v) && typeof v.vi === 'string' && typeof v.en === 'string') return `“${v[lang]}”`;
  if (typeof v === 'number') return numberText(v, lang);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function change(kind: DocumentChange['kind'], steps: Step[], before: unknown, after: unknown): DocumentChange {
  if (steps.at(-1)?.key === 'confirmed' && kind === 'added' && isObject(after)) {
    // A confirmation, said as where the value now comes from.
    const node = steps.slice(0, -1);
    const c = after as { ref?: unknown; article?: unknown; quote?: unknown; by?: unknown; on?: unknown };
    const from = [c.ref, c.article].filter((x) => typeof x === 'string').join(', ');
    const quote = typeof c.quote === 'string' ? ` “${c.quote}”` : '';
    return {
      kind,
      path: pathOf(steps),
      after,
      message: {
        vi: `${where(node, 'vi')}: đã xác nhận từ ${from}${quote} (${String(c.by)}, ${String(c.on)})`,
        en: `${where(node, 'en')}: confirmed from ${from}${quote} (${String(c.by)}, ${String(c.on)})`,
      },
    };
  }
  if (steps.at(-1)?.key === 'uncertain' && (kind === 'removed' || kind === 'added' || kind === 'changed')) {
    // The mark on a value, said as what it means: the value is now confirmed, or now in doubt.
    const node = steps.slice(0, -1);
    const of = { vi: where(node, 'vi'), en: where(node, 'en') };
    const marked = after === true;
    return {
      kind,
      path: pathOf(steps),
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      message: marked
        ? { vi: `${of.vi}: đánh dấu chưa chắc chắn`, en: `${of.en}: marked uncertain` }
        : { vi: `${of.vi}: không còn đánh dấu chưa chắc chắn`, en: `${of.en}: no longer marked uncertain` },
    };
  }
  const loc = { vi: where(steps, 'vi'), en: where(steps, 'en') };
  const message: Label =
    kind === 'added'
      ? { vi: `Thêm ${loc.vi}${steps.at(-1)?.element ? '' : `: ${show(after, 'vi')}`}`, en: `Added ${loc.en}${steps.at(-1)?.element ? '' : `: ${show(after, 'en')}`}` }
      : kind === 'removed'
        ? { vi: `Bỏ ${loc.vi}${steps.at(-1)?.element ? '' : ` (trước đây: ${show(before, 'vi')})`}`, en: `Removed ${loc.en}${steps.at(-1)?.element ? '' : ` (was ${show(before, 'en')})`}` }
        : kind === 'reordered'
          ? { vi: `Đổi thứ tự ${loc.vi}: ${(after as string[]).join(', ')}`, en: `Reordered ${loc.en}: ${(after as string[]).join(', ')}` }
          : { vi: `${loc.vi}: ${show(before, 'vi')} → ${show(after, 'vi')}`, en: `${loc.en}: ${show(before, 'en')} → ${show(after, 'en')}` };
  return {
    kind,
    path: pathOf(steps),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    message,
  };
}
