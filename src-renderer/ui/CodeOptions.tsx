/**
 * The options of a select over a list of codes, each shown by its label, after an optional blank
 * choice ("Kies…", "Niet nagevraagd") whose value is the empty string.
 */
export function CodeOptions<Code extends string>(props: {
  codes: readonly Code[];
  label: (code: Code) => string;
  blank?: string | undefined;
}) {
  return (
    <>
      {props.blank !== undefined && <option value="">{props.blank}</option>}
      {props.codes.map((code) => (
        <option key={code} value={code}>
          {props.label(code)}
        </option>
      ))}
    </>
  );
}
