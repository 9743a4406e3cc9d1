/**
 * Every text the registration API shows a person, in Russian (first) and English. Code outside
 * this file names a text by key and parameters (a `Message`), and it is put into words for the
 * caller's language on the way out. Both catalogs have the same type, so a text missing in either
 * language does not compile. Pure.
 */
import type { Locale } from '../domain/locale';
import type { ProfileKey, ProfileStatus } from '../domain/form';

/** What each text needs to be written; `void`: nothing. */
export interface MessageParams extends Record<`profile.${ProfileKey}` | `status.${ProfileStatus}`, void> {
  // the request as a whole
  'request.unknown-part-file': void;
  'request.one-file-per-field': void;
  'request.unknown-part-data': void;
  'request.data-missing': void;
  'request.data-not-json': void;

  // answers to a form
  'answer.unknown-field': { key: string };
  'answer.unknown-file-field': { key: string };
  'answer.required': { label: string };
  'answer.check-to-continue': { label: string };
  'answer.expect-text': { label: string };
  'answer.too-long': { label: string; max: number };
  'answer.markup': { label: string };
  'answer.bad-email': { label: string };
  'answer.bad-phone': { label: string };
  'answer.bad-link': { label: string };
  'answer.expect-number': { label: string };
  'answer.bad-date': { label: string };
  'answer.choose-one': { label: string };
  'answer.expect-list': { label: string };
  'answer.choose-from-list': { label: string };
  'answer.expect-yes-no': { label: string };
  'answer.file-as-part': { label: string; key: string };
  'answer.attach-file': { label: string };
  'answer.file': { label: string; problem: Message };
  'answer.account-email': void;

  // uploaded files
  'file.empty': void;
  'file.too-large': { megabytes: number };
  'file.disallowed': { allowed: string };
  'file.extension-mismatch': { extension: string };

  // a form definition, as the organizer saves it
  'definition.bad-key': { key: string };
  'definition.duplicate-key': { key: string };
  'definition.unknown-type': { type: string };
  'definition.profile-type': { key: string; type: string };
  'definition.no-options': void;
  'definition.too-many-options': { max: number };
  'definition.long-option': void;

  // the registration window
  'window.disabled': void;
  'window.not-yet': void;
  'window.opens-at': { at: Date };
  'window.closed': void;
  'window.ended': void;

  // registering, cancelling
  'event.not-found': void;

  // organizers' registrant lists
  'list.sign-in': void;
  'list.forbidden': void;
  'list.unknown-column': { column: string };
  'list.bad-operator': { column: string; op: string };
  'list.bad-value': { column: string; op: string };
  'list.bad-sort': { sort: string };
  'list.bad-page': void;
  'list.too-many-filters': { max: number };

  // organizers' actions and the check-in
  'action.not-found': void;
  'action.erased': void;
  'action.not-seated': void;
  'action.not-pending': void;
  'action.full': void;
  'action.no-confirmation': void;
  'add.already-registered': void;
  'checkin.not-found': void;
  'checkin.search-query': void;
  'checkin.no-code': void;
  'mail.checkin-code': { code: string };
  'mail.checkin-qr-alt': void;
  'mail.rejected.subject': { title: string };
  'mail.rejected.text': { firstName: string | null; title: string };
  'register.consent-outdated': void;
  'register.consent-required': void;
  'register.full': void;
  'register.code-sent': { email: string };
  'register.too-many': { minutes: number };
  'register.pending-gone': void;
  'cancel.sign-in': void;
  'cancel.event-over': void;
  'cancel.not-registered': void;
  'ref.unknown': { code: string };
  'ref.other-event': { code: string };

  // partner links' visits and statistics, the audience base and its segments
  'visits.unvouched': void;
  'partners.bad-delimiter': void;
  'audience.forbidden': void;
  'audience.bad-query': { problem: string };
  'segment.not-found': void;
  'segment.invalid': { problem: string };
  'csv.yes': void;
  'csv.no': void;

  // the personal cabinet
  'cabinet.sign-in': void;
  'cabinet.bad-phone': void;
  'cabinet.markup': void;
  'cabinet.erase-needs-code': void;

  // signing in
  'auth.bad-header': void;
  'auth.session-expired': void;
  'auth.too-many-codes': { minutes: number };
  'auth.too-many-attempts': void;
  'auth.bad-code': void;
  'auth.blocked': void;
  'auth.token-failed': void;

