import { describe, expect, it } from 'vitest';
import { render } from '../i18n/messages';
import {
  buildForm,
  changedProfileFields,
  hasMarkup,
  localizeForm,
  missingFields,
  normalizePhone,
  parseOptions,
  validateAnswers,
  validateFormDefinition,
  type Profile,
  type RawField,
} from '../domain/form';

const RAW: RawField[] = [
  { key: 'track', type: 'single-choice', label: 'Секция', required: true, options: 'Физика\n  Химия \n\nФизика', order: 2 },
  { key: 'phone', type: 'phone', label: 'Телефон', required: true, order: 1 },
  { key: 'topics', type: 'multiple-choice', label: 'Темы', options: 'ИИ\nБио', order: 3 },
  { key: 'about', type: 'long-text', label: 'О себе', order: 4 },
  { key: 'age', type: 'number', label: 'Возраст', order: 5 },
  { key: 'day', type: 'date', label: 'День', order: 6 },
  { key: 'site', type: 'link', label: 'Сайт', order: 7 },
  { key: 'mail2', type: 'email', label: 'Почта руководителя', order: 8 },
  { key: 'agree', type: 'checkbox', label: 'Согласен с правилами', required: true, order: 9 },
  { key: 'cv', type: 'file', label: 'Резюме', order: 10 },
  { key: 'firstName', type: 'text', label: 'Ваше имя', required: false, order: 0 },
];
const form = buildForm(RAW);
const rules = { maxBytes: 1024, allowedKinds: ['pdf'] as const };
const profile = (over: Partial<Profile> = {}): Profile => ({
  email: 'ivan@uni.test',
  firstName: 'Иван',
  lastName: 'Петров',
  middleName: null,
  phone: null,
  status: null,
  organization: null,
  position: null,
  city: null,
  ...over,
});
const validate = (answers: Record<string, unknown>, who: Profile | null = null, files = {}) =>
  validateAnswers({ form, answers, files, profile: who, fileRules: rules });
const anonymous = { email: 'Anna@Uni.test', firstName: 'Анна', lastName: 'Смирнова', phone: '+7 900 123-45-67', track: 'Химия', agree: true };

