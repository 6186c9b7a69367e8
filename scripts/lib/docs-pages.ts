// The pages of docs/ that are generated from data/ (one source of truth): the sources page, in English and
// Vietnamese, and one page per shipped rule set in each language. `npm run docs:pages` writes them; a test checks that
// the files are up to date, so a change to data/ that is not written out fails the build.
import {
  citeSource,
  criterionMaxPoints,
  diffRuleSets,
  getRuleSet,
  indicatorMaxPoints,
  LEGAL_DOCUMENTS,
  LEVEL_LABELS,
  listRecognitionRules,
  listRuleSets,
  listTargets,
  MODEL_LABELS,
  numberText,
  RECURRING_EVENTS,
  ruleSetMaxPoints,
  type Indicator,
  type Label,
  type Lang,
  type LegalSource,
  type OutcomeRule,
  type RuleSet,
} from '../../src/index.js';
import { dayMonthYear as dmy } from '../../src/core/calendar-date/index.js';

const l = (vi: string, en: string): Label => ({ vi, en });
/** Text for a table cell: one line, no pipes. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const WARN = '⚠';

/** The words of the pages, in each language. */
const W = {
  generated: l(
    '<!-- Trang này được tạo từ data/ bằng `npm run docs:pages`; đừng sửa tay: sửa data/ rồi chạy lại lệnh. -->',
    '<!-- Generated from data/ by `npm run docs:pages`; do not edit by hand: change data/ and run it again. -->',
  ),
  ruleSets: l('Các bộ tiêu chí', 'Rule sets'),
  model: l('Mô hình', 'Model'),
  level: l('Cấp', 'Level'),
  jurisdiction: l('Phạm vi', 'Jurisdiction'),
  inForce: l('Hiệu lực', 'In force'),
  open: l('nay', 'open-ended'),
  file: l('Tệp dữ liệu', 'Data file'),
  forkOf: l('Bản phái sinh của', 'A fork of'),
  sources: l('Căn cứ', 'Sources'),
  criteria: l('Tiêu chí và chỉ báo', 'Criteria and indicators'),
  id: l('Mã', 'Id'),
  item: l('Tiêu chí / chỉ báo', 'Criterion / indicator'),
  scoring: l('Cách tính', 'How it is scored'),
  max: l('Tối đa', 'Max'),
  basis: l('Căn cứ', 'Basis'),
  total: l('Tổng điểm tối đa', 'Maximum total'),
  outcome: l('Công nhận và xếp loại', 'Recognition and classes'),
  title: l('Danh hiệu', 'Title'),
  recognisedWhen: l('Được công nhận khi', 'Recognised when'),
  classes: l('Xếp loại (từ cao xuống thấp)', 'Classes (best first)'),
  uncertain: l('Giá trị chưa chắc chắn', 'Uncertain values'),
  confirmed: l('Giá trị đã xác nhận từ văn bản', 'Values confirmed from a text'),
  uncertainIntro: l(
    `Các giá trị dưới đây (đánh dấu ${WARN}) chưa được đối chiếu với văn bản gốc; tỉnh có văn bản thì sửa bằng bản phái sinh, không cần sửa mã nguồn.`,
    `The values below (marked ${WARN}) are not yet confirmed against the original text; a province that has the text overrides them in a fork, with no code change.`,
  ),
  none: l('Không có.', 'None.'),
  notes: l('Ghi chú', 'Notes'),
  changes: l('Khác với bộ tiêu chí gốc', 'Changes from the base'),
  scaleTargets: l('Thang chỉ tiêu: mỗi chỉ báo đạt hoặc không đạt (hoặc mức độ đạt); không có tổng điểm chính thức.', 'A framework of targets: each indicator is met or not (or the level it reaches); there is no official total.'),
  readFrom: l('Đã đọc ở', 'Read from'),
  document: l('Văn bản', 'Document'),
  register: l('Danh mục căn cứ pháp lý (data/legal-sources/)', 'The register of legal sources (data/legal-sources/)'),
  targets: l('Bảng chỉ tiêu', 'Target tables'),
  recognition: l('Quy định công nhận', 'Recognition rules'),
  events: l('Ngày, sự kiện hằng năm', 'Recurring days and events'),
  page: l('Trang', 'Page'),
  count: l('Số giá trị chưa chắc chắn', 'Uncertain values'),
} as const;

