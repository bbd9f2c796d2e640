import type {VFile} from 'vfile'
import {quote, report} from '../message.js'

/** An amount with a currency's symbol after it, a space between: "750 ₱", "200 €". */
const symbolAfter = /(?<![\p{L}\d.,])(\d[\d,]*(?:\.\d+)?) ([₱€£¥₹₦₩₺₽])(?![\p{L}\d])/gu

/**
 * "a wage of 750 ₱": English copy sets a currency's symbol before the amount
 * ("₱750"), where Spanish, French, Filipino-language and Russian copy, and a
 * translation of it, sets it after. The fix moves the symbol and drops the
 * space.
 */
export function reportCurrencyAfter(file: VFile, value: string): void {
  for (const match of value.matchAll(symbolAfter)) {
    const [whole, amount, symbol] = match
    report(file, {ruleId: 'usage', reason: `Unexpected ${quote(symbol!)} after the amount in ${quote(whole)}: English sets the symbol first, ${quote(symbol! + amount!)}`, start: match.index, end: match.index + whole.length, level: 'warning', expected: [symbol! + amount!]})
  }
}
