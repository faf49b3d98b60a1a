// The partner measures the profile and the table need, in one module loaded
// only when a record is opened or the table shown: the first screen of every
// other view does not pay for them (scripts/size-budget.mjs).
export { partnerProfile } from '../model/partner-profile.ts';
export { partnerRows } from '../model/partner-rows.ts';
export { recordContext } from '../model/record-context.ts';
