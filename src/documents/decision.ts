import {
  citeSource,
  parseRecognitionRule,
  parseRuleSet,
  formatViDate,
  LearningSocietyError,
  prefixIssue,
  recognitionRule,
  recognitionValidity,
  toIsoDate,
  withReading,
  type CalendarDate,
  type Evaluation,
  type Issue,
  type Label,
  type LegalSource,
  type RecognitionRule,
  type RuleSet,
} from 'vn-learning-society';
import { checkText, isLabel, isObject, MAX_DOCUMENT_ENTRIES, shown, throwIfAny } from './check.js';
import { checkIssuer, checkLines, type Issuer } from './issuer.js';
import type { DocumentBlock, OfficialDocument, TextRun } from './model.js';
import { MODEL_NOUNS, type ModelNouns } from './nouns.js';
import { countWithWords, numberLine, placeDateLine } from './words.js';
import { unconfirmedValueWords } from './unconfirmed.js';

/** One recognised household, clan, community, unit or citizen of a decision's list, with its evaluation. */
export interface RecognitionEntry {
  /** The name printed in the list and on the certificate (the head of household, the clan, the unit). */
  readonly name: string;
  /** Where it is (thôn, tổ dân phố, or the unit above), printed beside the name. */
  readonly place?: string;
  /** Its evaluation against the decision's rule set: it must be recognised. */
  readonly evaluation: Evaluation;
}

/** What a recognition decision (and its certificates) needs. */
export interface RecognitionDecisionInput {
  /** The rule set the entries were evaluated against (its sources are the decision's legal bases). */
  readonly ruleSet: RuleSet;
  /** The year evaluated; the rule set must be in force in it. */
  readonly year: number;
  /** The day the decision is signed. */
  readonly date: CalendarDate;
  /** The decision's number; left blank for the office to write when it registers the decision. */
  readonly number?: string;
  readonly issuer: Issuer;
  /**
   * The recognition rule: who recognises, how long it lasts. By default the one in force on `date` for the rule
   * set's model, level and jurisdiction (`recognitionRule`).
   */
  readonly recognition?: RecognitionRule;
  /**
   * The reading of the recognition rule to apply where the law leaves who recognises unsettled (`withReading`): e.g.
   * `commune-chairperson` for a commune learning community from 1 July 2025. Without it, the rule's own reading.
   */
  readonly reading?: string;
  /** Legal bases cited before those of the rules, e.g. "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025". */
  readonly bases?: readonly string[];
  /** The proposal the decision answers (xét đề nghị của …), e.g. "Trưởng Ban Chỉ đạo xây dựng xã hội học tập xã". */
  readonly proposal?: string;
  /** Who carries it out (Điều 3), e.g. "Văn phòng HĐND và UBND xã", "Hội Khuyến học xã". */
  readonly executors?: readonly string[];
  /** Nơi nhận; by default "Như Điều 3" and "Lưu: VT". */
  readonly recipients?: readonly string[];
  readonly entries: readonly RecognitionEntry[];
  /** How the model's nouns read; by default {@link MODEL_NOUNS}. */
  readonly nouns?: ModelNouns;
}

/** The checked input, with the recognition rule found. @internal */
export interface CheckedDecision {
  readonly input: RecognitionDecisionInput;
  readonly rule: RecognitionRule;
  readonly nouns: ModelNouns;
  readonly date: string;
  readonly warnings: Label[];
  readonly authorityUncertain: boolean;
}

const WHAT: Label = { vi: 'Dữ liệu của quyết định công nhận không hợp lệ', en: 'Invalid input for a recognition decision' };

