/**
 * Each record's candidate as a small number (0 … count - 1), so the figures count distinct people
 * with typed-array marks instead of a Set of string keys: hashing those keys was most of a
 * computation's time. The numbers are made once per records array (a screen computes many
 * figures, breakdowns and years over the same array) and kept while the array lives.
 */
export interface CandidateNumbers {
  /** Per record (same index), its candidate's number. */
  readonly numbers: Int32Array;
  /** How many numbers are in use: each is below this. */
  readonly count: number;
}

interface Numbering {
  /** The key each record had when it was numbered: a record whose key changed is renumbered. */
  readonly keys: (string | undefined)[];
  readonly numbers: Int32Array;
  readonly byKey: Map<string, number>;
}

const numberings = new WeakMap<readonly { candidateKey: string }[], Numbering>();

export function candidateNumbers(records: readonly { candidateKey: string }[]): CandidateNumbers {
  let numbering = numberings.get(records);
  if (numbering === undefined || numbering.keys.length !== records.length) {
    // Filled, not sized: `new Array(100_000)` would be a slow dictionary-mode array.
    numbering = {
      keys: records.map(() => undefined),
      numbers: new Int32Array(records.length),
      byKey: new Map(),
    };
    numberings.set(records, numbering);
  }
  const { keys, numbers, byKey } = numbering;
  // The array may have been changed in place since: one comparison per record finds out (the
  // same string object when nothing changed; a new numbering has no keys yet).
  for (let i = 0; i < records.length; i++) {
    const key = (records[i] as { candidateKey: string }).candidateKey;
    if (key === keys[i]) continue;
    let n = byKey.get(key);
    if (n === undefined) {
      n = byKey.size;
      byKey.set(key, n);
    }
    keys[i] = key;
    numbers[i] = n;
  }
  return { numbers, count: byKey.size };
}