  // mails
  'mail.code.subject': { code: string };
  'mail.code.text': { code: string; minutes: number };
  'mail.registration-code.subject': { code: string };
  'mail.registration-code.text': { code: string; minutes: number; title: string };
  'mail.erase-code.subject': { code: string };
  'mail.erase-code.text': { code: string; minutes: number };
  'mail.promoted.subject': { title: string };
  'mail.promoted.text': { firstName: string | null; title: string; link: string | null };
  'mail.registered.subject': { title: string };
  'mail.registered.text': ConfirmationTextParams & { calendarLink: string | null };
  'mail.waitlisted.subject': { title: string };
  'mail.waitlisted.text': ConfirmationTextParams & { place: number };

  // organizers' exports, person cards, files and the access log (issue 12)
  'export.column.status': void;
  'export.column.email': void;
  'export.column.firstName': void;
  'export.column.lastName': void;
  'export.column.source': void;
  'export.column.registeredAt': void;
  'export.column.attendedAt': void;
  'export.status.registered': void;
  'export.status.waitlisted': void;
  'export.status.cancelled': void;
  'export.status.pending': void;
  'export.status.rejected': void;
  'export.source.partner': void;
  'export.source.utm': void;
  'export.source.invitation': void;
  'export.source.direct': void;
  'export.erased': void;
  'export.yes': void;
  'export.no': void;
  'export.bad-delimiter': void;
  'person.not-found': void;
  'file.not-found': void;
  'access-log.forbidden': void;
  'access-log.bad-page': void;
}

/** What a confirmation mail says; a link is null when the site's address is not configured. */
export interface ConfirmationTextParams {
  firstName: string | null;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  eventLink: string | null;
  cabinetLink: string | null;
}

export type MessageKey = keyof MessageParams;

/** A text named by key, with what it needs. */
export interface MessageOf<K extends MessageKey> {
  key: K;
  params: MessageParams[K];
}

/** Any text of the catalog. */
export type Message = { [K in MessageKey]: MessageOf<K> }[MessageKey];

type Catalog = { [K in MessageKey]: (params: MessageParams[K]) => string };

const moscowTime = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });
const RU_DATE = moscowTime('ru-RU');
const EN_DATE = moscowTime('en-GB');

/**
 * When an event is: its start, or its start and end as one range ("1 June 2027, 10:00–18:00"). ICU
 * puts narrow spaces into ranges ("2027\u202fг.") but not into single dates: plain spaces in both.
 */
const when = (format: Intl.DateTimeFormat, startsAt: Date, endsAt: Date | null): string =>
  (endsAt && endsAt.getTime() > startsAt.getTime() ? format.formatRange(startsAt, endsAt) : format.format(startsAt)).replace(/[\u2009\u202f]/g, ' ');

/** A mail's paragraphs (empty ones left out), and a block of "Label: value" lines (lines without a value left out). */
const paragraphs = (...parts: string[]): string => parts.filter((part) => part !== '').join('\n\n');
const lines = (...entries: Array<[label: string, value: string | null]>): string =>
  entries
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
const moscow = (format: Intl.DateTimeFormat, zone: string, { startsAt, endsAt }: ConfirmationTextParams): string | null =>
  startsAt ? `${when(format, startsAt, endsAt)} (${zone})` : null;