const PAGE_TITLE = l('Nguồn của dữ liệu', 'Sources');
const INTRO = l(
  `Mỗi giá trị của dữ liệu đi kèm thư viện (thư mục \`data/\`) hoặc **đã được đối chiếu** với một văn bản nêu ở đây, hoặc được đánh dấu \`uncertain\` (${WARN}) và liệt kê bên dưới. Giá trị chưa chắc chắn vẫn là giá trị mặc định dùng được: tỉnh có văn bản thì sửa bằng bản phái sinh (\`forkRuleSet\`), không cần sửa mã nguồn. Gửi giá trị đã xác nhận kèm căn cứ thì đó là một thay đổi dữ liệu.`,
  `Each value of the shipped data (\`data/\`) is either **confirmed** from a source named here, or marked \`uncertain\` (${WARN}) and listed below. An uncertain value is still a working default: a province that has the text overrides it with \`forkRuleSet\`, with no code change. Report a confirmed value with its source and it becomes a data change.`,
);

function modelText(rs: { model: RuleSet['model']; level?: RuleSet['level'] }, lang: Lang): string {
  return `${MODEL_LABELS[rs.model][lang]}${rs.level ? ` (${LEVEL_LABELS[rs.level][lang]})` : ''}`;
}

function period(from: string, to: string | undefined, lang: Lang): string {
  return `${dmy(from)} – ${to ? dmy(to) : W.open[lang]}`;
}

function points(n: number, lang: Lang): string {
  return numberText(n, lang);
}

/** How an indicator is scored, in words. */
function scoring(ind: Indicator, rs: RuleSet, lang: Lang): string {
  const targets = rs.scale === 'targets';
  const vi = lang === 'vi';
  const pt = (n: number) => `${points(n, lang)}${targets ? '' : vi ? ' điểm' : ' pt'}`;
  switch (ind.kind) {
    case 'judged': {
      const step = ind.step ?? 1 / (rs.pointDenominator ?? 1);
      if (targets) return vi ? `Người đánh giá xác định mức 0–${ind.maxPoints}` : `Judged: level 0–${ind.maxPoints}`;
      return vi ? `Người đánh giá cho 0–${points(ind.maxPoints, lang)} điểm (bước ${points(step, lang)})` : `Judged: 0–${points(ind.maxPoints, lang)} points (step ${points(step, lang)})`;
    }
    case 'boolean':
      if (targets) return vi ? 'Đạt / không đạt' : 'Met or not';
      return vi ? `Có: ${pt(ind.points)}; không: 0` : `Yes: ${pt(ind.points)}; no: 0`;
    case 'count': {
      const unit = ind.unit ? ` ${ind.unit[lang]}` : '';
      return ind.bands.map((b) => `≥ ${b.atLeast}${unit}: ${targets ? (vi ? `mức ${b.points}` : `level ${b.points}`) : pt(b.points)}`).join('; ');
    }
    case 'ratio': {
      const bands = ind.bands.map((b) => `≥ ${numberText(b.atLeastPercent, lang)}%: ${targets ? (vi ? `mức ${b.points}` : `level ${b.points}`) : pt(b.points)}`);
      const share = vi ? `${ind.part.vi} / ${ind.whole.vi}` : `${ind.part.en} / ${ind.whole.en}`;
      const zero = ind.whenWholeIsZero !== undefined ? (vi ? `; không có đối tượng: ${pt(ind.whenWholeIsZero)}` : `; nobody to count: ${pt(ind.whenWholeIsZero)}`) : '';
      const rollup = ind.rollup
        ? vi
          ? ` (tổng hợp từ kết quả “${MODEL_LABELS[ind.rollup.model].vi}” cấp dưới)`
          : ` (rolled up from the “${MODEL_LABELS[ind.rollup.model].en}” results below)`
        : '';
      return `${share}: ${bands.join('; ')}${zero}${rollup}`;
    }
  }
}

