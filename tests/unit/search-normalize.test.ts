import { describe, expect, it } from 'vitest';
import { aliasKey, fold, isPlainWord, normalizeQuery, wordsOf } from '../../src/lib/search/normalize.ts';

describe('one normal form for the query and the vocabulary', () => {
  it('Russian: case and ё fold (ё = е), but й stays й', () => {
    expect(fold('НАДЁЖНЫЙ')).toBe('надежный');
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('мой')).toBe('мой');
    expect(fold('мой')).not.toBe(fold('мои'));
  });

  it('Spanish: accents and ñ fold (contraseña = contrasena, Verificación = verificacion)', () => {
    expect(fold('Contraseña')).toBe('contrasena');
    expect(fold('Verificación')).toBe('verificacion');
    expect(fold('olvidé')).toBe(fold('olvide'));
    expect(fold('pingüino')).toBe('pinguino');
  });

  it('English: case and apostrophes fold (Can’t = cant)', () => {
    expect(fold("Can't")).toBe('cant');
    expect(fold('Don’t')).toBe('dont');
    expect(fold('PASSWORD')).toBe('password');
  });

  it('Arabic: alef and hamza forms, tatweel, harakat and shadda, alef maksura and ta marbuta fold', () => {
    expect(fold('أستطيع')).toBe(fold('استطيع'));
    expect(fold('إلى')).toBe(fold('الي'));
    expect(fold('آخر')).toBe(fold('اخر'));
    expect(fold('مسؤول')).toBe(fold('مسوول'));
    expect(fold('شاومى')).toBe(fold('شاومي'));
    expect(fold('كلمة')).toBe(fold('كلمه'));
    expect(fold('التحقّق')).toBe(fold('التحقق'));
    expect(fold('مـقـيـد')).toBe(fold('مقيد'));
    expect(fold('كَلِمَةُ')).toBe(fold('كلمه'));
  });

  it('Vietnamese: đ/Đ fold to d (no decomposition does it), tones and hooks drop', () => {
    expect(fold('đăng nhập')).toBe(fold('dang nhap'));
    expect(fold('ĐĂNG NHẬP')).toBe('dang nhap');
    expect(fold('Quên mật khẩu')).toBe('quen mat khau');
  });

  it('Turkish: ı and İ fold to i, and İ lower-cases without a stray combining dot', () => {
    expect(fold('şifremi')).toBe(fold('sifremi'));
    expect(fold('hesabımı')).toBe('hesabimi');
    expect(fold('ŞİFREMİ')).toBe('sifremi');
    expect(fold('GİRİŞ')).toBe(fold('giris'));
    expect(fold('ISIM')).toBe(fold('ısım'));
    expect(fold('I\u0307')).toBe('i');
    expect(normalizeQuery('ŞİFREMİ UNUTTUM')).toBe('şifremi unuttum');
    expect(wordsOf('İSTANBUL')).toEqual(['istanbul']);
  });

  it('Hindi: Devanagari vowel signs, virama and anusvara stay (they make the word); nukta folds', () => {
    expect(fold('भूल')).toBe('भूल');
    expect(fold('भूल')).not.toBe(fold('भल'));
    expect(fold('खुल')).not.toBe(fold('खोल'));
    expect(fold('पासवर्ड')).toBe('पासवर्ड');
    expect(fold('नहीं')).toBe('नहीं');
    expect(fold('फ़ोन')).toBe(fold('फोन'));
    expect(fold('\u095E\u094B\u0928')).toBe(fold('फोन'));
    expect(wordsOf('पासवर्ड भूल गया')).toEqual(['पासवर्ड', 'भूल', 'गया']);
  });

  it('the same text always gives the same form, whatever its Unicode composition', () => {
    expect(fold('e\u0301')).toBe(fold('é'));
    expect(fold('\u0435\u0308')).toBe('е');
  });

  it('aliases compare in the same form', () => {
    expect(aliasKey('  Сяоми?! ')).toBe('сяоми');
    expect(aliasKey('Contraseña olvidada')).toBe(aliasKey('contrasena  olvidada'));
  });
});

describe('the words of a text', () => {
  it('are split at spaces, punctuation and hyphens; tokens without a letter are left out', () => {
    expect(wordsOf('SIM-карта, i.mi.com и 2fa — 123!')).toEqual(['sim', 'карта', 'i', 'mi', 'com', 'и', '2fa']);
  });

  it('keep the reader’s spelling (lower case) and join apostrophes', () => {
    expect(wordsOf("Can't find the Contraseña")).toEqual(['cant', 'find', 'the', 'contraseña']);
  });

  it('a plain word is letters only: "i.mi.com" and "2fa" are not judged by the vocabulary', () => {
    expect(isPlainWord('пароль')).toBe(true);
    expect(isPlainWord('contraseña')).toBe(true);
    expect(isPlainWord('i.mi.com')).toBe(false);
    expect(isPlainWord('2fa')).toBe(false);
  });
});
