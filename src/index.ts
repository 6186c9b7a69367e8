/**
 * vn-learning-society: rules as code for Vietnam's learning-society programme (xã hội học tập).
 *
 * Official criteria are data (rule sets); one small interpreter scores assessments against them and explains
 * the outcome in Vietnamese and English.
 *
 * The exports below are grouped by layer, lowest first: core (labels, errors, numbers, dates, untrusted input),
 * document (jurisdictions, dated entries, legal sources, fork, diff, in force), rules (rule sets, assessments,
 * evaluation, explanation, roll-up), programme (targets, tallies, verification, yearbooks, plans, schedules,
 * nominations, recognition, citations) and catalogue (the shipped data in `data/`).
 *
 * @packageDocumentation
 */

// ── core ─────────────────────────────────────────────────────────────────────────────────────────────────────────
export { LANGS, numberText, type Label, type Lang } from './core/label/index.js';
export {
  LearningSocietyError,
  pathText,
  type AboveMaxIssue,
  type DuplicateIdIssue,
  type ErrorCode,
  type Issue,
  type IssueBase,
  type IssueCode,
  type IssueCodeWithFields,
  type IssueFields,
  type IssueOf,
  type IssuePath,
  type OffStepIssue,
  type PlainIssue,
  type SafeResult,
  type TooBigIssue,
  type TooSmallIssue,
  type UnknownIdIssue,
} from './core/errors/index.js';
export { prefixIssue } from './core/errors/prefix.js';
export { checkLevel, checkModel, LEVEL_LABELS, LEVELS, MODEL_LABELS, MODELS, type Level, type Model } from './core/model/index.js';
export { toIsoDate, type CalendarDate } from './core/calendar-date/index.js';
export { ceilShare, decimalFraction } from './core/internal/exact.js';
export { checkUntrustedJson, DEFAULT_INPUT_LIMITS, type InputLimits } from './core/untrusted/index.js';
export { scanJson, type JsonScan, type RepeatedKey } from './core/untrusted/json-scan.js';
export { fold, headingKey, isIdHeading, parseYesNo } from './core/words/index.js';
export {
  ExactDecimal,
  formatViNumber,
  formatViPercent,
  MAX_NUMBER_TEXT_LENGTH,
  parseViDecimal,
  parseViNumber,
  roundDecimal,
  ROUNDING_NAMES,
  ROUNDINGS,
  type FormatViNumberOptions,
  type ParseViNumberOptions,
  type Rounding,
} from './core/vi-number/index.js';
export {
  foldVietnamese,
  formatViDate,
  isoFromParts,
  parseQuarter,
  parseViDate,
  quarterRange,
  type DateRange,
  type FormatViDateOptions,
} from './core/vi-date/index.js';
export { closestName, closestNames } from './core/suggest/index.js';

// ── document ─────────────────────────────────────────────────────────────────────────────────────────────────────
export { checkJurisdictionCode, PROVINCE_ISO_CODES, type Jurisdiction } from './document/jurisdiction/index.js';
export { isDocumentId } from './document/dated-entry/ids.js';
export { findPlace, isPlaceList, listPlaces, placeListOn, placeOf, placeRelation, placeSuccession, placeText, PLACE_CODE_HELP, PROVINCE_REFORM_DATE, sameJurisdiction, type Place, type PlaceListId, type PlaceOptions, type PlaceRelation } from './document/place/index.js';
export {
  citeSource,
  DOCUMENT_KIND_NAMES,
  DOCUMENT_KINDS,
  type Confirmation,
  type LegalDocument,
  type LegalSource,
  type SourceRef,
} from './document/legal-source/index.js';
export {
  forkDocument,
  type DocumentPatch,
  type ForkableKind,
  type ForkMeta,
  type RuleSetPatch,
} from './document/fork/index.js';
export { applyKeyedMergePatch, type KeyedMergeOptions } from './document/fork/merge-patch.js';
export { diffDocuments, type DocumentChange, type RuleSetChange } from './document/diff/index.js';

// ── rules ────────────────────────────────────────────────────────────────────────────────────────────────────────
export { RULE_SET_KEYED_FIELDS } from './rules/rule-set/keyed.js';
export type {
  Criterion,
  Indicator,
  IndicatorKind,
  OutcomeClass,
  OutcomeRule,
  RuleSet,
  RuleSetNote,
  Rollup,
} from './rules/rule-set/schema.js';
export { criterionMaxPoints, indicatorMaxPoints, ruleSetMaxPoints } from './rules/rule-set/points.js';
export { parseRuleSet, safeParseRuleSet, type ParseRuleSetOptions } from './rules/rule-set/parse.js';
export { indicatorsOf, type IndicatorInfo } from './rules/rule-set/indicators.js';
export { forkRuleSet, safeForkRuleSet } from './rules/rule-set/fork.js';
export { diffRuleSets } from './rules/rule-set/diff.js';
export type { ModelRef, RuleSetFilter, RuleSetRegistry } from './rules/registry/index.js';
export type { Assessment, FactValue, RatioFact } from './rules/assessment/types.js';
export { assessmentJsonSchema } from './rules/assessment/json-schema.js';
export { compileRuleSet, type CompiledRuleSet } from './rules/evaluate/compile.js';
export { evaluate, safeEvaluate } from './rules/evaluate/evaluate.js';
export type {
  CitedSource,
  ClassResult,
  CriterionResult,
  EvaluateOptions,
  Evaluation,
  IndicatorResult,
  Shortfall,
  UnconfirmedValue,
} from './rules/evaluate/types.js';
export { unconfirmedValues } from './rules/evaluate/unconfirmed.js';
export { forkImpact, forkImpactCounter, type ForkImpact, type ForkImpactByRule, type ForkImpactCounter, type ForkImpactOptions } from './rules/impact/index.js';
export { explainEvaluation, ratioPercentText, type ExplainOptions } from './rules/explain/index.js';
export {
  evaluateWithRollup,
  rollupFacts,
  safeEvaluateWithRollup,
  type RolledUpFact,
  type RollupCount,
  type RollupEvaluation,
  type RollupInput,
  type RollupPopulation,
  type RollupResult,
} from './rules/rollup/index.js';

