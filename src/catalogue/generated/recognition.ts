// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RecognitionRule } from '../../programme/recognition/schema.js';
import { shipped } from '../shipped/index.js';
import { CV_6782_BGDDT, ND_142_2025, ND_143_2025, QD_324_KHVN, QD_448_KHVN, QD_645_BGDDT, QD_677_TTG, TT_11_2025_BGDDT, TT_24_2023, TT_25_2023, TT_26_2025_BGDDT, TT_44_2014 } from './legal-sources.js';
import learningFamilyRecognitionFile from '../../../data/recognition/learning-family-recognition.json' with { type: 'json' };
import learningClanRecognitionFile from '../../../data/recognition/learning-clan-recognition.json' with { type: 'json' };
import learningCommunityHamletRecognitionFile from '../../../data/recognition/learning-community-hamlet-recognition.json' with { type: 'json' };
import learningUnitGrassrootsRecognitionFile from '../../../data/recognition/learning-unit-grassroots-recognition.json' with { type: 'json' };
import learningCommunityCommuneTt44File from '../../../data/recognition/learning-community-commune-tt44.json' with { type: 'json' };
import learningCommunityCommuneTt25File from '../../../data/recognition/learning-community-commune-tt25.json' with { type: 'json' };
import learningCommunityCommuneTt25TwoTierFile from '../../../data/recognition/learning-community-commune-tt25-two-tier.json' with { type: 'json' };
import learningCommunityDistrictTt25File from '../../../data/recognition/learning-community-district-tt25.json' with { type: 'json' };
import learningCommunityProvinceTt25File from '../../../data/recognition/learning-community-province-tt25.json' with { type: 'json' };
import learningUnitDistrictTt24File from '../../../data/recognition/learning-unit-district-tt24.json' with { type: 'json' };
import learningUnitCommuneTt24TwoTierFile from '../../../data/recognition/learning-unit-commune-tt24-two-tier.json' with { type: 'json' };
import learningUnitProvinceTt24File from '../../../data/recognition/learning-unit-province-tt24.json' with { type: 'json' };
import learningCitizenRecognitionFile from '../../../data/recognition/learning-citizen-recognition.json' with { type: 'json' };

/** Every shipped recognition rule (data/recognition/), in catalogue order. @internal */
export const RECOGNITION_RULES: readonly RecognitionRule[] = /* @__PURE__ */ (() => [
  /* @__PURE__ */ shipped<RecognitionRule>(learningFamilyRecognitionFile, [QD_448_KHVN, CV_6782_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningClanRecognitionFile, [QD_448_KHVN, CV_6782_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityHamletRecognitionFile, [QD_448_KHVN, CV_6782_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningUnitGrassrootsRecognitionFile, [QD_448_KHVN, CV_6782_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityCommuneTt44File, [QD_645_BGDDT, TT_44_2014]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityCommuneTt25File, [TT_25_2023]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityCommuneTt25TwoTierFile, [TT_25_2023, ND_142_2025, ND_143_2025, TT_11_2025_BGDDT, TT_26_2025_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityDistrictTt25File, [TT_25_2023]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCommunityProvinceTt25File, [TT_25_2023]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningUnitDistrictTt24File, [TT_24_2023]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningUnitCommuneTt24TwoTierFile, [TT_24_2023, ND_142_2025, TT_11_2025_BGDDT, TT_26_2025_BGDDT]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningUnitProvinceTt24File, [TT_24_2023]),
  /* @__PURE__ */ shipped<RecognitionRule>(learningCitizenRecognitionFile, [QD_324_KHVN, QD_677_TTG]),
])();
