/**
 * An employer name as shown: composed Unicode (NFC), every run of white space one space, trimmed.
 * "Zorgcentrum  De Linde" and an NFD "Ámstelrade" then read as the name they are.
 */
export function tidyEmployerName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The one comparison of employer names (DOMAIN.md): tidied as above, then lower-cased. Used by
 * the figures, the export's employerStarts, the regional merge and the infographic; '' for a
 * blank name, which is no employer.
 */
export function normaliseEmployer(name: string): string {
  return tidyEmployerName(name).toLocaleLowerCase('nl');
}

/**
 * `normaliseEmployer`, computed once per distinct name: a run over many records repeats few
 * names. Make one per computation (the cache lives as long as the function).
 */
export function employerKeys(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) {
      key = normaliseEmployer(name);
      cache.set(name, key);
    }
    return key;
  };
}