/** A rule of recognition or of a class, in words. */
function ruleText(rule: OutcomeRule, rs: RuleSet, lang: Lang): string {
  const vi = lang === 'vi';
  const critLabel = (id: string) => rs.criteria.find((c) => c.id === id)?.label[lang] ?? id;
  const indLabel = (id: string) => rs.criteria.flatMap((c) => c.indicators).find((i) => i.id === id)?.label[lang] ?? id;
  const least = (p: number | undefined, pct: number | undefined) =>
    p !== undefined ? (vi ? `ít nhất ${points(p, lang)} điểm` : `at least ${points(p, lang)} points`) : vi ? `ít nhất ${numberText(pct!, lang)}% số điểm tối đa` : `at least ${numberText(pct!, lang)}% of its maximum`;
  switch (rule.kind) {
    case 'min-total':
      return vi ? `Tổng điểm ít nhất ${points(rule.points, lang)}` : `A total of at least ${points(rule.points, lang)} points`;
    case 'min-criterion':
      return vi ? `Tiêu chí “${critLabel(rule.criterion)}” đạt ${least(rule.points, rule.percent)}` : `Criterion “${critLabel(rule.criterion)}” reaches ${least(rule.points, rule.percent)}`;
    case 'min-each-criterion':
      return vi ? `Mọi tiêu chí đạt ít nhất ${numberText(rule.percent, lang)}% số điểm tối đa của tiêu chí` : `Every criterion reaches at least ${numberText(rule.percent, lang)}% of its maximum`;
    case 'mandatory-indicator':
      return vi
        ? `Chỉ báo bắt buộc “${indLabel(rule.indicator)}”${rule.points !== undefined ? ` đạt ít nhất ${points(rule.points, lang)} điểm` : ' đạt điểm tối đa'}`
        : `Mandatory indicator “${indLabel(rule.indicator)}”${rule.points !== undefined ? ` reaches at least ${points(rule.points, lang)} points` : ' reaches its maximum'}`;
    case 'min-each-indicator': {
      const which = rule.indicators ? rule.indicators.map((id) => `\`${id}\``).join(', ') : vi ? 'mọi chỉ báo' : 'every indicator';
      const what = rs.scale === 'targets' && rule.points !== undefined ? (vi ? `đạt mức ${rule.points}` : `at level ${rule.points}`) : least(rule.points, rule.percent);
      return vi ? `${rule.indicators ? `Các chỉ báo ${which}` : 'Mọi chỉ báo'} ${what}` : `${rule.indicators ? `Indicators ${which}` : 'Every indicator'} ${what}`;
    }
    case 'class-reached': {
      const cl = rs.outcome.classes?.find((c) => c.id === rule.class);
      return vi ? `Đạt “${cl?.label.vi ?? rule.class}”` : `“${cl?.label.en ?? rule.class}” is reached`;
    }
  }
}

/** Where a criterion or indicator comes from: the document's number (or id) and the article. */
function articleOf(ref: { ref: string; article?: string } | undefined, rs: RuleSet): string {
  if (!ref) return '';
  const src = rs.sources.find((s) => s.id === ref.ref);
  return `${src?.document.number ?? ref.ref}${ref.article ? `, ${ref.article}` : ''}`;
}

function sourceLine(s: LegalSource, lang: Lang): string {
  const c = citeSource(s);
  const urls = s.urls?.length ? ` — ${W.readFrom[lang]}: ${s.urls.map((u) => `<${u}>`).join(', ')}` : '';
  const note = s.note ? ` ${s.note[lang]}` : '';
  return `- ${c[lang]}${s.uncertain ? ` ${WARN}` : ''}.${note}${urls}`;
}

/** The question an uncertain element asks, after a dash. */
function asks(el: { readonly question?: { vi: string; en: string } }, lang: Lang): string {
  return el.question ? ` — ${lang === 'vi' ? 'cần xác nhận' : 'to confirm'}: ${el.question[lang]}` : '';
}

