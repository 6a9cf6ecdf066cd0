/**
 * Adds values to the list kept under `key`, making the list on first use. In place: copying the list on
 * every addition costs time in the square of its length (a thousand Applications under one parent).
 */
export function addTo<K, V>(lists: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = lists.get(key);
  if (list) list.push(...values);
  else lists.set(key, values);
}