/** Checks everything a recognition decision or its certificates print; throws one error with every problem. @internal */
export function checkRecognitionInput(input: RecognitionDecisionInput): CheckedDecision {
  if (typeof input !== 'object' || input === null) {
    throw new LearningSocietyError('invalid_input', WHAT, [{ path: [], code: 'invalid_type', message: { vi: 'cần một đối tượng', en: 'expected an object' } }]);
  }
  const out: Issue[] = [];
  // The rule set and the recognition rule are read as untrusted documents: checked, and copied.
  const rs = withPath(() => parseRuleSet(input.ruleSet), 'ruleSet');
  const given = input.recognition === undefined ? undefined : withPath(() => parseRecognitionRule(input.recognition), 'recognition');
  const date = toIsoDate(input.date);
  checkYear(input, rs, date, out);
  if (input.number !== undefined) checkText(input.number, ['number'], out, { vi: 'Số quyết định', en: 'Decision number' }, { max: 20 });
  checkIssuer(input.issuer, out);
  checkLines(input.bases, 'bases', out, { vi: 'Căn cứ', en: 'Legal basis' }, 1000);
  checkText(input.proposal, ['proposal'], out, { vi: 'Đề nghị', en: 'Proposal' }, { optional: true, max: 500 });
  checkLines(input.executors, 'executors', out, { vi: 'Nơi thi hành', en: 'Executor' });
  checkLines(input.recipients, 'recipients', out, { vi: 'Nơi nhận', en: 'Recipient' });
  if (input.nouns !== undefined && !(isObject(input.nouns) && isLabel(input.nouns.noun) && isLabel(input.nouns.nameHeading) && isLabel(input.nouns.placeHeading))) {
    out.push({ path: ['nouns'], code: 'invalid_type', message: { vi: 'cần { noun, nameHeading, placeHeading }, mỗi mục { vi, en }', en: 'expected { noun, nameHeading, placeHeading }, each { vi, en }' } });
  }
  checkEntries(input, rs, out);
  throwIfAny(out, WHAT);
  const rule = decisionRule(input, rs, given, date);
  const authorityUncertain = rule.uncertain?.includes('recognizingAuthority') ?? false;
  const warnings = [...(authorityUncertain ? [authorityWarning(rule)] : []), ...provisionalWarnings(input, rs)];
  return { input: { ...input, ruleSet: rs }, rule, nouns: input.nouns ?? MODEL_NOUNS[rs.model], date, warnings, authorityUncertain };
}

/** Checks the year evaluated: a real one, in which the rule set is in force, and not after the decision's date. */
function checkYear(input: RecognitionDecisionInput, rs: RuleSet, date: string, out: Issue[]): void {
  if (!Number.isSafeInteger(input.year) || input.year < 1990 || input.year > 2100) {
    out.push({ path: ['year'], code: 'invalid_year', message: { vi: `năm đánh giá ${shown(input.year)} không hợp lệ`, en: `${shown(input.year)} is not a valid year of evaluation` } });
    return;
  }
  if (rs.validFrom > `${input.year}-12-31` || (rs.validTo !== undefined && rs.validTo < `${input.year}-01-01`)) {
    out.push({
      path: ['year'],
      code: 'not_in_force',
      message: {
        vi: `bộ tiêu chí ${rs.id} không áp dụng trong năm ${input.year} (áp dụng từ ${rs.validFrom}${rs.validTo ? ` đến ${rs.validTo}` : ''})`,
        en: `rule set ${rs.id} is not in force in ${input.year} (in force from ${rs.validFrom}${rs.validTo ? ` to ${rs.validTo}` : ''})`,
      },
    });
  }
  if (date < `${input.year}-01-01`) {
    out.push({ path: ['date'], code: 'invalid_date', message: { vi: `ngày ký ${date} trước năm được đánh giá ${input.year}`, en: `the decision’s date ${date} is before the year evaluated, ${input.year}` } });
  }
}

/** Checks the entries: a list, not empty, not too long, each entry checked. */
function checkEntries(input: RecognitionDecisionInput, rs: RuleSet, out: Issue[]): void {
  if (!Array.isArray(input.entries)) {
    out.push({ path: ['entries'], code: 'invalid_type', message: { vi: 'entries: cần một danh sách', en: 'entries: expected a list' } });
  } else if (input.entries.length === 0) {
    out.push({ path: ['entries'], code: 'empty_list', message: { vi: 'danh sách công nhận trống: không có gì để quyết định', en: 'the list is empty: there is nothing to decide' } });
  } else if (input.entries.length > MAX_DOCUMENT_ENTRIES) {
    out.push({ path: ['entries'], code: 'too_big', message: { vi: `${input.entries.length} mục; tối đa ${MAX_DOCUMENT_ENTRIES}`, en: `${input.entries.length} entries; at most ${MAX_DOCUMENT_ENTRIES}` }, maximum: MAX_DOCUMENT_ENTRIES });
  } else {
    input.entries.forEach((e, i) => checkEntry(e, i, rs, out));
  }
}

