/** Every message of a language file with its dotted key, for tests that read all texts. */
export function messageEntries(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : messageEntries(value as object, `${prefix}${key}.`),
  );
}
