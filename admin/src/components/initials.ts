/** Up to two capital initials of a name, for an avatar without a photo ("Olena Marchenko" → "OM"). */
export const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
