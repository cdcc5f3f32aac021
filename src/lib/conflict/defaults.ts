/** The profile a story without `conflict` belongs to (old stories stay valid). */
export const DEFAULT_CONFLICT = 'ua';
