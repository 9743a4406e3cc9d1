// The demo university space, as pure data. Dates are not fixed: `buildSeedPlan(now)` places every
// event relative to the Moscow calendar day of `now`, so a fresh demo always has past, ongoing and
// upcoming events. No Strapi import here: the plan is unit-tested on its own (data.test.ts).
import type { EventFormat, EventTemplate as Template, Font, RecordingAvailability } from '../../cms/src/schemas.ts';
import { bullets, heading, link, paragraph, quote, steps, strong, type Block } from './blocks.ts';

// ---------------------------------------------------------------------------------------------
// Types

export type AudienceCode = 'applicants' | 'students' | 'alumni' | 'staff' | 'partners';
// the content model's own values (the contract the site reads them with)
export type { EventFormat, Font, RecordingAvailability, Template };

/** A wall-clock time in Moscow on a day counted from a reference day. */
export interface DayTime {
  day: number;
  /** `HH:MM`, Europe/Moscow */
  time: string;
}

export interface OrganizationSeed {
  slug: string;
  name: string;
  shortName: string;
  primaryColor: string;
  accentColor: string;
  font: Font;
  defaultTemplate: Template;
  website: string;
  contactEmail: string;
}

export interface AudienceSeed {
  code: AudienceCode;
  name: string;
  order: number;
}

export interface TagSeed {
  slug: string;
  name: string;
}

export interface SpeakerSeed {
  slug: string;
  name: string;
  position: string;
  affiliation: string;
  bio: string;
  /** Profiles and pages of the speaker (stored in the speaker's `links` JSON as `{ label, url }`). */
  links?: SpeakerLink[];
}

export interface SpeakerLink {
  label: string;
  url: string;
}

export interface PartnerCategorySeed {
  name: string;
  order: number;
}

export interface PartnerSeed {
  name: string;
  category: string;
  url: string;
  order: number;
  /** Logo colors (the seed draws a simple logo; nothing is downloaded). */
  color: string;
}

export interface TrackSeed {
  name: string;
  color: string;
}

export interface SessionSeed {
  title: string;
  description: string;
  /** Day counted from the event's first day (0 = first day), time in Moscow. */
  day: number;
  time: string;
  minutes: number;
  room: string;
  track?: string;
  speakers: string[];
  tags: string[];
  chatEnabled?: boolean;
  recording?: Exclude<RecordingAvailability, 'never'>;
  /** The link the organizer pasted (YouTube, Rutube, VK Video or a closed HLS playlist); the server derives the embed. */
  stream?: string;
  /** Ad banners next to the session's player (sessions of events with ads). */
  ads?: SessionAdsSeed;
}

export interface SessionAdsSeed {
  show: boolean;
  autoRefreshSeconds: number;
}

/** A picture the seed draws (a two-color gradient; nothing is downloaded). */
export interface ImageSeed {
  /** Media library file name, unique: the seed finds an uploaded picture again by it. */
  file: string;
  alt: string;
  colors: [string, string];
}

/** A document the seed writes: a one-page PDF leaflet (Latin text) or a UTF-8 text file. */
export interface DocumentSeed {
  /** File name with its extension (`.pdf` or `.txt`), unique. */
  file: string;
  /** The title inside the document and its name in the media library (with the extension), unique. */
  title: string;
  lines: string[];
}

export interface SlideSeed {
  title: string;
  text: string;
  image: ImageSeed;
  linkUrl: string;
  linkLabel: string;
}

/** Content sections an organizer adds to an event page besides the generated ones (program, speakers ...). */
export interface EventSectionsSeed {
  /** A rich-text section of its own (the event's description is shown above the blocks anyway). */
  notes?: { heading: string; body: Block[] };
  documents?: { heading: string; files: DocumentSeed[] };
  gallery?: { heading: string; images: ImageSeed[] };
  video?: { heading: string; url: string; caption: string };
  slider?: { heading: string; autoplaySeconds: number; slides: SlideSeed[] };
}

export interface AdSettingsSeed {
  rotationSeconds: number;
  order: 'fixed' | 'random';
}

export interface EventSeed {
  slug: string;
  title: string;
  summary: string;
  description: Block[];
  /** Relative to the seed's reference day (0 = the day of the first seed run). */
  start: DayTime;
  end: DayTime;
  format: EventFormat;
  venue: string | null;
  address: string | null;
  audiences: AudienceCode[];
  tags: string[];
  template: Template;
  /** Registration window, days relative to the reference day; null = registration closed. */
  registration: { opens: DayTime; closes: DayTime } | null;
  capacity: number | null;
  waitlistEnabled: boolean;
  partners: string[];
  tracks: TrackSeed[];
  sessions: SessionSeed[];
  /** false: created as a draft only (proves that drafts stay off the public site). */
  published: boolean;
  /** Cover colors (the seed draws a simple cover). */
  cover: [string, string];
  /** Overrides the organization's branding on this event's pages. */
  branding?: BrandingSeed;
  /** Sections with their own content (description, documents, gallery, video, slider blocks). */
  sections?: EventSectionsSeed;
  /** Rotation of the event's ad banners (events with ads). */
  adSettings?: AdSettingsSeed;
  /** Ad settings every session of the event gets unless it sets its own. */
  sessionAds?: SessionAdsSeed;
  /** The organizer's questions on the registration form (email, first and last name are always asked). */
  registrationForm?: RegistrationFieldSeed[];
}

/** A question of an event's registration form (component `registration.field`); a profile key asks that profile field. */
export interface RegistrationFieldSeed {
  key: string;
  type: 'text' | 'long-text' | 'email' | 'phone' | 'number' | 'date' | 'single-choice' | 'multiple-choice' | 'checkbox' | 'link' | 'file';
  label: string;
  required: boolean;
  order: number;
  placeholder?: string;
  help?: string;
  /** Choices, one per line. */
  options?: string;
}

/** An event page section of the constructor (dynamic zone `blocks`, components in src/components/blocks). */
export type PageBlock =
  | { __component: 'blocks.description'; heading: string; body: Block[] }
  | { __component: 'blocks.documents'; heading: string; files: DocumentSeed[] }
  | { __component: 'blocks.program'; heading: string; view: 'list' | 'grid'; showTracks: boolean }
  | { __component: 'blocks.speakers'; heading: string; mode: 'all' }
  | { __component: 'blocks.gallery'; heading: string; images: ImageSeed[] }
  | { __component: 'blocks.video'; heading: string; video: { url: string }; caption: string }
  | { __component: 'blocks.slider'; heading: string; autoplaySeconds: number; slides: SlideSeed[] }
  | { __component: 'blocks.partners'; heading: string }
  | { __component: 'blocks.news'; heading: string; limit: number }
  | { __component: 'blocks.ads'; heading: string };

export interface BrandingSeed {
  primaryColor: string;
  accentColor: string;
  font: Font;
}

export interface NewsSeed {
  slug: string;
  title: string;
  summary: string;
  body: Block[];
  date: DayTime;
  event: string | null;
  tags: string[];
}

export interface AdSeed {
  title: string;
  url: string;
  order: number;
  advertiserName: string;
  advertiserInn: string;
  erid: string;
  /** The public API shows an ad only on a visible event's pages (event-builder's visibility rules). */
  event: string | null;
  color: string;
}

export interface DemoAccount {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  /** The organizer role of the account (admin roles of the event-builder plugin). */
  role: 'client-admin' | 'event-admin' | 'event-manager';
  roleLabel: string;
}

// ---------------------------------------------------------------------------------------------
// The organization and its dictionaries

export const organization: OrganizationSeed = {
  slug: 'mico',
  name: 'Московский институт цифрового образования',
  shortName: 'МИЦО',
  primaryColor: '#1f3a93',
  accentColor: '#f28c28',
  font: 'golos',
  defaultTemplate: 'classic',
  website: 'https://mico.demo.test',
  contactEmail: 'events@mico.demo.test',
};

export const audiences: AudienceSeed[] = [
  { code: 'applicants', name: 'Абитуриенты', order: 1 },
  { code: 'students', name: 'Студенты', order: 2 },
  { code: 'alumni', name: 'Выпускники', order: 3 },
  { code: 'staff', name: 'Сотрудники', order: 4 },
  { code: 'partners', name: 'Партнёры', order: 5 },
];

export const tags: TagSeed[] = [
  { slug: 'iskusstvennyj-intellekt', name: 'Искусственный интеллект' },
  { slug: 'analiz-dannyh', name: 'Анализ данных' },
  { slug: 'programmirovanie', name: 'Программирование' },
  { slug: 'kiberbezopasnost', name: 'Кибербезопасность' },
  { slug: 'karera', name: 'Карьера' },
  { slug: 'postuplenie', name: 'Поступление' },
  { slug: 'nauka', name: 'Наука' },
  { slug: 'cifrovaya-pedagogika', name: 'Цифровая педагогика' },
  { slug: 'hakaton', name: 'Хакатоны' },
  { slug: 'dizajn', name: 'Дизайн' },
  { slug: 'predprinimatelstvo', name: 'Предпринимательство' },
  { slug: 'studencheskaya-zhizn', name: 'Студенческая жизнь' },
  { slug: 'soobshchestvo-vypusknikov', name: 'Сообщество выпускников' },
];