/** The recognition rule the decision follows (given, or in force on its date; in the reading asked for), of the rule set's model. */
function decisionRule(input: RecognitionDecisionInput, rs: RuleSet, given: RecognitionRule | undefined, date: string): RecognitionRule {
  const found = given ?? recognitionRule(rs.model, rs.level, date, { jurisdiction: rs.jurisdiction.code });
  // withReading's issue is already at `reading`, the input's field: given the decision's title, not a second prefix.
  const rule = input.reading === undefined || input.reading === found.reading ? found : withPath(() => withReading(found, input.reading!), '');
  if (rule.model !== rs.model || (rs.level !== undefined && rule.level !== undefined && rule.level !== rs.level)) {
    throw new LearningSocietyError('invalid_input', WHAT, [
      { path: ['recognition'], code: 'invalid_model', message: { vi: `quy định công nhận ${rule.id} là của mô hình khác với bộ tiêu chí ${rs.id}`, en: `recognition rule ${rule.id} is for another model than rule set ${rs.id}` } },
    ]);
  }
  return rule;
}

/** The warning that the recognising authority is not confirmed from the source text (with the reading chosen, if any). */
function authorityWarning(rule: RecognitionRule): Label {
  // Where the rule has readings, which one this is and which others there are.
  const chosen = rule.readings?.find((r) => r.id === rule.reading);
  const others = (rule.readings ?? []).filter((r) => r !== chosen);
  const reading = (lang: 'vi' | 'en') =>
    chosen === undefined
      ? ''
      : lang === 'vi'
        ? ` theo cách hiểu “${chosen.label.vi}”; cách hiểu khác: ${others.map((r) => `“${r.label.vi}”`).join(', ')}`
        : ` under the reading “${chosen.label.en}”; the other reading${others.length > 1 ? 's' : ''}: ${others.map((r) => `“${r.label.en}”`).join(', ')}`;
  return {
    vi: `Thẩm quyền công nhận (“${rule.recognizingAuthority.vi}”, theo quy định ${rule.title.vi}${reading('vi')}) chưa được xác nhận từ văn bản gốc: kiểm tra trước khi ký.`,
    en: `The recognising authority (“${rule.recognizingAuthority.en}”, by the rule ${rule.title.en}${reading('en')}) is not confirmed from the source text: check it before signing.`,
  };
}

/** The warning that some results are provisional, naming (up to five) the unconfirmed values they rest on; none when none is. */
function provisionalWarnings(input: RecognitionDecisionInput, rs: RuleSet): Label[] {
  const provisional = input.entries.filter((e) => e.evaluation.provisional).length;
  if (provisional <= 0) return [];
  // The values by their labels in the rule set (a criterion, an item, a condition), never by id or path.
  const paths = [...new Set(input.entries.flatMap((e) => e.evaluation.unconfirmed.map((u) => u.path)))];
  const words = paths.map((p) => unconfirmedValueWords(rs, p));
  const list = (lang: 'vi' | 'en') => {
    const shown = [...new Set(words.map((w) => w[lang]))];
    const more = shown.length - 5;
    return `${shown.slice(0, 5).join('; ')}${more > 0 ? (lang === 'vi' ? `; và ${more} giá trị khác` : `; and ${more} more`) : ''}`;
  };
  return [
    {
      vi: `${provisional} kết quả là tạm thời: dựa trên giá trị chưa được xác nhận của ${rs.title.vi} (${list('vi')}).`,
      en: `${provisional} results are provisional: they rest on values not confirmed of ${rs.title.en} (${list('en')}).`,
    },
  ];
}

/** A rule set or recognition rule that does not parse: its problems, under the argument's name. */
function withPath<T>(read: () => T, name: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof LearningSocietyError) throw new LearningSocietyError('invalid_input', WHAT, e.issues.map((i) => prefixIssue(i, name === '' ? [] : [name])));
    throw e;
  }
}


