import { describe, expect, it } from 'vitest';
import type { RegistrantRow } from '../../../../../../cms/src/registrants';
import { exportColumns, exportRecord } from '../domain/registrant-export';
import { columnsOf } from '../domain/registrant-query';

const columns = columnsOf([
  { key: 'track', type: 'single-choice', source: 'event', options: ['ML', 'Веб'] },
  { key: 'agree', type: 'checkbox', source: 'event', options: [] },
  { key: 'note', type: 'text', source: 'event', options: [] },
]);
const labels = { track: 'Направление', agree: 'Согласен', note: '=Заметка' };

const row: RegistrantRow = {
  id: 1,
  userId: 7,
  status: 'waitlisted',
  email: 'anna@uni.test',
  firstName: 'Анна',
  lastName: '-Смирнова',
  erased: false,
  source: 'partner',
  sourceDetail: 'itmo',
  registeredAt: '2026-12-01T10:00:00.000Z',
  attendedAt: null,
  profile: { phone: '+79001234567', status: 'student', city: 'Казань' },
  answers: { track: 'ML', agree: true, note: '@x' },
};

describe('registrant export columns', () => {
  it('heads the list’s columns in the organizer’s language, questions by their labels (made inert)', () => {
    const ru = exportColumns(columns, labels, 'ru').map((column) => column.label);
    expect(ru.slice(0, 7)).toEqual(['Статус регистрации', 'Email', 'Имя', 'Фамилия', 'Источник', 'Время регистрации', 'Время прихода']);
    expect(ru).toContain('Телефон');
    expect(ru.slice(-3)).toEqual(['Направление', 'Согласен', "'=Заметка"]);
    expect(exportColumns(columns, labels, 'en').map((column) => column.label).slice(0, 2)).toEqual(['Registration status', 'Email']);
  });

  it('writes a row as a spreadsheet should show it: words, yes/no, neutralized formula starts', () => {
    const record = exportRecord(exportColumns(columns, labels, 'ru'), row);
    expect(record).toMatchObject({
      status: 'В листе ожидания',
      email: 'anna@uni.test',
      lastName: "'-Смирнова",
      source: 'Партнёрская ссылка (itmo)',
      registeredAt: '2026-12-01T10:00:00.000Z',
      attendedAt: '',
      'profile.phone': "'+79001234567",
      'profile.status': 'Студент',
      'answers.track': 'ML',
      'answers.agree': 'да',
      'answers.note': "'@x",
    });
    expect(exportRecord(exportColumns(columns, labels, 'en'), row)).toMatchObject({ status: 'Waitlisted', 'answers.agree': 'yes', 'profile.status': 'Student' });
  });

  it('shows an erased person as «Удалённый пользователь» with no personal data', () => {
    const erased: RegistrantRow = { ...row, userId: null, erased: true, email: null, firstName: null, lastName: null, profile: { phone: null }, answers: { track: null } };
    const record = exportRecord(exportColumns(columns, labels, 'ru'), erased);
    expect(record.email).toBe('Удалённый пользователь');
    expect([record.firstName, record.lastName, record['profile.phone'], record['answers.track']]).toEqual(['', '', '', '']);
  });
});