export const speakers: SpeakerSeed[] = [
  {
    slug: 'irina-sokolova',
    name: 'Ирина Викторовна Соколова',
    position: 'Ректор',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Доктор педагогических наук, профессор. Двадцать лет занимается цифровой трансформацией высшего образования, автор учебника «Проектирование онлайн-курсов».',
    links: [{ label: 'Страница на сайте института', url: 'https://mico.demo.test/people/sokolova' }, { label: 'Telegram-канал ректора', url: 'https://telegram.demo.test/mico_rector' }],
  },
  {
    slug: 'aleksej-morozov',
    name: 'Алексей Петрович Морозов',
    position: 'Проректор по учебной работе',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Кандидат технических наук. Отвечает за образовательные программы института и запуск новых направлений подготовки.',
  },
  {
    slug: 'natalya-kuznetsova',
    name: 'Наталья Андреевна Кузнецова',
    position: 'Ответственный секретарь приёмной комиссии',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Десятый год помогает абитуриентам выбрать программу и разобраться в правилах приёма, баллах и льготах.',
  },
  {
    slug: 'dmitrij-volkov',
    name: 'Дмитрий Сергеевич Волков',
    position: 'Заведующий кафедрой искусственного интеллекта',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Кандидат технических наук, исследует методы обработки естественного языка. Руководит магистерской программой «Машинное обучение в прикладных задачах».',
    links: [{ label: 'Профиль в РИНЦ', url: 'https://elibrary.demo.test/author/volkov-ds' }, { label: 'Репозитории', url: 'https://git.mico.demo.test/dvolkov' }],
  },
  {
    slug: 'ekaterina-lebedeva',
    name: 'Екатерина Олеговна Лебедева',
    position: 'Доцент кафедры анализа данных',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Кандидат физико-математических наук. Ведёт курсы по статистике и визуализации данных, научный руководитель студенческого клуба Data Science.',
    links: [{ label: 'Клуб Data Science МИЦО', url: 'https://mico.demo.test/clubs/data-science' }],
  },
  {
    slug: 'mihail-orlov',
    name: 'Михаил Юрьевич Орлов',
    position: 'Руководитель направления машинного обучения',
    affiliation: 'АО «Северный банк»',
    bio: 'Строит модели кредитного скоринга и антифрода. Выпускник МИЦО, ментор студенческих хакатонов.',
  },
  {
    slug: 'anna-pavlova',
    name: 'Анна Сергеевна Павлова',
    position: 'Директор по персоналу',
    affiliation: 'ООО «Векторсофт»',
    bio: 'Отвечает за найм и развитие инженеров в компании из 1200 человек, запустила программу стажировок для студентов третьего и четвёртого курсов.',
  },
  {
    slug: 'sergej-fedorov',
    name: 'Сергей Николаевич Фёдоров',
    position: 'Руководитель центра мониторинга угроз',
    affiliation: 'ООО «Щит-Инфо»',
    bio: 'Пятнадцать лет в информационной безопасности, расследует инциденты в финансовых и государственных организациях. Преподаёт курс «Безопасность веб-приложений».',
    links: [{ label: 'Блог о безопасности', url: 'https://shchit-info.demo.test/blog/fedorov' }],
  },
  {
    slug: 'olga-nikitina',
    name: 'Ольга Игоревна Никитина',
    position: 'Директор центра карьеры',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Помогает студентам найти первую работу и стажировку, ведёт консультации по резюме и подготовке к собеседованиям.',
  },
  {
    slug: 'pavel-smirnov',
    name: 'Павел Андреевич Смирнов',
    position: 'Основатель и генеральный директор',
    affiliation: 'ЭдТех-стартап «Учим вместе»',
    bio: 'Выпускник МИЦО 2015 года. Его платформа для школьных олимпиад выросла из студенческого проекта до 300 тысяч пользователей.',
    links: [{ label: 'Платформа «Учим вместе»', url: 'https://uchim-vmeste.demo.test' }],
  },
  {
    slug: 'mariya-kozlova',
    name: 'Мария Дмитриевна Козлова',
    position: 'Ведущий UX-исследователь',
    affiliation: 'Студия цифрового дизайна «Пиксель»',
    bio: 'Проектирует интерфейсы образовательных сервисов, проводит юзабилити-тестирования и учит студентов говорить с пользователями.',
    links: [{ label: 'Портфолио', url: 'https://pixel-studio.demo.test/team/kozlova' }, { label: 'VK', url: 'https://vk.demo.test/kozlova_ux' }],
  },
  {
    slug: 'artyom-zajcev',
    name: 'Артём Валерьевич Зайцев',
    position: 'Старший преподаватель кафедры программной инженерии',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Ведёт курсы по Python и разработке веб-приложений, готовит команды института к олимпиадам по программированию.',
    links: [{ label: 'Курс «Python с нуля»', url: 'https://mico.demo.test/courses/python' }, { label: 'Репозитории', url: 'https://git.mico.demo.test/azaitsev' }],
  },
  {
    slug: 'yuliya-belova',
    name: 'Юлия Романовна Белова',
    position: 'Руководитель проектного офиса',
    affiliation: 'ГК «ГородДанных»',
    bio: 'Выпускница магистратуры МИЦО. Управляет проектами цифровизации городских сервисов, эксперт конкурсов студенческих проектов.',
  },
  {
    slug: 'konstantin-novikov',
    name: 'Константин Игоревич Новиков',
    position: 'Технический директор',
    affiliation: 'ГК «ГородДанных»',
    bio: 'Архитектор платформ обработки городских данных. Ментор хакатонов и член попечительского совета института.',
  },
  {
    slug: 'elena-kovalyova',
    name: 'Елена Владимировна Ковалёва',
    position: 'Председатель ассоциации выпускников',
    affiliation: 'Ассоциация выпускников МИЦО',
    bio: 'Выпускница 2009 года, объединяет выпускников разных лет, организует менторскую программу и встречи сообщества.',
  },
  {
    slug: 'roman-grigorev',
    name: 'Роман Александрович Григорьев',
    position: 'Аспирант, младший научный сотрудник',
    affiliation: 'Лаборатория компьютерного зрения МИЦО',
    bio: 'Исследует распознавание рукописного текста в учебных работах, победитель конкурса молодых учёных института.',
  },
  {
    slug: 'tatyana-egorova',
    name: 'Татьяна Михайловна Егорова',
    position: 'Руководитель центра развития педагогических компетенций',
    affiliation: 'Московский институт цифрового образования',
    bio: 'Кандидат педагогических наук. Обучает преподавателей работе в электронной образовательной среде и проектированию смешанных курсов.',
  },
  {
    slug: 'viktor-stepanov',
    name: 'Виктор Олегович Степанов',
    position: 'Руководитель акселератора',
    affiliation: 'Акселератор студенческих стартапов МИЦО',
    bio: 'Серийный предприниматель, за пять лет провёл через акселератор 70 студенческих команд, 12 из них привлекли инвестиции.',
  },
];

export const partnerCategories: PartnerCategorySeed[] = [
  { name: 'Генеральный партнёр', order: 1 },
  { name: 'Партнёры', order: 2 },
  { name: 'Информационные партнёры', order: 3 },
];

export const partners: PartnerSeed[] = [
  { name: 'Векторсофт', category: 'Генеральный партнёр', url: 'https://vectorsoft.demo.test', order: 1, color: '#0f766e' },
  { name: 'Северный банк', category: 'Партнёры', url: 'https://severnyj-bank.demo.test', order: 1, color: '#1d4ed8' },
  { name: 'Щит-Инфо', category: 'Партнёры', url: 'https://shchit-info.demo.test', order: 2, color: '#b91c1c' },
  { name: 'ГородДанных', category: 'Партнёры', url: 'https://gorod-dannyh.demo.test', order: 3, color: '#7c3aed' },
  { name: 'Технопарк «Южный»', category: 'Партнёры', url: 'https://technopark-yuzhnyj.demo.test', order: 4, color: '#ca8a04' },
  { name: 'Журнал «Цифровой университет»', category: 'Информационные партнёры', url: 'https://cifrovoj-universitet.demo.test', order: 1, color: '#334155' },
  { name: 'Радио «Кампус FM»', category: 'Информационные партнёры', url: 'https://kampus-fm.demo.test', order: 2, color: '#db2777' },
  { name: 'Канал «Студгород»', category: 'Информационные партнёры', url: 'https://studgorod.demo.test', order: 3, color: '#0891b2' },
];

// ---------------------------------------------------------------------------------------------
// Events (days relative to the first seed run: negative = past)

const MAIN_VENUE = 'Главный корпус МИЦО';
const MAIN_ADDRESS = 'Москва, Научный проезд, д. 14, стр. 1';
const LAB_VENUE = 'Технопарк «Южный», коворкинг «Сборка»';
const LAB_ADDRESS = 'Москва, Каширское шоссе, д. 31';

