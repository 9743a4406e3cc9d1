/**
 * The one catalog of the admin's field labels: for every content type and component of the app, its
 * name and, for every field, a Russian and an English label and a Russian hint shown under the field
 * in the edit view. The bootstrap writes the Russian labels and hints into the content manager's
 * configuration (where an administrator may still change them by hand); the admin's translations
 * give the English labels and the Russian type names. `labels.unit.test.ts` reads the schemas and
 * fails on a field that is missing here.
 */

export interface FieldLabel {
  /** Russian label (the edit and list views of a Russian admin). */
  readonly ru: string;
  /** English label (the admin in English). */
  readonly en: string;
  /** Russian hint under the field in the edit view. */
  readonly hint: string;
}

export interface TypeLabels {
  readonly name: { readonly ru: string; readonly en: string };
  readonly fields: Readonly<Record<string, FieldLabel>>;
}

const f = (ru: string, en: string, hint: string): FieldLabel => ({ ru, en, hint });

// fields several types share, worded once
const HEADING = f('Заголовок блока', 'Block heading', 'Заголовок над блоком на странице события; пусто: заголовок по умолчанию.');
const ORDER = f('Порядок', 'Order', 'Чем меньше число, тем выше в списке.');
const VISIBLE = f('Показывать', 'Visible', 'Снимите, чтобы скрыть на сайте, не удаляя.');
const EVENT = f('Событие', 'Event', 'Событие, к которому относится запись.');
const EVENT_DOCUMENT_ID = f('ID события', 'Event ID', 'Идентификатор документа события; заполняется автоматически.');
const SLUG = f('Адрес (slug)', 'Slug', 'Часть адреса страницы: латиница, цифры и дефисы; создаётся из названия.');
const NAME = f('Название', 'Name', 'Как называется запись на сайте и в админке.');
const TAGS = f('Теги', 'Tags', 'Темы для фильтров на сайте.');
const COVER = f('Обложка', 'Cover image', 'Картинка для карточки и шапки страницы.');
const PRIMARY_COLOR = f('Основной цвет', 'Primary color', 'Цвет в формате #RRGGBB: кнопки, ссылки, акценты.');
const ACCENT_COLOR = f('Дополнительный цвет', 'Accent color', 'Цвет в формате #RRGGBB для второстепенных акцентов.');
const FONT = f('Шрифт', 'Font', 'Шрифт страниц (все варианты поддерживают кириллицу).');
const LOGO = f('Логотип', 'Logo', 'Изображение логотипа, лучше SVG или PNG с прозрачным фоном.');
const STARTS_AT = f('Начало', 'Starts at', 'Дата и время начала.');
const ENDS_AT = f('Окончание', 'Ends at', 'Дата и время окончания; позже начала.');
const USER_ID = f('ID пользователя', 'User ID', 'Учётная запись участника на сайте; заполняется автоматически.');
const IP = f('IP-адрес', 'IP address', 'С какого адреса пришёл запрос; хранится для защиты от злоупотреблений.');
const PRIVACY_HINT = 'Кто видит: все, по ссылке, приглашённые или никто, кроме организаторов.';

