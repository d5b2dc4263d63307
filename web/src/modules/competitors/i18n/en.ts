// The competitors module's English words: the source of its keys. de/es/zh must have the same
// keys (web/src/lib/i18n/catalog.test.ts checks every module's catalogs).
export const en = {
  'nav.group.market': 'Market',
  'entity.competitors': 'Competitors',
  'entity.competitor-products': 'Competitor products',
  'entity.one.competitors': 'Competitor',
  'entity.one.competitor-products': 'Competitor product',
  'field.strengths': 'Strengths',
  'field.weaknesses': 'Weaknesses',
  'field.competitor_id': 'Competitor',
  'field.price_seen': 'Price seen',
  'field.seen_on': 'Seen on',
  'field.source': 'Source',
  'enum.competitor-products.source.customer': 'Customer',
  'enum.competitor-products.source.tender': 'Tender',
  'enum.competitor-products.source.website': 'Website',
  'enum.competitor-products.source.trade_show': 'Trade show',
  'enum.competitor-products.source.other': 'Other',
  'competitor.products': 'Products and prices seen',
  'competitor.addPrice': 'Record a price seen',
  'competitor.noProducts': 'No prices seen yet.',
  'competitor.edit': 'Edit',
  'competitor.editProduct': 'Edit {name}',
  'competitor.pricesForProduct': 'Competitor prices',
  'competitor.noPricesForProduct': 'No competitor price seen for this product yet.',
  'competitor.undated': 'date unknown',
};
export type Catalog = Record<keyof typeof en, string>;
