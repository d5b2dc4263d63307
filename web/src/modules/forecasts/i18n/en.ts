// The forecasts module's English words: the source of its keys. de/es/zh must have the same keys
// (web/src/lib/i18n/catalog.test.ts checks every module's catalogs).
export const en = {
  'nav.forecastGrid': 'Forecast',
  'forecasts.period': 'Month',
  'forecasts.person': 'Person',
  'forecasts.closed': 'Closed',
  'forecasts.commit': 'Commit',
  'forecasts.bestCase': 'Best case',
  'forecasts.openPipeline': 'Open pipeline',
  'forecasts.computed': 'computed {value}',
  'forecasts.adjust': 'Adjust',
  'forecasts.value': 'New Commit',
  'forecasts.reason': 'Reason',
  'forecasts.save': 'Save',
  'forecasts.cancel': 'Cancel',
  'forecasts.stale': 'Stale: the number it replaced has changed',
  'forecasts.adjustedBy': 'Adjusted by {name} to {value}: {reason}',
  'forecasts.none': 'No one to forecast for.',
};

export type Catalog = Record<keyof typeof en, string>;
