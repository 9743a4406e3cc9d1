// The demo audience: people with Russian names and profiles, and their registrations across the demo
// events (statuses, waitlists, partner links, UTM tags, answers to each event's form, attendance), and
// the visits of the partner links. Pure and deterministic: the same plan gives the same audience, so a
// test can count what the seed wrote. Times are relative to the events of the plan and never after `now`.
import type { DatedEvent, PartnerLinkSeed } from './data.ts';

export interface DemoPerson {
  /** The natural key a re-run finds the account by. */
  email: string;
  firstName: string;
  lastName: string;
  middleName: string;
  phone: string;
  status: 'applicant' | 'student' | 'alumnus' | 'staff' | 'partner' | 'other';
  organization: string | null;
  position: string | null;
  city: string;
  /** Agreed to receive news and invitations (a marketing consent), when. */
  marketingConsentAt: string | null;
}

export interface DemoRegistration {
  event: string;
  /** Index into the people. */
  person: number;
  /** What the person did: registered (a waitlist place once the event is full), or cancelled later. */
  intent: 'registered' | 'cancelled';
  /** First registered at `firstAt`, cancelled, and registered again at `registeredAt`. */
  reRegistered: boolean;
  firstAt: string;
  registeredAt: string;
  cancelledAt: string | null;
  attendedAt: string | null;
  refCode: string | null;
  utm: { source: string; medium: string; campaign: string } | null;
  answers: Record<string, string | number | boolean | string[]>;
}

export interface DemoVisit {
  code: string;
  event: string;
  /** A stand-in for the visitor (the site records a keyed hash of the address, never the address). */
  visitor: string;
  visitedAt: string;
}

export interface DemoAudience {
  people: DemoPerson[];
  registrations: DemoRegistration[];
  visits: DemoVisit[];
}

/** How many people each event gets, and how they came. */
interface EventAudience {
  registered: number;
  cancelled: number;
  /** Registered, cancelled and registered again. */
  reRegistered: number;
  /** Share of the registered marked as attended (only once the event has started). */
  attended: number;
  /** Who comes most: the share of registrants picked among people of these statuses. */
  favours: DemoPerson['status'][];
  /** Share of registrations through the event's partner links. */
  viaLinks: number;
  /** Visits per registration through a link (partner links are opened more often than used). */
  visitsPerRegistration: number;
}

/** Fills the intensive (no waitlist) and the conference (waitlist) to capacity; leaves seats elsewhere. */
export const EVENT_AUDIENCES: Readonly<Record<string, EventAudience>> = {
  'intensiv-analiz-dannyh': { registered: 40, cancelled: 4, reRegistered: 0, attended: 0.85, favours: ['student', 'alumnus'], viaLinks: 0, visitsPerRegistration: 0 },
  'karernyj-forum-start-v-it': { registered: 110, cancelled: 9, reRegistered: 2, attended: 0.7, favours: ['student', 'alumnus'], viaLinks: 0.25, visitsPerRegistration: 4 },
  'lekciya-kiberbezopasnost-dlya-kazhdogo': { registered: 70, cancelled: 3, reRegistered: 0, attended: 0.65, favours: ['student', 'staff', 'other'], viaLinks: 0, visitsPerRegistration: 0 },
  'hakaton-cifrovoj-kampus': { registered: 64, cancelled: 5, reRegistered: 2, attended: 0.75, favours: ['student'], viaLinks: 0.3, visitsPerRegistration: 5 },
  'onlajn-intensiv-python-dlya-abiturientov': { registered: 38, cancelled: 2, reRegistered: 0, attended: 0.6, favours: ['applicant'], viaLinks: 0.3, visitsPerRegistration: 6 },
  'den-otkrytyh-dverej': { registered: 85, cancelled: 7, reRegistered: 3, attended: 0, favours: ['applicant'], viaLinks: 0.4, visitsPerRegistration: 7 },
  'seminar-cifrovye-instrumenty-prepodavatelya': { registered: 22, cancelled: 2, reRegistered: 0, attended: 0, favours: ['staff'], viaLinks: 0, visitsPerRegistration: 0 },
  'konferenciya-ii-v-obrazovanii': { registered: 264, cancelled: 6, reRegistered: 2, attended: 0, favours: ['staff', 'partner', 'alumnus'], viaLinks: 0.2, visitsPerRegistration: 5 },
  'vstrecha-vypusknikov': { registered: 36, cancelled: 3, reRegistered: 1, attended: 0, favours: ['alumnus'], viaLinks: 0.35, visitsPerRegistration: 4 },
  'demo-den-akseleratora': { registered: 18, cancelled: 1, reRegistered: 0, attended: 0, favours: ['student', 'partner'], viaLinks: 0, visitsPerRegistration: 0 },
};


