import { parseCurrency } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { setExchangeRates, setReportingCurrency } from '../changes/currency.changes';
import { listExchangeRates } from '../data/exchange-rate.repository';
import { parseExchangeRateCsv } from '../domain/exchange-rate-csv';
import { parseExchangeRate } from '../domain/exchange-rate-input';
import type { Resolvers } from '../generated/resolvers-types';
import { reportingCurrencyOf } from '../reports/sales/sales-report-scope';

const optionalCurrency = (field: string, value: string | null | undefined) =>
  value ? parseCurrency(field, value.trim().toUpperCase()) : null;

export const currencyResolvers: Resolvers = {
  Query: {
    exchangeRates: guard('currency:read', (_, args, context) => {
      const first = args.first ?? 100;
      if (first < 1 || first > 1000) throw badUserInput('first', `must be 1 to 1000 (got ${first})`);
      const filter = {
        currency: optionalCurrency('currency', args.currency),
        quoteCurrency: optionalCurrency('quoteCurrency', args.quoteCurrency),
      };
      return listExchangeRates(context.dataSource, filter, first);
    }),
    reportingCurrency: guard('currency:read', (_, _args, context) =>
      reportingCurrencyOf(context.dataSource.manager),
    ),
  },
  Mutation: {
    setExchangeRate: guard('currency:write', async (_, { input }, context) => {
      const [row] = await setExchangeRates(scopeOfRequest(context), 'setExchangeRate', [
        parseExchangeRate(input),
      ]);
      return row;
    }),
    importExchangeRates: guard('currency:write', async (_, { csv }, context) => {
      const rows = await setExchangeRates(
        scopeOfRequest(context),
        'importExchangeRates',
        parseExchangeRateCsv(csv),
      );
      return { imported: rows.length };
    }),
    setReportingCurrency: guard('currency:write', (_, { currency }, context) =>
      setReportingCurrency(scopeOfRequest(context), parseCurrency('currency', currency.trim().toUpperCase())),
    ),
  },
  ExchangeRate: {
    recordedAt: (rate) => new Date(rate.recordedAt),
  },
};
