/** Dutch names of the domain codes (DOMAIN.md glossary). */
export const codesNl = {
  status: {
    discussed: 'Besproken',
    ongoing: 'Lopend',
    completed: 'Afgerond',
    stopped: 'Voortijdig gestopt',
  },
  kind: {
    'work-experience': 'Werkervaringsplaats',
    'trial-placement': 'Proefplaatsing',
    'work-study': 'Leerwerktraject (BBL)',
    other: 'Overig',
  },
  benefit: {
    'social-assistance': 'Participatiewet (bijstand)',
    unemployment: 'WW',
    wajong: 'Wajong',
    wia: 'WIA',
    none: 'Geen',
    other: 'Overig',
    unknown: 'Onbekend',
  },
  stopReason: {
    'found-work': 'Werk gevonden',
    health: 'Gezondheid',
    motivation: 'Motivatie',
    personal: 'Persoonlijke omstandigheden',
    'not-suitable': 'Niet passend',
    other: 'Overig',
  },
  outcome: {
    'paid-work': 'Betaald werk',
    education: 'Opleiding',
    volunteering: 'Vrijwilligerswerk',
    benefit: 'Uitkering',
    unknown: 'Onbekend',
  },
  referrer: {
    uwv: 'UWV',
    municipality: 'Gemeente',
    wsp: 'Werkgeversservicepunt (WSP)',
    other: 'Anders',
  },
  goalStatus: {
    open: 'Open',
    'in-progress': 'Bezig',
    achieved: 'Behaald',
  },
};
