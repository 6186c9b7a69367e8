import { formatViDate, listRecognitionRules, readingStatus, type Lang, type RecognitionRule, type RuleSet } from 'vn-learning-society';

/** The days a document is in force, as a person reads them: `12/2/2024–30/6/2025`, `từ 1/7/2025` / `from 1/7/2025`. */
function period(from: string, to: string | undefined, lang: Lang): string {
  const d = (iso: string) => formatViDate(iso, { style: 'short' });
  if (to !== undefined) return `${d(from)}–${d(to)}`;
  return lang === 'vi' ? `từ ${d(from)}` : `from ${d(from)}`;
}

/** The recognition rules in force on some day the rule set is: their periods overlap. */
function rulesDuring(rs: RuleSet): RecognitionRule[] {
  const end = rs.validTo ?? '9999-12-31';
  return listRecognitionRules({ model: rs.model, ...(rs.level !== undefined ? { level: rs.level } : {}) }).filter(
    (r) => r.validFrom <= end && (r.validTo === undefined || r.validTo >= rs.validFrom),
  );
}

/**
 * What `rulesets show` says under the indicators of a rule set: who recognises under it, rule by rule over its
 * period, and, where the law leaves that unsettled, which reading is in effect and whether it is confirmed.
 */
export function recognitionLines(rs: RuleSet, lang: Lang): string[] {
  return rulesDuring(rs).map((rule) => {
    const status = readingStatus(rule);
    const head = lang === 'vi' ? `Công nhận (quy định ${rule.id}, ${period(rule.validFrom, rule.validTo, lang)})` : `Recognition (rule ${rule.id}, ${period(rule.validFrom, rule.validTo, lang)})`;
    const flag = status === undefined && (rule.uncertain ?? []).includes('recognizingAuthority') ? (lang === 'vi' ? ' (chưa được xác nhận)' : ' (not confirmed)') : '';
    return `${head}: ${rule.recognizingAuthority[lang]}${flag}${status ? ` — ${status.text[lang]}` : ''}`;
  });
}