describe('the form of an event', () => {
  it('puts email, first and last name first, then the questions in their order', () => {
    expect(form.map((field) => field.key)).toEqual([
      'email',
      'firstName',
      'lastName',
      'phone',
      'track',
      'topics',
      'about',
      'age',
      'day',
      'site',
      'mail2',
      'agree',
      'cv',
    ]);
  });

  it('lets the organizer reword a base field but not make it optional', () => {
    expect(form.find((field) => field.key === 'firstName')).toMatchObject({ label: 'Ваше имя', required: true });
  });

  it('keeps a profile field as the platform defines it', () => {
    expect(form.find((field) => field.key === 'phone')).toMatchObject({ source: 'profile', type: 'phone', required: true });
    const status = buildForm([{ key: 'status', type: 'text', label: 'Статус' }]).find((field) => field.key === 'status');
    expect(status).toMatchObject({ type: 'single-choice', source: 'profile' });
    expect(status?.options.map((option) => option.value)).toEqual(['applicant', 'student', 'alumnus', 'staff', 'partner', 'other']);
  });

  it("gives the platform's labels in the reader's language, and keeps the organizer's words", () => {
    const raw: RawField[] = [
      { key: 'status', type: 'single-choice', required: true, order: 1 },
      { key: 'city', type: 'text', label: 'Откуда вы', order: 2 },
      { key: 'track', type: 'single-choice', label: 'Секция', options: 'Физика', order: 3 },
    ];
    const labels = (locale: 'ru' | 'en') => localizeForm(buildForm(raw), locale).map((field) => [field.key, field.label]);
    expect(labels('ru')).toEqual([
      ['email', 'Email'],
      ['firstName', 'Имя'],
      ['lastName', 'Фамилия'],
      ['status', 'Статус'],
      ['city', 'Откуда вы'],
      ['track', 'Секция'],
    ]);
    expect(labels('en')).toEqual([
      ['email', 'Email'],
      ['firstName', 'First name'],
      ['lastName', 'Last name'],
      ['status', 'Status'],
      ['city', 'Откуда вы'],
      ['track', 'Секция'],
    ]);
    const status = (locale: 'ru' | 'en') => localizeForm(buildForm(raw), locale).find((field) => field.key === 'status')?.options;
    expect(status('ru')?.[0]).toEqual({ value: 'applicant', label: 'Абитуриент' });
    expect(status('en')?.map((option) => option.value)).toEqual(status('ru')?.map((option) => option.value));
    expect(status('en')?.[0]).toEqual({ value: 'applicant', label: 'Prospective student' });
    expect(localizeForm(buildForm(raw), 'en').find((field) => field.key === 'track')?.options).toEqual([{ value: 'Физика', label: 'Физика' }]);
    // Russian is what the form is built in
    expect(localizeForm(form, 'ru')).toEqual(form);
  });

  it('reads options one per line, without blanks and repeats', () => {
    expect(parseOptions('Физика\n  Химия \r\n\nФизика')).toEqual(['Физика', 'Химия']);
    expect(form.find((field) => field.key === 'track')?.options).toEqual([
      { value: 'Физика', label: 'Физика' },
      { value: 'Химия', label: 'Химия' },
    ]);
  });

  it('finds problems in a definition before it is saved', () => {
    const issues = validateFormDefinition([
      { key: '1bad', type: 'text', label: 'x' },
      { key: 'dup', type: 'text', label: 'x' },
      { key: 'dup', type: 'text', label: 'x' },
      { key: 'pick', type: 'single-choice', label: 'x', options: ' \n ' },
      { key: 'phone', type: 'number', label: 'x' },
      { key: 'odd', type: 'video', label: 'x' },
    ]);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['0.key', '2.key', '3.options', '4.type', '5.type']);
    expect(validateFormDefinition(RAW)).toEqual([]);
  });
});