const ru: Catalog = {
  'request.unknown-part-file': () => 'Неизвестная часть запроса: файлы передаются частями files.<ключ поля>',
  'request.one-file-per-field': () => 'Одно поле — один файл',
  'request.unknown-part-data': () => 'Неизвестная часть запроса: ответы передаются JSON-ом в части data',
  'request.data-missing': () => 'Нужна часть data с ответами в JSON',
  'request.data-not-json': () => 'Часть data — не JSON',

  'answer.unknown-field': ({ key }) => `Поля «${key}» нет в форме этого события`,
  'answer.unknown-file-field': ({ key }) => `Поля-файла «${key}» нет в форме этого события`,
  'answer.required': ({ label }) => `«${label}»: обязательное поле`,
  'answer.check-to-continue': ({ label }) => `«${label}»: отметьте, чтобы продолжить`,
  'answer.expect-text': ({ label }) => `«${label}»: ожидается текст`,
  'answer.too-long': ({ label, max }) => `«${label}»: не длиннее ${max} символов`,
  'answer.markup': ({ label }) => `«${label}»: уберите HTML-разметку и скрипты`,
  'answer.bad-email': ({ label }) => `«${label}»: проверьте адрес почты`,
  'answer.bad-phone': ({ label }) => `«${label}»: номер телефона из 7–15 цифр, например +7 900 123-45-67`,
  'answer.bad-link': ({ label }) => `«${label}»: ссылка должна начинаться с https://`,
  'answer.expect-number': ({ label }) => `«${label}»: ожидается число`,
  'answer.bad-date': ({ label }) => `«${label}»: дата в формате ГГГГ-ММ-ДД`,
  'answer.choose-one': ({ label }) => `«${label}»: выберите один из вариантов`,
  'answer.expect-list': ({ label }) => `«${label}»: ожидается список вариантов`,
  'answer.choose-from-list': ({ label }) => `«${label}»: выберите варианты из списка, без повторов`,
  'answer.expect-yes-no': ({ label }) => `«${label}»: ожидается да или нет`,
  'answer.file-as-part': ({ label, key }) => `«${label}»: файл отправляется частью files.${key} запроса multipart/form-data`,
  'answer.attach-file': ({ label }) => `«${label}»: приложите файл`,
  'answer.file': ({ label, problem }) => `«${label}»: ${render('ru', problem)}`,
  'answer.account-email': () => 'Email аккаунта меняется в личном кабинете, а не в форме регистрации',

  'file.empty': () => 'Файл пустой',
  'file.too-large': ({ megabytes }) => `Файл больше ${megabytes} МБ`,
  'file.disallowed': ({ allowed }) => `Этот тип файла не принимается. Можно: ${allowed}`,
  'file.extension-mismatch': ({ extension }) => `Содержимое файла не соответствует расширению .${extension}`,

  'definition.bad-key': ({ key }) => `Ключ «${key}»: латинские буквы, цифры и _, начинается с буквы, до 40 символов`,
  'definition.duplicate-key': ({ key }) => `Ключ «${key}» уже есть в форме`,
  'definition.unknown-type': ({ type }) => `Неизвестный тип поля «${type}»`,
  'definition.profile-type': ({ key, type }) => `Поле профиля «${key}» имеет тип ${type}`,
  'definition.no-options': () => 'Укажите варианты ответа, по одному в строке',
  'definition.too-many-options': ({ max }) => `Не больше ${max} вариантов`,
  'definition.long-option': () => 'Вариант ответа длиннее 200 символов',

  'window.disabled': () => 'Регистрация на это событие не открыта',
  'window.not-yet': () => 'Регистрация ещё не открыта',
  'window.opens-at': ({ at }) => `Регистрация откроется ${RU_DATE.format(at)} (МСК)`,
  'window.closed': () => 'Регистрация на это событие завершена',
  'window.ended': () => 'Событие уже прошло',

  'event.not-found': () => 'Событие не найдено',

  'list.sign-in': () => 'Войдите в админку',
  'list.forbidden': () => 'Нет доступа к участникам этого события',
  'list.unknown-column': ({ column }) => `Нет такого столбца: ${column}`,
  'list.bad-operator': ({ column, op }) => `Столбец ${column} не фильтруется условием ${op}`,
  'list.bad-value': ({ column, op }) => `Неподходящее значение фильтра ${op} для столбца ${column}`,
  'list.bad-sort': ({ sort }) => `Неверная сортировка «${sort}»: нужно <столбец>:asc или <столбец>:desc`,
  'list.bad-page': () => 'Неверный номер или размер страницы (размер от 1 до 200)',
  'list.too-many-filters': ({ max }) => `Слишком много условий: не больше ${max}`,
  'action.not-found': () => 'Регистрация не найдена среди участников этого события',
  'action.erased': () => 'Участник удалил аккаунт: с его регистрацией ничего не сделать',
  'action.not-seated': () => 'Отметить присутствие можно только у зарегистрированного участника (не в листе ожидания, не отменённого)',
  'action.not-pending': () => 'Регистрация не ждёт одобрения',
  'action.full': () => 'Свободных мест нет, а лист ожидания не ведётся: регистрация осталась на рассмотрении',
  'action.no-confirmation': () => 'Подтверждение отправляется только зарегистрированным и ожидающим в листе ожидания',
  'add.already-registered': () => 'Этот человек уже записан на событие: его регистрация есть в списке',
  'checkin.not-found': () => 'Код не найден среди регистраций этого события',
  'checkin.search-query': () => 'Введите от 1 до 100 символов имени или email',
  'checkin.no-code': () => 'Код для входа есть только у регистрации с местом на событии',
  'mail.checkin-code': ({ code }) => `Ваш код для входа на событие (покажите QR-код из письма или назовите код): ${code}`,
  'mail.checkin-qr-alt': () => 'QR-код для входа на событие',
  'mail.rejected.subject': ({ title }) => `Заявка не одобрена: ${title}`,
  'mail.rejected.text': ({ firstName, title }) =>
    `Здравствуйте${firstName ? `, ${firstName}` : ''}!\n\nОрганизаторы рассмотрели вашу заявку на «${title}» и, к сожалению, не смогли её одобрить.`,
  'register.consent-outdated': () => 'Текст согласия обновился: прочитайте и подтвердите новую версию',
  'register.consent-required': () => 'Нужно согласие на обработку персональных данных',
  'register.full': () => 'Свободных мест нет, а лист ожидания на этом событии не ведётся',
  'register.code-sent': ({ email }) => `Мы отправили код на ${email}. Введите его, чтобы завершить регистрацию`,
  'register.too-many': ({ minutes }) => `Слишком много заявок. Попробуйте через ${minutes} мин.`,
  'register.pending-gone': () => 'Заявка устарела: отправьте форму ещё раз',
  'cancel.sign-in': () => 'Войдите, чтобы отменить регистрацию',
  'cancel.event-over': () => 'Событие уже прошло: регистрацию не отменить',
  'cancel.not-registered': () => 'Вы не зарегистрированы на это событие',
  'ref.unknown': ({ code }) => `Ссылки партнёра с кодом «${code}» нет или она отключена`,
  'ref.other-event': ({ code }) => `Ссылка партнёра «${code}» относится к другому событию`,
  'visits.unvouched': () => 'Переходы по ссылкам партнёров сообщает только сервер сайта',
  'partners.bad-delimiter': () => 'Разделитель CSV: «;» или «,»',
  'audience.forbidden': () => 'Нет доступа к аудитории',
  'audience.bad-query': ({ problem }) => `Неверный запрос аудитории: ${problem}`,
  'segment.not-found': () => 'Сегмент не найден',
  'segment.invalid': ({ problem }) => `Неверные условия сегмента: ${problem}`,
  'csv.yes': () => 'да',
  'csv.no': () => 'нет',

  'cabinet.sign-in': () => 'Войдите в личный кабинет',
  'cabinet.bad-phone': () => 'Номер телефона из 7–15 цифр, например +7 900 123-45-67',
  'cabinet.markup': () => 'Уберите HTML-разметку и скрипты',
  'cabinet.erase-needs-code': () =>
    'Удаление аккаунта подтверждается свежим кодом: запросите его (POST /api/registration/me/erase-code) и введите (POST /api/registration/me/erase)',

  'auth.bad-header': () => 'Неверный заголовок Authorization: ожидается Bearer <токен>',
  'auth.session-expired': () => 'Сессия истекла или недействительна: войдите снова',
  'auth.too-many-codes': ({ minutes }) => `Слишком много запросов кода. Попробуйте через ${minutes} мин.`,
  'auth.too-many-attempts': () => 'Слишком много попыток ввода кода: попробуйте через несколько минут',
  'auth.bad-code': () => 'Неверный или просроченный код',
  'auth.blocked': () => 'Аккаунт заблокирован администратором',
  'auth.token-failed': () => 'Не удалось выпустить токен доступа',

  'mail.code.subject': ({ code }) => `Код для входа: ${code}`,
  'mail.code.text': ({ code, minutes }) =>
    `Ваш код для входа: ${code}\n\nОн действует ${minutes} минут и подходит один раз. Если вы не запрашивали код, просто удалите это письмо.`,
  'mail.registration-code.subject': ({ code }) => `Код подтверждения регистрации: ${code}`,
  'mail.registration-code.text': ({ code, minutes, title }) =>
    `Чтобы завершить регистрацию на «${title}», введите код: ${code}\n\nОн действует ${minutes} минут и подходит один раз. ` +
    'Если вы не регистрировались, просто удалите это письмо: без кода регистрация не состоится.',
  'mail.erase-code.subject': ({ code }) => `Код для удаления аккаунта: ${code}`,
  'mail.erase-code.text': ({ code, minutes }) =>
    `Код для подтверждения удаления аккаунта: ${code}\n\nОн действует ${minutes} минут и подходит один раз. Если вы не собирались удалять аккаунт, ` +
    'не вводите его нигде и просто удалите это письмо.',
  'mail.promoted.subject': ({ title }) => `Место освободилось: вы зарегистрированы на «${title}»`,
  'mail.promoted.text': ({ firstName, title, link }) =>
    `Здравствуйте${firstName ? `, ${firstName}` : ''}!\n\nНа событии «${title}» освободилось место, и вы были первым в листе ожидания. ` +
    `Теперь вы зарегистрированы.${link ? `\n\nСтраница события: ${link}` : ''}\n\n` +
    'Если планы изменились, отмените регистрацию в личном кабинете, чтобы место досталось следующему.',
  'mail.registered.subject': ({ title }) => `Вы зарегистрированы: ${title}`,
  'mail.registered.text': (p) =>
    paragraphs(
      `Здравствуйте${p.firstName ? `, ${p.firstName}` : ''}!`,
      `Вы зарегистрированы на событие «${p.title}».`,
      lines(['Когда', moscow(RU_DATE, 'МСК', p)], ['Страница события', p.eventLink], ['Добавить в календарь', p.calendarLink]),
      p.cabinetLink
        ? `Все ваши регистрации — в личном кабинете: ${p.cabinetLink}\nЕсли планы изменятся, отмените регистрацию там, чтобы место досталось другому участнику.`
        : 'Если планы изменятся, отмените регистрацию в личном кабинете на сайте, чтобы место досталось другому участнику.',
    ),
  'mail.waitlisted.subject': ({ title }) => `Вы в листе ожидания: ${title}`,
  'mail.waitlisted.text': (p) =>
    paragraphs(
      `Здравствуйте${p.firstName ? `, ${p.firstName}` : ''}!`,
      `Свободных мест на событии «${p.title}» пока нет, и вы в листе ожидания: ваше место в очереди — ${p.place}.\n` +
        'Как только место освободится, мы зарегистрируем вас автоматически и пришлём письмо.',
      lines(['Когда', moscow(RU_DATE, 'МСК', p)], ['Страница события', p.eventLink]),
      p.cabinetLink
        ? `Ваше место в очереди видно в личном кабинете: ${p.cabinetLink}\nЕсли передумаете, отмените регистрацию там.`
        : 'Если передумаете, отмените регистрацию в личном кабинете на сайте.',
    ),

  'profile.email': () => 'Email',
  'profile.firstName': () => 'Имя',
  'profile.lastName': () => 'Фамилия',
  'profile.middleName': () => 'Отчество',
  'profile.phone': () => 'Телефон',
  'profile.status': () => 'Статус',
  'profile.organization': () => 'Организация / вуз / школа',
  'profile.position': () => 'Должность / курс',
  'profile.city': () => 'Город',
  'status.applicant': () => 'Абитуриент',
  'status.student': () => 'Студент',
  'status.alumnus': () => 'Выпускник',
  'status.staff': () => 'Сотрудник',
  'status.partner': () => 'Партнёр',
  'status.other': () => 'Другое',
  'export.column.status': () => 'Статус регистрации',
  'export.column.email': () => 'Email',
  'export.column.firstName': () => 'Имя',
  'export.column.lastName': () => 'Фамилия',
  'export.column.source': () => 'Источник',
  'export.column.registeredAt': () => 'Время регистрации',
  'export.column.attendedAt': () => 'Время прихода',
  'export.status.registered': () => 'Зарегистрирован',
  'export.status.waitlisted': () => 'В листе ожидания',
  'export.status.cancelled': () => 'Отменена',
  'export.status.pending': () => 'Ждёт одобрения',
  'export.status.rejected': () => 'Отклонена',
  'export.source.partner': () => 'Партнёрская ссылка',
  'export.source.utm': () => 'UTM-метки',
  'export.source.invitation': () => 'Приглашение',
  'export.source.direct': () => 'Напрямую',
  'export.erased': () => 'Удалённый пользователь',
  'export.yes': () => 'да',
  'export.no': () => 'нет',
  'export.bad-delimiter': () => 'Разделитель CSV: «;» или «,»',
  'person.not-found': () => 'Человек не найден среди участников ваших событий',
  'file.not-found': () => 'Файл не найден',
  'access-log.forbidden': () => 'Журнал доступа читает только администратор клиента',
  'access-log.bad-page': () => 'Неверный номер или размер страницы (размер от 1 до 100)',
};

