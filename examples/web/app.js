// An assessment form rendered from a rule set and scored as the user types, in the browser, with the package's
// ESM build. Nothing here knows the criteria: the fields come from assessmentJsonSchema(ruleSet), the verdict and
// its explanation from the compiled rule set. Serve the repository root and open /examples/web/ (npm run web).
import {
  assessmentJsonSchema,
  compileRuleSet,
  explainEvaluation,
  getRuleSet,
  listRuleSets,
  parseViNumber,
  pathText,
} from '../../dist/index.js';

const TEXT = {
  vi: {
    heading: 'Phiếu đánh giá',
    ruleSet: 'Bộ tiêu chí',
    language: 'Ngôn ngữ',
    recognized: 'ĐẠT',
    notRecognized: 'CHƯA ĐẠT',
    invalid: 'PHIẾU CHƯA HỢP LỆ',
    points: 'điểm',
    targets: 'chỉ tiêu đạt',
    part: 'số đạt',
    whole: 'tổng số',
    notANumber: (text) => `"${text}" không phải là số`,
    classification: 'Xếp loại',
  },
  en: {
    heading: 'Assessment form',
    ruleSet: 'Rule set',
    language: 'Language',
    recognized: 'RECOGNISED',
    notRecognized: 'NOT RECOGNISED',
    invalid: 'THE FORM HAS ERRORS',
    points: 'points',
    targets: 'targets met',
    part: 'part',
    whole: 'whole',
    notANumber: (text) => `"${text}" is not a number`,
    classification: 'Class',
  },
};

const $ = (id) => document.getElementById(id);
const state = { lang: 'vi', ruleSet: null, score: null };

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

/** Reads a number as typed: the Vietnamese way ("7,5", "1.043") in Vietnamese, the English way in English. */
function readNumber(text) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = state.lang === 'vi' ? parseViNumber(trimmed) : Number(trimmed);
  if (!Number.isFinite(value)) throw new Error('NaN');
  return value;
}

function renderRuleSetChoice() {
  const select = $('rule-set');
  const current = select.value || 'learning-family-khvn-2021';
  select.replaceChildren(...listRuleSets().map((r) => el('option', { value: r.id, text: `${r.title[state.lang]} [${r.id}]` })));
  select.value = current;
}

function renderForm() {
  const lang = state.lang;
  const ruleSet = state.ruleSet;
  const schema = assessmentJsonSchema(ruleSet);
  const fields = { ...schema.properties.points.properties, ...schema.properties.facts.properties };
  const form = $('form');
  form.replaceChildren(
    ...ruleSet.criteria.map((criterion) =>
      el('fieldset', { 'data-criterion': criterion.id }, [
        el('legend', { text: criterion.label[lang] }),
        ...criterion.indicators.map((indicator) => {
          const f = fields[indicator.id];
          const kind = f['x-kind'];
          const label = el('label', { for: `f-${indicator.id}`, text: f['x-label'][lang] });
          let input;
          if (kind === 'boolean') input = el('input', { type: 'checkbox', id: `f-${indicator.id}` });
          else if (kind === 'ratio') {
            input = el('span', { class: 'ratio' }, [
              el('input', { type: 'text', inputmode: 'numeric', id: `f-${indicator.id}`, 'data-part': '', 'aria-label': TEXT[lang].part }),
              ' / ',
              el('input', { type: 'text', inputmode: 'numeric', 'data-whole': '', 'aria-label': TEXT[lang].whole }),
            ]);
          } else {
            const hint = kind === 'judged' ? `0–${f.maximum}` : '';
            input = el('input', { type: 'text', inputmode: 'decimal', id: `f-${indicator.id}`, placeholder: hint });
          }
          return el('div', { class: 'field', 'data-id': indicator.id, 'data-kind': kind, 'data-section': kind === 'judged' ? 'points' : 'facts' }, [label, input]);
        }),
      ]),
    ),
  );
}

/** The assessment as typed, and the fields that could not be read at all. */
function readForm() {
  const assessment = { id: 'form', points: {}, facts: {} };
  const unreadable = [];
  for (const field of document.querySelectorAll('.field')) {
    const { id, kind, section } = field.dataset;
    try {
      if (kind === 'boolean') {
        assessment.facts[id] = field.querySelector('input').checked;
      } else if (kind === 'ratio') {
        const part = readNumber(field.querySelector('[data-part]').value);
        const whole = readNumber(field.querySelector('[data-whole]').value);
        if (part !== undefined && whole !== undefined) assessment.facts[id] = { part, whole };
      } else {
        const value = readNumber(field.querySelector('input').value);
        if (value !== undefined) assessment[section][id] = value;
      }
    } catch {
      const typed = [...field.querySelectorAll('input')].map((i) => i.value).join(' / ');
      unreadable.push({ id, path: [section, id], message: TEXT[state.lang].notANumber(typed) });
    }
  }
  return { assessment, unreadable };
}

function showErrors(errors) {
  $('status').dataset.state = 'invalid';
  $('status').textContent = TEXT[state.lang].invalid;
  $('total').textContent = '';
  $('explanation').textContent = '';
  $('errors').replaceChildren(...errors.map((e) => el('li', { text: `${pathText(e.path)}: ${e.message}` })));
  for (const e of errors) document.querySelector(`.field[data-id="${CSS.escape(String(e.path[1]))}"]`)?.classList.add('invalid');
}

function update() {
  const lang = state.lang;
  for (const f of document.querySelectorAll('.field.invalid')) f.classList.remove('invalid');
  const { assessment, unreadable } = readForm();
  if (unreadable.length > 0) return showErrors(unreadable);
  const result = state.score.safe(assessment);
  if (!result.success) {
    return showErrors(result.error.issues.map((i) => ({ path: i.path, message: i.message[lang] })));
  }
  const e = result.data;
  $('errors').replaceChildren();
  $('status').dataset.state = e.recognized ? 'recognized' : 'not-recognized';
  $('status').textContent = e.recognized ? TEXT[lang].recognized : TEXT[lang].notRecognized;
  const unit = e.scale === 'points' ? TEXT[lang].points : TEXT[lang].targets;
  const cls = e.classification ? ` · ${TEXT[lang].classification}: ${e.classification.label[lang]}` : '';
  $('total').textContent = `${e.total}/${e.maxTotal} ${unit}${cls}`;
  $('explanation').textContent = explainEvaluation(e, { lang });
}

function selectRuleSet(id) {
  state.ruleSet = getRuleSet(id);
  state.score = compileRuleSet(state.ruleSet); // compiled once per rule set; every keystroke only evaluates
  renderForm();
  update();
}

function setLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[lang][node.dataset.text];
  const typed = [...document.querySelectorAll('#form input')].map((i) => (i.type === 'checkbox' ? i.checked : i.value));
  renderRuleSetChoice();
  renderForm();
  [...document.querySelectorAll('#form input')].forEach((i, k) => (i.type === 'checkbox' ? (i.checked = typed[k]) : (i.value = typed[k])));
  update();
}

$('form').addEventListener('input', update);
$('rule-set').addEventListener('change', (event) => selectRuleSet(event.target.value));
$('lang').addEventListener('change', (event) => setLanguage(event.target.value));
renderRuleSetChoice();
selectRuleSet($('rule-set').value);
document.body.dataset.ready = 'true';
