import type { regionalNl } from './regional-nl';

export const regionalEn: typeof regionalNl = {
  regional: {
    title: 'Region',
    export: {
      title: 'Export for the region',
      intro:
        'A summary for the regional network. Names, birth dates, contact details, notes and evaluations never leave; trajectories get a pseudonym.',
      level: 'Level of detail',
      levels: { counts: 'Counts only', records: 'With trajectories (pseudonymised)' },
      levelHints: {
        counts: 'Default. Only the figures and the starts per employer.',
        records:
          'Per trajectory kind, employer, dates, status and outcome, under a pseudonym. Only where the regional agreement allows it.',
      },
      optional: 'Optional fields',
      fields: {
        ageBand: 'Age band',
        benefit: 'Benefit',
        hoursPerWeek: 'Hours per week',
        learningGoals: 'Number of learning goals (total and achieved)',
      },
      prepare: 'Show summary',
      save: 'Save file',
      saved: 'The export file has been saved.',
      failed: 'The export could not be made.',
      invalidRecords_one:
        '{{count}} trajectory breaks the rules of the exchange format. Check its end date and status.',
      invalidRecords_other:
        '{{count}} trajectories break the rules of the exchange format. Check their end dates and statuses.',
      previewLevel: 'Level of detail: {{level}}.',
      recordCount_one: '{{count}} trajectory in the file.',
      recordCount_other: '{{count}} trajectories in the file.',
    },
    import: {
      title: 'Import from partners',
      drop: 'Drop partners’ export files here, or choose them. Everything is checked first; one error and nothing is stored.',
      choose: 'Choose files…',
      busy: 'Checking…',
      done_one: '{{count}} file imported.',
      done_other: '{{count}} files imported.',
      refused_one: 'Nothing imported: {{count}} problem found.',
      refused_other: 'Nothing imported: {{count}} problems found.',
    },
    partners: {
      title: 'Partner organisations',
      empty: 'No partner data yet. Import partners’ export files above.',
      organisation: 'Organisation',
      exports: 'Exports',
      exportedAt: 'exported {{date}}',
      remove: 'Remove',
      confirmRemove: 'Remove all data of “{{name}}”?',
      removed: 'The data of {{name}} has been removed.',
    },
    figures: {
      title: 'Figures of the region',
      failed: 'The regional figures could not be computed.',
      added: 'Not started, outflow and follow-up',
      addedNote:
        'Not started: discussed in the period and not started on the reference date (without "still waiting"). Follow-up: still working of those whose follow-up moment has come. "Not supplied": the partner\'s file does not hold this figure.',
      region: 'Region total',
      notSupplied: 'not supplied',
      ofTotal: '{{part}} of {{whole}}',
      notStarted: 'Not started',
      waiting: 'Still waiting',
      inSector: 'Paid work in the sector',
      sustained6Months: 'Working after 6 months',
      sustained12Months: 'Working after 12 months',
    },
  },
};
