/** The file name a downloaded story gets: "2025-11-28-putin-demands-donbas.json". */
import type { Story } from '../lib/contract/story.ts';

export function storyFileName(story: Story): string {
  const slug = story.article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${[story.article.date, slug || 'story'].filter(Boolean).join('-')}.json`;
}