describe('answers', () => {
  it('accepts a complete anonymous submission, splitting profile and event answers', () => {
    const result = validate({
      ...anonymous,
      topics: ['ИИ'],
      about: 'a < b и 5 > 3',
      age: 17,
      day: '2024-02-29',
      site: 'https://x.ru/a',
      mail2: 'Boss@Uni.test',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        email: 'anna@uni.test',
        profile: { firstName: 'Анна', lastName: 'Смирнова', phone: '+79001234567' },
        answers: {
          track: 'Химия',
          topics: ['ИИ'],
          about: 'a < b и 5 > 3',
          age: 17,
          day: '2024-02-29',
          site: 'https://x.ru/a',
          mail2: 'boss@uni.test',
          agree: true,
        },
        files: [],
      },
    });
  });

  it('names every problem at once', () => {
    const result = validate({ email: 'nope', track: 'Биология', topics: ['ИИ', 'ИИ'], age: '17', day: '2023-02-29', site: 'ftp://x', agree: false, extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'answers.extra',
        'answers.email',
        'answers.firstName',
        'answers.lastName',
        'answers.phone',
        'answers.track',
        'answers.topics',
        'answers.age',
        'answers.day',
        'answers.site',
        'answers.agree',
      ].sort(),
    );
    const track = result.issues.find((issue) => issue.path[1] === 'track');
    expect(track && render('ru', track.message)).toBe('«Секция»: выберите один из вариантов');
    expect(track && render('en', track.message)).toBe('“Секция”: choose one of the options');
    const firstName = result.issues.find((issue) => issue.path[1] === 'firstName');
    expect(firstName && render('ru', firstName.message)).toBe('«Ваше имя»: обязательное поле');
  });

  it('refuses markup and scripts in any text', () => {
    for (const text of [
      '<script>alert(1)</script>',
      'hi <img src=x onerror=alert(1)>',
      '</textarea>',
      'javascript:alert(1)',
      '<!-- x -->',
      'data:text/html,<b>',
    ]) {
      expect(hasMarkup(text)).toBe(true);
    }
    for (const text of ['a < b', '5 > 3', 'C++ <3', 'email me: a@b.c', 'Тема: «ИИ»']) expect(hasMarkup(text)).toBe(false);
    const result = validate({ ...anonymous, about: 'x <script>1</script>' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual(['answers.about']);
  });

  it('asks a signed-in user only for what the profile lacks, and keeps the email of the account', () => {
    expect(missingFields(form, profile())).toEqual(['phone', 'track', 'agree']);
    expect(missingFields(form, profile({ phone: '+79000000000' }))).toEqual(['track', 'agree']);
    expect(missingFields(form, null)).toEqual(['email', 'firstName', 'lastName', 'phone', 'track', 'agree']);
    expect(validate({ track: 'Физика', agree: true }, profile({ phone: '+79000000000' })).ok).toBe(true);
    const other = validate({ track: 'Физика', agree: true, phone: '+79000000000', email: 'other@uni.test' }, profile());
    expect(other.ok ? [] : other.issues.map((issue) => issue.path.join('.'))).toEqual(['answers.email']);
    expect(validate({ track: 'Физика', agree: true, phone: '+79000000000', email: 'IVAN@uni.test' }, profile()).ok).toBe(true);
  });

  it('checks files by content and size, and keeps them apart from the answers', () => {
    const pdf = new Uint8Array(Buffer.from('%PDF-1.4'));
    const ok = validate(anonymous, null, { cv: { name: 'cv.pdf', size: pdf.length, bytes: pdf } });
    expect(ok.ok && ok.value.files.map((file) => [file.key, file.mime])).toEqual([['cv', 'application/pdf']]);
    const big = validate(anonymous, null, { cv: { name: 'cv.pdf', size: 2048, bytes: new Uint8Array(0) } });
    const bigIssue = big.ok ? undefined : big.issues[0];
    expect(bigIssue && render('ru', bigIssue.message)).toBe('«Резюме»: Файл больше 1 МБ');
    expect(bigIssue && render('en', bigIssue.message)).toBe('“Резюме”: The file is larger than 1 MB');
    const stray = validate(anonymous, null, { photo: { name: 'a.pdf', size: pdf.length, bytes: pdf } });
    expect(stray.ok ? [] : stray.issues.map((issue) => issue.path.join('.'))).toEqual(['files.photo']);
    const asText = validate({ ...anonymous, cv: 'cv.pdf' });
    expect(asText.ok ? [] : asText.issues.map((issue) => issue.path.join('.'))).toEqual(['answers.cv']);
  });

  it('normalizes phone numbers', () => {
    expect(normalizePhone('8 (900) 123-45-67')).toBe('+79001234567');
    expect(normalizePhone('+49 30 1234567')).toBe('+49301234567');
    expect(normalizePhone('12-34')).toBeNull();
    expect(normalizePhone('+7 900 abc')).toBeNull();
  });
});

describe('changedProfileFields', () => {
  it('names the fields whose value changes, not those set to what they were', () => {
    expect(changedProfileFields({ firstName: 'Иван', city: null }, { firstName: 'Иван', city: 'Казань' })).toEqual(['city']);
    expect(changedProfileFields({ firstName: 'Иван' }, { firstName: 'Пётр' })).toEqual(['firstName']);
  });

  it('treats an empty value as no value, and skips fields the patch leaves out', () => {
    expect(changedProfileFields({ city: null }, { city: '' })).toEqual([]);
    expect(changedProfileFields({ city: 'Казань' }, { city: null })).toEqual(['city']);
    expect(changedProfileFields({ city: 'Казань' }, { phone: undefined })).toEqual([]);
  });
});
