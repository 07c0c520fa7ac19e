export const unsavedNl = {
  unsaved: {
    title: 'Wijzigingen niet opgeslagen',
    body: 'U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan voordat u verdergaat?',
    save: 'Opslaan',
    discard: 'Niet opslaan',
    stay: 'Annuleren',
    notSaved: 'Niet opgeslagen: controleer de gemarkeerde velden. Uw wijzigingen staan er nog.',
  },
};