const en: Catalog = {
  'request.unknown-part-file': () => 'Unknown part of the request: files are sent in parts named files.<field key>',
  'request.one-file-per-field': () => 'One file per field',
  'request.unknown-part-data': () => 'Unknown part of the request: the answers are sent as JSON in the data part',
  'request.data-missing': () => 'The data part with the answers in JSON is missing',
  'request.data-not-json': () => 'The data part is not JSON',

  'answer.unknown-field': ({ key }) => `This event's form has no field “${key}”`,
  'answer.unknown-file-field': ({ key }) => `This event's form has no file field “${key}”`,
  'answer.required': ({ label }) => `“${label}”: this field is required`,
  'answer.check-to-continue': ({ label }) => `“${label}”: tick this box to continue`,
  'answer.expect-text': ({ label }) => `“${label}”: text expected`,
  'answer.too-long': ({ label, max }) => `“${label}”: at most ${max} characters`,
  'answer.markup': ({ label }) => `“${label}”: please remove HTML markup and scripts`,
  'answer.bad-email': ({ label }) => `“${label}”: please check the email address`,
  'answer.bad-phone': ({ label }) => `“${label}”: a phone number of 7–15 digits, e.g. +44 20 7946 0958`,
  'answer.bad-link': ({ label }) => `“${label}”: a link must start with https://`,
  'answer.expect-number': ({ label }) => `“${label}”: a number expected`,
  'answer.bad-date': ({ label }) => `“${label}”: a date as YYYY-MM-DD`,
  'answer.choose-one': ({ label }) => `“${label}”: choose one of the options`,
  'answer.expect-list': ({ label }) => `“${label}”: a list of options expected`,
  'answer.choose-from-list': ({ label }) => `“${label}”: choose options from the list, each once`,
  'answer.expect-yes-no': ({ label }) => `“${label}”: yes or no expected`,
  'answer.file-as-part': ({ label, key }) => `“${label}”: the file is sent as the files.${key} part of a multipart/form-data request`,
  'answer.attach-file': ({ label }) => `“${label}”: please attach a file`,
  'answer.file': ({ label, problem }) => `“${label}”: ${render('en', problem)}`,
  'answer.account-email': () => "The account's email is changed in your account, not in the registration form",

  'file.empty': () => 'The file is empty',
  'file.too-large': ({ megabytes }) => `The file is larger than ${megabytes} MB`,
  'file.disallowed': ({ allowed }) => `This type of file is not accepted. Allowed: ${allowed}`,
  'file.extension-mismatch': ({ extension }) => `The file's content does not match its extension .${extension}`,

  'definition.bad-key': ({ key }) => `Key “${key}”: Latin letters, digits and _, starting with a letter, up to 40 characters`,
  'definition.duplicate-key': ({ key }) => `Key “${key}” is already in the form`,
  'definition.unknown-type': ({ type }) => `Unknown field type “${type}”`,
  'definition.profile-type': ({ key, type }) => `Profile field “${key}” has the type ${type}`,
  'definition.no-options': () => 'List the options, one per line',
  'definition.too-many-options': ({ max }) => `At most ${max} options`,
  'definition.long-option': () => 'An option is longer than 200 characters',

  'window.disabled': () => 'Registration for this event is not open',
  'window.not-yet': () => 'Registration has not opened yet',
  'window.opens-at': ({ at }) => `Registration opens on ${EN_DATE.format(at)} (Moscow time)`,
  'window.closed': () => 'Registration for this event has closed',
  'window.ended': () => 'The event is over',

  'event.not-found': () => 'Event not found',

  'list.sign-in': () => 'Sign in to the admin panel',
  'list.forbidden': () => "You have no access to this event's registrants",
  'list.unknown-column': ({ column }) => `No such column: ${column}`,
  'list.bad-operator': ({ column, op }) => `Column ${column} cannot be filtered with ${op}`,
  'list.bad-value': ({ column, op }) => `Unsuitable value of filter ${op} for column ${column}`,
  'list.bad-sort': ({ sort }) => `Invalid sort "${sort}": use <column>:asc or <column>:desc`,
  'list.bad-page': () => 'Invalid page number or size (size 1 to 200)',
  'list.too-many-filters': ({ max }) => `Too many conditions: at most ${max}`,
  'action.not-found': () => 'No such registration among the registrants of this event',
  'action.erased': () => 'The person deleted their account: their registration cannot be changed',
  'action.not-seated': () => 'Attendance is marked only for a registered person (not waitlisted, not cancelled)',
  'action.not-pending': () => 'The registration is not waiting for approval',
  'action.full': () => 'No seats are free and there is no waitlist: the registration is still waiting for approval',
  'action.no-confirmation': () => 'A confirmation is sent only to registered and waitlisted people',
  'add.already-registered': () => 'This person is registered for the event already: their registration is in the list',
  'checkin.not-found': () => 'The code does not match any registration of this event',
  'checkin.search-query': () => 'Enter 1 to 100 characters of a name or email',
  'checkin.no-code': () => 'Only a registration holding a seat has an entry code',
  'mail.checkin-code': ({ code }) => `Your entry code for the event (show the QR code from this email or tell the code): ${code}`,
  'mail.checkin-qr-alt': () => 'Entry QR code for the event',
  'mail.rejected.subject': ({ title }) => `Registration not approved: ${title}`,
  'mail.rejected.text': ({ firstName, title }) =>
    `Hello${firstName ? `, ${firstName}` : ''}!\n\nThe organizers have reviewed your registration for “${title}” and unfortunately could not approve it.`,
  'register.consent-outdated': () => 'The consent text has changed: please read and accept the new version',
  'register.consent-required': () => 'Consent to the processing of personal data is required',
  'register.full': () => 'There are no seats left and this event has no waitlist',
  'register.code-sent': ({ email }) => `We have sent a code to ${email}. Enter it to complete your registration`,
  'register.too-many': ({ minutes }) => `Too many submissions. Please try again in ${minutes} min.`,
  'register.pending-gone': () => 'This submission has expired: please send the form again',
  'cancel.sign-in': () => 'Sign in to cancel your registration',
  'cancel.event-over': () => 'The event is over: the registration can no longer be cancelled',
  'cancel.not-registered': () => 'You are not registered for this event',
  'ref.unknown': ({ code }) => `There is no partner link with the code “${code}”, or it is disabled`,
  'ref.other-event': ({ code }) => `Partner link “${code}” belongs to another event`,
  'visits.unvouched': () => "Partner-link visits are reported by the site's server only",
  'partners.bad-delimiter': () => 'CSV delimiter: “;” or “,”',
  'audience.forbidden': () => 'You have no access to the audience',
  'audience.bad-query': ({ problem }) => `Invalid audience query: ${problem}`,
  'segment.not-found': () => 'Segment not found',
  'segment.invalid': ({ problem }) => `Invalid segment conditions: ${problem}`,
  'csv.yes': () => 'yes',
  'csv.no': () => 'no',

  'cabinet.sign-in': () => 'Sign in to your account',
  'cabinet.bad-phone': () => 'A phone number of 7–15 digits, e.g. +44 20 7946 0958',
  'cabinet.markup': () => 'Please remove HTML markup and scripts',
  'cabinet.erase-needs-code': () =>
    'Deleting the account takes a fresh code: ask for it (POST /api/registration/me/erase-code) and enter it (POST /api/registration/me/erase)',

  'auth.bad-header': () => 'Invalid Authorization header: Bearer <token> expected',
  'auth.session-expired': () => 'Your session has expired or is invalid: please sign in again',
  'auth.too-many-codes': ({ minutes }) => `Too many code requests. Please try again in ${minutes} min.`,
  'auth.too-many-attempts': () => 'Too many code attempts: please try again in a few minutes',
  'auth.bad-code': () => 'Wrong or expired code',
  'auth.blocked': () => 'The account has been blocked by an administrator',
  'auth.token-failed': () => 'Could not issue an access token',

  'mail.code.subject': ({ code }) => `Sign-in code: ${code}`,
  'mail.code.text': ({ code, minutes }) =>
    `Your sign-in code: ${code}\n\nIt is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and works once. ` +
    'If you did not ask for a code, just delete this email.',
  'mail.registration-code.subject': ({ code }) => `Registration confirmation code: ${code}`,
  'mail.registration-code.text': ({ code, minutes, title }) =>
    `To complete your registration for “${title}”, enter this code: ${code}\n\nIt is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and works once. ` +
    'If you did not register, just delete this email: without the code there is no registration.',
  'mail.erase-code.subject': ({ code }) => `Account deletion code: ${code}`,
  'mail.erase-code.text': ({ code, minutes }) =>
    `Your code to confirm deleting your account: ${code}\n\nIt is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and works once. ` +
    'If you did not mean to delete your account, do not enter it anywhere and just delete this email.',
  'mail.promoted.subject': ({ title }) => `A seat has freed up: you are registered for “${title}”`,
  'mail.promoted.text': ({ firstName, title, link }) =>
    `Hello${firstName ? `, ${firstName}` : ''}!\n\nA seat has freed up at “${title}”, and you were first on the waitlist. ` +
    `You are now registered.${link ? `\n\nEvent page: ${link}` : ''}\n\n` +
    'If your plans have changed, please cancel your registration in your account so that the seat goes to the next person.',
  'mail.registered.subject': ({ title }) => `You are registered: ${title}`,
  'mail.registered.text': (p) =>
    paragraphs(
      `Hello${p.firstName ? `, ${p.firstName}` : ''}!`,
      `You are registered for “${p.title}”.`,
      lines(['When', moscow(EN_DATE, 'Moscow time', p)], ['Event page', p.eventLink], ['Add to calendar', p.calendarLink]),
      p.cabinetLink
        ? `All your registrations are in your account: ${p.cabinetLink}\n` +
            'If your plans change, please cancel your registration there so that the seat goes to someone else.'
        : 'If your plans change, please cancel your registration in your account on the site so that the seat goes to someone else.',
    ),
  'mail.waitlisted.subject': ({ title }) => `You are on the waitlist: ${title}`,
  'mail.waitlisted.text': (p) =>
    paragraphs(
      `Hello${p.firstName ? `, ${p.firstName}` : ''}!`,
      `There are no free seats at “${p.title}” at the moment, and you are on the waitlist: you are number ${p.place} in the queue.\n` +
        'As soon as a seat frees up, we will register you automatically and email you.',
      lines(['When', moscow(EN_DATE, 'Moscow time', p)], ['Event page', p.eventLink]),
      p.cabinetLink
        ? `Your place in the queue is shown in your account: ${p.cabinetLink}\nIf you change your mind, please cancel your registration there.`
        : 'If you change your mind, please cancel your registration in your account on the site.',
    ),

  'profile.email': () => 'Email',
  'profile.firstName': () => 'First name',
  'profile.lastName': () => 'Last name',
  'profile.middleName': () => 'Middle name',
  'profile.phone': () => 'Phone',
  'profile.status': () => 'Status',
  'profile.organization': () => 'Organization / university / school',
  'profile.position': () => 'Position / year of study',
  'profile.city': () => 'City',
  'status.applicant': () => 'Prospective student',
  'status.student': () => 'Student',
  'status.alumnus': () => 'Alumnus',
  'status.staff': () => 'Staff',
  'status.partner': () => 'Partner',
  'status.other': () => 'Other',
  'export.column.status': () => 'Registration status',
  'export.column.email': () => 'Email',
  'export.column.firstName': () => 'First name',
  'export.column.lastName': () => 'Last name',
  'export.column.source': () => 'Source',
  'export.column.registeredAt': () => 'Registered at',
  'export.column.attendedAt': () => 'Attended at',
  'export.status.registered': () => 'Registered',
  'export.status.waitlisted': () => 'Waitlisted',
  'export.status.cancelled': () => 'Cancelled',
  'export.status.pending': () => 'Awaiting approval',
  'export.status.rejected': () => 'Rejected',
  'export.source.partner': () => 'Partner link',
  'export.source.utm': () => 'UTM tags',
  'export.source.invitation': () => 'Invitation',
  'export.source.direct': () => 'Direct',
  'export.erased': () => 'Deleted user',
  'export.yes': () => 'yes',
  'export.no': () => 'no',
  'export.bad-delimiter': () => 'CSV delimiter: ";" or ","',
  'person.not-found': () => 'No such person among the registrants of your events',
  'file.not-found': () => 'File not found',
  'access-log.forbidden': () => 'Only the client administrator reads the access log',
  'access-log.bad-page': () => 'Invalid page number or size (size 1 to 100)',
};

const CATALOGS: Record<Locale, Catalog> = { ru, en };

/** Every key of the catalog. */
export const MESSAGE_KEYS = Object.keys(ru) as MessageKey[];

/** The parameters a text takes: none for a text without (`message('event.not-found')`). */
export type ParamsOf<K extends MessageKey> = MessageParams[K] extends void ? [] : [params: MessageParams[K]];

/** A text as a value: to be put into words later, in whoever's language. */
export function message<K extends MessageKey>(key: K, ...params: ParamsOf<K>): MessageOf<K> {
  // ParamsOf<K> is [] exactly when the text takes nothing (void)
  return { key, params: params[0] as MessageParams[K] };
}

/** The text `key` in `locale`, with its parameters. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...params: ParamsOf<K>): string {
  return write(locale, key, params[0] as MessageParams[K]);
}

function write<K extends MessageKey>(locale: Locale, key: K, params: MessageParams[K]): string {
  const entry: (params: MessageParams[K]) => string = CATALOGS[locale][key];
  return entry(params);
}

/** A message put into words in `locale`. */
export function render(locale: Locale, text: Message): string {
  return write(locale, text.key, text.params);
}
