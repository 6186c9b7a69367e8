// The workbench: the year's work of a commune or province office in one page — sheets in; verdicts, summaries,
// decisions and reports out — built on the public entry points of vn-learning-society only. Nothing here knows the
// criteria: the rule set in force decides what a sheet's columns are, how a row scores and what a document says.
// The spreadsheet reader and writer (vn-learning-society/sheets) and the Word writer (vn-learning-society/documents)
// are loaded when first needed; everything runs in the browser, and nothing is sent anywhere.
import {
  compileRuleSet,
  indicatorsOf,
  LearningSocietyError,
  LEVEL_LABELS,
  listRuleSets,
  MODEL_LABELS,
  parseRuleSetFile,
  parseViNumber,
  pathText,
  ruleSetFor,
  summaryTable,
  Tally,
  targetsFor,
  unconfirmedValues,
  forkImpact,
  getRuleSet,
} from 'vn-learning-society';
import { listUnits } from 'vn-learning-society/units/2025';
import { progressChartSvg } from 'vn-learning-society/charts';
import { csvTable } from './csv.js';
import { TEXT } from './text.js';

const $ = (id) => document.getElementById(id);
const ISSUER_KEY = 'vn-learning-society.workbench.issuer';
const HAMLET_HEADINGS = ['thon', 'thon, ap', 'thon/ap', 'ap', 'ban', 'to dan pho', 'hamlet', 'village'];
const NAME_HEADINGS = ['ho ten chu ho', 'ho ten', 'ten', 'chu ho', 'ten chu ho', 'ten ho', 'name', 'head of household', 'household'];

const state = {
  lang: 'vi',
  year: new Date().getFullYear(),
  modelKey: 'learning-family',
  province: '',
  commune: '',
  national: undefined,
  fork: undefined,
  useFork: false,
  ruleSet: undefined,
  score: undefined,
  /** Files opened in step 3, as tables of cells, re-read when the rule set changes. */
  tables: [],
  /** Assessments changed in the page, by file and row: kept when the rows are read again (another rule set). */
  edits: new Map(),
  rows: [],
  problems: [],
  report: undefined,
  cases: undefined,
  impact: undefined,
  impactError: undefined,
};

const t = (key, ...args) => {
  const v = TEXT[state.lang][key];
  return typeof v === 'function' ? v(...args) : v;
};

/** Text for HTML: the five characters that matter escaped. */
function esc(value) {
  let out = '';
  for (const ch of String(value)) out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&#39;' : ch;
  return out;
}

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) node.append(child);
  return node;
}

/** The modules loaded when first needed: the spreadsheets (reader and writer) and the Word writer. */
let sheetsModule;
let documentsModule;
let casesModule;
const sheets = () => (sheetsModule ??= import('vn-learning-society/sheets'));
const cases = () => (casesModule ??= import('vn-learning-society/cases'));
const documents = () => (documentsModule ??= import('vn-learning-society/documents'));

/** An error in the page's language: the library's own words, with each issue's place. */
function errorNodes(error) {
  if (error instanceof LearningSocietyError) {
    return [
      el('p', { class: 'error', text: `${t('error')}: ${error.summary[state.lang]}` }),
      el('ul', {}, error.issues.slice(0, 50).map((i) => el('li', { text: `${i.path.length > 0 ? `${pathText(i.path)}: ` : ''}${i.message[state.lang]}` }))),
    ];
  }
  if (error && typeof error === 'object' && 'vi' in error && 'en' in error) return [el('p', { class: 'error', text: `${t('error')}: ${error[state.lang]}` })];
  return [el('p', { class: 'error', text: `${t('unexpected')} ${error instanceof Error ? error.message : String(error)}` })];
}

/** The errors shown, by the id of their box: shown again in the other language when it is switched. */
const shownErrors = new Map();

function showError(id, error) {
  if (error === undefined) shownErrors.delete(id);
  else shownErrors.set(id, error);
  $(id).replaceChildren(...(error === undefined ? [] : errorNodes(error)));
}

function notice(text) {
  $('notice').textContent = text;
}

