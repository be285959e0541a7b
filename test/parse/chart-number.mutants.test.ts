// src/parse/chart-number.ts, the parse-d survivors (issue 18): brackets only around the whole cell make a minus, a
// series takes the one unit its cells write (cells without one do not count), and a value so small next to the
// series' scale that JavaScript writes it with an exponent still gets three decimals in the format.
import { describe, expect, it } from 'vitest';
import { parseCell, seriesNumbers } from '../../src/parse/chart-number.js';

describe('accounting brackets', () => {
  it.each(['5(3)', '(3)5', '5（3）', '（3）5', '1(2)3'])('%j: brackets that do not hold the whole cell are not a minus, and not a number', (cell) => {
    expect(parseCell(cell)).toBeUndefined();
    expect(seriesNumbers(['1', cell])).toEqual({ bad: 1, why: 'is not a number' });
  });
  it('(3) and （3万） are minus three and minus three 万', () => {
    expect(seriesNumbers(['(3)', '（3万）'])).toEqual({ values: [-0.0003, -3], format: '#,##0.000', unit: '万' });
  });
});

describe("a series' unit", () => {
  it('the one unit its cells write, when some cells write none', () => {
    expect(seriesNumbers(['5', '6元', '7'])).toEqual({ values: [5, 6, 7], format: '#,##0', unit: '元' });
    expect(seriesNumbers(['1.5万', '2万元'])).toEqual({ values: [1.5, 2], format: '#,##0.0', unit: '万元' });
  });
});

describe('decimals of values written with an exponent', () => {
  it('1千 beside 1万亿: 1e-9 万亿 asks for the most decimals (three), not none', () => {
    expect(seriesNumbers(['1千', '1万亿'])).toEqual({ values: [1e-9, 1], format: '#,##0.000', unit: '万亿' });
  });
});
