// Codes offered in country and currency pickers (the server accepts any valid ISO code).
export const COUNTRIES = ['AE', 'AR', 'AT', 'AU', 'BE', 'BR', 'CA', 'CH', 'CL', 'CN', 'CO', 'CZ', 'DE', 'DK', 'EG',
  'ES', 'FI', 'FR', 'GB', 'GR', 'HK', 'HU', 'IE', 'IL', 'IN', 'IT', 'JP', 'KR', 'KW', 'MA', 'MX', 'NL', 'NO', 'NZ',
  'PE', 'PL', 'PT', 'RO', 'SA', 'SE', 'SG', 'TR', 'TW', 'US', 'ZA'];
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CNY', 'JPY', 'KWD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'AED', 'SAR', 'INR', 'KRW', 'AUD', 'CAD', 'SGD', 'HKD', 'TRY', 'ZAR'];
