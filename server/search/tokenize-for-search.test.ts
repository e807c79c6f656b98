import { describe, expect, it } from 'vitest';
import { countryNames } from './country-names';
import { compileQuery } from './search-query';
import { tokenizeForSearch } from './tokenize-for-search';

describe('tokenizeForSearch', () => {
  it('gives every CJK character and every overlapping bigram', () => {
    expect(tokenizeForSearch('智能制造')).toEqual(['智', '智能', '能', '能制', '制', '制造', '造']);
  });

  it('keeps CJK runs apart at spaces and punctuation, and handles kana, hangul and astral Han', () => {
    expect(tokenizeForSearch('手机，耳机')).toEqual(['手', '手机', '机', '耳', '耳机', '机']);
    expect(tokenizeForSearch('ロボ')).toEqual(['ロ', 'ロボ', 'ボ']);
    expect(tokenizeForSearch('로봇')).toEqual(['로', '로봇', '봇']);
    expect(tokenizeForSearch('𠀀𠀁')).toEqual(['𠀀', '𠀀𠀁', '𠀁']);
  });

  it('splits mixed Chinese and English text by script, Latin words lowercased', () => {
    expect(tokenizeForSearch('5G 智能手机 Pro')).toEqual(['5g', '5', 'g', '智', '智能', '能', '能手', '手', '手机', '机', 'pro']);
    expect(tokenizeForSearch('数控XK加工')).toEqual(['数', '数控', '控', 'xk', '加', '加工', '工']);
  });

  it('keeps a model code whole without punctuation, plus its parts', () => {
    expect(tokenizeForSearch('XK-5200')).toEqual(['xk5200', 'xk', '5200']);
    expect(tokenizeForSearch('xk5200')).toEqual(['xk5200', 'xk', '5200']);
    expect(tokenizeForSearch('OEM/ODM')).toEqual(['oemodm', 'oem', 'odm']);
    expect(tokenizeForSearch('iPhone15 Pro-Max')).toEqual(['iphone15', 'iphone', '15', 'promax', 'pro', 'max']);
    // A joiner only joins between word characters.
    expect(tokenizeForSearch('-xk- 5200.')).toEqual(['xk', '5200']);
    expect(tokenizeForSearch('（型号 XK-5200）。')).toEqual(['型', '型号', '号', 'xk5200', 'xk', '5200']);
  });

  it('folds full-width forms and Latin accents', () => {
    expect(tokenizeForSearch('ＸＫ－５２００')).toEqual(['xk5200', 'xk', '5200']);
    expect(tokenizeForSearch('Müller Café')).toEqual(['muller', 'cafe']);
  });

  it('gives nothing for punctuation only', () => {
    expect(tokenizeForSearch(' -- !! 。')).toEqual([]);
  });
});

describe('compileQuery', () => {
  it('requires every bigram of a CJK run, and every word', () => {
    const compiled = compileQuery('机器人 arm')!;
    expect(compiled.units.map((unit) => unit.query)).toEqual(['机器', '器人', 'arm']);
    expect(compiled.relaxedTerms).toEqual(['机器', '器人', 'arm']);
  });

  it('searches a single CJK character as itself', () => {
    expect(compileQuery('能')).toEqual({ units: [{ query: '能', term: '能', parts: [] }], relaxedTerms: ['能'] });
  });

  it('matches a code whole or by its parts', () => {
    expect(compileQuery('XK-5200')!.units).toEqual([
      { query: { combineWith: 'OR', queries: ['xk5200', { combineWith: 'AND', queries: ['xk', '5200'] }] }, term: 'xk5200', parts: ['xk', '5200'] },
    ]);
  });

  it('asks for each repeated word once', () => {
    expect(compileQuery('robot Robot 机器 机器')!.units.map((unit) => unit.term)).toEqual(['robot', '机器']);
  });

  it('bounds the work of a long query', () => {
    expect(compileQuery('机'.repeat(5_000) + '器')!.units).toHaveLength(1); // only 机机 within the first 200 characters
    expect(compileQuery(Array.from({ length: 100 }, (_, i) => `w${i}x`).join(' '))!.units).toHaveLength(32);
  });

  it('has no query for punctuation', () => {
    expect(compileQuery('!!!')).toBeUndefined();
  });
});

describe('countryNames', () => {
  it('names a country in English and Chinese, not by its code', () => {
    expect(countryNames('de')).toBe('Germany 德国');
    expect(countryNames('XX')).toBe('');
    expect(countryNames('D')).toBe('');
  });
});