export const events: EventSeed[] = [
  // --- past --------------------------------------------------------------------------------
  {
    slug: 'intensiv-analiz-dannyh',
    title: 'Интенсив «Анализ данных на практике»',
    summary: 'Три дня работы с реальными наборами данных: от очистки и визуализации до первой модели машинного обучения. Для студентов и выпускников, которые хотят перейти в аналитику.',
    description: [
      paragraph('Интенсив собрал студентов и выпускников, которые хотят работать с данными. Каждый день — короткая лекция и несколько часов практики в командах под руководством преподавателей кафедры анализа данных и экспертов индустрии.'),
      heading('Чему научились участники'),
      bullets(
        'готовить и очищать данные в pandas;',
        'строить понятные графики и дашборды;',
        'проверять гипотезы и не обманываться статистикой;',
        'обучать и оценивать простые модели машинного обучения.',
      ),
      paragraph('По итогам интенсива участники защитили мини-проекты на открытых данных Москвы, лучшие команды получили приглашения на стажировку в ', strong('Северный банк'), '.'),
    ],
    start: { day: -35, time: '10:00' },
    end: { day: -33, time: '18:00' },
    format: 'offline',
    venue: `${MAIN_VENUE}, компьютерный класс 305`,
    address: MAIN_ADDRESS,
    audiences: ['students', 'alumni'],
    tags: ['analiz-dannyh', 'programmirovanie'],
    template: 'minimal',
    registration: null,
    capacity: 40,
    waitlistEnabled: false,
    partners: ['Северный банк'],
    tracks: [],
    sessions: [
      { title: 'Открытие интенсива и знакомство с данными', description: 'Разбираем, откуда берутся данные, какие задачи решает аналитик и как устроены три дня интенсива.', day: 0, time: '10:00', minutes: 60, room: 'Аудитория 305', speakers: ['ekaterina-lebedeva'], tags: ['analiz-dannyh'], recording: 'everyone' },
      { title: 'Практикум: очистка и подготовка данных в pandas', description: 'Пропуски, выбросы, дубликаты и типы данных на примере открытого датасета о городском транспорте.', day: 0, time: '11:30', minutes: 150, room: 'Аудитория 305', speakers: ['ekaterina-lebedeva', 'artyom-zajcev'], tags: ['analiz-dannyh', 'programmirovanie'] },
      { title: 'Визуализация, которая объясняет', description: 'Как выбрать тип графика, убрать лишнее и рассказать историю данными.', day: 1, time: '10:00', minutes: 90, room: 'Аудитория 305', speakers: ['mariya-kozlova'], tags: ['analiz-dannyh', 'dizajn'], recording: 'registered' },
      { title: 'Статистика без ловушек', description: 'Проверка гипотез, доверительные интервалы и типичные ошибки интерпретации A/B-тестов.', day: 1, time: '14:00', minutes: 120, room: 'Аудитория 305', speakers: ['ekaterina-lebedeva'], tags: ['analiz-dannyh', 'nauka'], recording: 'registered' },
      { title: 'Первая модель: кредитный скоринг на учебных данных', description: 'Эксперт банка показывает, как строится и проверяется модель оценки заёмщика.', day: 2, time: '10:00', minutes: 150, room: 'Аудитория 305', speakers: ['mihail-orlov'], tags: ['iskusstvennyj-intellekt', 'analiz-dannyh'], recording: 'registered' },
      { title: 'Защита мини-проектов', description: 'Команды представляют результаты, эксперты задают вопросы и выбирают лучшие работы.', day: 2, time: '15:00', minutes: 180, room: 'Аудитория 305', speakers: ['ekaterina-lebedeva', 'mihail-orlov'], tags: ['analiz-dannyh'] },
    ],
    published: true,
    cover: ['#1f3a93', '#38bdf8'],
    sections: {
      documents: {
        heading: 'Материалы интенсива',
        files: [
          {
            file: 'intensiv-analiz-dannyh-materialy.txt',
            title: 'Материалы интенсива «Анализ данных на практике»',
            lines: [
              'День 1. Очистка данных: тетрадка practice-1.ipynb, набор данных «Пассажиропоток МЦК».',
              'День 2. Визуализация и статистика: шаблон дашборда, памятка «Десять ошибок в A/B-тестах».',
              'День 3. Первая модель: учебный набор кредитных заявок, критерии оценки мини-проектов.',
              'Вопросы — в чат интенсива или на почту data@mico.demo.test.',
            ],
          },
        ],
      },
      gallery: {
        heading: 'Фотографии интенсива',
        images: [
          { file: 'gallery-intensiv-1.png', alt: 'Участники интенсива за ноутбуками в компьютерном классе 305', colors: ['#1f3a93', '#38bdf8'] },
          { file: 'gallery-intensiv-2.png', alt: 'Екатерина Лебедева разбирает графики у доски', colors: ['#0f766e', '#a7f3d0'] },
          { file: 'gallery-intensiv-3.png', alt: 'Команда защищает мини-проект перед экспертами', colors: ['#7c3aed', '#fbcfe8'] },
        ],
      },
    },
  },
  {
    slug: 'karernyj-forum-start-v-it',
    title: 'Карьерный форум «Старт в ИТ»',
    summary: 'Работодатели, стажировки и живые разговоры о первой работе в ИТ. Выступления на главной сцене, мастер-классы по резюме и собеседованиям, стенды компаний-партнёров.',
    description: [
      paragraph('«Старт в ИТ» — ежегодный карьерный форум института. В этом году пришли более 600 студентов и выпускников и 25 компаний-работодателей.'),
      heading('Программа'),
      bullets(
        'главная сцена: как устроен рынок труда в ИТ и кого ищут работодатели;',
        'мастер-классы: резюме, портфолио, техническое и поведенческое собеседование;',
        'ярмарка стажировок: стенды компаний в холле второго этажа.',
      ),
      quote('Лучшее время искать стажировку — за год до диплома, а не после него.'),
      paragraph('Записи выступлений главной сцены доступны зарегистрированным участникам.'),
    ],
    start: { day: -21, time: '10:00' },
    end: { day: -21, time: '18:00' },
    format: 'hybrid',
    venue: `${MAIN_VENUE}, актовый зал и холл второго этажа`,
    address: MAIN_ADDRESS,
    audiences: ['students', 'alumni', 'partners'],
    tags: ['karera', 'programmirovanie'],
    template: 'bold',
    registration: null,
    capacity: 600,
    waitlistEnabled: false,
    partners: ['Векторсофт', 'Северный банк', 'Щит-Инфо', 'Канал «Студгород»'],
    tracks: [
      { name: 'Главная сцена', color: '#1f3a93' },
      { name: 'Мастер-классы', color: '#f28c28' },
    ],
    sessions: [
      { title: 'Открытие форума', description: 'Приветствие ректора и партнёров форума.', day: 0, time: '10:00', minutes: 30, room: 'Актовый зал', track: 'Главная сцена', speakers: ['irina-sokolova'], tags: ['karera'], recording: 'everyone', stream: 'https://www.youtube.com/watch?v=Hn2kT8pLw4Q' },
      { title: 'Рынок труда в ИТ: кого ищут работодатели', description: 'Какие специальности востребованы, сколько платят джунам и какие навыки отличают сильного кандидата.', day: 0, time: '10:30', minutes: 60, room: 'Актовый зал', track: 'Главная сцена', speakers: ['anna-pavlova'], tags: ['karera'], chatEnabled: true, recording: 'registered', stream: 'https://www.youtube.com/watch?v=Hn2kT8pLw4Q' },
      { title: 'Из студентов в тимлиды: истории выпускников', description: 'Три выпускника рассказывают, как искали первую работу и что бы сделали иначе.', day: 0, time: '12:00', minutes: 60, room: 'Актовый зал', track: 'Главная сцена', speakers: ['mihail-orlov', 'yuliya-belova'], tags: ['karera', 'soobshchestvo-vypusknikov'], chatEnabled: true, recording: 'registered' },
      { title: 'Карьера в информационной безопасности', description: 'С чего начать путь в ИБ, какие сертификаты нужны и как выглядит работа в центре мониторинга.', day: 0, time: '14:00', minutes: 60, room: 'Актовый зал', track: 'Главная сцена', speakers: ['sergej-fedorov'], tags: ['karera', 'kiberbezopasnost'], recording: 'registered' },
      { title: 'Мастер-класс: резюме, которое прочитают', description: 'Разбор резюме участников в прямом эфире: структура, формулировки, частые ошибки.', day: 0, time: '11:00', minutes: 90, room: 'Аудитория 214', track: 'Мастер-классы', speakers: ['olga-nikitina'], tags: ['karera'] },
      { title: 'Мастер-класс: техническое собеседование', description: 'Решаем задачи вслух, учимся задавать уточняющие вопросы и не бояться ошибок.', day: 0, time: '13:30', minutes: 90, room: 'Аудитория 214', track: 'Мастер-классы', speakers: ['artyom-zajcev', 'anna-pavlova'], tags: ['karera', 'programmirovanie'] },
      { title: 'Портфолио дизайнера и аналитика', description: 'Что положить в портфолио, если опыта работы ещё нет.', day: 0, time: '15:30', minutes: 90, room: 'Аудитория 214', track: 'Мастер-классы', speakers: ['mariya-kozlova'], tags: ['karera', 'dizajn'] },
    ],
    published: true,
    cover: ['#0f766e', '#f28c28'],
    sections: {
      gallery: {
        heading: 'Как прошёл форум',
        images: [
          { file: 'gallery-forum-1.png', alt: 'Полный актовый зал на открытии форума', colors: ['#0f766e', '#f28c28'] },
          { file: 'gallery-forum-2.png', alt: 'Стенды компаний-партнёров в холле второго этажа', colors: ['#1d4ed8', '#93c5fd'] },
          { file: 'gallery-forum-3.png', alt: 'Мастер-класс по резюме в аудитории 214', colors: ['#b45309', '#fde68a'] },
        ],
      },
      video: { heading: 'Видео о форуме', url: 'https://www.youtube.com/watch?v=Hn2kT8pLw4Q', caption: 'Главное за три минуты: выступления, стенды и ярмарка стажировок' },
    },
  },
  {
    slug: 'lekciya-kiberbezopasnost-dlya-kazhdogo',
    title: 'Открытая лекция «Кибербезопасность для каждого»',
    summary: 'Как не стать жертвой мошенников, защитить аккаунты и личные данные. Онлайн-лекция эксперта по информационной безопасности с ответами на вопросы.',
    description: [
      paragraph('Открытая онлайн-лекция для всех, кто пользуется интернетом: студентов, абитуриентов, сотрудников и их близких.'),
      heading('О чём говорили'),
      bullets(
        'как распознать фишинговое письмо и звонок «из службы безопасности банка»;',
        'почему пароль из 8 символов больше не защищает и как пользоваться менеджером паролей;',
        'двухфакторная аутентификация: где включить прямо сейчас;',
        'что делать, если аккаунт уже взломан.',
      ),
      paragraph('Запись лекции открыта для всех на странице мероприятия.'),
    ],
    start: { day: -14, time: '18:30' },
    end: { day: -14, time: '20:00' },
    format: 'online',
    venue: null,
    address: null,
    audiences: ['students', 'applicants', 'staff'],
    tags: ['kiberbezopasnost'],
    template: 'classic',
    registration: null,
    capacity: null,
    waitlistEnabled: false,
    partners: ['Щит-Инфо'],
    tracks: [],
    sessions: [
      { title: 'Лекция: цифровая гигиена и мошеннические схемы', description: 'Основная часть лекции с примерами реальных атак.', day: 0, time: '18:30', minutes: 60, room: 'Онлайн-трансляция', speakers: ['sergej-fedorov'], tags: ['kiberbezopasnost'], chatEnabled: true, recording: 'everyone', stream: 'https://www.youtube.com/live/q5UmYy2vX1c' },
      { title: 'Ответы на вопросы слушателей', description: 'Вопросы из чата трансляции.', day: 0, time: '19:30', minutes: 30, room: 'Онлайн-трансляция', speakers: ['sergej-fedorov'], tags: ['kiberbezopasnost'], chatEnabled: true, recording: 'everyone', stream: 'https://www.youtube.com/live/q5UmYy2vX1c' },
    ],
    published: true,
    cover: ['#111827', '#22c55e'],
    sections: {
      documents: {
        heading: 'Памятка слушателя',
        files: [
          {
            file: 'kiberbezopasnost-pamyatka.txt',
            title: 'Памятка «Цифровая гигиена за 10 минут»',
            lines: [
              '1. Включите двухфакторную аутентификацию в почте, банке и соцсетях.',
              '2. Заведите менеджер паролей: один длинный мастер-пароль вместо десяти коротких.',
              '3. «Служба безопасности банка» никогда не просит код из СМС — положите трубку.',
              '4. Проверяйте адрес сайта перед вводом пароля, а ссылки из писем открывайте вручную.',
              '5. Если аккаунт взломан: смените пароль, завершите чужие сессии, предупредите друзей.',
            ],
          },
        ],
      },
      video: { heading: 'Запись лекции', url: 'https://rutube.ru/video/3b8e1f4a6c2d4e5f9a7b0c1d2e3f4a5b/', caption: 'Лекция Сергея Фёдорова целиком, с ответами на вопросы из чата' },
    },
  },

  // --- ongoing -----------------------------------------------------------------------------
  {
    slug: 'hakaton-cifrovoj-kampus',
    title: 'Хакатон «Цифровой кампус»',
    summary: 'Трёхдневный хакатон: команды студентов создают сервисы для жизни кампуса — от навигации по корпусам до помощника первокурсника. Призовой фонд 500 000 ₽.',
    description: [
      paragraph('24 команды из студентов и выпускников за три дня превращают идеи в работающие прототипы. Кейсы подготовили институт и партнёры хакатона.'),
      heading('Кейсы'),
      steps(
        'Навигация по кампусу и расписанию для первокурсников.',
        'Сервис бронирования аудиторий и коворкингов.',
        'Рекомендации студенческих мероприятий по интересам.',
        'Городской кейс от «ГородДанных»: маршруты до кампуса.',
      ),
      heading('Как проходит хакатон'),
      paragraph('В первый день — открытие и формирование команд, во второй — чекпоинты с менторами, в третий — финальные питчи и награждение. Рядом с площадкой работает зона отдыха, кормим три раза в день.'),
      paragraph('Правила и критерии оценки — в ', link('https://mico.demo.test/hackathon/rules', 'положении о хакатоне'), '.'),
    ],
    start: { day: -1, time: '10:00' },
    end: { day: 1, time: '19:00' },
    format: 'offline',
    venue: LAB_VENUE,
    address: LAB_ADDRESS,
    audiences: ['students', 'alumni'],
    tags: ['hakaton', 'programmirovanie', 'dizajn'],
    template: 'bold',
    registration: null,
    capacity: 120,
    waitlistEnabled: false,
    partners: ['Векторсофт', 'ГородДанных', 'Технопарк «Южный»', 'Радио «Кампус FM»'],
    tracks: [
      { name: 'Основная площадка', color: '#7c3aed' },
      { name: 'Менторские сессии', color: '#0891b2' },
    ],
    sessions: [
      { title: 'Открытие хакатона и презентация кейсов', description: 'Правила, критерии оценки и выступления авторов кейсов.', day: 0, time: '10:00', minutes: 90, room: 'Главная сцена коворкинга', track: 'Основная площадка', speakers: ['aleksej-morozov', 'konstantin-novikov'], tags: ['hakaton'], chatEnabled: true, recording: 'everyone', stream: 'https://youtu.be/Zr7cVq1bT9s' },
      { title: 'Формирование команд', description: 'Участники без команды находят единомышленников, капитаны регистрируют команды.', day: 0, time: '12:00', minutes: 60, room: 'Главная сцена коворкинга', track: 'Основная площадка', speakers: ['viktor-stepanov'], tags: ['hakaton'] },
      { title: 'Как за три дня сделать прототип, а не презентацию', description: 'Короткий доклад о приоритетах и MVP.', day: 0, time: '14:00', minutes: 45, room: 'Переговорная «Лаборатория»', track: 'Менторские сессии', speakers: ['pavel-smirnov'], tags: ['hakaton', 'predprinimatelstvo'] },
      { title: 'Первый чекпоинт с менторами', description: 'Команды показывают идею и план работы, менторы помогают сузить задачу.', day: 1, time: '11:00', minutes: 120, room: 'Переговорная «Лаборатория»', track: 'Менторские сессии', speakers: ['konstantin-novikov', 'mihail-orlov', 'yuliya-belova'], tags: ['hakaton'] },
      { title: 'Дизайн-ревью интерфейсов', description: 'UX-эксперт смотрит макеты и прототипы команд.', day: 1, time: '15:00', minutes: 90, room: 'Переговорная «Лаборатория»', track: 'Менторские сессии', speakers: ['mariya-kozlova'], tags: ['hakaton', 'dizajn'] },
      { title: 'Второй чекпоинт: работающий прототип', description: 'Проверка готовности к финалу: что работает, что показываем жюри.', day: 2, time: '10:00', minutes: 90, room: 'Переговорная «Лаборатория»', track: 'Менторские сессии', speakers: ['artyom-zajcev', 'konstantin-novikov'], tags: ['hakaton', 'programmirovanie'] },
      { title: 'Финальные питчи команд', description: 'Каждая команда — пять минут на выступление и три на вопросы жюри.', day: 2, time: '13:00', minutes: 240, room: 'Главная сцена коворкинга', track: 'Основная площадка', speakers: ['aleksej-morozov', 'konstantin-novikov', 'viktor-stepanov'], tags: ['hakaton'], chatEnabled: true, recording: 'everyone', stream: 'https://youtu.be/Zr7cVq1bT9s' },
      { title: 'Награждение победителей', description: 'Объявление победителей и вручение призов.', day: 2, time: '17:30', minutes: 60, room: 'Главная сцена коворкинга', track: 'Основная площадка', speakers: ['irina-sokolova', 'anna-pavlova'], tags: ['hakaton'], chatEnabled: true, recording: 'everyone', stream: 'https://youtu.be/Zr7cVq1bT9s', ads: { show: false, autoRefreshSeconds: 0 } },
    ],
    published: true,
    cover: ['#7c3aed', '#f472b6'],
    sections: {
      notes: {
        heading: 'Правила и призы',
        body: [
          paragraph('Команды от 2 до 5 человек, хотя бы один участник — студент или выпускник МИЦО. Код пишется на площадке, готовые наработки можно использовать только открытые.'),
          bullets('1 место — 250 000 ₽ и стажировка в Векторсофт;', '2 место — 150 000 ₽;', '3 место — 100 000 ₽;', 'приз зрительских симпатий — от Радио «Кампус FM».'),
          paragraph('Жюри оценивает пользу для кампуса, работающий прототип и качество презентации.'),
        ],
      },
      slider: {
        heading: 'Главное',
        autoplaySeconds: 7,
        slides: [
          {
            title: 'Призовой фонд — 500 000 ₽',
            text: 'Три призовых места и приз зрительских симпатий.',
            image: { file: 'slide-hakaton-prizy.png', alt: 'Кубок хакатона на сцене коворкинга', colors: ['#5b21b6', '#ec4899'] },
            linkUrl: 'https://mico.demo.test/hackathon/rules',
            linkLabel: 'Положение о хакатоне',
          },
          {
            title: 'Менторы на связи круглые сутки',
            text: 'Эксперты Векторсофт и ГородДанных помогают командам на чекпоинтах.',
            image: { file: 'slide-hakaton-mentory.png', alt: 'Ментор объясняет архитектуру команде у доски', colors: ['#0891b2', '#a5f3fc'] },
            linkUrl: 'https://mico.demo.test/hackathon/mentors',
            linkLabel: 'Все менторы',
          },
          {
            title: 'Финал — в прямом эфире',
            text: 'Питчи команд и награждение транслируются на странице хакатона.',
            image: { file: 'slide-hakaton-final.png', alt: 'Команда выступает с питчем перед жюри', colors: ['#7c3aed', '#f472b6'] },
            linkUrl: 'https://mico.demo.test/hackathon/final',
            linkLabel: 'Расписание финала',
          },
        ],
      },
    },
    adSettings: { rotationSeconds: 10, order: 'fixed' },
    sessionAds: { show: true, autoRefreshSeconds: 0 },
    branding: { primaryColor: '#5b21b6', accentColor: '#ec4899', font: 'inter' },
  },
  {
    slug: 'onlajn-intensiv-python-dlya-abiturientov',
    title: 'Онлайн-интенсив «Python для абитуриентов»',
    summary: 'Три вечера программирования на Python для школьников, которые выбирают ИТ-направление. Без предварительной подготовки, с домашними заданиями и разбором решений.',
    description: [
      paragraph('Интенсив для старшеклассников и абитуриентов, которые хотят попробовать программирование до поступления. Занятия проходят онлайн по вечерам, записи открываются зарегистрированным участникам сразу после эфира.'),
      heading('Что понадобится'),
      bullets('компьютер с доступом в интернет;', 'браузер — среду разработки мы подготовили онлайн;', 'желание разобраться.'),
      paragraph('Участники, выполнившие все домашние задания, получат сертификат института.'),
    ],
    start: { day: -1, time: '18:00' },
    end: { day: 1, time: '20:00' },
    format: 'online',
    venue: null,
    address: null,
    audiences: ['applicants'],
    tags: ['programmirovanie', 'postuplenie'],
    template: 'classic',
    registration: { opens: { day: -20, time: '10:00' }, closes: { day: 1, time: '12:00' } },
    capacity: null,
    waitlistEnabled: false,
    partners: ['Канал «Студгород»'],
    tracks: [],
    sessions: [
      { title: 'Занятие 1. Первая программа: переменные и ввод-вывод', description: 'Пишем первую программу и знакомимся с онлайн-средой разработки.', day: 0, time: '18:00', minutes: 90, room: 'Онлайн-трансляция', speakers: ['artyom-zajcev'], tags: ['programmirovanie'], chatEnabled: true, recording: 'registered', stream: 'https://rutube.ru/video/5f3a9c1e7b2d4e6f8a0b1c2d3e4f5a6b/' },
      { title: 'Занятие 2. Условия и циклы', description: 'Решаем задачи олимпиадного формата с ветвлениями и циклами.', day: 1, time: '18:00', minutes: 90, room: 'Онлайн-трансляция', speakers: ['artyom-zajcev'], tags: ['programmirovanie'], chatEnabled: true, recording: 'registered', stream: 'https://rutube.ru/live/video/7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f/' },
      { title: 'Консультация по домашнему заданию', description: 'Разбираем вопросы по домашним заданиям в небольших группах.', day: 1, time: '17:00', minutes: 45, room: 'Онлайн, комната консультаций', speakers: ['roman-grigorev'], tags: ['programmirovanie'] },
      { title: 'Занятие 3. Функции и мини-проект', description: 'Собираем знания в небольшую игру и рассказываем о направлениях подготовки института.', day: 2, time: '18:00', minutes: 120, room: 'Онлайн-трансляция', speakers: ['artyom-zajcev', 'natalya-kuznetsova'], tags: ['programmirovanie', 'postuplenie'], chatEnabled: true, recording: 'registered', stream: 'https://rutube.ru/live/video/7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f/' },
    ],
    published: true,
    cover: ['#f28c28', '#facc15'],
    sections: {
      notes: {
        heading: 'Как подключиться',
        body: [
          steps(
            'Зарегистрируйтесь на интенсив на этой странице.',
            'За час до занятия откройте его страницу в программе: трансляция начнётся там же.',
            'Вопросы задавайте в чате трансляции, преподаватель отвечает в конце занятия.',
          ),
          paragraph('Среда разработки открывается в браузере, ничего устанавливать не нужно.'),
        ],
      },
    },
  },

  // --- upcoming ----------------------------------------------------------------------------
  {
    slug: 'den-otkrytyh-dverej',
    title: 'День открытых дверей',
    summary: 'Знакомство с институтом для абитуриентов и родителей: направления бакалавриата и магистратуры, правила приёма, экскурсии по лабораториям и встречи со студентами.',
    description: [
      paragraph('Приглашаем абитуриентов и их родителей в главный корпус института. Расскажем о программах, правилах приёма и студенческой жизни, покажем лаборатории и ответим на вопросы.'),
      heading('В программе'),
      bullets(
        'выступление ректора и приёмной комиссии;',
        'презентации направлений бакалавриата и магистратуры;',
        'экскурсии по лабораториям искусственного интеллекта и компьютерного зрения;',
        'консультации по баллам ЕГЭ, олимпиадам и льготам.',
      ),
      paragraph('Для тех, кто не сможет прийти, ведём онлайн-трансляцию основной программы. ', strong('Регистрация обязательна'), ': на входе покажите QR-код из письма.'),
    ],
    start: { day: 6, time: '11:00' },
    end: { day: 6, time: '16:00' },
    format: 'hybrid',
    venue: `${MAIN_VENUE}, актовый зал`,
    address: MAIN_ADDRESS,
    audiences: ['applicants'],
    tags: ['postuplenie'],
    template: 'classic',
    registration: { opens: { day: -10, time: '10:00' }, closes: { day: 5, time: '23:59' } },
    capacity: 300,
    waitlistEnabled: true,
    partners: ['Канал «Студгород»', 'Радио «Кампус FM»'],
    tracks: [
      { name: 'Бакалавриат', color: '#1f3a93' },
      { name: 'Магистратура', color: '#0f766e' },
    ],
    sessions: [
      { title: 'Приветствие ректора', description: 'Каким будет институт через пять лет и почему мы учим через проекты.', day: 0, time: '11:00', minutes: 30, room: 'Актовый зал', track: 'Бакалавриат', speakers: ['irina-sokolova'], tags: ['postuplenie'], chatEnabled: true, stream: 'https://www.youtube.com/watch?v=Kd8mE2fQ0aU' },
      { title: 'Правила приёма: баллы, олимпиады, льготы', description: 'Ответственный секретарь приёмной комиссии рассказывает о сроках и особенностях приёма.', day: 0, time: '11:30', minutes: 60, room: 'Актовый зал', track: 'Бакалавриат', speakers: ['natalya-kuznetsova'], tags: ['postuplenie'], chatEnabled: true, stream: 'https://www.youtube.com/watch?v=Kd8mE2fQ0aU' },
      { title: 'Направления бакалавриата: от программной инженерии до дизайна', description: 'Чем отличаются программы и как выбрать свою.', day: 0, time: '12:45', minutes: 60, room: 'Актовый зал', track: 'Бакалавриат', speakers: ['aleksej-morozov', 'artyom-zajcev'], tags: ['postuplenie', 'programmirovanie'] },
      { title: 'Экскурсия по лаборатории компьютерного зрения', description: 'Группы по 20 человек, сбор у гардероба.', day: 0, time: '14:00', minutes: 45, room: 'Лаборатория 410', track: 'Бакалавриат', speakers: ['roman-grigorev'], tags: ['postuplenie', 'iskusstvennyj-intellekt'] },
      { title: 'Магистратура «Машинное обучение в прикладных задачах»', description: 'Для выпускников бакалавриата и специалистов, которые хотят перейти в ML.', day: 0, time: '12:45', minutes: 60, room: 'Аудитория 214', track: 'Магистратура', speakers: ['dmitrij-volkov'], tags: ['postuplenie', 'iskusstvennyj-intellekt'] },
      { title: 'Магистратура «Анализ данных в управлении»', description: 'Программа для управленцев и аналитиков с вечерним форматом обучения.', day: 0, time: '14:00', minutes: 60, room: 'Аудитория 214', track: 'Магистратура', speakers: ['ekaterina-lebedeva'], tags: ['postuplenie', 'analiz-dannyh'] },
    ],
    published: true,
    cover: ['#1f3a93', '#f28c28'],
    sections: {
      notes: {
        heading: 'Как добраться',
        body: [
          paragraph('Главный корпус: Москва, Научный проезд, д. 14, стр. 1. От метро «Калужская» — 7 минут пешком, выход к Научному проезду.'),
          paragraph('На машине: гостевая парковка у входа 2 закрыта в день мероприятия, пользуйтесь городской парковкой на Научном проезде.'),
        ],
      },
      documents: {
        heading: 'Документы для абитуриентов',
        files: [
          {
            file: 'den-otkrytyh-dverej-programme.pdf',
            title: 'MICO Open Day: programme (English version)',
            lines: [
              'Welcome by the rector, Irina Sokolova - Main hall',
              'Admission rules: scores, olympiads, benefits - Main hall',
              'Bachelor programmes: from software engineering to design - Main hall',
              'Master programme "Machine Learning in Applied Tasks" - Room 214',
              'Tour of the computer vision lab (groups of 20) - Lab 410',
              'Master programme "Data Analysis in Management" - Room 214',
              'Registration is required: show the QR code from your e-mail at the entrance.',
            ],
          },
          {
            file: 'den-otkrytyh-dverej-pamyatka.txt',
            title: 'Памятка абитуриента',
            lines: [
              'Возьмите с собой паспорт и QR-код из письма о регистрации.',
              'Приёмная комиссия работает в холле первого этажа с 10:30 до 16:30.',
              'Консультации по целевому обучению и общежитию — в аудитории 101.',
              'Экскурсии по лабораториям — по записи у стойки регистрации.',
            ],
          },
        ],
      },
      slider: {
        heading: 'Почему МИЦО',
        autoplaySeconds: 8,
        slides: [
          {
            title: 'Учимся через проекты',
            text: 'С первого курса студенты работают над задачами партнёров института.',
            image: { file: 'slide-dod-proekty.png', alt: 'Студенты обсуждают проект в коворкинге', colors: ['#1f3a93', '#f28c28'] },
            linkUrl: 'https://mico.demo.test/education/projects',
            linkLabel: 'Проекты студентов',
          },
          {
            title: '92% выпускников работают по специальности',
            text: 'Центр карьеры помогает найти стажировку ещё во время учёбы.',
            image: { file: 'slide-dod-karera.png', alt: 'Выпускники на карьерном форуме', colors: ['#0f766e', '#99f6e4'] },
            linkUrl: 'https://mico.demo.test/career',
            linkLabel: 'Центр карьеры',
          },
        ],
      },
    },
  },
  {
    slug: 'seminar-cifrovye-instrumenty-prepodavatelya',
    title: 'Методический семинар «Цифровые инструменты преподавателя»',
    summary: 'Практический онлайн-семинар для преподавателей и сотрудников: электронные курсы, автоматическая проверка заданий и работа с генеративным ИИ в учебном процессе.',
    description: [
      paragraph('Семинар центра развития педагогических компетенций для преподавателей всех кафедр. Покажем инструменты, которые экономят время на рутине и делают курсы удобнее для студентов.'),
      bullets(
        'структура электронного курса: что студенты открывают, а что пропускают;',
        'автоматическая проверка заданий по программированию;',
        'генеративный ИИ: правила института и примеры заданий, которые нельзя «сгенерировать».',
      ),
      paragraph('Участникам засчитываются 4 часа повышения квалификации.'),
    ],
    start: { day: 10, time: '15:00' },
    end: { day: 10, time: '17:30' },
    format: 'online',
    venue: null,
    address: null,
    audiences: ['staff'],
    tags: ['cifrovaya-pedagogika', 'iskusstvennyj-intellekt'],
    template: 'minimal',
    registration: { opens: { day: -5, time: '09:00' }, closes: { day: 10, time: '12:00' } },
    capacity: 200,
    waitlistEnabled: false,
    partners: [],
    tracks: [],
    sessions: [
      { title: 'Электронный курс, который проходят до конца', description: 'Аналитика прохождения курсов института и приёмы, которые повышают вовлечённость.', day: 0, time: '15:00', minutes: 45, room: 'Онлайн-трансляция', speakers: ['tatyana-egorova'], tags: ['cifrovaya-pedagogika'], chatEnabled: true, recording: 'registered', stream: 'https://vkvideo.ru/video-218376543_456239017' },
      { title: 'Автоматическая проверка заданий по программированию', description: 'Настройка тестов для заданий и борьба со списыванием.', day: 0, time: '15:50', minutes: 45, room: 'Онлайн-трансляция', speakers: ['artyom-zajcev'], tags: ['cifrovaya-pedagogika', 'programmirovanie'], recording: 'registered', stream: 'https://vkvideo.ru/video-218376543_456239017' },
      { title: 'Генеративный ИИ в учебном процессе: правила и практики', description: 'Положение института об использовании ИИ и примеры заданий, устойчивых к генерации.', day: 0, time: '16:40', minutes: 50, room: 'Онлайн-трансляция', speakers: ['dmitrij-volkov', 'tatyana-egorova'], tags: ['cifrovaya-pedagogika', 'iskusstvennyj-intellekt'], chatEnabled: true, recording: 'registered', stream: 'https://vk.com/video-218376543_456239017' },
    ],
    published: true,
    cover: ['#334155', '#38bdf8'],
    sections: {
      notes: {
        heading: 'Для участников',
        body: [paragraph('Семинар проходит онлайн: ссылка на трансляцию появится на странице каждой сессии. Удостоверение о повышении квалификации выдаётся тем, кто посетил все три сессии.')],
      },
      video: { heading: 'Как устроен электронный курс института', url: 'https://vkvideo.ru/video-218376543_456239012', caption: 'Короткий обзор электронной образовательной среды для новых преподавателей' },
    },
  },
  {
    slug: 'konferenciya-ii-v-obrazovanii',
    title: 'Конференция «Искусственный интеллект в образовании»',
    summary: 'Двухдневная научно-практическая конференция: исследования, внедрения и этика ИИ в университетах. Пленарные доклады, секции и круглый стол с индустрией.',
    description: [
      paragraph('Ежегодная конференция института собирает исследователей, преподавателей и представителей компаний, которые применяют искусственный интеллект в образовании.'),
      heading('Секции'),
      bullets(
        'Пленарная сессия — стратегия и регулирование;',
        'ИИ в учебном процессе — персонализация, оценивание, академическая честность;',
        'Исследования и данные — модели, датасеты и результаты экспериментов.',
      ),
      heading('Участникам'),
      paragraph('Доклады будут опубликованы в сборнике материалов конференции (РИНЦ). Для очных участников — кофе-брейки и обед, для онлайн-участников — трансляция всех секций с чатом.'),
    ],
    start: { day: 20, time: '10:00' },
    end: { day: 21, time: '17:00' },
    format: 'hybrid',
    venue: `${MAIN_VENUE}, конференц-зал`,
    address: MAIN_ADDRESS,
    audiences: ['staff', 'students', 'partners'],
    tags: ['iskusstvennyj-intellekt', 'nauka', 'cifrovaya-pedagogika'],
    template: 'classic',
    registration: { opens: { day: -15, time: '10:00' }, closes: { day: 19, time: '18:00' } },
    capacity: 250,
    waitlistEnabled: true,
    partners: ['Векторсофт', 'Северный банк', 'ГородДанных', 'Журнал «Цифровой университет»'],
    tracks: [
      { name: 'Пленарная сессия', color: '#1f3a93' },
      { name: 'ИИ в учебном процессе', color: '#f28c28' },
      { name: 'Исследования и данные', color: '#0f766e' },
    ],
    sessions: [
      { title: 'Открытие конференции', description: 'Приветственное слово ректора.', day: 0, time: '10:00', minutes: 20, room: 'Конференц-зал', track: 'Пленарная сессия', speakers: ['irina-sokolova'], tags: ['iskusstvennyj-intellekt'], chatEnabled: true, recording: 'everyone', stream: 'https://stream.mico.demo.test/live/hall-a/index.m3u8' },
      { title: 'ИИ в университете: от пилотов к стратегии', description: 'Пленарный доклад о том, как институт внедряет ИИ-инструменты и что из этого получилось.', day: 0, time: '10:20', minutes: 60, room: 'Конференц-зал', track: 'Пленарная сессия', speakers: ['aleksej-morozov'], tags: ['iskusstvennyj-intellekt', 'cifrovaya-pedagogika'], chatEnabled: true, recording: 'everyone', stream: 'https://stream.mico.demo.test/live/hall-a/index.m3u8' },
      { title: 'Большие языковые модели: возможности и границы', description: 'Что языковые модели умеют на самом деле и где они ошибаются.', day: 0, time: '11:30', minutes: 60, room: 'Конференц-зал', track: 'Пленарная сессия', speakers: ['dmitrij-volkov'], tags: ['iskusstvennyj-intellekt', 'nauka'], chatEnabled: true, recording: 'everyone', stream: 'https://stream.mico.demo.test/live/hall-a/index.m3u8' },
      { title: 'Персонализация обучения на данных электронных курсов', description: 'Как рекомендовать студентам материалы и не превратить курс в ленту соцсети.', day: 0, time: '14:00', minutes: 45, room: 'Аудитория 214', track: 'ИИ в учебном процессе', speakers: ['tatyana-egorova', 'ekaterina-lebedeva'], tags: ['cifrovaya-pedagogika', 'analiz-dannyh'], recording: 'registered' },
      { title: 'Академическая честность в эпоху генеративного ИИ', description: 'Опыт кафедр института: правила, детекторы и новые форматы заданий.', day: 0, time: '15:00', minutes: 45, room: 'Аудитория 214', track: 'ИИ в учебном процессе', speakers: ['artyom-zajcev'], tags: ['cifrovaya-pedagogika', 'iskusstvennyj-intellekt'], recording: 'registered' },
      { title: 'Распознавание рукописных решений студентов', description: 'Результаты исследования лаборатории компьютерного зрения.', day: 0, time: '14:00', minutes: 45, room: 'Аудитория 305', track: 'Исследования и данные', speakers: ['roman-grigorev'], tags: ['iskusstvennyj-intellekt', 'nauka'], recording: 'registered' },
      { title: 'Прогноз отчислений: модели и этика', description: 'Можно ли предсказать, что студент бросит учёбу, и что делать с этим прогнозом.', day: 0, time: '15:00', minutes: 45, room: 'Аудитория 305', track: 'Исследования и данные', speakers: ['ekaterina-lebedeva', 'mihail-orlov'], tags: ['analiz-dannyh', 'nauka'], recording: 'registered' },
      { title: 'Интерфейсы ИИ-помощников для студентов', description: 'Результаты юзабилити-исследований чат-ботов в учебных сервисах.', day: 1, time: '10:00', minutes: 45, room: 'Аудитория 214', track: 'ИИ в учебном процессе', speakers: ['mariya-kozlova'], tags: ['dizajn', 'iskusstvennyj-intellekt'], recording: 'registered' },
      { title: 'Открытые данные города для учебных проектов', description: 'Какие наборы данных доступны и как использовать их в курсовых и дипломах.', day: 1, time: '10:00', minutes: 45, room: 'Аудитория 305', track: 'Исследования и данные', speakers: ['konstantin-novikov'], tags: ['analiz-dannyh'], recording: 'registered' },
      { title: 'Круглый стол «Университет и индустрия: кого мы готовим»', description: 'Работодатели и преподаватели обсуждают, какие компетенции нужны выпускникам в мире с ИИ.', day: 1, time: '14:00', minutes: 90, room: 'Конференц-зал', track: 'Пленарная сессия', speakers: ['anna-pavlova', 'mihail-orlov', 'aleksej-morozov', 'yuliya-belova'], tags: ['karera', 'iskusstvennyj-intellekt'], chatEnabled: true, recording: 'everyone', stream: 'https://stream.mico.demo.test/live/hall-a/index.m3u8' },
      { title: 'Закрытие конференции и награждение лучших докладов', description: 'Итоги двух дней и вручение дипломов.', day: 1, time: '16:00', minutes: 45, room: 'Конференц-зал', track: 'Пленарная сессия', speakers: ['dmitrij-volkov'], tags: ['nauka'], recording: 'everyone', stream: 'https://stream.mico.demo.test/live/hall-a/index.m3u8' },
    ],
    published: true,
    cover: ['#0f172a', '#f28c28'],
    sections: {
      notes: {
        heading: 'Докладчикам',
        body: [
          paragraph('Доклад на секции — 15 минут и 5 минут на вопросы. Презентацию в формате PDF или PPTX пришлите до начала конференции на ', link('mailto:ai-conf@mico.demo.test', 'ai-conf@mico.demo.test'), '.'),
          paragraph('Трансляция пленарных заседаний доступна только зарегистрированным участникам.'),
        ],
      },
      documents: {
        heading: 'Документы конференции',
        files: [
          {
            file: 'konferenciya-ii-programme.pdf',
            title: 'AI in Education: conference programme',
            lines: [
              'Day 1 - Plenary session (conference hall)',
              'Opening of the conference - Irina Sokolova',
              'AI at the university: from pilots to strategy - Alexey Morozov',
              'Large language models: capabilities and limits - Dmitry Volkov',
              'Day 1 - Sections "AI in teaching" (room 214) and "Research and data" (room 305)',
              'Day 2 - Sections, round table "University and industry", closing and best paper awards',
              'Proceedings are indexed in the Russian Science Citation Index (RSCI).',
            ],
          },
          {
            file: 'konferenciya-ii-trebovaniya.txt',
            title: 'Требования к оформлению тезисов',
            lines: [
              'Объём тезисов — до 4 страниц, шрифт 14 pt, интервал 1,5.',
              'Структура: постановка задачи, метод, результаты, выводы, список литературы.',
              'Файл называется по фамилии первого автора: Ivanov_AIEd.docx.',
            ],
          },
        ],
      },
    },
    adSettings: { rotationSeconds: 8, order: 'fixed' },
    sessionAds: { show: true, autoRefreshSeconds: 120 },
  },
  {
    slug: 'vstrecha-vypusknikov',
    title: 'Встреча выпускников МИЦО',
    summary: 'Вечер для выпускников всех лет: новости института, истории успеха, запуск менторской программы и неформальное общение.',
    description: [
      paragraph('Ассоциация выпускников приглашает на ежегодную встречу. Расскажем, как изменился институт, познакомим с менторской программой и просто дадим время поговорить с однокурсниками и преподавателями.'),
      bullets('новости института от ректора;', 'истории выпускников, которые основали свои компании;', 'запуск менторской программы для студентов;', 'фуршет и фотозона.'),
      paragraph('Вход по регистрации, можно прийти с одним гостем.'),
    ],
    start: { day: 27, time: '18:00' },
    end: { day: 27, time: '22:00' },
    format: 'offline',
    venue: `${MAIN_VENUE}, атриум`,
    address: MAIN_ADDRESS,
    audiences: ['alumni'],
    tags: ['soobshchestvo-vypusknikov'],
    template: 'bold',
    registration: { opens: { day: -3, time: '10:00' }, closes: { day: 26, time: '18:00' } },
    capacity: 150,
    waitlistEnabled: true,
    // a form with every kind of question (the browser test of registration fills it in)
    registrationForm: [
      { key: 'phone', type: 'phone', label: 'Телефон', required: true, order: 1, placeholder: '+7 900 123-45-67' },
      { key: 'status', type: 'single-choice', label: 'Статус', required: true, order: 2 },
      { key: 'faculty', type: 'text', label: 'Факультет', required: false, order: 3, placeholder: 'Например, ИТ-факультет' },
      { key: 'workEmail', type: 'email', label: 'Рабочая почта', required: false, order: 4 },
      { key: 'motivation', type: 'long-text', label: 'Что хотите обсудить на встрече', required: true, order: 5, help: 'Пара предложений: мы подберём собеседников.' },
      { key: 'graduationYear', type: 'number', label: 'Год выпуска', required: true, order: 6 },
      { key: 'birthday', type: 'date', label: 'Дата рождения', required: false, order: 7 },
      { key: 'program', type: 'single-choice', label: 'Программа обучения', required: true, order: 8, options: 'Бакалавриат\nМагистратура\nАспирантура' },
      { key: 'topics', type: 'multiple-choice', label: 'Интересные темы', required: false, order: 9, options: 'Карьера\nМенторство\nНаука' },
      { key: 'portfolio', type: 'link', label: 'Ссылка на профиль', required: false, order: 10 },
      { key: 'cv', type: 'file', label: 'Резюме', required: false, order: 11, help: 'Для менторской программы.' },
      { key: 'photos', type: 'checkbox', label: 'Согласен(на) на фото- и видеосъёмку', required: true, order: 12 },
    ],
    partners: ['Векторсофт'],
    tracks: [],
    sessions: [
      { title: 'Институт сегодня: новости от ректора', description: 'Новые программы, лаборатории и планы развития.', day: 0, time: '18:30', minutes: 30, room: 'Атриум', speakers: ['irina-sokolova'], tags: ['soobshchestvo-vypusknikov'] },
      { title: 'Выпускники-основатели: истории компаний', description: 'Три выпускника рассказывают, как студенческие проекты стали бизнесом.', day: 0, time: '19:00', minutes: 60, room: 'Атриум', speakers: ['pavel-smirnov', 'elena-kovalyova'], tags: ['soobshchestvo-vypusknikov', 'predprinimatelstvo'] },
      { title: 'Запуск менторской программы', description: 'Как стать ментором студента и что это даёт обеим сторонам.', day: 0, time: '20:00', minutes: 30, room: 'Атриум', speakers: ['elena-kovalyova', 'olga-nikitina'], tags: ['soobshchestvo-vypusknikov', 'karera'] },
    ],
    published: true,
    cover: ['#b45309', '#fde68a'],
    sections: {
      gallery: {
        heading: 'Встреча прошлого года',
        images: [
          { file: 'gallery-vstrecha-1.png', alt: 'Выпускники разных лет в атриуме главного корпуса', colors: ['#b45309', '#fde68a'] },
          { file: 'gallery-vstrecha-2.png', alt: 'Фотозона с логотипом ассоциации выпускников', colors: ['#9a3412', '#fed7aa'] },
          { file: 'gallery-vstrecha-3.png', alt: 'Ректор вручает благодарности менторам', colors: ['#1f3a93', '#fde68a'] },
        ],
      },
      video: { heading: 'Видео прошлой встречи', url: 'https://youtu.be/Wq3nB7xYk2M', caption: 'Как это было: поздравления, истории выпускников и танцы до полуночи' },
    },
  },
  {
    slug: 'demo-den-akseleratora',
    title: 'Демо-день акселератора студенческих стартапов',
    summary: 'Десять команд акселератора МИЦО представляют свои проекты инвесторам и партнёрам. Открытая часть с трансляцией и закрытые встречи с инвесторами.',
    description: [
      paragraph('Финал трёхмесячной программы акселератора. Команды студентов и выпускников покажут продукты, метрики и планы, а инвесторы и корпоративные партнёры дадут обратную связь.'),
      heading('Кому будет интересно'),
      bullets('студентам, которые думают о своём проекте;', 'выпускникам и бизнес-ангелам;', 'компаниям, которые ищут технологических партнёров.'),
    ],
    start: { day: 34, time: '16:00' },
    end: { day: 34, time: '20:00' },
    format: 'hybrid',
    venue: LAB_VENUE,
    address: LAB_ADDRESS,
    audiences: ['students', 'alumni', 'partners'],
    tags: ['predprinimatelstvo'],
    template: 'bold',
    registration: { opens: { day: 0, time: '00:00' }, closes: { day: 33, time: '20:00' } },
    capacity: 180,
    waitlistEnabled: false,
    partners: ['Технопарк «Южный»', 'Северный банк'],
    tracks: [],
    sessions: [
      { title: 'Итоги сезона акселератора', description: 'Цифры сезона и представление команд.', day: 0, time: '16:00', minutes: 30, room: 'Главная сцена коворкинга', speakers: ['viktor-stepanov'], tags: ['predprinimatelstvo'], chatEnabled: true, stream: 'https://vk.com/video-209874321_456239101' },
      { title: 'Питчи команд: образование и HR', description: 'Пять команд по семь минут.', day: 0, time: '16:30', minutes: 60, room: 'Главная сцена коворкинга', speakers: ['viktor-stepanov', 'pavel-smirnov'], tags: ['predprinimatelstvo'], chatEnabled: true, stream: 'https://vk.com/video-209874321_456239101' },
      { title: 'Питчи команд: финтех и городские сервисы', description: 'Пять команд по семь минут.', day: 0, time: '17:45', minutes: 60, room: 'Главная сцена коворкинга', speakers: ['viktor-stepanov', 'mihail-orlov'], tags: ['predprinimatelstvo'], chatEnabled: true, stream: 'https://vk.com/video-209874321_456239101' },
      { title: 'Решение жюри и нетворкинг', description: 'Объявление победителей и свободное общение с инвесторами.', day: 0, time: '19:00', minutes: 60, room: 'Главная сцена коворкинга', speakers: ['viktor-stepanov', 'konstantin-novikov'], tags: ['predprinimatelstvo'] },
    ],
    published: true,
    cover: ['#0891b2', '#a3e635'],
    sections: {
      video: { heading: 'Прошлый демо-день', url: 'https://vkvideo.ru/video-209874321_456239044', caption: 'Лучшие питчи весеннего сезона акселератора' },
      slider: {
        heading: 'Команды сезона',
        autoplaySeconds: 6,
        slides: [
          {
            title: 'Образование и HR',
            text: 'Пять команд: от тренажёра собеседований до платформы студенческих стажировок.',
            image: { file: 'slide-akselerator-edtech.png', alt: 'Команда стартапа за работой над прототипом', colors: ['#0891b2', '#a3e635'] },
            linkUrl: 'https://mico.demo.test/accelerator/teams#edtech',
            linkLabel: 'Команды трека',
          },
          {
            title: 'Финтех и городские сервисы',
            text: 'Пять команд: сервисы для банков, городской мобильности и ЖКХ.',
            image: { file: 'slide-akselerator-fintech.png', alt: 'Основатели стартапа на фоне презентации', colors: ['#1d4ed8', '#67e8f9'] },
            linkUrl: 'https://mico.demo.test/accelerator/teams#fintech',
            linkLabel: 'Команды трека',
          },
        ],
      },
    },
    adSettings: { rotationSeconds: 6, order: 'random' },
    sessionAds: { show: true, autoRefreshSeconds: 60 },
  },

  // --- a draft: never visible on the public site ------------------------------------------------
  {
    slug: 'shkola-yunogo-programmista',
    title: 'Школа юного программиста (черновик)',
    summary: 'Черновик: программа для школьников 8–11 классов ещё согласуется.',
    description: [paragraph('Черновик страницы. Программа, даты и преподаватели уточняются.')],
    start: { day: 60, time: '10:00' },
    end: { day: 64, time: '16:00' },
    format: 'offline',
    venue: `${MAIN_VENUE}, компьютерные классы`,
    address: MAIN_ADDRESS,
    audiences: ['applicants'],
    tags: ['programmirovanie', 'postuplenie'],
    template: 'classic',
    registration: null,
    capacity: 60,
    waitlistEnabled: false,
    partners: [],
    tracks: [],
    sessions: [],
    published: false,
    cover: ['#64748b', '#cbd5e1'],
  },
];

