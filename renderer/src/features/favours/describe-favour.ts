import type { Interaction } from '../../../../shared/model';

/** The favour in a few words: the note's first line, else its topics, else its place. */
export function describeFavour({ note, topics, place }: Pick<Interaction, 'note' | 'topics' | 'place'>): string {
  const firstLine = note.split('\n').find((line) => line.trim().length > 0)?.trim();
  return firstLine ?? (topics.length > 0 ? topics.join(', ') : place);
}
