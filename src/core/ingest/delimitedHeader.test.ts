import { describe, expect, it } from 'vitest';
import { headerlessNames, headerNames, splitRecord } from './delimitedHeader';

describe('delimited header', () => {
  it('makes every column name unique and non-empty', () => {
    expect(headerNames([' time ', 'value', '', 'value', 'value'])).toEqual(['time', 'value', 'col3', 'value (2)', 'value (3)']);
    expect(headerlessNames(3)).toEqual(['col1', 'col2', 'col3']);
  });

  it('splits plain and quoted header lines', () => {
    expect(splitRecord('a\tb', '\t')).toEqual(['a', 'b']);
    expect(splitRecord('"Time","cpu {host=""a""}",x', ',')).toEqual(['Time', 'cpu {host="a"}', 'x']);
  });
});