export const news: NewsSeed[] = [
  {
    slug: 'itogi-intensiva-analiz-dannyh',
    title: 'Участники интенсива по анализу данных защитили 9 проектов',
    summary: 'Три команды получили приглашения на стажировку в Северный банк.',
    body: [
      paragraph('Завершился трёхдневный интенсив «Анализ данных на практике». 38 участников в девяти командах исследовали открытые данные Москвы: от загруженности транспорта до доступности спортивных площадок.'),
      paragraph('Жюри особо отметило проект о прогнозе спроса на велопрокат. Три команды получили приглашения на стажировку в Северный банк.'),
    ],
    date: { day: -32, time: '12:00' },
    event: 'intensiv-analiz-dannyh',
    tags: ['analiz-dannyh'],
  },
  {
    slug: 'itogi-forum-start-v-it',
    title: 'Форум «Старт в ИТ» посетили более 600 студентов и выпускников',
    summary: '25 компаний-работодателей, 140 собеседований на стажировки и записи всех выступлений.',
    body: [
      paragraph('На карьерном форуме «Старт в ИТ» работали стенды 25 компаний. За день участники прошли 140 экспресс-собеседований на стажировки.'),
      paragraph('Записи выступлений главной сцены доступны зарегистрированным участникам на странице форума.'),
    ],
    date: { day: -20, time: '11:00' },
    event: 'karernyj-forum-start-v-it',
    tags: ['karera'],
  },
  {
    slug: 'zapis-lekcii-kiberbezopasnost',
    title: 'Запись лекции «Кибербезопасность для каждого» открыта для всех',
    summary: 'Смотрите лекцию о защите аккаунтов и мошеннических схемах в удобное время.',
    body: [paragraph('Лекцию Сергея Фёдорова посмотрели в прямом эфире более 900 человек. Запись и ответы на вопросы из чата доступны на странице мероприятия.')],
    date: { day: -13, time: '10:00' },
    event: 'lekciya-kiberbezopasnost-dlya-kazhdogo',
    tags: ['kiberbezopasnost'],
  },
  {
    slug: 'laboratoriya-kompyuternogo-zreniya',
    title: 'В институте открылась лаборатория компьютерного зрения',
    summary: 'Студенты получат доступ к вычислительному кластеру и участию в исследованиях.',
    body: [
      paragraph('Новая лаборатория займётся распознаванием рукописного текста и анализом учебных видеозаписей. Студенты старших курсов могут присоединиться к исследованиям уже в этом семестре.'),
      paragraph('Лабораторию покажут гостям на ближайшем Дне открытых дверей.'),
    ],
    date: { day: -9, time: '15:00' },
    event: null,
    tags: ['nauka', 'iskusstvennyj-intellekt'],
  },
  {
    slug: 'registraciya-den-otkrytyh-dverej',
    title: 'Открыта регистрация на День открытых дверей',
    summary: 'Абитуриенты и родители могут выбрать очный визит или онлайн-трансляцию.',
    body: [paragraph('Регистрация на День открытых дверей открыта. Количество мест в актовом зале ограничено, после их окончания работает лист ожидания. Онлайн-трансляция доступна без ограничений.')],
    date: { day: -8, time: '10:00' },
    event: 'den-otkrytyh-dverej',
    tags: ['postuplenie'],
  },
  {
    slug: 'priyom-dokladov-konferenciya-ii',
    title: 'Продлён приём докладов на конференцию «ИИ в образовании»',
    summary: 'Заявки на доклады принимаются ещё неделю.',
    body: [paragraph('Оргкомитет конференции «Искусственный интеллект в образовании» продлил приём заявок на доклады. Материалы принятых докладов войдут в сборник, индексируемый в РИНЦ.')],
    date: { day: -4, time: '12:00' },
    event: 'konferenciya-ii-v-obrazovanii',
    tags: ['iskusstvennyj-intellekt', 'nauka'],
  },
  {
    slug: 'start-hakatona-cifrovoj-kampus',
    title: 'Хакатон «Цифровой кампус» стартовал: 24 команды',
    summary: 'Команды выбрали кейсы и приступили к работе над прототипами.',
    body: [paragraph('В технопарке «Южный» стартовал хакатон «Цифровой кампус». 24 команды выбрали кейсы, больше всего заявок — на навигацию по кампусу для первокурсников. Финальные питчи пройдут в последний день хакатона.')],
    date: { day: -1, time: '19:00' },
    event: 'hakaton-cifrovoj-kampus',
    tags: ['hakaton'],
  },
];

