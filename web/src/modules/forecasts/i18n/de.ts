import type { Catalog } from './en';

export const de: Catalog = {
  'nav.forecastGrid': 'Prognose',
  'forecasts.period': 'Monat',
  'forecasts.person': 'Person',
  'forecasts.closed': 'Abgeschlossen',
  'forecasts.commit': 'Zusage',
  'forecasts.bestCase': 'Bestfall',
  'forecasts.openPipeline': 'Offene Pipeline',
  'forecasts.computed': 'berechnet {value}',
  'forecasts.adjust': 'Anpassen',
  'forecasts.value': 'Neue Zusage',
  'forecasts.reason': 'Begründung',
  'forecasts.save': 'Speichern',
  'forecasts.cancel': 'Abbrechen',
  'forecasts.stale': 'Veraltet: der ersetzte Wert hat sich geändert',
  'forecasts.adjustedBy': 'Angepasst von {name} auf {value}: {reason}',
  'forecasts.none': 'Niemand, für den eine Prognose zu erstellen ist.',
};
