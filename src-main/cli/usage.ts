/** The Dutch help texts of the `instap` command. */

const commands = `Opdrachten:
  figures BESTAND... --from JJJJ-MM-DD --to JJJJ-MM-DD [--reference JJJJ-MM-DD] [--programme NAAM] [--json]
      De resultaatcijfers over alle bestanden samen. Exports van dezelfde organisatie worden
      samengevoegd (de nieuwste export wint per traject); organisaties tellen samen op.
  infographic BESTAND... --from JJJJ-MM-DD --to JJJJ-MM-DD [--reference JJJJ-MM-DD] --out BESTAND.pdf
      Dezelfde infographic (A4, één pagina) als in de app. Met één organisatie staat haar naam
      erboven; met meer organisaties "Regio …" en een tabel per organisatie.
  validate BESTAND...
      Controleert de bestanden en noemt elk probleem met bestand, traject en veld.`;

const options = `Opties:
  --from, --to   de periode; beide dagen tellen mee
  --reference    de peildatum: de cijfers beschrijven de stand op die dag (standaard vandaag)
  --programme    alleen de trajecten van dit programma (bijvoorbeeld "WEP Trein"); kan alleen
                 met bestanden met trajecten
  --json         precies één JSON-object op stdout, met de cijfernamen van DOMAIN.md; een cijfer
                 dat een bestand niet aanlevert is null
  --out          waar de PDF komt (wordt in één keer geschreven)
  -h, --help     deze uitleg
  --version      de versie van Instap`;

const exitCodes = `Afsluitcodes:
  0  gelukt
  1  een bestand bestaat niet, is onleesbaar, ongeldig of groter dan 50 MB, of de cijfers
     kunnen niet worden berekend; de meldingen staan op stderr
  2  verkeerd gebruik: onbekende opdracht of optie, ongeldige datum, geen bestand of geen --out`;

export const usage = `instap: regionale uitwisselbestanden (wep-regional-export, versie 1) controleren,
de resultaatcijfers berekenen en de infographic maken.

Gebruik:
  instap <opdracht> BESTAND... [opties]
  npm run -s cli -- <opdracht> BESTAND... [opties]

${commands}

${options}

${exitCodes}

Voorbeelden:
  instap validate tests/fixtures/exchange/*.json
  instap figures tests/fixtures/exchange/stichting-de-linde-2019-records.json \\
    --from 2019-01-01 --to 2019-12-31 --reference 2020-12-31 --json
`;

export const figuresUsage = `Gebruik: instap figures BESTAND... --from JJJJ-MM-DD --to JJJJ-MM-DD [--reference JJJJ-MM-DD] [--programme NAAM] [--json]

De resultaatcijfers (besproken, gestart, werkgevers, afgerond, naar betaald werk, lopend,
voortijdig gestopt, uitstroom, redenen van stoppen, gemiddelde duur, niet gestart per reden,
nazorg na 6 en 12 maanden, uitstroom in zorg en welzijn) over alle bestanden samen.
Zonder --json een leesbare tabel; met --json precies één JSON-object op stdout. Meldingen en
waarschuwingen gaan naar stderr.

${options}
`;

export const infographicUsage = `Gebruik: instap infographic BESTAND... --from JJJJ-MM-DD --to JJJJ-MM-DD [--reference JJJJ-MM-DD] --out BESTAND.pdf

Maakt de infographic (A4, één pagina) met dezelfde cijfers als "instap figures".

${options}
`;

export const validateUsage = `Gebruik: instap validate BESTAND...

Controleert elk bestand volledig. Afsluitcode 0 als alle bestanden geldig zijn, anders 1 met
elk probleem (bestand, traject, veld) op stderr.
`;
