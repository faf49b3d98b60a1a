// Names as the article spells them: after a title (M., Mme, Dr, le Général…), or
// right after a partner in a list ("de la Guinée, Ansoumane Camara, …").
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|da|ben|ould|el|al))*";
const TITLED = new RegExp(`(?:\\b(?:M\\.|Mme|Mlle|Dr\\.?|Pr\\.?|S\\.E\\.?)|(?:Général|Colonel|Ministre|Ambassadeur|Ambassadrice)(?: de (?:division|brigade|corps d['’ ]\\s?armée)| d['’ ]\\s?Armée)?)\\s+(${NAME})`, 'gu');
const AFTER_COMMA = new RegExp(`^[^,]{0,40},\\s+(?:(?:M\\.|Mme|Dr\\.?)\\s+)?(${NAME})`, 'u');

/** Names in a stretch of text, without duplicates, in reading order. */
export function findPeople(text: string, listStyle = false): string[] {
  const names: string[] = [];
  const add = (n: string | undefined) => {
    const name = n?.trim();
    if (name && name.split(/\s+/).length >= 2 && !names.includes(name)) names.push(name);
  };
  if (listStyle) add(AFTER_COMMA.exec(text)?.[1]);
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) add(m[1]);
  return names;
}