/** Every uncertain value of a rule set: what it is, where, and the question a person must answer from the text. */
export function uncertainValues(rs: RuleSet, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of rs.criteria) {
    if (c.uncertain) out.push(`${c.label[lang]} (\`${c.id}\`): ${lang === 'vi' ? 'nội dung và điểm của tiêu chí' : 'the items and points of the criterion'}${asks(c, lang)}`);
    for (const i of c.indicators) if (i.uncertain) out.push(`${i.label[lang]} (\`${i.id}\`): ${scoring(i, rs, lang)}${asks(i, lang)}`);
  }
  const rules = [...rs.outcome.rules.map((r) => ({ r, cl: undefined as string | undefined })), ...(rs.outcome.classes ?? []).flatMap((cl) => cl.rules.map((r) => ({ r, cl: cl.label[lang] })))];
  for (const { r, cl } of rules) if (r.uncertain) out.push(`${cl ? `${cl}: ` : ''}${ruleText(r, rs, lang)} (\`${r.id}\`)${asks(r, lang)}`);
  for (const cl of rs.outcome.classes ?? []) if (cl.uncertain) out.push(`${cl.label[lang]} (\`${cl.id}\`)${asks(cl, lang)}`);
  for (const s of rs.sources) if (s.uncertain) out.push(`${citeSource(s)[lang]}`);
  return out;
}

/** Every value of a rule set confirmed from a text: what, from where (quote), by whom and when. */
export function confirmedValues(rs: RuleSet, lang: Lang): string[] {
  type El = { readonly id: string; readonly label?: { vi: string; en: string }; readonly confirmed?: { ref: string; article?: string; quote: string; by: string; on: string } };
  const els: El[] = [...rs.criteria.flatMap((c) => [c, ...c.indicators]), ...rs.outcome.rules, ...(rs.outcome.classes ?? []).flatMap((cl) => [cl, ...cl.rules])];
  return els.flatMap((el) => {
    const c = el.confirmed;
    if (!c) return [];
    const what = el.label ? `${el.label[lang]} (\`${el.id}\`)` : `\`${el.id}\``;
    const from = `\`${c.ref}\`${c.article ? `, ${c.article}` : ''}`;
    return [lang === 'vi' ? `${what}: xác nhận từ ${from}: “${c.quote}” (${c.by}, ${dmy(c.on)})` : `${what}: confirmed from ${from}: “${c.quote}” (${c.by}, ${dmy(c.on)})`];
  });
}

