/**
 * The items per key, in their order (e.g. each candidate's trajectories). `Map.groupBy` would do,
 * but Node 20, on which the tests and the CLI run, does not have it.
 */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