/** The fields of an evaluation a document prints, in the shape `evaluate` gives them. */
function isEvaluation(v: unknown): v is Evaluation {
  if (!isObject(v)) return false;
  const ok = (x: unknown): boolean => Array.isArray(x);
  return (
    typeof v.ruleSetId === 'string' &&
    typeof v.recognized === 'boolean' &&
    typeof v.provisional === 'boolean' &&
    Number.isFinite(v.total) &&
    Number.isFinite(v.maxTotal) &&
    (v.classification === null || (isObject(v.classification) && isLabel(v.classification.label))) &&
    ok(v.shortfalls) &&
    (v.shortfalls as unknown[]).every((s) => isObject(s) && isLabel(s.message)) &&
    ok(v.unconfirmed) &&
    (v.unconfirmed as unknown[]).every((u) => isObject(u) && typeof u.path === 'string')
  );
}

function checkEntry(e: unknown, i: number, rs: RuleSet, out: Issue[]): void {
  if (typeof e !== 'object' || e === null) {
    out.push({ path: ['entries', i], code: 'invalid_type', message: { vi: 'cần một đối tượng { name, place, evaluation }', en: 'expected an object { name, place, evaluation }' } });
    return;
  }
  const entry = e as Record<string, unknown>;
  checkText(entry.name, ['entries', i, 'name'], out, { vi: 'Tên', en: 'Name' });
  checkText(entry.place, ['entries', i, 'place'], out, { vi: 'Nơi', en: 'Place' }, { optional: true });
  const ev = entry.evaluation as Evaluation | undefined;
  if (!isEvaluation(ev)) {
    out.push({ path: ['entries', i, 'evaluation'], code: 'invalid_type', message: { vi: 'cần kết quả đánh giá như evaluate trả về', en: 'expected an evaluation as evaluate returns it' } });
    return;
  }
  if (ev.ruleSetId !== rs.id) {
    out.push({
      path: ['entries', i, 'evaluation', 'ruleSetId'],
      code: 'wrong_rule_set',
      message: { vi: `được đánh giá theo bộ tiêu chí ${ev.ruleSetId}, không phải ${rs.id}`, en: `evaluated against rule set ${ev.ruleSetId}, not ${rs.id}` },
    });
  } else if (ev.recognized !== true) {
    const name = typeof entry.name === 'string' ? entry.name.slice(0, 40) : shown(entry.name);
    const why = Array.isArray(ev.shortfalls) ? ev.shortfalls.map((s) => s.message.vi).join('; ') : '';
    const whyEn = Array.isArray(ev.shortfalls) ? ev.shortfalls.map((s) => s.message.en).join('; ') : '';
    out.push({
      path: ['entries', i, 'evaluation'],
      code: 'not_recognized',
      message: { vi: `“${name}” không đạt${why ? `: ${why}` : ''}`, en: `“${name}” is not recognised${whyEn ? `: ${whyEn}` : ''}` },
    });
  }
}

