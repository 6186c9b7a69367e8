import { LEVELS, MODELS, type Issue, type Label, type Level, type Model } from 'vn-learning-society';
import type { CaseExpectation, CaseFile, TestCase } from './types.js';

type Path = (string | number)[];
type Problem = Issue;

const FILE_KEYS = ['$schema', 'ruleSet', 'model', 'level', 'date', 'cases', 'base', 'meta', 'patch'] as const;
const CASE_KEYS = ['name', 'ruleSet', 'date', 'assessment', 'expect'] as const;
const EXPECT_KEYS = ['recognized', 'total', 'class', 'shortfalls', 'provisional', 'indicators', 'criteria', 'error'] as const;
const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const WHAT: Record<string, Label> = {
  object: { vi: 'một đối tượng (các cặp khóa: giá trị)', en: 'an object (key: value pairs)' },
  text: { vi: 'một chuỗi ký tự không rỗng (tối đa 500)', en: 'a non-empty string (at most 500 characters)' },
  id: { vi: 'một mã viết thường, vd. min-total', en: 'a lower-case id, e.g. min-total' },
  date: { vi: 'một ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  number: { vi: 'một số', en: 'a number' },
  ids: { vi: 'một danh sách mã, vd. [min-total]', en: 'a list of ids, e.g. [min-total]' },
  points: { vi: 'một đối tượng mã: điểm, vd. { children.results: 10 }', en: 'an object of id: points, e.g. { children.results: 10 }' },
  classOrNull: { vi: 'mã một xếp loại, hoặc null', en: 'a class id, or null' },
  model: { vi: `một mô hình: ${MODELS.join(', ')}`, en: `a model: ${MODELS.join(', ')}` },
  level: { vi: `một cấp: ${LEVELS.join(', ')}`, en: `a level: ${LEVELS.join(', ')}` },
};

function wrong(path: Path, what: keyof typeof WHAT, got: unknown): Problem {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'a list' : typeof got === 'string' ? JSON.stringify(got.slice(0, 40)) : typeof got;
  return { path, code: 'invalid_type', message: { vi: `cần ${WHAT[what]!.vi}; nhận được ${shown}`, en: `expected ${WHAT[what]!.en}; got ${shown}` } };
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], path: Path, out: Problem[]): void {
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) {
      out.push({ path: [...path, k], code: 'unknown_key', message: { vi: `trường "${k}" không có; các trường: ${allowed.filter((a) => a !== '$schema').join(', ')}`, en: `"${k}" is not a field; the fields are ${allowed.filter((a) => a !== '$schema').join(', ')}` } });
    }
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 500;

function checkExpect(e: unknown, path: Path, out: Problem[]): CaseExpectation | undefined {
  if (!isObject(e)) return void out.push(wrong(path, 'object', e));
  unknownKeys(e, EXPECT_KEYS, path, out);
  const before = out.length;
  if (e.recognized !== undefined && typeof e.recognized !== 'boolean') out.push(wrong([...path, 'recognized'], 'boolean', e.recognized));
  if (e.provisional !== undefined && typeof e.provisional !== 'boolean') out.push(wrong([...path, 'provisional'], 'boolean', e.provisional));
  if (e.total !== undefined && (typeof e.total !== 'number' || !Number.isFinite(e.total))) out.push(wrong([...path, 'total'], 'number', e.total));
  if (e.class !== undefined && e.class !== null && !(typeof e.class === 'string' && ID.test(e.class))) out.push(wrong([...path, 'class'], 'classOrNull', e.class));
  if (e.error !== undefined && !(typeof e.error === 'string' && /^[a-z_]{1,40}$/.test(e.error))) out.push(wrong([...path, 'error'], 'id', e.error));
  if (e.shortfalls !== undefined) {
    if (!Array.isArray(e.shortfalls) || e.shortfalls.length > 500) out.push(wrong([...path, 'shortfalls'], 'ids', e.shortfalls));
    else e.shortfalls.forEach((s, i) => { if (!(typeof s === 'string' && ID.test(s))) out.push(wrong([...path, 'shortfalls', i], 'id', s)); });
  }
  for (const k of ['indicators', 'criteria'] as const) {
    const m = e[k];
    if (m === undefined) continue;
    if (!isObject(m)) out.push(wrong([...path, k], 'points', m));
    else for (const [id, p] of Object.entries(m)) if (!ID.test(id) || typeof p !== 'number' || !Number.isFinite(p)) out.push(wrong([...path, k, id], 'points', p));
  }
  if (Object.keys(e).length === 0) {
    out.push({ path, code: 'too_small', message: { vi: 'cần ít nhất một điều phải đúng (recognized, total, class, shortfalls, …)', en: 'needs at least one thing to check (recognized, total, class, shortfalls, …)' }, minimum: 1 });
  }
  return out.length === before ? (e as CaseExpectation) : undefined;
}

/**
 * Checks the parsed data of a case file: every field's type, no unknown field, at least one case and one expectation
 * per case, and a rule set for every case. Every problem is reported, with its path.
 *
 * @internal
 */