export const ads: AdSeed[] = [
  {
    title: 'Стажировка в Векторсофт: набор открыт',
    url: 'https://vectorsoft.demo.test/internship',
    order: 1,
    advertiserName: 'ООО «Векторсофт»',
    advertiserInn: '7708123450',
    erid: '2VtzqwDemo1a',
    event: 'konferenciya-ii-v-obrazovanii',
    color: '#0f766e',
  },
  {
    title: 'Студенческая карта Северного банка с кешбэком',
    url: 'https://severnyj-bank.demo.test/student',
    order: 2,
    advertiserName: 'АО «Северный банк»',
    advertiserInn: '7714032988',
    erid: '2VtzqwDemo2b',
    event: 'demo-den-akseleratora',
    color: '#1d4ed8',
  },
  {
    title: 'Английский для ИТ-специалистов: первое занятие бесплатно',
    url: 'https://english-it.demo.test',
    order: 3,
    advertiserName: 'ИП Соловьёва Марина Андреевна',
    advertiserInn: '772512345622',
    erid: '2VtzqwDemo3c',
    event: 'hakaton-cifrovoj-kampus',
    color: '#db2777',
  },
];

/** A partner link of the registration module: visits through `/events/<slug>?ref=<code>` are counted per channel. */
export interface PartnerLinkSeed {
  code: string;
  label: string;
  channel: 'partner' | 'email' | 'social' | 'messenger' | 'ads' | 'offline' | 'other';
  event: string;
}