// ── programme ────────────────────────────────────────────────────────────────────────────────────────────────────
export {
  confirmReading,
  parseRecognitionRule,
  READING_CONFIDENCE,
  READING_FIELDS,
  readingStatus,
  RECOGNITION_FIELDS,
  recognitionCalendar,
  recognitionValidity,
  withReading,
  type DayInCycle,
  type ReadingStatus,
  type RecognitionReading,
  type RecognitionCalendar,
  type RecognitionPeriod,
  type RecognitionRule,
  type RecognitionValidity,
} from './programme/recognition/index.js';
export {
  attainment,
  interpolateTarget,
  requiredCount,
  targetGap,
  type Attainment,
  type InterpolatedTarget,
  type PercentValue,
  type TargetPoint,
} from './programme/attainment/index.js';
export {
  diffTargetTables,
  forkTargetTable,
  parseTargetTable,
  progress,
  progressCountsOf,
  type ModelCount,
  TARGET_BASES,
  TARGET_TABLE_KEYED_FIELDS,
  type ProgressCount,
  type ProgressRow,
  type Target,
  type TargetEntry,
  type TargetNote,
  type TargetNoteCode,
  type TargetSelection,
  type TargetTable,
  type TargetValue,
} from './programme/targets/index.js';
export {
  Tally,
  TALLY_LEVELS,
  tallyLevels,
  tallyOf,
  tallyOfAsync,
  TWO_TIER_FROM,
  type TallyCount,
  type TallyLevel,
  type TallyRecord,
  type TallyOptions,
  type TallyRow,
  type UnitChecker,
  type UnitPath,
} from './programme/tally/index.js';
export { summaryTable, type CountsByUnit, type SummaryOptions, type SummaryRow, type SummaryTable } from './programme/summary/index.js';
export {
  verifyPartitionShares,
  verifyStatedPercentage,
  verifyStatedSum,
  parseStatedSum,
  type PercentageVerdict,
  type StatedFigure,
  type SumPart,
  type Verdict,
} from './programme/verify/index.js';
export {
  checkSchedule,
  yearlyDeadline,
  type EventOccurrence,
  type Phase,
  type RecurringEvent,
  type YearlyDeadline,
} from './programme/schedule/index.js';
export {
  findLegalCitations,
  MAX_CITATION_TEXT_LENGTH,
  formatLegalCitation,
  parseLegalCitation,
  referenceKey,
  type DocumentKind,
  type LegalCitation,
} from './programme/citation/index.js';
export {
  forkYearbookPlan,
  parseYearbookPlan,
  planYearbook,
  verifyYearbookPlan,
  type PrintingOptions,
  type UnitPrices,
  type YearbookCheck,
  type YearbookFigures,
  type YearbookInput,
  type YearbookPlan,
} from './programme/yearbook/index.js';
export {
  compareCandidates,
  NOMINATION_ORDER,
  selectNominees,
  type Candidate,
  type Nomination,
  type NominationQuota,
  type NominationResult,
} from './programme/nomination/index.js';
export { parsePlan, type Plan, type PlanTask } from './programme/plan/index.js';

// ── catalogue: the shipped data (data/) ──────────────────────────────────────────────────────────────────────────
export {
  BUILT_IN_RULE_SET_IDS,
  learningCitizenKhvn2022,
  learningClanKhvn2015,
  learningClanKhvn2021,
  learningCommunityCommuneTt25,
  learningCommunityCommuneTt44,
  learningCommunityDistrictTt25,
  learningCommunityHamletKhvn2015,
  learningCommunityHamletKhvn2021,
  learningCommunityProvinceTt25,
  learningFamilyKhvn2015,
  learningFamilyKhvn2021,
  learningUnitDistrictTt22,
  learningUnitProvinceTt22,
  learningUnitProvinceVinhLong2016,
  learningUnitDistrictTt24,
  learningUnitGrassrootsKhvn2015,
  learningUnitGrassrootsKhvn2021,
  learningUnitProvinceTt24,
  learningUnitCommuneTt24,
} from './catalogue/rule-sets/index.js';
export { createRuleSetRegistry, getRuleSet, listRuleSets, ruleSetFor } from './catalogue/rule-sets/lookup.js';
export { ruleSetIdFor } from './catalogue/rule-sets/periods.js';
export { listRecognitionRules, recognitionRule, type RecognitionLookup } from './catalogue/recognition/index.js';
export { DONG_THAP, HO_CHI_MINH_CITY, listTargets, targetSelectionFor, targetsFor, type TargetLookup } from './catalogue/targets/index.js';
export { eventsOfYear, RECURRING_EVENTS } from './catalogue/events/index.js';
export { findLegalDocument, LEGAL_DOCUMENTS } from './catalogue/legal-sources/index.js';
export { LONG_AN_YEARBOOK_2020 } from './catalogue/yearbooks/index.js';
export { SEED_PLANS } from './catalogue/plans/index.js';
export {
  parsePlanFile,
  parseRecognitionRuleFile,
  parseRuleSetFile,
  parseTargetTableFile,
  parseYearbookPlanFile,
  safeParseRuleSetFile,
  type ParseDataFileOptions,
  type ParseRuleSetFileOptions,
} from './catalogue/data-file/index.js';
