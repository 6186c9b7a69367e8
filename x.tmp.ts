import { parseRuleSet, getRuleSet, checkUntrustedJson, LearningSocietyError } from './src/index.js';
function deep(depth: number, asObject: boolean): unknown { let v: unknown = 1; for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v]; return v; }
for (const [name, f] of [
  ['cuj arr', () => checkUntrustedJson(deep(100000, false))],
  ['cuj obj', () => checkUntrustedJson(deep(100000, true))],
  ['cuj text', () => checkUntrustedJson('['.repeat(200000) + ']'.repeat(200000))],
  ['rs', () => parseRuleSet({ ...getRuleSet('learning-family-khvn-2015'), notes: deep(100000, false) })],
] as const) {
  try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e instanceof LearningSocietyError ? 'typed: ' + e.issues[0]?.message.en : String(e), (e as Error).stack?.split('\n').slice(1, 6).join('\n')); }
}