function ruleSetPage(rs: RuleSet, lang: Lang): string {
  const lines: string[] = [];
  const base = rs.derivedFrom ? getRuleSet(rs.derivedFrom.id) : undefined;
  lines.push('---', `title: "${rs.id}"`, '---', '', W.generated[lang], '', `# ${rs.title[lang]}`, '');
  lines.push(`- ${W.id[lang]}: \`${rs.id}\``);
  lines.push(`- ${W.model[lang]}: ${modelText(rs, lang)}`);
  lines.push(`- ${W.jurisdiction[lang]}: ${rs.jurisdiction.name[lang]} (\`${rs.jurisdiction.code}\`)`);
  lines.push(`- ${W.inForce[lang]}: ${period(rs.validFrom, rs.validTo, lang)}`);
  lines.push(`- ${W.file[lang]}: [\`data/rule-sets/${rs.id}.json\`](../../../data/rule-sets/${rs.id}.json)`);
  if (base) lines.push(`- ${W.forkOf[lang]}: [\`${base.id}\`](${base.id}.md)${rs.derivedFrom?.note ? ` — ${rs.derivedFrom.note[lang]}` : ''}`);
  lines.push('', `## ${W.sources[lang]}`, '', ...rs.sources.map((s) => sourceLine(s, lang)), '');
  lines.push(`## ${W.criteria[lang]}`, '');
  if (rs.scale === 'targets') lines.push(W.scaleTargets[lang], '');
  lines.push(`| ${W.id[lang]} | ${W.item[lang]} | ${W.scoring[lang]} | ${W.max[lang]} | ${W.basis[lang]} |`, '|---|---|---|---|---|');
  const den = rs.pointDenominator ?? 1;
  for (const c of rs.criteria) {
    lines.push(`| **\`${c.id}\`** | **${cell(c.label[lang])}**${c.uncertain ? ` ${WARN}` : ''} |  | **${points(criterionMaxPoints(c, den), lang)}** | ${cell(articleOf(c.source, rs))} |`);
    for (const i of c.indicators) {
      lines.push(`| \`${i.id}\` | ${cell(i.label[lang])}${i.uncertain ? ` ${WARN}` : ''} | ${cell(scoring(i, rs, lang))} | ${points(indicatorMaxPoints(i), lang)} | ${cell(articleOf(i.source, rs))} |`);
    }
  }
  if (rs.scale !== 'targets') lines.push('', `${W.total[lang]}: **${points(ruleSetMaxPoints(rs), lang)}**.`);
  lines.push('', `## ${W.outcome[lang]}`, '', `${W.title[lang]}: **${rs.outcome.title[lang]}**.`, '', `${W.recognisedWhen[lang]}:`, '');
  for (const r of rs.outcome.rules) lines.push(`- ${ruleText(r, rs, lang)}${r.uncertain ? ` ${WARN}` : ''} (\`${r.id}\`)`);
  if (rs.outcome.classes?.length) {
    lines.push('', `${W.classes[lang]}:`, '');
    for (const cl of rs.outcome.classes) {
      lines.push(`- **${cl.label[lang]}** (\`${cl.id}\`)${cl.uncertain ? ` ${WARN}` : ''}: ${cl.rules.map((r) => `${ruleText(r, rs, lang)}${r.uncertain ? ` ${WARN}` : ''}`).join('; ')}`);
    }
  }
  const uncertain = uncertainValues(rs, lang);
  lines.push('', `## ${W.uncertain[lang]}`, '', uncertain.length ? W.uncertainIntro[lang] : W.none[lang]);
  if (uncertain.length) lines.push('', ...uncertain.map((u) => `- ${cell(u)}`));
  const confirmed = confirmedValues(rs, lang);
  if (confirmed.length) lines.push('', `## ${W.confirmed[lang]}`, '', ...confirmed.map((c) => `- ${cell(c)}`));
  // The notes of the rule set, then those written on a criterion, indicator, rule or class.
  const nodeNotes = [
    ...rs.criteria.flatMap((c) => [c, ...c.indicators]),
    ...rs.outcome.rules,
    ...(rs.outcome.classes ?? []).flatMap((cl) => [cl, ...cl.rules]),
  ].flatMap((n) => ('note' in n && n.note ? [`- \`${n.id}\`: ${n.note[lang]}`] : []));
  if (rs.notes?.length || nodeNotes.length) {
    lines.push('', `## ${W.notes[lang]}`, '', ...(rs.notes ?? []).map((n) => `- ${n.uncertain ? `${WARN} ` : ''}${n.about ? `\`${n.about}\`: ` : ''}${n.text[lang]}`), ...nodeNotes);
  }
  if (base) {
    lines.push('', `## ${W.changes[lang]} (\`${base.id}\`)`, '');
    for (const ch of diffRuleSets(base, rs)) if (!ch.path.startsWith('derivedFrom')) lines.push(`- ${cell(ch.message[lang])}`);
  }
  return `${lines.join('\n')}\n`;
}

function ruleSetIndex(all: readonly RuleSet[], lang: Lang): string {
  const lines = ['---', `title: ${lang === 'vi' ? '"Các bộ tiêu chí (tiếng Việt)"' : '"Rule sets (English)"'}`, '---', '', W.generated[lang], '', `# ${W.ruleSets[lang]}`, ''];
  lines.push(lang === 'vi' ? 'Mỗi bộ tiêu chí đi kèm thư viện, một trang: tiêu chí, điểm, ngưỡng, căn cứ và giá trị chưa chắc chắn. [English](../../en/rule-sets/README.md).' : 'One page per shipped rule set: criteria, points, thresholds, sources and uncertain values. [Tiếng Việt](../../vi/rule-sets/README.md).', '');
  lines.push(`| ${W.id[lang]} | ${W.model[lang]} | ${W.inForce[lang]} | ${W.count[lang]} |`, '|---|---|---|---|');
  for (const rs of all) lines.push(`| [\`${rs.id}\`](${rs.id}.md) | ${modelText(rs, lang)} | ${period(rs.validFrom, rs.validTo, lang)} | ${uncertainValues(rs, lang).length} |`);
  return `${lines.join('\n')}\n`;
}

function sourcesPage(all: readonly RuleSet[], lang: Lang): string {
  const lines = ['---', `title: ${PAGE_TITLE[lang]}`, '---', '', W.generated[lang], '', `# ${PAGE_TITLE[lang]}`, '', INTRO[lang], ''];
  lines.push(lang === 'vi' ? `[English](../sources.md).` : `[Tiếng Việt](vi/sources.md).`, '');
  const rel = lang === 'vi' ? '' : `${lang}/`;
  lines.push(`## ${W.register[lang]}`, '', `| ${W.id[lang]} | ${W.document[lang]} | ${W.readFrom[lang]} |`, '|---|---|---|');
  for (const s of LEGAL_DOCUMENTS) {
    const urls = (s.urls ?? []).map((u) => `<${u}>`).join('<br>');
    lines.push(`| \`${s.id}\` | ${cell(citeSource(s)[lang])}${s.uncertain ? ` ${WARN}` : ''}${s.note ? `. ${cell(s.note[lang])}` : ''} | ${urls} |`);
  }
  lines.push('', `## ${W.ruleSets[lang]}`, '', `| ${W.id[lang]} | ${W.model[lang]} | ${W.inForce[lang]} | ${W.sources[lang]} | ${W.count[lang]} |`, '|---|---|---|---|---|');
  for (const rs of all) {
    lines.push(`| [\`${rs.id}\`](${rel}rule-sets/${rs.id}.md) | ${modelText(rs, lang)} | ${period(rs.validFrom, rs.validTo, lang)} | ${rs.sources.map((s) => `\`${s.id}\``).join(', ')} | ${uncertainValues(rs, lang).length} |`);
  }
  lines.push('', `## ${W.uncertain[lang]}`, '', W.uncertainIntro[lang]);
  for (const rs of all) {
    const u = uncertainValues(rs, lang);
    const notes = (rs.notes ?? []).filter((n) => n.uncertain);
    if (u.length === 0 && notes.length === 0) continue;
    lines.push('', `### [${rs.title[lang]}](${rel}rule-sets/${rs.id}.md)`, '');
    lines.push(...notes.map((n) => `- ${n.text[lang]}`), ...u.map((x) => `- ${WARN} ${cell(x)}`));
  }
  const confirmed = all.flatMap((rs) => confirmedValues(rs, lang).map((c) => `- [\`${rs.id}\`](${rel}rule-sets/${rs.id}.md): ${cell(c)}`));
  if (confirmed.length) lines.push('', `## ${W.confirmed[lang]}`, '', ...confirmed);
  lines.push('', `## ${W.targets[lang]}`, '');
  for (const t of listTargets()) {
    const u = t.targets.filter((x) => x.uncertain);
    lines.push(`- **${t.title[lang]}** (\`${t.id}\`, ${t.jurisdiction.name[lang]}): ${t.targets.length} ${lang === 'vi' ? 'chỉ tiêu' : 'targets'}${u.length ? `; ${WARN} ${u.map((x) => `\`${x.id}\``).join(', ')}` : ''}${(t.notes ?? []).filter((n) => n.uncertain).map((n) => `; ${WARN} ${n.text[lang]}`).join('')}`);
  }
  lines.push('', `## ${W.recognition[lang]}`, '');
  for (const r of listRecognitionRules()) {
    const notes = (r.notes ?? []).filter((n) => n.uncertain).map((n) => n.text[lang]);
    lines.push(`- **${r.title[lang]}** (\`${r.id}\`, ${period(r.validFrom, r.validTo, lang)}): ${lang === 'vi' ? 'quyết định' : 'decided by'} ${r.recognizingAuthority[lang]}${r.uncertain?.length ? `; ${WARN} ${r.uncertain.map((f) => `\`${f}\``).join(', ')}` : ''}${notes.length ? `. ${notes.join(' ')}` : ''}`);
  }
  lines.push('', `## ${W.events[lang]}`, '');
  for (const e of RECURRING_EVENTS) lines.push(`- **${e.label[lang]}**: ${e.basis[lang]}${e.uncertain ? ` ${WARN}${e.note ? ` ${e.note[lang]}` : ''}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** Every generated page, by its path from the repository's root. */
export function docsPages(): Map<string, string> {
  const all = listRuleSets();
  const pages = new Map<string, string>();
  pages.set('docs/sources.md', sourcesPage(all, 'en'));
  pages.set('docs/vi/sources.md', sourcesPage(all, 'vi'));
  for (const lang of ['en', 'vi'] as const) {
    pages.set(`docs/${lang}/rule-sets/README.md`, ruleSetIndex(all, lang));
    for (const rs of all) pages.set(`docs/${lang}/rule-sets/${rs.id}.md`, ruleSetPage(rs, lang));
  }
  return pages;
}
