import type { Label, Model } from 'vn-learning-society';

/**
 * How a document names what a model recognises, as data: the noun a count takes ("125 hộ gia đình"), the heading of
 * the names in a list ("Chủ hộ"), and that of the place each is in ("Thôn, tổ dân phố").
 */
export interface ModelNouns {
  readonly noun: Label;
  readonly nameHeading: Label;
  readonly placeHeading: Label;
}

/** The nouns of each model. A province that writes them otherwise passes its own to the document functions. */
export const MODEL_NOUNS: Readonly<Record<Model, ModelNouns>> = {
  'learning-family': { noun: { vi: 'hộ gia đình', en: 'households' }, nameHeading: { vi: 'Chủ hộ', en: 'Head of household' }, placeHeading: { vi: 'Thôn, tổ dân phố', en: 'Hamlet' } },
  'learning-clan': { noun: { vi: 'dòng họ', en: 'clans' }, nameHeading: { vi: 'Dòng họ (người đại diện)', en: 'Clan (representative)' }, placeHeading: { vi: 'Thôn, tổ dân phố', en: 'Hamlet' } },
  'learning-community': { noun: { vi: 'cộng đồng', en: 'communities' }, nameHeading: { vi: 'Tên cộng đồng', en: 'Community' }, placeHeading: { vi: 'Thuộc', en: 'In' } },
  'learning-unit': { noun: { vi: 'đơn vị', en: 'units' }, nameHeading: { vi: 'Tên đơn vị', en: 'Unit' }, placeHeading: { vi: 'Thuộc', en: 'In' } },
  'learning-citizen': { noun: { vi: 'công dân', en: 'citizens' }, nameHeading: { vi: 'Họ và tên', en: 'Name' }, placeHeading: { vi: 'Thôn, tổ dân phố', en: 'Hamlet' } },
};