export function checkCaseFile(data: unknown, maxCases: number): { ok: true; value: Omit<CaseFile, 'file'> } | { ok: false; issues: Problem[] } {
  const out: Problem[] = [];
  if (!isObject(data)) return { ok: false, issues: [wrong([], 'object', data)] };
  unknownKeys(data, FILE_KEYS, [], out);
  const isFork = data.base !== undefined || data.patch !== undefined || data.meta !== undefined;
  if (isFork && (typeof data.base !== 'string' || !isObject(data.patch) || !isObject(data.meta))) {
    out.push({ path: ['base'], code: 'invalid_type', message: { vi: 'tệp phái sinh cần đủ base (mã), meta và patch (đối tượng)', en: 'a fork file needs base (an id), meta and patch (objects)' } });
  }
  for (const k of ['ruleSet'] as const) if (data[k] !== undefined && !isText(data[k])) out.push(wrong([k], 'text', data[k]));
  if (data.date !== undefined && !(typeof data.date === 'string' && DATE.test(data.date))) out.push(wrong(['date'], 'date', data.date));
  if (data.model !== undefined && !(MODELS as readonly unknown[]).includes(data.model)) out.push(wrong(['model'], 'model', data.model));
  if (data.level !== undefined && !(LEVELS as readonly unknown[]).includes(data.level)) out.push(wrong(['level'], 'level', data.level));
  const cases: Omit<TestCase, 'line'>[] = [];
  if (!Array.isArray(data.cases)) {
    out.push({ path: ['cases'], code: 'invalid_type', message: { vi: 'cần danh sách "cases" (có thể trống: cases: [])', en: 'needs a list "cases" (it may be empty: cases: [])' } });
  } else if (data.cases.length > maxCases) {
    out.push({ path: ['cases'], code: 'too_big', message: { vi: `${data.cases.length} ca, quá giới hạn ${maxCases}; chia thành nhiều tệp`, en: `${data.cases.length} cases, over the limit of ${maxCases}; split the file` }, maximum: maxCases });
  } else {
    const names = new Map<string, number>();
    data.cases.forEach((c, i) => {
      const path: Path = ['cases', i];
      if (!isObject(c)) return void out.push(wrong(path, 'object', c));
      unknownKeys(c, CASE_KEYS, path, out);
      const before = out.length;
      if (!isText(c.name)) out.push(wrong([...path, 'name'], 'text', c.name));
      else if (names.has(c.name)) out.push({ path: [...path, 'name'], code: 'duplicate_id', message: { vi: `tên ca "${c.name}" trùng với ca thứ ${names.get(c.name)! + 1}`, en: `the case name "${c.name}" is the same as case ${names.get(c.name)! + 1}'s` }, id: c.name, first: ['cases', names.get(c.name)!, 'name'] });
      else names.set(c.name, i);
      if (c.ruleSet !== undefined && !isText(c.ruleSet)) out.push(wrong([...path, 'ruleSet'], 'text', c.ruleSet));
      if (c.date !== undefined && !(typeof c.date === 'string' && DATE.test(c.date))) out.push(wrong([...path, 'date'], 'date', c.date));
      if (c.ruleSet === undefined && data.ruleSet === undefined && !isFork && (data.model === undefined || (c.date ?? data.date) === undefined)) {
        out.push({ path: [...path, 'ruleSet'], code: 'missing', message: { vi: 'không biết chấm theo bộ tiêu chí nào: ghi "ruleSet" (ở đầu tệp hoặc ở ca), hoặc "model" và "date"', en: 'no rule set to score against: give "ruleSet" (for the file or the case), or "model" and "date"' } });
      }
      if (c.assessment === undefined) out.push({ path: [...path, 'assessment'], code: 'missing', message: { vi: 'thiếu "assessment" (phiếu đánh giá)', en: 'no "assessment" given' } });
      const expectation = checkExpect(c.expect, [...path, 'expect'], out);
      if (out.length === before && expectation) cases.push({ name: c.name as string, ...(c.ruleSet !== undefined ? { ruleSet: c.ruleSet as string } : {}), ...(c.date !== undefined ? { date: c.date as string } : {}), assessment: c.assessment as TestCase['assessment'], expect: expectation });
    });
  }
  if (out.length > 0) return { ok: false, issues: out };
  const value: Omit<CaseFile, 'file'> = {
    ...(data.ruleSet !== undefined ? { ruleSet: data.ruleSet as string } : {}),
    ...(data.model !== undefined ? { model: data.model as Model } : {}),
    ...(data.level !== undefined ? { level: data.level as Level } : {}),
    ...(data.date !== undefined ? { date: data.date as string } : {}),
    ...(isFork ? { fork: { base: data.base as string, meta: data.meta as Record<string, unknown>, patch: data.patch as Record<string, unknown> } } : {}),
    cases: cases as TestCase[],
  };
  return { ok: true, value };
}