/** Saves bytes as a download: a link to a blob, clicked; nothing leaves the machine. */
function download(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---------------------------------------------------------------------------------------------------------------
// 1. Year, model, place: the rule set in force

/** The models a sheet of one row per household, clan, hamlet or grass-roots unit is kept for. */
function modelChoices() {
  const seen = new Map();
  for (const r of listRuleSets()) {
    if (r.level !== undefined && r.level !== 'hamlet' && r.level !== 'grassroots') continue;
    const key = r.level ? `${r.model}/${r.level}` : r.model;
    if (!seen.has(key)) seen.set(key, { model: r.model, level: r.level });
  }
  return [...seen].map(([key, v]) => ({ key, ...v }));
}

function modelLabel(model, level) {
  return `${MODEL_LABELS[model][state.lang]}${level ? ` (${LEVEL_LABELS[level][state.lang]})` : ''}`;
}

function renderChoices() {
  const model = $('model');
  model.replaceChildren(...modelChoices().map((m) => el('option', { value: m.key, text: modelLabel(m.model, m.level) })));
  model.value = state.modelKey;
  const province = $('province');
  if (province.options.length === 0) {
    province.replaceChildren(...listUnits({ level: 'province' }).map((p) => el('option', { value: p.code, text: p.name })));
    province.value = state.province || province.options[0].value;
  }
  state.province = province.value;
  renderCommunes();
}

function renderCommunes() {
  const commune = $('commune');
  const list = listUnits({ level: 'commune', province: state.province });
  commune.replaceChildren(...list.map((c) => el('option', { value: c.code, text: c.name })));
  if (list.some((c) => c.code === state.commune)) commune.value = state.commune;
  state.commune = commune.value;
}

const communeName = () => $('commune').selectedOptions[0]?.textContent ?? state.commune;

function chooseRuleSet() {
  const [model, level] = state.modelKey.split('/');
  showError('setup-error', undefined);
  try {
    state.national = ruleSetFor(level ? { model, level } : model, `${state.year}-12-31`);
  } catch (e) {
    state.national = undefined;
    state.ruleSet = undefined;
    state.score = undefined;
    showError('setup-error', e);
    renderRuleSet();
    return rescoreAll();
  }
  if (state.fork && (state.fork.model !== state.national.model || state.fork.level !== state.national.level)) {
    state.fork = undefined;
    state.useFork = false;
    state.impact = undefined;
  }
  state.ruleSet = state.useFork && state.fork ? state.fork : state.national;
  state.score = compileRuleSet(state.ruleSet); // compiled once per rule set: every row and every edit only evaluates
  renderRuleSet();
  return rescoreAll();
}

function renderRuleSet() {
  const box = $('rule-set');
  const rs = state.ruleSet;
  if (!rs) {
    box.replaceChildren();
    return;
  }
  const lang = state.lang;
  const unconfirmed = unconfirmedValues(rs);
  const indicators = indicatorsOf(rs);
  box.replaceChildren(
    el('p', {}, [el('strong', { text: `${t(state.useFork ? 'usingFork' : 'inForce')}: ` }), el('span', { id: 'rule-set-title', text: rs.title[lang] }), ' ', el('code', { id: 'rule-set-id', text: rs.id })]),
    ...(state.useFork ? [el('p', {}, [el('button', { type: 'button', id: 'back-to-national', text: t('backToNational') })])] : []),
    el('details', {}, [
      el('summary', { text: `${t('criteria')} (${rs.criteria.length})` }),
      el('ul', {}, rs.criteria.map((c) => el('li', {}, [
        el('span', { text: c.label[lang] }),
        el('ul', {}, indicators.filter((i) => i.criterion === c.id).map((i) => el('li', { text: `${i.label[lang]}${i.maxPoints !== undefined ? ` (${t('maxPoints')} ${i.maxPoints} ${t('points')})` : ''}` }))),
      ]))),
    ]),
    el('details', {}, [
      el('summary', { text: `${t('sources')} (${rs.sources.length})` }),
      el('ul', {}, rs.sources.map((s) => el('li', { text: [s.document.number, s.document.title?.[lang], s.article].filter(Boolean).join(', ') }))),
    ]),
    el('details', { id: 'unconfirmed' }, [
      el('summary', { text: `${t('unconfirmed')} (${unconfirmed.length})` }),
      unconfirmed.length === 0 ? el('p', { text: t('noUnconfirmed') }) : el('ul', {}, unconfirmed.map((u) => el('li', { text: u.question[lang] }))),
    ]),
  );
  $('back-to-national')?.addEventListener('click', () => {
    state.useFork = false;
    chooseRuleSet();
    renderFork();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The blank sheet

async function downloadTemplate() {
  showError('template-error', undefined);
  try {
    const { assessmentTemplate, workbookBytes } = await sheets();
    const keep = state.lang === 'vi' ? ['Thôn', 'Họ tên chủ hộ'] : ['Hamlet', 'Head of household'];
    const bytes = await workbookBytes(assessmentTemplate(state.ruleSet, { lang: state.lang, keep }));
    download(bytes, `${state.lang === 'vi' ? 'phieu' : 'sheet'}-${state.ruleSet.id}.xlsx`, XLSX);
  } catch (e) {
    showError('template-error', e);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Sheets in: read, score, show

const isCsv = (name) => name.toLowerCase().endsWith('.csv') || name.toLowerCase().endsWith('.txt');

async function tableOf(file) {
  if (isCsv(file.name)) return csvTable(await file.text(), file.name);
  const { readWorkbook, pickSheet, findHeaderRow, indicatorOfHeading } = await sheets();
  const all = await readWorkbook(await file.arrayBuffer());
  const keyOf = indicatorOfHeading(state.ruleSet);
  // The form is the first sheet whose header names the rule set's indicators (the template's instructions are skipped).
  return pickSheet(all, undefined, (sheet) => {
    const at = findHeaderRow(sheet.rows, keyOf);
    return at !== undefined && sheet.rows[at].some((c) => typeof c === 'string' && keyOf(c) !== undefined);
  });
}

async function openSheets(files) {
  showError('sheets-error', undefined);
  if (files.length === 0) return;
  const started = performance.now();
  $('recognised-of').textContent = t('reading');
  const failures = [];
  for (const file of files) {
    try {
      const table = await tableOf(file);
      state.tables = state.tables.filter((x) => x.file !== file.name);
      for (const key of state.edits.keys()) if (key.startsWith(`${file.name}\u0000`)) state.edits.delete(key);
      state.tables.push({ file: file.name, table, csv: isCsv(file.name) });
    } catch (e) {
      failures.push({ file: file.name, e });
    }
  }
  await rescoreAll();
  state.failures = failures;
  renderFailures();
  // How long reading, scoring and showing took, for whoever measures (the end-to-end test prints it).
  $('sheets-status').dataset.ms = String(Math.round(performance.now() - started));
}

/** The files that could not be read, each with the library's reason. */
function renderFailures() {
  $('sheets-error').replaceChildren(...(state.failures ?? []).flatMap(({ file, e }) => [el('p', { class: 'file-name', text: file }), ...errorNodes(e)]));
}

/** The carried-through columns of a header: the hamlet's and the name's, whichever the sheet has. */
function keptHeadings(header, fold) {
  const find = (names) => header.find((h) => typeof h === 'string' && names.includes(fold(h)));
  return { hamlet: find(HAMLET_HEADINGS), name: find(NAME_HEADINGS) };
}

async function rescoreAll() {
  state.rows = [];
  state.problems = [];
  if (state.score && state.tables.length > 0) {
    const api = await sheets();
    for (const { file, table, csv } of state.tables) readTable(api, file, table, csv);
  }
  renderResults();
  renderSummary();
  if (state.fork) computeImpact();
  renderFork();
}

function readTable(api, file, table, csv) {
  const { assessmentReader, findHeaderRow, indicatorOfHeading, fold, isBlankCell } = api;
  const rs = state.ruleSet;
  const at = findHeaderRow(table.rows, indicatorOfHeading(rs));
  if (at === undefined) {
    const r = api.readAssessmentSheet(rs, table);
    for (const p of r.problems) state.problems.push({ file, ...p });
    return;
  }
  const kept = keptHeadings(table.rows[at], fold);
  const keep = [kept.hamlet, kept.name].filter((k) => k !== undefined);
  const reader = assessmentReader(rs, { keep });
  const headerProblems = reader.header(table.rows[at], at + 1);
  if (headerProblems.length > 0) {
    for (const p of headerProblems) state.problems.push({ file, ...p });
    return;
  }
  for (let r = at + 1; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (cells.every((c) => isBlankCell(c))) continue;
    // A CSV line with fewer cells than the header was cut short: said so, as the command line says it, not read as blanks.
    const width = table.rows[at].length;
    if (csv && cells.length < width) {
      const missing = table.rows[at].slice(cells.length).join(', ');
      state.problems.push({ file, row: r + 1, field: '', message: { vi: `dòng có ${cells.length} ô nhưng tiêu đề có ${width} cột; thiếu cột ${missing}`, en: `the row has ${cells.length} cells but the header has ${width} columns; missing ${missing}` } });
      continue;
    }
    const read = reader.row(cells, r + 1);
    if (!read.ok) {
      for (const p of read.problems) state.problems.push({ file, ...p });
      continue;
    }
    const { row } = read.value;
    const assessment = state.edits.get(`${file}\u0000${row}`) ?? read.value.assessment;
    const text = (heading) => (heading === undefined ? '' : String(read.value.kept[heading] ?? ''));
    const entry = { file, row, id: assessment.id ?? `#${row}`, hamlet: text(kept.hamlet), name: text(kept.name), assessment, result: undefined, cellOf: (path) => reader.cellOf(path, row) };
    scoreRow(entry);
    state.rows.push(entry);
  }
}

/** Scores one row; a row the rule set refuses keeps its problems, each at its cell. */
function scoreRow(entry) {
  const r = state.score.safe(entry.assessment);
  entry.result = r.success ? r.data : undefined;
  const field = (path) => (path.length >= 2 && (path[0] === 'points' || path[0] === 'facts') ? String(path[1]) : pathText(path));
  entry.issues = r.success ? [] : r.error.issues.map((i) => ({ cell: entry.cellOf(i.path)?.cell, field: field(i.path), message: i.message }));
}

function verdictText(row) {
  if (!row.result) return t('error');
  return row.result.recognized ? t('recognised') : t('notRecognised');
}

function rowHtml(row, k) {
  const e = row.result;
  const total = e && e.scale === 'points' ? `${e.total}/${e.maxTotal}` : e ? `${e.total}/${e.maxTotal}` : '';
  const shortfalls = e ? e.shortfalls.map((s) => s.message[state.lang]).join('; ') : row.issues.map((i) => `${i.cell ?? i.field}: ${i.message[state.lang]}`).join('; ');
  const verdict = e ? (e.recognized ? 'yes' : 'no') : 'invalid';
  return `<tr data-row="${k}"><td>${esc(row.file)}</td><th scope="row"><button type="button" class="link" data-edit="${k}" aria-label="${esc(`${t('edit')} ${row.id}`)}">${esc(row.id)}</button></th><td>${esc(row.hamlet)}</td><td>${esc(row.name)}</td><td class="num">${esc(total)}</td><td class="verdict" data-verdict="${verdict}">${esc(verdictText(row))}</td><td class="shortfalls">${esc(shortfalls)}</td><td>${e?.provisional ? esc(t('yes')) : ''}</td></tr>`;
}

function allProblems() {
  const scored = state.rows.flatMap((r) => r.issues.map((i) => ({ file: r.file, row: r.row, cell: i.cell, field: i.field, message: i.message })));
  return [...state.problems, ...scored];
}

function renderCounts() {
  const scored = state.rows.filter((r) => r.result);
  const recognised = scored.filter((r) => r.result.recognized).length;
  const provisional = scored.filter((r) => r.result.provisional).length;
  $('recognised-count').textContent = String(recognised);
  $('recognised-of').textContent = `${t('recognisedOf', scored.length)}.${provisional > 0 ? ` ${t('provisionalNote', provisional)}` : ''}`;
  const problems = allProblems();
  $('problem-count').textContent = String(problems.length);
  $('problems').tBodies[0].innerHTML = problems
    .slice(0, 2000)
    .map((p) => `<tr><td>${esc(p.file)}</td><td>${esc(p.cell ?? '')}</td><td>${esc(p.row)}</td><td>${esc(`${p.field ? `${p.field}: ` : ''}${p.message[state.lang]}`)}</td></tr>`)
    .join('');
  if (problems.length > 0) $('problems-box').open = true;
  $('download-results').disabled = scored.length === 0;
  $('download-summary').disabled = scored.length === 0;
}

function renderResults() {
  $('results-caption').textContent = `${t('results')}: ${t('caption', state.rows.length, state.rows.length)}`;
  // One row per assessment, all in the table: rows off screen are not laid out (content-visibility in style.css).
  $('results').tBodies[0].innerHTML = state.rows.map(rowHtml).join('');
  renderCounts();
}

// Editing one assessment in place: its values in a dialog, the verdict recomputed as they change.
let editing;

function valueText(n) {
  return state.lang === 'vi' ? String(n).replace('.', ',') : String(n);
}

function readNumber(text) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = state.lang === 'vi' ? parseViNumber(trimmed) : Number(trimmed);
  if (!Number.isFinite(value)) throw new Error('NaN');
  return value;
}

function openEditor(k) {
  const row = state.rows[k];
  if (!row) return;
  editing = k;
  const a = row.assessment;
  $('editor-title').textContent = `${t('edit')} ${row.id}${row.name ? ` — ${row.name}` : ''}`;
  $('editor-fields').replaceChildren(
    ...indicatorsOf(state.ruleSet).map((ind) => {
      const id = `e-${ind.id}`;
      const holder = a[ind.section] ?? {};
      const v = holder[ind.id];
      const label = el('label', { for: id, text: `${ind.label[state.lang]}${ind.maxPoints !== undefined ? ` (${t('maxPoints')} ${ind.maxPoints})` : ''}` });
      let input;
      if (ind.kind === 'boolean') input = el('input', { type: 'checkbox', id, checked: v === true });
      else if (ind.kind === 'ratio') {
        input = el('span', { class: 'ratio' }, [
          el('input', { type: 'text', inputmode: 'numeric', id, 'data-part': '', 'aria-label': `${ind.label[state.lang]}: ${t('part')}`, value: v ? valueText(v.part) : '' }),
          ' / ',
          el('input', { type: 'text', inputmode: 'numeric', 'data-whole': '', 'aria-label': `${ind.label[state.lang]}: ${t('whole')}`, value: v ? valueText(v.whole) : '' }),
        ]);
      } else input = el('input', { type: 'text', inputmode: 'decimal', id, value: v === undefined ? '' : valueText(v) });
      return el('div', { class: 'field', 'data-id': ind.id, 'data-kind': ind.kind, 'data-section': ind.section }, [label, input]);
    }),
  );
  updateEditor();
  $('editor').showModal();
}

function updateEditor() {
  const row = state.rows[editing];
  const assessment = { ...(row.assessment.id !== undefined ? { id: row.assessment.id } : {}), points: {}, facts: {} };
  const unreadable = [];
  for (const field of $('editor-fields').querySelectorAll('.field')) {
    const { id, kind, section } = field.dataset;
    try {
      if (kind === 'boolean') assessment.facts[id] = field.querySelector('input').checked;
      else if (kind === 'ratio') {
        const part = readNumber(field.querySelector('[data-part]').value);
        const whole = readNumber(field.querySelector('[data-whole]').value);
        if (part !== undefined && whole !== undefined) assessment.facts[id] = { part, whole };
      } else {
        const value = readNumber(field.querySelector('input').value);
        if (value !== undefined) assessment[section][id] = value;
      }
    } catch {
      unreadable.push(`${id}: ${t('notANumber', [...field.querySelectorAll('input')].map((i) => i.value).join(' / '))}`);
    }
  }
  if (unreadable.length > 0) {
    $('editor-verdict').textContent = t('error');
    $('editor-errors').replaceChildren(...unreadable.map((m) => el('li', { text: m })));
    return;
  }
  row.assessment = assessment;
  state.edits.set(`${row.file}\u0000${row.row}`, assessment);
  scoreRow(row);
  $('editor-errors').replaceChildren(...row.issues.map((i) => el('li', { text: `${i.field}: ${i.message[state.lang]}` })));
  const e = row.result;
  $('editor-verdict').textContent = e ? `${verdictText(row)} — ${e.total}/${e.maxTotal}` : t('error');
  const tr = $('results').tBodies[0].querySelector(`tr[data-row="${editing}"]`);
  if (tr) tr.outerHTML = rowHtml(row, editing);
  renderCounts();
  renderSummary();
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Summary by hamlet and commune, with the chart against the target

function populationValue() {
  const text = $('population').value.trim();
  if (text === '') return undefined;
  const n = parseViNumber(text);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function summaries() {
  const scored = state.rows.filter((r) => r.result);
  if (scored.length === 0 || !state.ruleSet) return undefined;
  const rs = state.ruleSet;
  const modelKey = rs.level ? `${rs.model}/${rs.level}` : rs.model;
  const tally = new Tally();
  const none = state.lang === 'vi' ? '(không ghi thôn)' : '(no hamlet)';
  for (const r of scored) tally.add({ province: state.province, commune: state.commune, hamlet: r.hamlet || none, model: rs.model, ...(rs.level ? { level: rs.level } : {}), recognized: r.result.recognized });
  let targets = [];
  try {
    targets = targetsFor(state.province, state.year);
  } catch {
    targets = [];
  }
  const population = populationValue();
  const options = { targets, lang: state.lang };
  const hamlets = summaryTable(tally, { ...options, level: 'hamlet' });
  const commune = summaryTable(tally, { ...options, level: 'commune', ...(population !== undefined ? { populations: { [state.commune]: { [modelKey]: population } } } : {}) });
  return { hamlets, commune, tally };
}

function renderSummary() {
  showError('summary-error', undefined);
  let s;
  try {
    s = summaries();
  } catch (e) {
    showError('summary-error', e);
    return;
  }
  if (!s) {
    $('summary').replaceChildren(el('p', { text: t('summaryNeedsSheets') }));
    $('chart').replaceChildren();
    return;
  }
  const lines = [...s.hamlets.rows, ...s.commune.rows.map((r) => ({ ...r, unit: communeName(), isCommune: true }))];
  const target = s.commune.rows[0]?.target;
  const head = [t('unit'), t('evaluated'), t('recognisedCol'), t('percent'), ...(target !== undefined ? [t('target'), t('needed')] : [])];
  $('summary').innerHTML = `<table id="summary-table"><caption>${esc(`${t('s4')} — ${modelLabel(state.ruleSet.model, state.ruleSet.level)}, ${state.year}`)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${lines
    .map((r) => `<tr${r.isCommune ? ' class="total"' : ''}><th scope="row">${esc(r.unit)}</th><td class="num">${r.population ?? r.evaluated}</td><td class="num">${r.recognized}</td><td class="num">${esc(r.printed ?? '—')}</td>${target !== undefined ? `<td class="num">${r.target}</td><td class="num">${r.needed}</td>` : ''}</tr>`)
    .join('')}</tbody></table>${target === undefined ? `<p>${esc(t('noTarget'))}</p>` : ''}`;
  const bars = lines.map((r) => ({ label: r.unit, part: r.recognized, whole: r.population ?? r.evaluated }));
  $('chart').innerHTML = progressChartSvg(bars.slice(0, 2000), { lang: state.lang, title: t('chartTitle', state.year), ...(target !== undefined ? { target } : {}) });
}

async function downloadResults() {
  showError('summary-error', undefined);
  try {
    const { workbookBytes } = await sheets();
    const vi = state.lang === 'vi';
    const headings = [t('file'), t('row'), t('colId'), t('colHamlet'), t('colName'), t('colTotal'), vi ? 'Điểm tối đa' : 'Max points', t('colVerdict'), t('colShortfalls'), t('colProvisional')];
    const rows = state.rows
      .filter((r) => r.result)
      .map((r) => [r.file, r.row, r.id, r.hamlet, r.name, r.result.total, r.result.maxTotal, verdictText(r), r.result.shortfalls.map((s) => s.message[state.lang]).join(' | '), r.result.provisional ? t('yes') : '']);
    const bytes = await workbookBytes([{ name: vi ? 'Kết quả' : 'Results', title: `${state.ruleSet.title[state.lang]} (${state.ruleSet.id})`, columns: headings.map((heading) => ({ heading })), rows }]);
    download(bytes, vi ? `ket-qua-${state.year}.xlsx` : `results-${state.year}.xlsx`, XLSX);
  } catch (e) {
    showError('summary-error', e);
  }
}

async function downloadSummary() {
  showError('summary-error', undefined);
  try {
    const { summarySheet, workbookBytes } = await sheets();
    const s = summaries();
    const vi = state.lang === 'vi';
    const title = `${modelLabel(state.ruleSet.model, state.ruleSet.level)} ${state.year}`;
    const bytes = await workbookBytes([
      { ...summarySheet(s.commune, { lang: state.lang, title: `${title}: ${communeName()}`, unitNames: { [state.commune]: communeName() } }), name: vi ? 'Xã' : 'Commune' },
      { ...summarySheet(s.hamlets, { lang: state.lang, title }), name: vi ? 'Theo thôn' : 'By hamlet' },
    ]);
    download(bytes, vi ? `tong-hop-${state.year}.xlsx` : `summary-${state.year}.xlsx`, XLSX);
  } catch (e) {
    showError('summary-error', e);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. The decision and the certificates

function issuerForm() {
  const f = Object.fromEntries(new FormData($('issuer')));
  const text = (k) => String(f[k] ?? '').trim();
  return {
    fields: f,
    issuer: {
      name: text('name'),
      ...(text('parent') ? { parent: text('parent') } : {}),
      place: text('place'),
      symbol: text('symbol'),
      signer: { ...(text('capacity') ? { capacity: text('capacity') } : {}), title: text('title'), name: text('signer') },
    },
    number: text('number'),
    date: text('date'),
  };
}

function rememberIssuer() {
  if (!$('remember').checked) return;
  const { fields } = issuerForm();
  const { number: _n, date: _d, ...kept } = fields;
  localStorage.setItem(ISSUER_KEY, JSON.stringify(kept));
}

function restoreIssuer() {
  let kept;
  try {
    kept = JSON.parse(localStorage.getItem(ISSUER_KEY) ?? 'null');
  } catch {
    kept = null;
  }
  if (!kept || typeof kept !== 'object') return;
  for (const [k, v] of Object.entries(kept)) {
    const input = $('issuer').elements.namedItem(k);
    if (input && typeof v === 'string') input.value = v;
  }
  $('remember').checked = true;
}

async function downloadDocument(kind) {
  showError('documents-error', undefined);
  $('documents-status').textContent = '';
  try {
    const { recognitionDecision, recognitionCertificates, documentToDocx } = await documents();
    const { issuer, number, date } = issuerForm();
    rememberIssuer();
    const entries = state.rows.filter((r) => r.result?.recognized).map((r) => ({ name: r.name || r.id, ...(r.hamlet ? { place: r.hamlet } : {}), evaluation: r.result }));
    const input = { ruleSet: state.ruleSet, year: state.year, date, ...(number ? { number } : {}), issuer, entries };
    const doc = kind === 'decision' ? recognitionDecision(input) : recognitionCertificates(input);
    const bytes = await documentToDocx(doc);
    const vi = state.lang === 'vi';
    const name = kind === 'decision' ? (vi ? `quyet-dinh-${state.year}.docx` : `decision-${state.year}.docx`) : vi ? `giay-cong-nhan-${state.year}.docx` : `certificates-${state.year}.docx`;
    download(bytes, name, DOCX);
    const status = $('documents-status');
    status.replaceChildren(el('p', { text: t('written', name) }));
    if (doc.draft) status.append(el('p', { class: 'warning', text: t('draftNote') }), el('ul', {}, (doc.warnings ?? []).map((w) => el('li', { text: w[state.lang] }))));
  } catch (e) {
    showError('documents-error', e);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. A report table checked

function cellShown(cell) {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return state.lang === 'vi' ? String(cell).replace('.', ',') : String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? t('yes') : '';
  return cell;
}

async function openReport(file) {
  showError('report-error', undefined);
  state.report = undefined;
  $('report-result').replaceChildren();
  if (!file) return;
  try {
    const api = await sheets();
    const table = isCsv(file.name) ? csvTable(await file.text(), file.name) : api.pickSheet(await api.readWorkbook(await file.arrayBuffer()));
    state.report = { file: file.name, table, verdict: api.verifyReportTable(table), columnLetter: api.columnLetter };
    renderReport();
  } catch (e) {
    showError('report-error', e);
  }
}

function renderReport() {
  const r = state.report;
  if (!r) return;
  const wrong = new Map(r.verdict.wrong.map((w) => [w.cell, w]));
  const rows = r.table.rows.slice(0, 500);
  const width = Math.max(0, ...rows.map((x) => x.length));
  const letters = Array.from({ length: width }, (_, i) => r.columnLetter(i));
  const grid = `<div class="scroll" tabindex="0" role="region" aria-label="${esc(r.file)}"><table id="report-table" class="sheet"><caption>${esc(r.file)}</caption><thead><tr><th scope="col"></th>${letters.map((l) => `<th scope="col">${l}</th>`).join('')}</tr></thead><tbody>${rows
    .map((cells, i) => `<tr><th scope="row">${i + 1}</th>${letters
      .map((l, j) => {
        const address = `${l}${i + 1}`;
        const w = wrong.get(address);
        const text = esc(cellShown(cells[j]));
        return w ? `<td class="wrong" data-cell="${address}"><mark>${text}</mark> <span class="right">→ ${esc(w.expected)}</span></td>` : `<td data-cell="${address}">${text}</td>`;
      })
      .join('')}</tr>`)
    .join('')}</tbody></table></div>`;
  const list = r.verdict.ok
    ? `<p id="report-verdict" class="ok">${esc(t('reportOk'))}</p>`
    : `<p id="report-verdict">${esc(t('reportWrong', r.verdict.wrong.length))}</p><table id="report-wrong"><thead><tr><th scope="col">${esc(t('cell'))}</th><th scope="col">${esc(t('stated'))}</th><th scope="col">${esc(t('expected'))}</th><th scope="col">${esc(t('why'))}</th></tr></thead><tbody>${r.verdict.wrong
        .map((w) => `<tr><th scope="row">${esc(w.cell)}</th><td>${esc(w.stated)}</td><td>${esc(w.expected)}</td><td>${esc(w.why[state.lang])}</td></tr>`)
        .join('')}</tbody></table>`;
  $('report-result').innerHTML = list + grid;
}

// ---------------------------------------------------------------------------------------------------------------
// 7. A province's fork: whom it would change on the sheets opened

async function openFork(file) {
  showError('fork-error', undefined);
  state.impact = undefined;
  if (!file) return;
  try {
    let json;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      throw { vi: `tệp ${file.name} không phải JSON hợp lệ (${e.message})`, en: `${file.name} is not valid JSON (${e.message})` };
    }
    const fork = parseRuleSetFile(json);
    if (state.national && (fork.model !== state.national.model || fork.level !== state.national.level)) {
      throw { vi: `bản phái sinh ${fork.id} là của mô hình ${modelLabel(fork.model, fork.level)}, không phải mô hình đã chọn`, en: `the fork ${fork.id} is of ${modelLabel(fork.model, fork.level)}, not the model chosen` };
    }
    state.fork = fork;
    computeImpact();
  } catch (e) {
    state.fork = undefined;
    showError('fork-error', e);
  }
  renderFork();
}

function computeImpact() {
  state.impactError = undefined;
  state.impact = undefined;
  if (!state.fork || !state.national || state.rows.length === 0) return;
  try {
    state.impact = forkImpact(state.national, state.fork, state.rows.map((r) => ({ ...r.assessment, id: r.id })), { maxIds: 200 });
  } catch (e) {
    state.impactError = e;
  }
}

function renderFork() {
  const box = $('fork-result');
  const fork = state.fork;
  if (!fork) {
    box.replaceChildren();
    return;
  }
  const lang = state.lang;
  const parts = [el('p', {}, [el('strong', { text: fork.title[lang] }), ' ', el('code', { text: fork.id })])];
  if (!state.useFork) parts.push(el('p', {}, [el('button', { type: 'button', id: 'use-fork', text: t('useFork') })]));
  const i = state.impact;
  if (state.impactError) showError('fork-error', state.impactError);
  if (!i) parts.push(el('p', { text: t('impactNeedsSheets') }));
  else {
    const ids = (list, count) => (count === 0 ? t('none') : `${count}: ${list.join(', ')}${count > list.length ? ' …' : ''}`);
    parts.push(
      el('p', { text: t('impact', i.forkId, i.baseId) }),
      el('dl', { id: 'impact' }, [
        el('dt', { text: t('verdictsChanged') }), el('dd', { id: 'impact-changed', text: String(i.verdictsChanged) }),
        el('dt', { text: t('gained') }), el('dd', { id: 'impact-gained', text: ids(i.gained, i.gainedCount) }),
        el('dt', { text: t('lost') }), el('dd', { id: 'impact-lost', text: ids(i.lost, i.lostCount) }),
        el('dt', { text: t('refused') }), el('dd', { text: i.refused.length === 0 ? t('none') : i.refused.map((x) => `${x.who}: ${x.message[lang]}`).join('; ') }),
        el('dt', { text: t('byRule') }), el('dd', { text: i.byRule.length === 0 ? t('none') : i.byRule.map((b) => `${b.rule}: +${b.gained} / −${b.lost}`).join('; ') }),
      ]),
    );
  }
  box.replaceChildren(...parts);
  $('use-fork')?.addEventListener('click', () => {
    state.useFork = true;
    chooseRuleSet().then(() => $('rule-set-id')?.focus());
  });
}

/** Test cases (a YAML file, as `vn-learning-society test` runs them) against the shipped rule sets and the fork opened. */
async function openCases(file) {
  showError('cases-error', undefined);
  state.cases = undefined;
  renderCases();
  if (!file) return;
  try {
    const { parseCaseFile, runCases, caseReportText } = await cases();
    const resolve = (ref) => (state.fork && ref === state.fork.id ? state.fork : getRuleSet(ref));
    const report = runCases(parseCaseFile(await file.text(), { fileName: file.name }), { resolve });
    state.cases = { report, text: caseReportText };
    renderCases();
  } catch (e) {
    showError('cases-error', e);
  }
}

function renderCases() {
  const c = state.cases;
  if (!c) {
    $('cases-result').replaceChildren();
    return;
  }
  $('cases-result').replaceChildren(
    el('p', { id: 'cases-summary', class: c.report.failed === 0 ? 'ok' : 'error', text: t('casesResult', c.report.passed, c.report.failed) }),
    el('pre', { id: 'cases-report', tabindex: '0', text: c.text(c.report, state.lang) }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Language, storage, wiring

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = `${t('title')} — vn-learning-society`;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  renderChoices();
  renderRuleSet();
  renderResults();
  renderSummary();
  renderReport();
  renderFork();
  renderCases();
  renderFailures();
  for (const [id, error] of shownErrors) showError(id, error);
}

function wire() {
  $('lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    applyLanguage();
  });
  $('year').addEventListener('change', (e) => {
    const y = Number(e.target.value);
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) {
      state.year = y;
      const date = $('issuer').elements.namedItem('date');
      if (!date.value || !date.value.startsWith(String(y))) date.value = `${y}-12-15`;
      chooseRuleSet();
    }
  });
  $('model').addEventListener('change', (e) => {
    state.modelKey = e.target.value;
    chooseRuleSet();
  });
  $('province').addEventListener('change', (e) => {
    state.province = e.target.value;
    renderCommunes();
    renderSummary();
  });
  $('commune').addEventListener('change', (e) => {
    state.commune = e.target.value;
    renderSummary();
  });
  $('population').addEventListener('input', renderSummary);
  $('download-template').addEventListener('click', downloadTemplate);
  $('sheets').addEventListener('change', (e) => openSheets([...e.target.files]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    openSheets([...(e.dataTransfer?.files ?? [])]);
  });
  $('results').addEventListener('click', (e) => {
    const button = e.target.closest('[data-edit]');
    if (button) openEditor(Number(button.dataset.edit));
  });
  $('editor-fields').addEventListener('input', updateEditor);
  $('editor').addEventListener('close', () => {
    const button = $('results').querySelector(`[data-edit="${editing}"]`);
    button?.focus();
  });
  $('download-results').addEventListener('click', downloadResults);
  $('download-summary').addEventListener('click', downloadSummary);
  $('download-decision').addEventListener('click', () => downloadDocument('decision'));
  $('download-certificates').addEventListener('click', () => downloadDocument('certificates'));
  $('remember').addEventListener('change', (e) => (e.target.checked ? rememberIssuer() : localStorage.removeItem(ISSUER_KEY)));
  $('issuer').addEventListener('submit', (e) => e.preventDefault());
  $('clear-stored').addEventListener('click', () => {
    localStorage.removeItem(ISSUER_KEY);
    $('remember').checked = false;
    $('issuer').reset();
    $('issuer').elements.namedItem('date').value = `${state.year}-12-15`;
    notice(t('cleared'));
  });
  $('report').addEventListener('change', (e) => openReport(e.target.files[0]));
  $('fork').addEventListener('change', (e) => openFork(e.target.files[0]));
  $('cases').addEventListener('change', (e) => openCases(e.target.files[0]));
}

async function start() {
  $('year').value = String(state.year);
  $('issuer').elements.namedItem('date').value = `${state.year}-12-15`;
  restoreIssuer();
  wire();
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  renderChoices();
  await chooseRuleSet();
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => (document.body.dataset.offline = 'ready'))
      .catch((e) => {
        // Without a service worker the workbench still works; only not offline.
        document.body.dataset.offline = 'unavailable';
        console.warn(e);
      });
  }
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  showError('setup-error', e);
  document.body.dataset.ready = 'true';
});