export const DEMO_PEOPLE = 420;
const EMAIL_DOMAIN = 'mail.demo.test';

const MALE = ['Александр', 'Дмитрий', 'Максим', 'Сергей', 'Андрей', 'Алексей', 'Артём', 'Илья', 'Кирилл', 'Михаил', 'Никита', 'Матвей', 'Роман', 'Егор', 'Иван', 'Тимофей', 'Владимир', 'Павел', 'Григорий', 'Фёдор'];
const FEMALE = ['Анна', 'Мария', 'Елена', 'Дарья', 'Алина', 'Ирина', 'Екатерина', 'Анастасия', 'Полина', 'Ольга', 'Татьяна', 'Наталья', 'Виктория', 'Ксения', 'Софья', 'Юлия', 'Вера', 'Алёна', 'Людмила', 'Варвара'];
/** Last names in the masculine form; the feminine adds «а» (or «ая» for «-ий»). */
const LAST = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов', 'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров', 'Матвеев', 'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов', 'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев', 'Фомин', 'Чернов', 'Абрамов', 'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин', 'Исаев', 'Чернышёв', 'Быков', 'Маслов', 'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов', 'Филатов', 'Пономарёв', 'Голубев', 'Кудрявцев', 'Прохоров', 'Наумов', 'Потапов', 'Журавлёв', 'Овчинников', 'Трофимов', 'Леонов', 'Соболев', 'Ермаков', 'Колесников', 'Гончаров', 'Емельянов', 'Никифоров', 'Грачёв', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов', 'Кириллов', 'Малышев', 'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов', 'Ерёмин', 'Тихомиров', 'Галкин', 'Лукьянов', 'Михеев', 'Скворцов', 'Юдин', 'Белоусов', 'Нестеров', 'Симонов', 'Прокофьев', 'Харитонов', 'Князев', 'Цветков', 'Левин', 'Митрофанов', 'Воронов', 'Аксёнов', 'Софронов', 'Мальцев', 'Логинов', 'Горшков', 'Савин', 'Краснов', 'Майоров', 'Демидов', 'Елисеев', 'Рыбаков', 'Сафонов', 'Плотников', 'Дёмин', 'Хохлов', 'Жданов', 'Руднев', 'Высоцкий', 'Вишневский', 'Покровский'];
const MALE_MIDDLE = ['Александрович', 'Дмитриевич', 'Сергеевич', 'Андреевич', 'Алексеевич', 'Игоревич', 'Владимирович', 'Михайлович', 'Николаевич', 'Петрович', ''];
const FEMALE_MIDDLE = ['Александровна', 'Дмитриевна', 'Сергеевна', 'Андреевна', 'Алексеевна', 'Игоревна', 'Владимировна', 'Михайловна', 'Николаевна', 'Петровна', ''];
const CITIES = ['Москва', 'Москва', 'Москва', 'Москва', 'Химки', 'Подольск', 'Балашиха', 'Зеленоград', 'Тверь', 'Тула', 'Калуга', 'Рязань', 'Санкт-Петербург', 'Казань', 'Нижний Новгород'];
const STATUSES: Array<[DemoPerson['status'], number]> = [['student', 0.36], ['applicant', 0.2], ['alumnus', 0.18], ['staff', 0.12], ['partner', 0.06], ['other', 0.08]];
const ORGANIZATIONS: Record<'staff' | 'partner' | 'alumnus', string[]> = {
  staff: ['МИЦО, кафедра анализа данных', 'МИЦО, кафедра программной инженерии', 'МИЦО, учебный отдел', 'МИЦО, центр цифровых компетенций'],
  partner: ['Северный банк', 'Векторсофт', 'Технопарк «Южный»', 'ИТ-кластер «Сборка»'],
  alumnus: ['Северный банк', 'Векторсофт', 'Яндекс', 'Сбер', 'Лаборатория Касперского', 'МТС', 'Озон', 'собственный стартап'],
};
const POSITIONS: Record<'staff' | 'partner' | 'alumnus', string[]> = {
  staff: ['доцент', 'старший преподаватель', 'методист', 'ассистент'],
  partner: ['HR-менеджер', 'руководитель направления', 'технический директор'],
  alumnus: ['аналитик данных', 'разработчик', 'тимлид', 'продакт-менеджер', 'дизайнер интерфейсов'],
};
const UTM_TAGS = [
  { source: 'vk', medium: 'social', campaign: 'mico-events' },
  { source: 'telegram', medium: 'social', campaign: 'mico-channel' },
  { source: 'yandex', medium: 'cpc', campaign: 'open-day' },
  { source: 'newsletter', medium: 'email', campaign: 'digest' },
];
const MOTIVATIONS = [
  'Хочу найти ментора и познакомиться с выпускниками из аналитики.',
  'Интересно обсудить стажировки для студентов нашей команды.',
  'Ищу единомышленников для стартапа в образовании.',
  'Давно не виделись с одногруппниками, хочу узнать новости института.',
  'Готов(а) стать ментором для студентов младших курсов.',
  'Хочу рассказать о вакансиях в нашей компании.',
];
const FACULTIES = ['ИТ-факультет', 'Факультет прикладной математики', 'Факультет дизайна', 'Экономический факультет'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic generator (mulberry32). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (share: number) => next() < share;
  return { next, int, pick, chance };
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
export const translit = (text: string): string => [...text.toLowerCase()].map((letter) => TRANSLIT[letter] ?? letter).join('');

function feminine(lastName: string): string {
  if (lastName.endsWith('ий')) return `${lastName.slice(0, -2)}ая`;
  return `${lastName}а`;
}

function statusOf(value: number): DemoPerson['status'] {
  let sum = 0;
  for (const [status, share] of STATUSES) {
    sum += share;
    if (value < sum) return status;
  }
  return 'other';
}

/** The people of the demo, the same on every run. `consentsBy`: marketing consents are dated before it. */
export function demoPeople(consentsBy: Date): DemoPerson[] {
  const random = generator(20261206);
  const people: DemoPerson[] = [];
  for (let index = 0; index < DEMO_PEOPLE; index += 1) {
    const female = random.chance(0.55);
    const firstName = random.pick(female ? FEMALE : MALE);
    const last = random.pick(LAST);
    const lastName = female ? feminine(last) : last;
    const middleName = random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
    const status = statusOf(random.next());
    const works = status === 'staff' || status === 'partner' || (status === 'alumnus' && random.chance(0.8));
    const kind = status === 'staff' || status === 'partner' || status === 'alumnus' ? status : null;
    const phone = `+7 9${String(10 + random.int(90))} ${String(100 + random.int(900))}-${String(10 + random.int(90))}-${String(10 + random.int(90))}`;
    people.push({
      email: `${translit(firstName)[0]}.${translit(lastName)}.${index + 1}@${EMAIL_DOMAIN}`,
      firstName,
      lastName,
      middleName,
      phone,
      status,
      organization: works && kind ? random.pick(ORGANIZATIONS[kind]) : null,
      position: works && kind ? random.pick(POSITIONS[kind]) : null,
      city: random.pick(CITIES),
      marketingConsentAt: random.chance(0.45) ? new Date(consentsBy.getTime() - (1 + random.int(60)) * DAY - random.int(20) * HOUR).toISOString() : null,
    });
  }
  return people;
}

/** Answers to the alumni meeting's form (the profile's phone and status are the account's). */
function alumniAnswers(random: ReturnType<typeof generator>, person: DemoPerson): DemoRegistration['answers'] {
  const graduationYear = 2005 + random.int(20);
  const answers: DemoRegistration['answers'] = {
    motivation: random.pick(MOTIVATIONS),
    graduationYear,
    program: random.pick(['Бакалавриат', 'Магистратура', 'Магистратура', 'Аспирантура']),
    photos: true,
  };
  if (random.chance(0.7)) answers.faculty = random.pick(FACULTIES);
  if (person.organization && random.chance(0.6)) answers.workEmail = `${translit(person.firstName)}@${translit(person.organization.split(/[ ,«»]/)[0] ?? 'company')}.test`;
  if (random.chance(0.5)) answers.birthday = `${graduationYear - 22}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
  const topics = ['Карьера', 'Менторство', 'Наука'].filter(() => random.chance(0.45));
  if (topics.length > 0) answers.topics = topics;
  if (random.chance(0.3)) answers.portfolio = `https://career.demo.test/${translit(person.lastName)}`;
  return answers;
}

const isoAt = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/**
 * Registrations of the planned events and visits of their partner links. Registration happens inside
 * the event's window (or the three weeks before a past event without one), never after `now`; an event
 * whose registration has not opened yet gets nobody.
 */
export function demoAudience(events: readonly DatedEvent[], links: readonly PartnerLinkSeed[], now: Date): DemoAudience {
  const people = demoPeople(now);
  const registrations: DemoRegistration[] = [];
  const visits: DemoVisit[] = [];
  const nowMs = now.getTime();
  for (const event of events) {
    const audience = EVENT_AUDIENCES[event.slug];
    if (!audience || !event.published) continue;
    const random = generator([...event.slug].reduce((sum, letter) => (sum * 31 + letter.charCodeAt(0)) >>> 0, 7));
    const startsAt = Date.parse(event.startsAt);
    const opens = event.registrationOpensAt ? Date.parse(event.registrationOpensAt) : startsAt - 21 * DAY;
    const closes = Math.min(event.registrationClosesAt ? Date.parse(event.registrationClosesAt) : startsAt, startsAt, nowMs);
    if (closes - opens < HOUR) continue;
    const eventLinks = links.filter((link) => link.event === event.slug).map((link) => link.code);
    // people who favour the event first, then anyone: each person once per event
    const order = people.map((person, index) => ({ index, weight: random.next() + (audience.favours.includes(person.status) ? 1 : 0) })).sort((a, b) => b.weight - a.weight);
    const total = audience.registered + audience.cancelled;
    const linkUses = new Map<string, number>();
    // every step-th registration is cancelled later, the first few of the others are made twice
    const step = Math.max(2, Math.floor(total / Math.max(1, audience.cancelled)));
    let cancellations = 0;
    let repeats = 0;
    for (let n = 0; n < total; n += 1) {
      const entry = order[n];
      if (!entry) break;
      const person = people[entry.index] as DemoPerson;
      const cancelled = n % step === 1 && cancellations < audience.cancelled;
      if (cancelled) cancellations += 1;
      // the registration window's first 90%, so cancellations and re-registrations fit after it
      const firstAt = opens + random.next() * (closes - opens) * 0.9;
      const reRegistered = !cancelled && n % step === 2 && repeats < audience.reRegistered;
      if (reRegistered) repeats += 1;
      const registeredAt = reRegistered ? firstAt + (closes - firstAt) * (0.3 + random.next() * 0.6) : firstAt;
      const cancelledAt = cancelled ? firstAt + (closes - firstAt) * (0.2 + random.next() * 0.7) : null;
      const viaLink = eventLinks.length > 0 && random.chance(audience.viaLinks);
      const refCode = viaLink ? random.pick(eventLinks) : null;
      if (refCode) linkUses.set(refCode, (linkUses.get(refCode) ?? 0) + 1);
      const utm = !refCode && random.chance(0.3) ? random.pick(UTM_TAGS) : null;
      const started = startsAt <= nowMs;
      const attendedAt = !cancelled && started && random.chance(audience.attended) ? isoAt(Math.min(startsAt + random.int(90) * 60_000 - 20 * 60_000, nowMs - 60_000)) : null;
      registrations.push({
        event: event.slug,
        person: entry.index,
        intent: cancelled ? 'cancelled' : 'registered',
        reRegistered,
        firstAt: isoAt(firstAt),
        registeredAt: isoAt(registeredAt),
        cancelledAt: cancelledAt === null ? null : isoAt(cancelledAt),
        attendedAt,
        refCode,
        utm,
        answers: event.registrationForm?.length ? alumniAnswers(random, person) : {},
      });
    }
    // every link is opened more often than it is used, also links nobody registered through
    for (const code of eventLinks) {
      const used = linkUses.get(code) ?? 0;
      const count = used * audience.visitsPerRegistration + 3 + random.int(12);
      for (let v = 0; v < count; v += 1) {
        visits.push({ code, event: event.slug, visitor: `demo-visitor-${code}-${v}`, visitedAt: isoAt(opens + random.next() * (closes - opens)) });
      }
    }
  }
  return { people, registrations, visits };
}