/** The sources a decision cites, the recognition rule's first, each once. */
function legalBases(rule: RecognitionRule, rs: RuleSet): LegalSource[] {
  const seen = new Set<string>();
  const out: LegalSource[] = [];
  for (const s of [...rule.sources, ...rs.sources]) {
    const key = `${s.document.kind}|${s.document.number ?? s.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/** The citation of a source in a "Căn cứ" line: the document, without the article the rule set reads. */
function citation(s: LegalSource): string {
  const { article: _article, ...document } = s;
  const cited = citeSource(document).vi;
  const title = s.document.title?.vi;
  return title && !cited.toLocaleLowerCase('vi').includes(title.toLocaleLowerCase('vi')) ? `${cited} ${lowerFirst(title)}` : cited;
}

const lowerFirst = (t: string): string => (t.length > 0 ? t[0]!.toLowerCase() + t.slice(1) : t);

/** The "Căn cứ" lines and the proposal, each ending as NĐ 30/2020 writes them: ";" and, on the last, ".". */
function basisParagraphs(c: CheckedDecision): DocumentBlock[] {
  const lines = [...(c.input.bases ?? []).map((b) => `Căn cứ ${b.replace(/^Căn cứ\s+/i, '')}`), ...legalBases(c.rule, c.input.ruleSet).map((s) => `Căn cứ ${citation(s)}`)];
  if (c.input.proposal) lines.push(`Xét đề nghị của ${c.input.proposal.replace(/^Xét đề nghị của\s+/i, '')}`);
  return lines.map((l, i) => ({ kind: 'paragraph', runs: [{ text: `${l.replace(/[;.]\s*$/, '')}${i === lines.length - 1 ? '.' : ';'}`, italic: true }], align: 'justify', indent: true }));
}

/** A red notice at the top of a draft, one line per unconfirmed thing. @internal */
export function draftNotice(warnings: readonly Label[]): DocumentBlock[] {
  if (warnings.length === 0) return [];
  return [
    { kind: 'paragraph', runs: [{ text: 'DỰ THẢO — CHƯA ĐỦ CĂN CỨ ĐỂ KÝ', bold: true, mark: true }], align: 'center', spaceBefore: 12 },
    ...warnings.map((w): DocumentBlock => ({ kind: 'paragraph', runs: [{ text: w.vi, italic: true, mark: true }], align: 'justify', size: 'recipients' })),
  ];
}

/** The authority a decision is made in the name of, in capitals. @internal */
export function authorityLine(issuer: Issuer): string {
  return issuer.authority ?? `${issuer.signer.title} ${issuer.name}`;
}

/**
 * The recognition decision (Quyết định công nhận) of a title for a year, with its annexed list, as a document:
 * letterhead, number and date, the legal bases built from the recognition rule's and the rule set's sources, the
 * articles, the signature block and, on a new page, the list (name, place, points). The deciding authority comes from
 * the recognition rule in force on the decision's date; when the rules mark it uncertain, or a result is provisional,
 * the document is a draft and says why at its top, in red.
 *
 * Every entry must be recognised under the decision's rule set, in a year it is in force: anything else is refused,
 * never left out of the list silently.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input`, with every problem and its path
 * (`empty_list`, `not_recognized`, `wrong_rule_set`, `not_in_force`, `control_character`, `too_long`, …).
 *
 * @example
 * ```ts
 * import { evaluate, getRuleSet } from 'vn-learning-society';
 * import { documentText, recognitionDecision } from 'vn-learning-society/documents';
 * const ruleSet = getRuleSet('learning-citizen-khvn-2022');
 * const full = Object.fromEntries(ruleSet.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.kind === 'judged' ? i.maxPoints : 0])));
 * const doc = recognitionDecision({
 *   ruleSet, year: 2025, date: '2025-12-15', number: '125',
 *   issuer: { name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } },
 *   entries: [{ name: 'Trần Văn Bình', place: 'Ấp 1', evaluation: evaluate(ruleSet, { points: full }) }],
 * });
 * documentText(doc).includes('Điều 1. Công nhận 1 (một) công dân đạt danh hiệu “Công dân học tập” năm 2025'); // true
 * ```
 */
export function recognitionDecision(input: RecognitionDecisionInput): OfficialDocument {
  const c = checkRecognitionInput(input);
  const { issuer, ruleSet: rs, year, entries } = c.input;
  const title = rs.outcome.title.vi;
  const noun = c.nouns.noun.vi;
  const validity = recognitionValidity(c.date, c.rule);
  const decisionRef = `${numberLine(input.number, issuer.symbol).replace(/^Số:\s*/, '')} ngày ${formatViDate(c.date, { style: 'short' })}`;
  const executors = c.input.executors ?? [];
  const authorityRun: TextRun = { text: authorityLine(issuer), bold: true, ...(c.authorityUncertain ? { mark: true } : {}) };
  const blocks: DocumentBlock[] = [
    { kind: 'letterhead', ...(issuer.parent ? { parent: issuer.parent } : {}), issuer: issuer.name, number: numberLine(input.number, issuer.symbol), placeDate: placeDateLine(issuer.place, c.date) },
    ...draftNotice(c.warnings),
    { kind: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH', bold: true }], align: 'center', size: 'kind', spaceBefore: 12, keepNext: true },
    { kind: 'paragraph', runs: [{ text: `Về việc công nhận danh hiệu “${title}” năm ${year}`, bold: true }], align: 'center', size: 'subject', keepNext: true },
    { kind: 'rule' },
    { kind: 'paragraph', runs: [authorityRun], align: 'center', spaceBefore: 6 },
    ...(c.authorityUncertain ? [{ kind: 'paragraph', runs: [{ text: `(Thẩm quyền theo quy định đang áp dụng: ${c.rule.recognizingAuthority.vi} — chưa xác nhận)`, italic: true, mark: true }], align: 'center', size: 'recipients' } satisfies DocumentBlock] : []),
    ...basisParagraphs(c),
    { kind: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 6, keepNext: true },
    article(1, `Công nhận ${countWithWords(entries.length)} ${noun} đạt danh hiệu “${title}” năm ${year} (có danh sách kèm theo).`),
    article(2, `Danh hiệu được công nhận có giá trị từ ngày ký đến hết ngày ${formatViDate(validity.to, { style: 'short' })}${validity.upgradeFrom ? `; được đề nghị công nhận mức cao hơn từ ngày ${formatViDate(validity.upgradeFrom, { style: 'short' })}` : ''}.`),
    article(3, `Quyết định này có hiệu lực kể từ ngày ký. ${executors.length > 0 ? `${executors.join(', ')} và các ${noun}` : `Các ${noun}`} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`),
    {
      kind: 'signature',
      recipients: input.recipients ?? ['Như Điều 3;', 'Lưu: VT.'],
      ...(issuer.signer.capacity ? { capacity: issuer.signer.capacity } : {}),
      title: issuer.signer.title,
      name: issuer.signer.name,
    },
    { kind: 'page-break' },
    { kind: 'paragraph', runs: [{ text: 'DANH SÁCH', bold: true }], align: 'center', size: 'kind', keepNext: true },
    { kind: 'paragraph', runs: [{ text: `${noun.toUpperCase()} ĐẠT DANH HIỆU “${title.toUpperCase()}” NĂM ${year}`, bold: true }], align: 'center', size: 'subject', keepNext: true },
    { kind: 'paragraph', runs: [{ text: `(Kèm theo Quyết định số ${decisionRef})`, italic: true }], align: 'center', keepNext: true },
    { kind: 'rule' },
    annexTable(c),
    { kind: 'paragraph', runs: [{ text: `Danh sách có ${countWithWords(entries.length)} ${noun}.`, italic: true }], align: 'left', spaceBefore: 6 },
  ];
  return { kind: 'recognition-decision', title: `Quyết định công nhận “${title}” năm ${year}`, date: c.date, orientation: 'portrait', draft: c.warnings.length > 0, warnings: c.warnings, blocks };
}

function article(n: number, text: string): DocumentBlock {
  return { kind: 'paragraph', runs: [{ text: `Điều ${n}. `, bold: true }, { text }], align: 'justify', indent: true };
}

function annexTable(c: CheckedDecision): DocumentBlock {
  const withClass = c.input.entries.some((e) => e.evaluation.classification !== null);
  const scored = c.input.ruleSet.scale !== 'targets';
  const columns = [
    { label: 'STT', width: 8, align: 'center' as const },
    { label: c.nouns.nameHeading.vi, width: withClass ? 36 : 44, align: 'left' as const },
    { label: c.nouns.placeHeading.vi, width: 30, align: 'left' as const },
    { label: scored ? 'Điểm' : 'Chỉ tiêu đạt', width: 18, align: 'center' as const },
    ...(withClass ? [{ label: 'Xếp loại', width: 8, align: 'center' as const }] : []),
  ];
  const rows = c.input.entries.map((e, i) => [
    String(i + 1),
    e.name,
    e.place ?? '',
    `${e.evaluation.total}/${e.evaluation.maxTotal}`,
    ...(withClass ? [e.evaluation.classification?.label.vi ?? ''] : []),
  ]);
  return { kind: 'table', columns, rows };
}
