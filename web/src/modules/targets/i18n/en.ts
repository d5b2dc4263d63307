// The targets module's English words: the source of its keys. de/es/zh must have the same keys
// (web/src/lib/i18n/catalog.test.ts checks every module's catalogs).
export const en = {
  'nav.myTargets': 'My targets',
  'targets.asOf': 'On {date}',
  'targets.none': 'No active targets for this year.',
  'targets.measure.revenue': 'Revenue',
  'targets.measure.margin': 'Margin',
  'targets.measure.visits': 'Visits',
  'targets.measure.calls': 'Calls',
  'targets.measure.orders': 'Orders',
  'targets.measure.new_customers': 'New customers',
  'targets.period.today': 'Today',
  'targets.period.week': 'This week',
  'targets.period.month': 'This month',
  'targets.period.quarter': 'This quarter',
  'targets.period.year_to_date': 'Year to date',
  'targets.ofTarget': '{actual} of {target}',
  'targets.pace.month': 'To reach the month',
  'targets.pace.year': 'To reach the year',
  'targets.perDay': '{value} per working day',
  'targets.daysLeft': '{days} working days left',
  'targets.reached': 'Reached',
  'targets.noDaysLeft': 'No working day left',
  'targets.noActual': 'No actual is recorded for this measure yet.',
  'targets.days.open': 'This month, day by day',
  'targets.otherCurrencies': 'Invoices in {currencies} are not counted: this target is in {currency}.',
};

export type Catalog = Record<keyof typeof en, string>;
