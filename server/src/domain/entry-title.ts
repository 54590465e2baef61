/** The attributes that name an entry, in the order tried: types name their headline differently. */
export const TITLE_ATTRIBUTES = ['title', 'headline', 'name'];

/** The string attribute a type's entries are named by: the first of TITLE_ATTRIBUTES it has, else its first string. */
export const titleAttributeOf = (attributes: Record<string, { type: string }>): string | null => {
  const strings = Object.keys(attributes).filter((name) => attributes[name].type === 'string');
  return TITLE_ATTRIBUTES.find((name) => strings.includes(name)) ?? strings[0] ?? null;
};
