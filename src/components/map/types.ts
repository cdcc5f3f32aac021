export type MapLabel = { id: string; text: string; at: [number, number]; kind: 'region' | 'country' | 'sea' };
