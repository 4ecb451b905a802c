import type { UnseenQuery } from '../unseen/index.ts';
/** Round 2, written 2026-12-07 by a writer who saw only the facts and the article titles, before any further search change. */
export const ru: readonly UnseenQuery[] = [
  // Забыли пароль от аккаунта
  { q: 'забыла пароль от ми аккаунта а телефон новый купила что делать', tag: 'situation', expect: ['reset-password'] },
  { q: 'zabyl parol ot akkaunta xiaomi', tag: 'translit', expect: ['reset-password'] },
  { q: 'забыл пароль от акка сяоми', tag: 'slang', expect: ['reset-password'] },
  { q: 'забыл пороль от акаунта xiaomi', tag: 'typo', expect: ['reset-password'] },
  { q: 'Как восстановить пароль от аккаунта Xiaomi?', tag: 'tidy', expect: ['reset-password'] },
  { q: 'не помню пароль от xiaomi аккаунта телефон пока работает можно его сбросить', tag: 'situation', expect: ['reset-password'] },
  { q: 'шаоми забыл пароль аккаунт', tag: 'brand', expect: ['reset-password'] },
  { q: "kak vosstanovit parol' mi akkaunt", tag: 'translit', expect: ['reset-password'] },
  { q: 'давно не заходила в аккаунт xiaomi пароль не подходит хочу новый поставить', tag: 'situation', expect: ['reset-password'] },
  { q: 'ставила сложный пароль и конечно забыла, как поменять если почта есть', tag: 'situation', expect: ['reset-password'] },
  { q: 'регистрировался через гугл а теперь просит пароль от xiaomi которого не знаю', tag: 'situation', expect: ['reset-password'] },

  // Не приходит код
  { q: 'жму отправить код а смс от xiaomi не пришло уже час', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'не приходит смска с кодом ми аккаунт', tag: 'slang', expect: ['verification-code-not-arriving'] },
  { q: 'ne prihodit kod podtverzhdeniya xiaomi', tag: 'translit', expect: ['verification-code-not-arriving'] },
  { q: 'не преходит код потверждения xiaomi', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'Почему не приходит код подтверждения от Xiaomi на почту?', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'запрашивал код несколько раз теперь пишет слишком много попыток попробуйте позже', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'ксиоми не приходит код на телефон', tag: 'brand', expect: ['verification-code-not-arriving'] },
  { q: 'код на почту не приходит ни во входящих ни в спаме', tag: 'situation', expect: ['verification-code-not-arriving'] },

  // Телефон заблокирован после сброса
  { q: 'сбросила телефон до заводских а он теперь просит пароль от аккаунта xiaomi', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'после хард ресета редми просит ми акк', tag: 'slang', expect: ['device-locked-after-reset'] },
  { q: 'posle sbrosa telefon prosit akkaunt xiaomi', tag: 'translit', expect: ['device-locked-after-reset'] },
  { q: 'сын сделал сброс настроек и телефон пишет устройство заблокировано введите пароль', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'Как войти в телефон Xiaomi после сброса, если он требует пароль аккаунта?', tag: 'tidy', expect: ['device-locked-after-reset', 'google-or-xiaomi-lock'] },
  { q: 'поко после сброса заблокирован ми аккаунтом', tag: 'brand', expect: ['device-locked-after-reset'] },
  { q: 'перепрошили телефон в сервисе теперь просит старый аккаунт xiaomi а пароля нет', tag: 'situation', expect: ['device-locked-after-reset'] },

  // Google или Xiaomi просит после сброса
  { q: 'после сброса просит гугл аккаунт или xiaomi не пойму какой пароль вводить', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'frp или ми акк после сброса как понять', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  { q: 'telefon prosit google akkaunt posle sbrosa redmi', tag: 'translit', expect: ['google-or-xiaomi-lock'] },
  { q: 'сбросил сяоми ввел пароль ми аккаунта теперь гугл почту спрашивает', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'Чем блокировка Google отличается от блокировки Xiaomi после сброса?', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },

  // Нет доступа к номеру или почте
  { q: 'потерял симку к которой был привязан ми аккаунт как теперь восстановить', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'сменил номер а ми акк привязан к старой симке', tag: 'slang', expect: ['no-access-to-phone-or-email'] },
  { q: 'net dostupa k nomeru privjazannomu k akkauntu xiaomi', tag: 'translit', expect: ['no-access-to-phone-or-email'] },
  { q: 'почта на которую регистрировала аккаунт xiaomi удалена пароль забыла', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'старая симка заблочена а код на нее идет', tag: 'slang', expect: ['no-access-to-phone-or-email'] },
  { q: 'почтовый ящик заблокировали а на него привязан ми аккаунт', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'Как восстановить аккаунт Xiaomi без доступа к номеру телефона и почте?', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'номер оператор отдал другому человеку а на него привязан аккаунт xiaomi', tag: 'situation', expect: ['no-access-to-phone-or-email'] },

  // Взлом аккаунта
  { q: 'кто-то зашел в мой аккаунт xiaomi и поменял пароль', tag: 'situation', expect: ['account-hacked'] },
  { q: 'взломали ми акк', tag: 'slang', expect: ['account-hacked'] },
  { q: 'vzlomali akkaunt xiaomi chto delat', tag: 'translit', expect: ['account-hacked'] },
  { q: 'пришло уведомление о входе в xiaomi с чужого устройства это не я', tag: 'situation', expect: ['account-hacked'] },
  { q: 'мой аккаунт сяоми взламали', tag: 'typo', expect: ['account-hacked'] },

  // Аккаунт ограничен / заморожен
  { q: 'пишет аккаунт ограничен из-за подозрительной активности', tag: 'situation', expect: ['account-restricted'] },
  { q: 'зайти не могу пишет что учетная запись временно заблокирована', tag: 'situation', expect: ['account-restricted'] },
  { q: 'akkaunt xiaomi zablokirovan podozritelnaya aktivnost', tag: 'translit', expect: ['account-restricted'] },
  { q: 'ввела неправильный пароль много раз и аккаунт xiaomi заблокирован надолго это', tag: 'situation', expect: ['account-restricted'] },
  { q: 'Сколько длится временная блокировка аккаунта Xiaomi?', tag: 'tidy', expect: ['account-restricted'] },

  // Поддержка, живой человек
  { q: 'как написать в поддержку xiaomi чтобы вернули аккаунт у меня есть чек', tag: 'situation', expect: ['contact-support'] },
  { q: 'техподдержка сяоми живой человек чат', tag: 'slang', expect: ['contact-support'] },
  { q: 'podderzhka xiaomi nomer telefona akkaunt', tag: 'translit', expect: ['contact-support'] },
  { q: 'Как связаться со службой поддержки Xiaomi по поводу аккаунта?', tag: 'tidy', expect: ['contact-support'] },
  { q: 'какие документы нужны чтобы поддержка xiaomi подтвердила что аккаунт мой', tag: 'situation', expect: ['contact-support', 'no-access-to-phone-or-email'] },

  // Какой номер или почта привязаны
  { q: 'не помню на какой номер регистрировал аккаунт xiaomi', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'kak uznat kakaja pochta privjazana k mi akkauntu', tag: 'translit', expect: ['which-phone-or-email-is-linked'] },
  { q: 'к какой симке привязан ми акк как глянуть', tag: 'slang', expect: ['which-phone-or-email-is-linked'] },
  { q: 'Как узнать свой Xiaomi ID и привязанную почту?', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },

  // Сменить привязанный номер или почту
  { q: 'собираюсь менять оператора надо перепривязать аккаунт xiaomi на новый номер', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'поменять почту в ми акке', tag: 'slang', expect: ['change-linked-phone-or-email'] },
  { q: 'kak smenit nomer telefona v akkaunte xiaomi', tag: 'translit', expect: ['change-linked-phone-or-email'] },
  { q: 'как изменить привязаный номер в акаунте xiaomi', tag: 'typo', expect: ['change-linked-phone-or-email'] },

  // Удалить аккаунт
  { q: 'Как удалить аккаунт Xiaomi навсегда?', tag: 'tidy', expect: ['delete-account'] },
  { q: 'хочу просто удалить старый аккаунт xiaomi и завести новый', tag: 'situation', expect: ['delete-account'] },
  { q: 'как удолить акаунт xiaomi насовсем', tag: 'typo', expect: ['delete-account'] },

  // Разблокировка загрузчика
  { q: 'анлок загрузчика пишет ждать 168 часов', tag: 'slang', expect: ['bootloader-unlock-wait'] },
  { q: 'razblokirovka zagruzchika xiaomi skolko zhdat', tag: 'translit', expect: ['bootloader-unlock-wait'] },
  { q: 'mi unlock пишет подождите неделю это аккаунт что ли заблокирован', tag: 'situation', expect: ['bootloader-unlock-wait'] },

  // Потерян телефон
  { q: 'потеряла телефон в такси как найти через аккаунт xiaomi', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'украли мобилу сяоми как заблочить удаленно', tag: 'slang', expect: ['find-lost-phone'] },
  { q: 'kak nayti poteryannyi telefon xiaomi', tag: 'translit', expect: ['find-lost-phone'] },
  { q: 'найти потерянный редми через ми клауд', tag: 'brand', expect: ['find-lost-phone'] },

  // Забыли PIN или графический ключ экрана
  { q: 'ребенок поставил графический ключ и забыл как разблокировать', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'забыл графич ключ как скинуть без потери данных', tag: 'slang', expect: ['forgot-screen-lock'] },
  { q: 'zabyl pin kod ot telefona xiaomi', tag: 'translit', expect: ['forgot-screen-lock'] },
  { q: 'забыла графичиский ключ на телефоне редми', tag: 'typo', expect: ['forgot-screen-lock'] },

  // Пропали фото из облака
  { q: 'зашла в ми облако а фоток там нет куда все делось', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'пропали фотки из ми клауда', tag: 'slang', expect: ['xiaomi-cloud-photos'] },
  { q: 'kuda propali foto iz xiaomi cloud', tag: 'translit', expect: ['xiaomi-cloud-photos'] },

  // Регион, китайская версия
  { q: 'купил телефон на алиэкспресс китайская версия и нет нужных сервисов', tag: 'situation', expect: ['region-and-account'] },
  { q: 'пишет недоступно в вашем регионе ми акк', tag: 'slang', expect: ['region-and-account'] },
  { q: 'Почему в аккаунте Xiaomi пропали данные после смены региона?', tag: 'tidy', expect: ['region-and-account'] },

  // Б/у телефон: покупка и продажа
  { q: 'купил б/у редми на авито а он просит аккаунт прошлого хозяина', tag: 'situation', expect: ['used-phone', 'device-locked-after-reset'] },
  { q: 'Что сделать с аккаунтом Xiaomi перед продажей телефона?', tag: 'tidy', expect: ['used-phone'] },
  { q: 'продаю сяомик как отвязать акк', tag: 'slang', expect: ['used-phone'] },

  // Сервисы «разблокировки»
  { q: 'нашел сайт который обещает снять ми аккаунт за деньги это развод', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'обход ми аккаунта программа отзывы', tag: 'slang', expect: ['unlock-service-scams'] },
  { q: 'в интернете предлагают разблокировать аккаунт xiaomi по imei можно доверять', tag: 'situation', expect: ['unlock-service-scams'] },

  // Резервная копия
  { q: 'как сохранить контакты и фото с сяоми если аккаунт слетит', tag: 'situation', expect: ['back-up-your-data'] },
  { q: "kak sdelat' rezervnuju kopiju na xiaomi", tag: 'translit', expect: ['back-up-your-data'] },

  // Надёжный пароль
  { q: 'Какой пароль придумать для аккаунта Xiaomi, чтобы не взломали?', tag: 'tidy', expect: ['strong-password'] },
  { q: 'xiaomi не принимает мой пароль пишет слишком длинный', tag: 'situation', expect: ['strong-password'] },

  // Двухэтапная проверка
  { q: 'двухфакторка на ми акке как включить', tag: 'slang', expect: ['two-step-verification'] },
  { q: 'dvukhetapnaja proverka xiaomi vkljuchit', tag: 'translit', expect: ['two-step-verification'] },

  // HyperOS или MIUI
  { q: 'в инструкции написано настройки ми аккаунт а у меня такого пункта нет', tag: 'situation', expect: ['hyperos-or-miui'] },
  { q: 'хайперос или миуи как узнать', tag: 'brand', expect: ['hyperos-or-miui'] },

  // Не получается войти (общее)
  { q: 'не могу зайти в ми аккаунт помогите', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'не заходит в аккаунт ксяоми', tag: 'brand', expect: ['cannot-sign-in'] },
  { q: 'ne mogu voyti v akkaunt xiaomi', tag: 'translit', expect: ['cannot-sign-in'] },
  { q: 'пытаюсь войти в xiaomi аккаунт и ничего не получается уже все перепробовала', tag: 'situation', expect: ['cannot-sign-in'] },
];
