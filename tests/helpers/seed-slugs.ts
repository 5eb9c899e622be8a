// The seed's meetings and commitments, by slug, as the query tests name them.
export const KITAZAWA_BAN = "kitazawa-ban-2011-08-09"; // 2011-08-09, Japan (MoD) and the UN
export const BAN_KAN = "ban-kan-2011"; // known only to 2011-08, Japan (Government) and the UN
export const VICE_MINISTERIAL_9 = "japan-china-defense-vice-ministerial-9"; // 2011-07-26, Japan and China
export const VICE_MINISTERIAL_8 = "japan-china-defense-vice-ministerial-8"; // 2008-03, inferred
export const MARITIME_TALK_3 = "japan-china-maritime-working-level-talk-3"; // planned, undated
export const VISIT_TO_CHINA = "japan-defense-minister-visit-to-china"; // planned, undated, in China
export const ALL_MEETINGS = [
  KITAZAWA_BAN,
  BAN_KAN,
  VICE_MINISTERIAL_9,
  VICE_MINISTERIAL_8,
  MARITIME_TALK_3,
  VISIT_TO_CHINA,
];

// Seed commitments, by slug.
export const JOINT = [
  "japan-china-develop-bilateral-relations",
  "japan-china-defense-minister-visit",
  "japan-china-welcome-field-officer-exchanges",
  "japan-china-third-maritime-talk",
  "japan-china-korean-denuclearization",
  "japan-china-arf-admm-plus-cooperation",
];
export const BAN_MADE = [
  "ban-requests-kan-sdf-engineers-south-sudan",
  "ban-calls-again-sdf-south-sudan",
  "ban-condolences-earthquake",
  "ban-commends-sdf-earthquake",
  "ban-thanks-sdf-minustah",
  "ban-seeks-continued-sdf-cooperation",
];
export const KITAZAWA_RESPONSES = [
  "kitazawa-response-minustah",
  "kitazawa-response-south-sudan-hq-personnel",
  "kitazawa-response-south-sudan-engineers",
];
export const NAKAE_THANKS = "nakae-thanks-china-earthquake-support";
export const ALL_COMMITMENTS = [...BAN_MADE, ...KITAZAWA_RESPONSES, NAKAE_THANKS, ...JOINT];