export const LABELS: Readonly<Record<string, TypeLabels>> = {
  'api::ad.ad': {
    name: { ru: 'Рекламный баннер', en: 'Ad banner' },
    fields: {
      title: f('Название', 'Title', 'Для организаторов и для подписи к изображению.'),
      image: f('Изображение', 'Image', 'Баннер; на сайте помечается словом «Реклама».'),
      url: f('Ссылка', 'Link', 'Куда ведёт баннер: адрес https://.'),
      order: ORDER,
      visible: VISIBLE,
      advertiserName: f('Рекламодатель', 'Advertiser', 'Название рекламодателя по закону о рекламе (38-ФЗ).'),
      advertiserInn: f('ИНН рекламодателя', 'Advertiser tax ID', 'ИНН рекламодателя, показывается в пометке «Реклама».'),
      erid: f('Токен erid', 'erid token', 'Идентификатор креатива из ОРД; добавляется к ссылке.'),
      event: EVENT,
    },
  },
  'api::audience.audience': {
    name: { ru: 'Аудитория', en: 'Audience' },
    fields: {
      name: f('Название', 'Name', 'Для кого событие: абитуриенты, студенты, выпускники...'),
      code: f('Код', 'Code', 'Короткий код латиницей для фильтров и адресов.'),
      order: ORDER,
    },
  },
  'api::event.event': {
    name: { ru: 'Событие', en: 'Event' },
    fields: {
      title: f('Название', 'Title', 'Название события на сайте и в письмах.'),
      slug: SLUG,
      summary: f('Краткое описание', 'Summary', 'Одна-две фразы для карточки события и поисковиков.'),
      description: f('Описание', 'Description', 'Полное описание события на его странице.'),
      cover: COVER,
      startsAt: STARTS_AT,
      endsAt: ENDS_AT,
      timezone: f('Часовой пояс', 'Time zone', 'Пояс, в котором показано время программы, например Europe/Moscow.'),
      format: f('Формат', 'Format', 'Очно, онлайн или гибридно.'),
      venue: f('Площадка', 'Venue', 'Название места проведения.'),
      address: f('Адрес', 'Address', 'Адрес площадки для очных участников.'),
      organization: f('Организатор', 'Organization', 'Организация, которая проводит событие (её оформление по умолчанию).'),
      audiences: f('Аудитории', 'Audiences', 'Для кого событие; по ним фильтруют афишу.'),
      tags: TAGS,
      template: f('Шаблон', 'Template', 'Оформление страниц события: классический, яркий или минималистичный.'),
      privacy: f('Приватность', 'Privacy', PRIVACY_HINT),
      registrationOpen: f('Регистрация открыта', 'Registration open', 'Включите, чтобы принимать заявки (в пределах дат регистрации).'),
      registrationOpensAt: f('Начало регистрации', 'Registration opens at', 'С этого момента принимаются заявки; пусто: сразу.'),
      registrationClosesAt: f('Конец регистрации', 'Registration closes at', 'После этого момента заявки не принимаются; пусто: до начала события.'),
      capacity: f('Количество мест', 'Capacity', 'Сколько участников принять; пусто: без ограничения.'),
      waitlistEnabled: f('Лист ожидания', 'Waitlist enabled', 'Когда места кончились, новые заявки встают в очередь и получают места освободившихся.'),
      registrationApproval: f(
        'Одобрение заявок',
        'Manual approval',
        'Включите, чтобы каждая заявка ждала одобрения организатора в списке участников: место (или лист ожидания) даётся при одобрении, при отказе участнику придёт письмо.',
      ),
      registrationForm: f('Форма регистрации', 'Registration form', 'Дополнительные поля, которые заполняет участник.'),
      tracks: f('Треки', 'Tracks', 'Параллельные направления программы.'),
      sessions: f('Сессии', 'Sessions', 'Доклады и мероприятия программы.'),
      news: f('Новости', 'News', 'Новости события.'),
      ads: f('Реклама', 'Ads', 'Рекламные баннеры на страницах события.'),
      partners: f('Партнёры', 'Partners', 'Партнёры, которых показывают на странице события.'),
      blocks: f('Блоки страницы', 'Page blocks', 'Из чего состоит страница события и в каком порядке.'),
      branding: f('Оформление', 'Branding', 'Свой логотип, цвета и шрифт вместо оформления организатора.'),
      adSettings: f('Настройки рекламы', 'Ad settings', 'Порядок и частота смены баннеров.'),
      seo: f('Поиск и соцсети (SEO)', 'SEO', 'Заголовок, описание и картинка для поисковиков и соцсетей.'),
      allowlist: f('Список приглашённых', 'Allowlist', 'Адреса почты приглашённых, по одному в строке (для приватности «по приглашению»).'),
      invitedUsers: f('Приглашённые пользователи', 'Invited users', 'Учётные записи сайта, которым открыто событие «по приглашению».'),
      admins: f('Администраторы события', 'Event administrators', 'Организаторы, которые настраивают и публикуют это событие.'),
      managers: f('Менеджеры события', 'Event managers', 'Организаторы, которые ведут контент события без доступа к настройкам.'),
    },
  },
  'api::news-item.news-item': {
    name: { ru: 'Новость', en: 'News item' },
    fields: {
      title: f('Заголовок', 'Title', 'Заголовок новости.'),
      slug: SLUG,
      summary: f('Анонс', 'Summary', 'Коротко о новости для списка новостей.'),
      body: f('Текст', 'Body', 'Полный текст новости.'),
      cover: COVER,
      date: f('Дата', 'Date', 'Дата публикации, по ней сортируются новости.'),
      event: f('Событие', 'Event', 'Событие, к которому относится новость; пусто: новость пространства.'),
      tags: TAGS,
    },
  },
  'api::organization.organization': {
    name: { ru: 'Организация', en: 'Organization' },
    fields: {
      name: f('Название', 'Name', 'Полное название организации.'),
      slug: SLUG,
      shortName: f('Краткое название', 'Short name', 'Аббревиатура или короткое имя для шапки сайта.'),
      logo: LOGO,
      primaryColor: PRIMARY_COLOR,
      accentColor: ACCENT_COLOR,
      font: FONT,
      defaultTemplate: f('Шаблон по умолчанию', 'Default template', 'Оформление новых событий организации.'),
      website: f('Сайт', 'Website', 'Адрес сайта организации (https://).'),
      contactEmail: f('Почта для связи', 'Contact email', 'Куда писать участникам с вопросами.'),
      events: f('События', 'Events', 'События, которые проводит организация.'),
    },
  },
  'api::partner-category.partner-category': {
    name: { ru: 'Категория партнёров', en: 'Partner category' },
    fields: {
      name: f('Название', 'Name', 'Например: генеральный партнёр, информационные партнёры.'),
      order: ORDER,
      visible: VISIBLE,
      partners: f('Партнёры', 'Partners', 'Партнёры в этой категории.'),
    },
  },
  'api::partner.partner': {
    name: { ru: 'Партнёр', en: 'Partner' },
    fields: {
      name: NAME,
      logo: LOGO,
      url: f('Сайт', 'Website', 'Куда ведёт логотип (https://).'),
      clickable: f('Логотип — ссылка', 'Clickable', 'Включите, чтобы логотип вёл на сайт партнёра.'),
      order: ORDER,
      visible: VISIBLE,
      category: f('Категория', 'Category', 'Группа партнёров на странице.'),
      events: f('События', 'Events', 'События, на страницах которых показан партнёр.'),
    },
  },
  'api::session.session': {
    name: { ru: 'Сессия', en: 'Session' },
    fields: {
      title: f('Название', 'Title', 'Тема доклада или мероприятия программы.'),
      description: f('Описание', 'Description', 'О чём сессия.'),
      startsAt: STARTS_AT,
      endsAt: ENDS_AT,
      room: f('Аудитория', 'Room', 'Где проходит; в календаре отмечаются пересечения в одной аудитории.'),
      event: EVENT,
      track: f('Трек', 'Track', 'Направление программы; пусто: общая сессия.'),
      speakers: f('Спикеры', 'Speakers', 'Кто выступает.'),
      tags: TAGS,
      chatEnabled: f('Чат', 'Chat enabled', 'Включите, чтобы участники могли писать в чат сессии.'),
      recordingUrl: f('Ссылка на запись', 'Recording URL', 'Адрес записи после сессии (https://).'),
      recordingAvailability: f('Доступ к записи', 'Recording availability', 'Кому видна запись: никому, зарегистрированным или всем.'),
      privacy: f('Приватность', 'Privacy', 'Как у события или строже: ' + PRIVACY_HINT.toLowerCase()),
      stream: f('Трансляция', 'Stream', 'Ссылка на трансляцию и её площадка.'),
      materials: f('Материалы', 'Materials', 'Презентации и файлы для участников.'),
      media: f('Фото и видео', 'Media', 'Изображения и видео с сессии.'),
      ads: f('Реклама в сессии', 'Session ads', 'Показывать ли баннеры на странице трансляции.'),
      recordingAvailableAt: f('Запись доступна с', 'Recording available at', 'С этого момента запись видна; пусто: сразу.'),
    },
  },
  'api::speaker.speaker': {
    name: { ru: 'Спикер', en: 'Speaker' },
    fields: {
      name: f('Имя', 'Name', 'Имя и фамилия спикера.'),
      slug: SLUG,
      photo: f('Фото', 'Photo', 'Портрет, лучше квадратный.'),
      position: f('Должность', 'Position', 'Должность или роль.'),
      affiliation: f('Организация', 'Affiliation', 'Где работает или учится.'),
      bio: f('О спикере', 'Bio', 'Несколько предложений о спикере.'),
      links: f('Ссылки', 'Links', 'Сайт и профили в соцсетях (https://).'),
      sessions: f('Сессии', 'Sessions', 'Где выступает.'),
    },
  },
  'api::tag.tag': {
    name: { ru: 'Тег', en: 'Tag' },
    fields: { name: f('Название', 'Name', 'Тема для фильтров на сайте.'), slug: SLUG },
  },
  'api::track.track': {
    name: { ru: 'Трек', en: 'Track' },
    fields: {
      name: f('Название', 'Name', 'Название направления программы.'),
      color: f('Цвет', 'Color', 'Цвет трека в программе, #RRGGBB.'),
      order: ORDER,
      event: EVENT,
      sessions: f('Сессии', 'Sessions', 'Сессии трека.'),
    },
  },
  'blocks.ads': { name: { ru: 'Реклама', en: 'Ads' }, fields: { heading: HEADING } },
  'blocks.description': {
    name: { ru: 'Описание', en: 'Description' },
    fields: { heading: HEADING, body: f('Текст', 'Body', 'Текст блока; пусто: описание события.') },
  },
  'blocks.documents': {
    name: { ru: 'Документы', en: 'Documents' },
    fields: { heading: HEADING, files: f('Файлы', 'Files', 'Документы для скачивания.') },
  },
  'blocks.gallery': {
    name: { ru: 'Фотогалерея', en: 'Photo gallery' },
    fields: { heading: HEADING, images: f('Фотографии', 'Images', 'Фотографии галереи.') },
  },
  'blocks.news': {
    name: { ru: 'Новости', en: 'News' },
    fields: { heading: HEADING, limit: f('Сколько показать', 'Limit', 'Сколько последних новостей показать.') },
  },
  'blocks.partners': { name: { ru: 'Партнёры', en: 'Partners' }, fields: { heading: HEADING } },
  'blocks.program': {
    name: { ru: 'Программа', en: 'Program' },
    fields: {
      heading: HEADING,
      view: f('Вид', 'View', 'Списком или сеткой по трекам.'),
      showTracks: f('Показывать треки', 'Show tracks', 'Подписывать сессии их треками.'),
    },
  },
  'blocks.slider': {
    name: { ru: 'Информационный слайдер', en: 'Information slider' },
    fields: {
      heading: HEADING,
      slides: f('Слайды', 'Slides', 'Слайды по порядку.'),
      autoplaySeconds: f('Смена слайдов, сек', 'Autoplay seconds', 'Через сколько секунд листать; 0: не листать.'),
    },
  },
  'blocks.speakers': {
    name: { ru: 'Спикеры', en: 'Speakers' },
    fields: {
      heading: HEADING,
      mode: f('Кого показать', 'Mode', 'Всех спикеров программы или только выбранных.'),
      speakers: f('Спикеры', 'Speakers', 'Кого показать в режиме «выбранные».'),
    },
  },
  'blocks.video': {
    name: { ru: 'Видео', en: 'Video' },
    fields: {
      heading: HEADING,
      video: f('Видео', 'Video', 'Ссылка на видео и его площадка.'),
      caption: f('Подпись', 'Caption', 'Текст под видео.'),
    },
  },
  'registration.field': {
    name: { ru: 'Поле формы', en: 'Form field' },
    fields: {
      key: f('Ключ', 'Key', 'Имя поля латиницей; по нему ответы попадают в выгрузку.'),
      type: f('Тип', 'Type', 'Текст, почта, телефон, выбор из списка, файл...'),
      label: f('Подпись', 'Label', 'Вопрос, который видит участник.'),
      placeholder: f('Подсказка в поле', 'Placeholder', 'Пример ответа внутри пустого поля.'),
      help: f('Пояснение', 'Help text', 'Текст под полем формы.'),
      required: f('Обязательное', 'Required', 'Без ответа заявку не отправить.'),
      options: f('Варианты', 'Options', 'Варианты выбора, по одному в строке.'),
      order: ORDER,
    },
  },
  'shared.ad-settings': {
    name: { ru: 'Настройки рекламы', en: 'Ad settings' },
    fields: {
      rotationSeconds: f('Смена баннера, сек', 'Rotation seconds', 'Через сколько секунд показывать следующий баннер.'),
      order: f('Порядок показа', 'Order', 'По порядку или в случайном.'),
    },
  },
  'shared.branding': {
    name: { ru: 'Своё оформление', en: 'Branding override' },
    fields: { logo: LOGO, primaryColor: PRIMARY_COLOR, accentColor: ACCENT_COLOR, font: FONT },
  },
  'shared.link': {
    name: { ru: 'Ссылка', en: 'Link' },
    fields: { label: f('Текст ссылки', 'Label', 'Что написано на ссылке.'), url: f('Адрес', 'URL', 'Куда ведёт ссылка (https://).') },
  },
  'shared.seo': {
    name: { ru: 'Поиск и соцсети (SEO)', en: 'SEO' },
    fields: {
      metaTitle: f('Заголовок для поиска', 'Meta title', 'Заголовок в выдаче поисковиков; пусто: название.'),
      metaDescription: f('Описание для поиска', 'Meta description', 'Текст в выдаче поисковиков, до 160 знаков.'),
      shareImage: f('Картинка для соцсетей', 'Share image', 'Превью при отправке ссылки, 1200×630.'),
    },
  },
  'shared.session-ads': {
    name: { ru: 'Реклама в сессии', en: 'Session ads' },
    fields: {
      show: f('Показывать рекламу', 'Show ads', 'Показывать баннеры события рядом с трансляцией.'),
      autoRefreshSeconds: f('Обновление, сек', 'Auto refresh seconds', 'Через сколько секунд менять баннер.'),
    },
  },
  'shared.slide': {
    name: { ru: 'Слайд', en: 'Slide' },
    fields: {
      title: f('Заголовок', 'Title', 'Крупный текст слайда.'),
      text: f('Текст', 'Text', 'Текст под заголовком.'),
      image: f('Изображение', 'Image', 'Фон или картинка слайда.'),
      linkUrl: f('Адрес ссылки', 'Link URL', 'Куда ведёт кнопка (https:// или путь сайта).'),
      linkLabel: f('Текст кнопки', 'Link label', 'Надпись на кнопке; пусто: без кнопки.'),
    },
  },
  'shared.stream': {
    name: { ru: 'Трансляция', en: 'Stream' },
    fields: {
      url: f('Ссылка', 'URL', 'Адрес трансляции или видео на площадке.'),
      provider: f('Площадка', 'Provider', 'YouTube, Rutube, VK Видео или поток HLS.'),
      embedUrl: f('Адрес для встраивания', 'Embed URL', 'Заполняется автоматически из ссылки.'),
    },
  },
  'plugin::engagement.favorite': {
    name: { ru: 'Избранная сессия', en: 'Favorite session' },
    fields: {
      userId: USER_ID,
      sessionDocumentId: f('ID сессии', 'Session ID', 'Идентификатор документа сессии, которую участник добавил в избранное.'),
      eventDocumentId: EVENT_DOCUMENT_ID,
    },
  },
  'plugin::engagement.feed-token': {
    name: { ru: 'Календарь избранного', en: 'Favorites calendar feed' },
    fields: {
      userId: USER_ID,
      token: f('Секрет адреса', 'Secret', 'Секретная часть адреса календаря избранного; участник может заменить её в кабинете.'),
    },
  },
  'plugin::registration.consent-text': {
    name: { ru: 'Текст согласия', en: 'Consent text' },
    fields: {
      version: f('Версия', 'Version', 'Номер редакции; новая редакция: новая версия.'),
      title: f('Заголовок', 'Title', 'Заголовок согласия на обработку персональных данных.'),
      body: f('Текст', 'Body', 'Полный текст согласия, который принимает участник.'),
    },
  },
  'plugin::registration.consent': {
    name: { ru: 'Согласие', en: 'Consent' },
    fields: {
      userId: USER_ID,
      textVersion: f('Версия текста', 'Text version', 'Какую редакцию согласия принял участник.'),
      acceptedAt: f('Принято', 'Accepted at', 'Когда участник дал согласие.'),
      ip: IP,
      userAgent: f('Браузер', 'User agent', 'Браузер участника в момент согласия.'),
      eventDocumentId: EVENT_DOCUMENT_ID,
      withdrawnAt: f('Отозвано', 'Withdrawn at', 'Когда участник отозвал согласие.'),
    },
  },
  'plugin::registration.email-code': {
    name: { ru: 'Код входа по почте', en: 'Email sign-in code' },
    fields: {
      email: f('Почта', 'Email', 'Куда отправлен код.'),
      codeHash: f('Хеш кода', 'Code hash', 'Сам код не хранится, только его хеш.'),
      expiresAt: f('Действует до', 'Expires at', 'После этого момента код не принимается.'),
      attempts: f('Попытки', 'Attempts', 'Сколько раз вводили неверный код.'),
      usedAt: f('Использован', 'Used at', 'Когда код приняли; второй раз не сработает.'),
      ip: IP,
      purpose: f('Назначение', 'Purpose', 'Для чего код: вход или подтверждение удаления аккаунта.'),
    },
  },
  'plugin::registration.code-attempt': {
    name: { ru: 'Неверный ввод кода', en: 'Failed code try' },
    fields: {
      email: f('Почта', 'Email', 'Для какого адреса ввели неверный код.'),
      ip: IP,
    },
  },
  'plugin::registration.registration-action': {
    name: { ru: 'Действие с регистрацией', en: 'Registration action' },
    fields: {
      eventDocumentId: f('Событие', 'Event', 'Document ID события, к которому относится регистрация.'),
      registrationId: f('Регистрация', 'Registration', 'Номер регистрации, с которой выполнено действие.'),
      action: f('Действие', 'Action', 'Что сделал организатор: отмена, отметка присутствия, повторное письмо, одобрение, добавление, вход по QR-коду.'),
      actorId: f('Организатор', 'Organizer', 'ID администратора, выполнившего действие.'),
      actorEmail: f('Почта организатора', 'Organizer email', 'Почта администратора, выполнившего действие.'),
      detail: f('Подробности', 'Details', 'Что было до и после действия (статус, место).'),
    },
  },
  'plugin::registration.segment': {
    name: { ru: 'Сегмент аудитории', en: 'Audience segment' },
    fields: {
      name: f('Название', 'Name', 'Как сегмент называется в списке аудитории и при выборе получателей приглашения.'),
      description: f('Описание', 'Description', 'Для кого этот сегмент: видно организаторам.'),
      criteria: f('Условия', 'Criteria', 'Условия отбора (события, посещения, теги, профиль, даты, источник, согласие); задаются на странице «Аудитория».'),
      ownerId: f('Автор', 'Owner', 'ID администратора, сохранившего сегмент: люди отбираются только из его событий.'),
    },
  },
  'plugin::registration.marketing-consent': {
    name: { ru: 'Согласие на рассылки', en: 'Marketing consent' },
    fields: {
      userId: f('Пользователь', 'User', 'ID пользователя сайта, давшего согласие.'),
      givenAt: f('Дано', 'Given at', 'Когда человек дал согласие получать новости и приглашения.'),
      withdrawnAt: f('Отозвано', 'Withdrawn at', 'Когда согласие отозвано; отозванное согласие не действует.'),
    },
  },
  'plugin::registration.partner-visit': {
    name: { ru: 'Переход по партнёрской ссылке', en: 'Partner link visit' },
    fields: {
      code: f('Код ссылки', 'Link code', 'Код партнёрской ссылки, по которой открыли страницу.'),
      eventDocumentId: f('Событие', 'Event', 'Document ID события, на страницу которого пришёл посетитель.'),
      visitor: f('Посетитель', 'Visitor', 'Обезличенный идентификатор посетителя: повторные переходы не считаются дважды.'),
      visitedAt: f('Время перехода', 'Visited at', 'Когда открыли ссылку.'),
    },
  },
  'plugin::registration.partner-link': {
    name: { ru: 'Партнёрская ссылка', en: 'Partner link' },
    fields: {
      code: f('Код', 'Code', 'Метка в ссылке на регистрацию; по ней считаются заявки.'),
      label: f('Название', 'Label', 'Для организаторов: где размещена ссылка.'),
      channel: f('Канал', 'Channel', 'Откуда приходят участники: партнёр, рассылка, соцсети...'),
      event: EVENT,
      partner: f('Партнёр', 'Partner', 'Партнёр, который разместил ссылку.'),
      active: f('Активна', 'Active', 'Снимите, чтобы ссылка перестала учитываться.'),
    },
  },
  'plugin::registration.pending-registration': {
    name: { ru: 'Заявка до подтверждения', en: 'Pending registration' },
    fields: {
      eventDocumentId: EVENT_DOCUMENT_ID,
      email: f('Почта', 'Email', 'Куда отправлен код подтверждения заявки.'),
      profile: f('Профиль', 'Profile', 'Данные участника из формы до подтверждения.'),
      answers: f('Ответы', 'Answers', 'Ответы на поля формы регистрации.'),
      files: f('Файлы', 'Files', 'Файлы, приложенные к заявке.'),
      consentVersion: f('Версия согласия', 'Consent version', 'Какую редакцию согласия принял участник.'),
      refCode: f('Код ссылки', 'Referral code', 'Партнёрская ссылка, по которой пришёл участник.'),
      utm: f('UTM-метки', 'UTM tags', 'Метки рекламной кампании из ссылки.'),
      language: f('Язык', 'Language', 'На каком языке писать участнику.'),
      ip: IP,
      userAgent: f('Браузер', 'User agent', 'Браузер участника при отправке заявки.'),
      expiresAt: f('Действует до', 'Expires at', 'После этого момента заявка без подтверждения удаляется.'),
    },
  },
  'plugin::registration.registration': {
    name: { ru: 'Регистрация', en: 'Registration' },
    fields: {
      userId: USER_ID,
      eventDocumentId: EVENT_DOCUMENT_ID,
      status: f('Статус', 'Status', 'Зарегистрирован, в листе ожидания или отменил.'),
      arrival: f('Очередь', 'Arrival', 'Порядковый номер заявки: по нему решается, кому место.'),
      seat: f('Место', 'Seat', 'Номер места среди зарегистрированных.'),
      answers: f('Ответы', 'Answers', 'Ответы на поля формы регистрации.'),
      refCode: f('Код ссылки', 'Referral code', 'Партнёрская ссылка, по которой пришёл участник.'),
      utm: f('UTM-метки', 'UTM tags', 'Метки рекламной кампании из ссылки.'),
      language: f('Язык', 'Language', 'На каком языке писать участнику.'),
      registeredAt: f('Зарегистрирован', 'Registered at', 'Когда сделана текущая регистрация (после повторной — время повторной).'),
      attendedAt: f('Пришёл', 'Attended at', 'Когда участника отметили на входе.'),
      promotedAt: f('Переведён из ожидания', 'Promoted at', 'Когда участник получил место из листа ожидания.'),
      cancelledAt: f('Отменена', 'Cancelled at', 'Когда регистрацию отменили.'),
      anonymizedAt: f('Обезличена', 'Anonymized at', 'Когда персональные данные удалены по запросу.'),
      confirmedArrival: f('Подтверждённая очередь', 'Confirmed arrival', 'Служебное: номер заявки, о которой отправлено письмо.'),
    },
  },
  'plugin::users-permissions.user': {
    name: { ru: 'Пользователь', en: 'User' },
    fields: {
      username: f('Имя пользователя', 'Username', 'Уникальное имя учётной записи.'),
      email: f('Почта', 'Email', 'Адрес, на который приходят коды входа и письма.'),
      provider: f('Способ входа', 'Provider', 'Как создана учётная запись: local и т. п.'),
      password: f('Пароль', 'Password', 'Участники входят по коду из письма; пароль не нужен.'),
      resetPasswordToken: f('Токен сброса пароля', 'Reset password token', 'Служебное поле.'),
      confirmationToken: f('Токен подтверждения', 'Confirmation token', 'Служебное поле.'),
      confirmed: f('Подтверждён', 'Confirmed', 'Почта подтверждена.'),
      blocked: f('Заблокирован', 'Blocked', 'Заблокированный пользователь не может войти.'),
      role: f('Роль', 'Role', 'Роль на сайте (не в админке).'),
      firstName: f('Имя', 'First name', 'Имя участника.'),
      lastName: f('Фамилия', 'Last name', 'Фамилия участника.'),
      middleName: f('Отчество', 'Middle name', 'Отчество, если есть.'),
      phone: f('Телефон', 'Phone', 'Телефон для связи.'),
      status: f('Кто вы', 'Status', 'Абитуриент, студент, выпускник, сотрудник, партнёр или другое.'),
      organization: f('Организация', 'Organization', 'Где учится или работает участник.'),
      position: f('Должность', 'Position', 'Должность или курс.'),
      city: f('Город', 'City', 'Город участника.'),
    },
  },
};