/** Tracked links of the demo events (`?ref=CODE`): the demo audience (audience.ts) registered and visited through them. */
export const partnerLinks: PartnerLinkSeed[] = [
  { code: 'alumni-vk', label: 'VK: сообщество выпускников МИЦО', channel: 'social', event: 'vstrecha-vypusknikov' },
  { code: 'alumni-tg', label: 'Telegram: канал ассоциации выпускников', channel: 'messenger', event: 'vstrecha-vypusknikov' },
  { code: 'dod-school1534', label: 'Школа № 1534: рассылка для выпускных классов', channel: 'partner', event: 'den-otkrytyh-dverej' },
  { code: 'dod-vk-ads', label: 'Реклама ВКонтакте: абитуриенты Москвы', channel: 'ads', event: 'den-otkrytyh-dverej' },
  { code: 'dod-email', label: 'Письмо подписчикам приёмной комиссии', channel: 'email', event: 'den-otkrytyh-dverej' },
  { code: 'hack-itmo', label: 'Партнёр: студенческий клуб «Код»', channel: 'partner', event: 'hakaton-cifrovoj-kampus' },
  { code: 'hack-tg', label: 'Telegram: чат хакатонов', channel: 'messenger', event: 'hakaton-cifrovoj-kampus' },
  { code: 'python-school', label: 'Партнёр: онлайн-школа «Алгоритм»', channel: 'partner', event: 'onlajn-intensiv-python-dlya-abiturientov' },
  { code: 'conf-rsci', label: 'Рассылка научного общества', channel: 'email', event: 'konferenciya-ii-v-obrazovanii' },
  { code: 'conf-tg', label: 'Telegram: канал «ИИ в образовании»', channel: 'social', event: 'konferenciya-ii-v-obrazovanii' },
  { code: 'forum-hh', label: 'Партнёр: карьерный портал', channel: 'partner', event: 'karernyj-forum-start-v-it' },
];

