/**
 * Russian UI strings: the source dictionary. Its keys define `Dictionary`;
 * every other locale must provide exactly the same keys (the type checker enforces it).
 * A plural message lists Intl.PluralRules categories; `{count}` is replaced by the number.
 */
export const ru = {
  // — site —
  'site.name': 'Помощь с аккаунтом Xiaomi',
  'site.tagline': 'Независимый справочник: как вернуть доступ к аккаунту Xiaomi (Mi)',
  'site.independent':
    'Это независимый справочник. Сайт не принадлежит Xiaomi и не связан с компанией. Пароль вводите только на официальных страницах Xiaomi.',
  'site.privacy': 'Сайт не собирает данные, не использует cookies и аналитику.',
  'skip.toContent': 'Перейти к содержанию',
  'nav.primary': 'Основное меню',
  'nav.home': 'Главная',
  'nav.articles': 'Все статьи',
  'nav.faq': 'Вопросы и ответы',
  'nav.recovery': 'Подобрать решение',
  'nav.password': 'Проверка пароля',
  'nav.breadcrumbs': 'Навигационная цепочка',
  // — language and theme —
  'lang.label': 'Язык',
  'lang.current': 'текущий язык',
  'lang.chooserTitle': 'Выберите язык',
  'lang.chooserText': 'Справочник о доступе к аккаунту Xiaomi на вашем языке.',
  'theme.toggle': 'Тёмная тема',
  // — home —
  'home.title': 'Не получается войти в аккаунт Xiaomi?',
  'home.lead': 'Пошаговые инструкции для тех, кто забыл пароль, потерял номер телефона или почту, или видит блокировку после сброса телефона.',
  'home.description': 'Независимый справочник: как вернуть доступ к аккаунту Xiaomi (Mi), сбросить пароль, снять блокировку и защитить аккаунт.',
  'home.searchLabel': 'Поиск по справочнику',
  'home.searchPlaceholder': 'Например: не приходит код',
  'home.searchButton': 'Найти',
  'home.recoveryTitle': 'Не знаете, с чего начать?',
  'home.recoveryText': 'Ответьте на несколько вопросов — и получите подходящий порядок действий.',
  'home.recoveryCta': 'Подобрать решение',
  'home.passwordTitle': 'Проверьте надёжность нового пароля',
  'home.passwordText': 'Проверка работает прямо в браузере: ничего не отправляется и не сохраняется.',
  'home.passwordCta': 'Открыть проверку пароля',
  'home.categories': 'Разделы',
  'home.faqTitle': 'Частые вопросы',
  'home.allFaq': 'Все вопросы и ответы',
  'home.allArticles': 'Все статьи',
  // — lists —
  'articles.title': 'Все статьи',
  'articles.description': 'Полный список статей справочника о доступе к аккаунту Xiaomi: вход, восстановление, блокировки телефона и безопасность.',
  'articles.count': { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
  'category.description': 'Статьи раздела «{title}»: {text}',
  // — article —
  'article.updated': 'Обновлено',
  'article.reviewed': 'Факты проверены',
  'article.readingTime': { one: '{count} минута чтения', few: '{count} минуты чтения', many: '{count} минут чтения', other: '{count} минуты чтения' },
  'article.toc': 'На этой странице',
  'article.related': 'Статьи по теме',
  'article.prev': 'Предыдущая статья',
  'article.next': 'Следующая статья',
  'article.pagination': 'Другие статьи раздела',
  'article.backToTop': 'Наверх',
  'article.fallbackNotice': 'Эта статья ещё не переведена на русский язык. Ниже — версия на языке: {language}.',
  'article.draft': 'Черновик: эта страница не попадёт в опубликованный сайт.',
  // — FAQ —
  'faq.title': 'Вопросы и ответы',
  'faq.description': 'Короткие ответы на частые вопросы о входе в аккаунт Xiaomi, восстановлении доступа, блокировке телефона и безопасности.',
  'faq.readMore': 'Подробнее: {title}',
  // — 404 —
  'notFound.title': 'Страница не найдена',
  'notFound.text': 'Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.',
  'notFound.description': 'Страница не найдена. Вернитесь на главную страницу справочника или воспользуйтесь поиском.',
  'notFound.home': 'На главную',
  // — placeholders for tools (filled by their own pages) —
  'recovery.title': 'Подбор решения',
  'recovery.description': 'Ответьте на несколько вопросов и получите порядок действий именно для вашего случая с аккаунтом или телефоном Xiaomi.',
  'password.title': 'Проверка надёжности пароля',
  'password.description': 'Проверьте, насколько надёжен пароль, прямо в браузере: ничего не отправляется и не сохраняется. С учётом русских слов.',
  'search.title': 'Поиск',
  'search.description': 'Поиск по статьям и ответам справочника о доступе к аккаунту Xiaomi.',
  'search.open': 'Поиск',
  'search.noJs': 'Для поиска нужен JavaScript. Без него откройте список всех статей.',
  // — MDX components —
  'callout.note': 'Примечание',
  'callout.tip': 'Совет',
  'callout.warning': 'Внимание',
  'callout.danger': 'Опасно',
  'uiPath.label': 'Путь в меню',
  'officialLink.marker': 'официальный сайт Xiaomi',
  'link.newWindow': 'откроется в новом окне',
  // — editor tools —
  'article.outdatedNotice': 'Этот перевод сделан по более ранней версии статьи: оригинал на языке «{language}» с тех пор обновился.',
  'article.outdatedLink': 'Открыть версию на языке «{language}»',
} as const;
