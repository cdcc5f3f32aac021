/** The validators the browser needs only for data from elsewhere (?story=, ?control=), loaded on demand. */
export { validateStory } from '../contract/storySchema.ts';
export { parseControlLayer, controlDate } from '../claims/controlSchema.ts';