/** Organizer accounts of the demo (admin panel). Created only by the demo seed, never in production. */
export const demoAccounts: DemoAccount[] = [
  { email: 'admin@demo.test', password: 'Demo-admin-2026', firstname: 'Марина', lastname: 'Алексеева', role: 'client-admin', roleLabel: 'Администратор клиента' },
  { email: 'event.admin@demo.test', password: 'Demo-event-2026', firstname: 'Олег', lastname: 'Панов', role: 'event-admin', roleLabel: 'Администратор события' },
  { email: 'event.manager@demo.test', password: 'Demo-manager-2026', firstname: 'Светлана', lastname: 'Руденко', role: 'event-manager', roleLabel: 'Менеджер события' },
];

/**
 * The demo events each event organizer is listed on (the client administrator sees all events
 * anyway). The event administrator runs four events (one still a draft) and not the others; the
 * manager helps on two of them and on one more.
 */
export const demoEventOrganizers: Record<string, { admins: string[]; managers: string[] }> = {
  'event.admin@demo.test': {
    admins: ['intensiv-analiz-dannyh', 'hakaton-cifrovoj-kampus', 'konferenciya-ii-v-obrazovanii', 'shkola-yunogo-programmista'],
    managers: [],
  },
  'event.manager@demo.test': {
    admins: [],
    managers: ['hakaton-cifrovoj-kampus', 'konferenciya-ii-v-obrazovanii', 'den-otkrytyh-dverej'],
  },
};

