import type { Catalog } from './en';

export const es: Catalog = {
  'nav.forecastGrid': 'Previsión',
  'forecasts.period': 'Mes',
  'forecasts.person': 'Persona',
  'forecasts.closed': 'Cerrado',
  'forecasts.commit': 'Compromiso',
  'forecasts.bestCase': 'Mejor caso',
  'forecasts.openPipeline': 'Embudo abierto',
  'forecasts.computed': 'calculado {value}',
  'forecasts.adjust': 'Ajustar',
  'forecasts.value': 'Nuevo compromiso',
  'forecasts.reason': 'Motivo',
  'forecasts.save': 'Guardar',
  'forecasts.cancel': 'Cancelar',
  'forecasts.stale': 'Desfasado: el valor que sustituyó ha cambiado',
  'forecasts.adjustedBy': 'Ajustado por {name} a {value}: {reason}',
  'forecasts.none': 'No hay nadie para quien prever.',
};