/**
 * The fields Strapi adds to every type (and the ids of components): not in the schema files, yet
 * shown as list-view columns and in the edit view's side panel.
 */
export const SYSTEM_FIELDS: Readonly<Record<string, FieldLabel>> = {
  id: f('Номер', 'ID', 'Номер записи в базе данных; присваивается автоматически.'),
  documentId: f('ID документа', 'Document ID', 'Постоянный идентификатор документа; присваивается автоматически.'),
  createdAt: f('Создано', 'Created at', 'Когда запись создана.'),
  updatedAt: f('Изменено', 'Updated at', 'Когда запись последний раз изменена.'),
  publishedAt: f('Опубликовано', 'Published at', 'Когда запись опубликована.'),
  createdBy: f('Автор', 'Created by', 'Кто создал запись.'),
  updatedBy: f('Кем изменено', 'Updated by', 'Кто последним изменил запись.'),
  locale: f('Язык', 'Locale', 'Язык этой версии записи.'),
  localizations: f('Переводы', 'Translations', 'Версии записи на других языках.'),
};

/** Every field label of a type or component: its own fields and Strapi's system fields. */
export const fieldLabels = (uid: string): Readonly<Record<string, FieldLabel>> => ({ ...SYSTEM_FIELDS, ...LABELS[uid]?.fields });