/** Slugs and titles of the events the public site must show (tests import these). */
export const publishedEvents = events.filter((event) => event.published).map(({ slug, title }) => ({ slug, title }));
export const publishedEventSlugs = publishedEvents.map((event) => event.slug);
/** Slugs of events that exist only as drafts and must never be publicly visible. */
export const draftEventSlugs = events.filter((event) => !event.published).map((event) => event.slug);

// ---------------------------------------------------------------------------------------------
// Dating the plan

/** Moscow has been UTC+3 all year round since 2014 (no daylight saving), so a fixed offset is exact. */
export const MOSCOW_UTC_OFFSET_HOURS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Moscow calendar day of `instant`, as UTC midnight of that date (a day handle, not an instant). */
export function moscowDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + MOSCOW_UTC_OFFSET_HOURS * 60 * 60 * 1000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The UTC instant of `time` (HH:MM, Moscow) on `day` days after `baseDay`. */
export function moscowInstant(baseDay: Date, day: number, time: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Bad time "${time}": expected HH:MM`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(baseDay.getTime() + day * DAY_MS + (minutes - MOSCOW_UTC_OFFSET_HOURS * 60) * 60 * 1000);
}

export interface DatedSession extends Omit<SessionSeed, 'day' | 'time' | 'minutes' | 'recording' | 'stream' | 'ads'> {
  startsAt: string;
  endsAt: string;
  recordingAvailability: RecordingAvailability;
  recordingUrl: string | null;
  /** When the recording opens (an hour after the session ends, the time it takes to publish it). */
  recordingAvailableAt: string | null;
  stream: { url: string } | null;
  ads: SessionAdsSeed | null;
}

export interface DatedEvent extends Omit<EventSeed, 'start' | 'end' | 'registration' | 'sessions'> {
  /** The page layout the constructor shows: sections for what the event has (program, speakers ...). */
  layout: PageBlock[];
  seo: { metaTitle: string; metaDescription: string };
  startsAt: string;
  endsAt: string;
  registrationOpen: boolean;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  sessions: DatedSession[];
}

export interface DatedNews extends Omit<NewsSeed, 'date'> {
  date: string;
}

export interface SeedPlan {
  /** The Moscow day everything is relative to, `YYYY-MM-DD`. */
  baseDay: string;
  events: DatedEvent[];
  news: DatedNews[];
}

/** A recording opens an hour after its session ends. */
const RECORDING_DELAY_MS = 60 * 60 * 1000;

/** Recordings are published only for sessions that have already ended (the demo's video host is fake). */
const recordingUrl = (event: string, index: number) => `https://video.mico.demo.test/${event}/${index + 1}`;

/**
 * Places the demo on the calendar: every date relative to the Moscow day of `base` (by default `now`).
 * `now` decides only what has already happened (recordings of ended sessions, open registration).
 * Pure: the same arguments give the same plan.
 */
export function buildSeedPlan(now: Date, baseInstant: Date = now): SeedPlan {
  const base = moscowDay(baseInstant);
  const at = (when: DayTime) => moscowInstant(base, when.day, when.time);

  const datedEvents = events.map((event): DatedEvent => {
    const { start, end, registration, sessions, ...rest } = event;
    const startsAt = at(start);
    const endsAt = at(end);
    const firstDay = start.day;
    const datedSessions = sessions.map((session, index): DatedSession => {
      const { day, time, minutes, recording, ...fields } = session;
      const sessionStart = moscowInstant(base, firstDay + day, time);
      const sessionEnd = new Date(sessionStart.getTime() + minutes * 60 * 1000);
      const ended = sessionEnd.getTime() <= now.getTime();
      const { stream, ads: sessionAds, ...rest } = fields;
      return {
        ...rest,
        startsAt: sessionStart.toISOString(),
        endsAt: sessionEnd.toISOString(),
        recordingAvailability: recording && ended ? recording : 'never',
        recordingUrl: recording && ended ? recordingUrl(event.slug, index) : null,
        recordingAvailableAt: recording && ended ? new Date(sessionEnd.getTime() + RECORDING_DELAY_MS).toISOString() : null,
        stream: stream === undefined ? null : { url: stream },
        ads: sessionAds ?? event.sessionAds ?? null,
      };
    });
    const opensAt = registration ? at(registration.opens) : null;
    const closesAt = registration ? at(registration.closes) : null;
    return {
      ...rest,
      layout: pageLayout(event),
      seo: { metaTitle: clip(event.title, 70), metaDescription: clip(event.summary, 200) },
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      // "open" means the organizer has switched registration on; the window limits it in time
      registrationOpen: registration !== null && endsAt.getTime() > now.getTime(),
      registrationOpensAt: opensAt ? opensAt.toISOString() : null,
      registrationClosesAt: closesAt ? closesAt.toISOString() : null,
      sessions: datedSessions,
    };
  });

  const datedNews = news.map(({ date, ...rest }): DatedNews => ({ ...rest, date: at(date).toISOString() }));

  return { baseDay: base.toISOString().slice(0, 10), events: datedEvents, news: datedNews };
}

/** Cuts `text` to `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '')}…`;
}

/** The sections an organizer would put on the event page, given what the event has. */
export function pageLayout(event: EventSeed): PageBlock[] {
  const layout: PageBlock[] = [];
  const sections = event.sections ?? {};
  if (sections.notes) layout.push({ __component: 'blocks.description', heading: sections.notes.heading, body: sections.notes.body });
  if (sections.documents) layout.push({ __component: 'blocks.documents', heading: sections.documents.heading, files: sections.documents.files });
  if (event.sessions.length > 0) {
    layout.push({ __component: 'blocks.program', heading: 'Программа', view: 'list', showTracks: event.tracks.length > 0 });
    layout.push({ __component: 'blocks.speakers', heading: 'Спикеры', mode: 'all' });
  }
  if (sections.gallery) layout.push({ __component: 'blocks.gallery', heading: sections.gallery.heading, images: sections.gallery.images });
  if (sections.video) {
    layout.push({ __component: 'blocks.video', heading: sections.video.heading, video: { url: sections.video.url }, caption: sections.video.caption });
  }
  if (sections.slider) {
    layout.push({ __component: 'blocks.slider', heading: sections.slider.heading, autoplaySeconds: sections.slider.autoplaySeconds, slides: sections.slider.slides });
  }
  if (event.partners.length > 0) layout.push({ __component: 'blocks.partners', heading: 'Партнёры' });
  if (news.some((item) => item.event === event.slug)) layout.push({ __component: 'blocks.news', heading: 'Новости', limit: 3 });
  if (ads.some((ad) => ad.event === event.slug)) layout.push({ __component: 'blocks.ads', heading: 'Реклама' });
  return layout;
}

/**
 * The blocks of an event that already exists, completed with the planned ones it lacks (a re-run of
 * the seed on an older demo): the stored blocks stay as they are, in the organizer's order, and each
 * planned block of a type the event does not have yet goes after the last block of a type the plan
 * puts before it. Null when nothing is missing, so a re-run changes nothing.
 */
export function completeLayout<T extends { __component: string }>(stored: T[], planned: PageBlock[]): Array<T | PageBlock> | null {
  const present = new Set<string>(stored.map((block) => block.__component));
  const missing = planned.filter((block) => !present.has(block.__component));
  if (missing.length === 0) return null;
  const result: Array<T | PageBlock> = [...stored];
  for (const block of missing) {
    const earlier = new Set<string>(planned.slice(0, planned.indexOf(block)).map((item) => item.__component));
    let at = 0;
    result.forEach((item, index) => {
      if (earlier.has(item.__component)) at = index + 1;
    });
    result.splice(at, 0, block);
  }
  return result;
}

/**
 * The base instant that produced an event's stored start, so a later run re-creates missing pieces
 * on the same calendar as the first run instead of today's. Null when the slug is not in the plan.
 */
export function baseFromEventStart(slug: string, startsAt: Date): Date | null {
  const event = events.find((candidate) => candidate.slug === slug);
  if (!event) return null;
  const eventDay = moscowDay(startsAt);
  // noon of the base day (every instant of that Moscow day gives the same plan)
  return new Date(eventDay.getTime() - event.start.day * DAY_MS + (12 - MOSCOW_UTC_OFFSET_HOURS) * 60 * 60 * 1000);
}

/** Russian INN check digits (10 digits for a company, 12 for a person). */
export function isValidInn(inn: string): boolean {
  const digits = [...inn].map(Number);
  const check = (weights: number[]) => (weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0) % 11) % 10;
  if (/^\d{10}$/.test(inn)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[9];
  if (/^\d{12}$/.test(inn)) {
    return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11];
  }
  return false;
}
