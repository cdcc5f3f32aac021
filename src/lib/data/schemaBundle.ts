/** The validators the browser needs only for data from elsewhere (?story=, ?control=), loaded on demand. */
export { validateStory, validateStoryInSlices } from '../contract/storySchema.ts';
export { parseControlLayer, controlDateRange } from '../claims/controlSchema.ts';
export { loadProfile } from '../conflict/loadProfile.ts';
