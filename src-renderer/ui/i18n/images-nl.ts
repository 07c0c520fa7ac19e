export const imagesNl = {
  images: {
    title: 'Logo en handtekening',
    intro:
      'Voor de getuigschriften en de infographic. PNG of JPEG, hoogstens 1 MB en 4096 × 4096 beeldpunten.',
    logo: 'Logo',
    signature: 'Handtekening',
    none: 'Geen afbeelding',
    choose: 'Afbeelding kiezen…',
    remove: 'Verwijderen',
    saved: 'De afbeelding is opgeslagen.',
    removed: 'De afbeelding is verwijderd.',
    tooLarge: '“{{name}}” is groter dan 1 MB. Kies een kleinere afbeelding.',
    notAnImage: '“{{name}}” is geen PNG- of JPEG-afbeelding.',
    unreadable: '“{{name}}” is beschadigd of onvolledig. Sla de afbeelding opnieuw op en kies die.',
    tooManyPixels:
      '“{{name}}” heeft te veel beeldpunten (hoogstens 4096 × 4096 en 12,5 miljoen in totaal). Verklein de afbeelding.',
  },
};
