/**
 * Word material for the synthetic benchmark corpus (scripts/bench/corpus.mjs), per language.
 * Sentences are built from an opener and a clause; slots in braces are filled by the generator:
 * {device} a phone model, {thing} an account-related noun, {menu} a menu item, {term} a rare
 * term (long-tail vocabulary, so the search index grows as it would with real writing).
 */

export const DEVICES = [
  'Xiaomi 14', 'Xiaomi 14 Ultra', 'Xiaomi 13T', 'Xiaomi 13 Lite', 'Xiaomi 12', 'Xiaomi 12T Pro', 'Xiaomi 11 Lite 5G NE',
  'Redmi Note 13', 'Redmi Note 13 Pro+', 'Redmi Note 12', 'Redmi Note 11S', 'Redmi Note 10 Pro', 'Redmi 13C', 'Redmi 12',
  'Redmi 10A', 'Redmi 9T', 'Redmi A3', 'POCO F6', 'POCO F5 Pro', 'POCO X6 Pro', 'POCO X5', 'POCO M6 Pro', 'POCO C65',
  'Xiaomi Pad 6', 'Redmi Pad SE', 'Mi 11', 'Mi 10T', 'Mi Note 10', 'Mi 9', 'Mi A3',
];

export const HOSTS = ['https://account.xiaomi.com/', 'https://global.account.xiaomi.com/', 'https://i.mi.com/', 'https://www.mi.com/global/support/'];

export const LANG = {
  ru: {
    titles: [
      'Как {action} на {device}', '{Action}: пошаговая инструкция для {device}', 'Что делать, если {problem}',
      'Почему {problem} и как это исправить', '{Action} без доступа к старому номеру', '{Action} после сброса настроек',
    ],
    actions: [
      'сбросить пароль', 'сменить привязанный номер', 'выйти из аккаунта', 'включить двухэтапную проверку',
      'найти потерянный телефон', 'удалить аккаунт', 'перенести данные', 'обновить почту', 'снять блокировку активации',
      'проверить активные устройства', 'восстановить доступ', 'создать резервную копию', 'отвязать устройство',
      'получить код подтверждения', 'войти в Mi Cloud', 'сменить регион аккаунта',
    ],
    problems: [
      'не приходит SMS с кодом', 'аккаунт заблокирован', 'телефон просит чужой пароль', 'пропали заметки из облака',
      'не работает вход через браузер', 'код приходит на старую почту', 'поддержка не отвечает', 'аккаунт взломали',
      'сервис пишет «слишком много попыток»', 'не удаётся отвязать телефон', 'пропал доступ к Mi Cloud',
    ],
    descriptions: [
      'Пошаговая инструкция: что проверить и что делать, если {problem}, на телефоне {device} и в браузере.',
      'Разбираем, как {action} на {device}: что понадобится, какие шаги пройти и где чаще всего ошибаются.',
      'Короткий план действий для тех, у кого {problem}: проверки, шаги и когда писать в поддержку.',
    ],
    things: [
      'аккаунт Xiaomi', 'пароль', 'код подтверждения', 'привязанный номер', 'резервная почта', 'SIM-карта', 'Mi Cloud',
      'резервная копия', 'блокировка активации', 'двухэтапная проверка', 'Xiaomi ID', 'список устройств', 'служба поддержки',
      'регион аккаунта', 'журнал входов',
    ],
    menus: [
      'Настройки', 'Аккаунт Xiaomi', 'Безопасность', 'Пароль', 'Конфиденциальность', 'Устройства', 'Mi Cloud', 'Синхронизация',
      'Найти устройство', 'О телефоне', 'Дополнительно', 'Резервное копирование', 'Выйти',
    ],
    openers: [
      '', '', '', 'Обычно ', 'Чаще всего ', 'На телефонах {device} ', 'После сброса настроек ', 'В браузере ',
      'В новых версиях HyperOS ', 'В старых версиях MIUI ', 'Иногда ', 'Если вы в поездке, ',
    ],
    clauses: [
      '{thing} проверяется за несколько минут', 'нужен доступ к привязанному номеру или почте', 'экран входа выглядит немного иначе',
      'пункт называется «{menu}» или похоже', 'сначала стоит проверить сигнал сети и папку «Спам»',
      'система просит подтвердить, что вы не робот', 'ввод кода ограничен несколькими попытками в час',
      'поддержка отвечает в течение нескольких дней', 'данные из {menu} останутся на месте',
      'сообщение «{term}» означает временную блокировку', 'лучше не спешить и не запрашивать код снова и снова',
      'стоит записать новый пароль в менеджер паролей', 'нельзя сообщать код никому, даже «сотрудникам поддержки»',
      'аккаунт остаётся привязанным к телефону до выхода из него', 'функция «{term}» помогает найти телефон на карте',
      'проверьте, что время и дата на телефоне установлены автоматически', 'адрес страницы должен принадлежать Xiaomi',
      'на экране появится список способов проверки', 'в истории входов видно, кто и откуда заходил',
    ],
    headings: [
      'Что понадобится', 'Перед тем как начать', 'На телефоне', 'В браузере', 'Если ничего не помогло', 'Частые ошибки',
      'Как проверить результат', 'Если у вас {device}', 'Что делать дальше', 'Когда писать в поддержку', 'Безопасность',
      'Почему так происходит', 'Вариант без компьютера', 'После восстановления',
    ],
    sub: ['Если код не приходит', 'Если кнопки нет', 'Если экран другой', 'Для старых моделей'],
    steps: [
      'Откройте приложение «{menu}».', 'Перейдите в раздел <UiPath path="{menu} > {menu2}" />.', 'Нажмите «{menu}».',
      'Введите номер телефона, почту или Xiaomi ID.', 'Пройдите проверку, что вы не робот.', 'Выберите, куда прислать код.',
      'Введите код из SMS или письма.', 'Придумайте новый пароль и введите его дважды.', 'Подтвердите действие паролем аккаунта.',
      'Дождитесь сообщения об успешной смене.', 'Перезагрузите телефон и проверьте вход.', 'Откройте <OfficialLink href="{host}">сайт аккаунта</OfficialLink>.',
    ],
    callouts: [
      ['warning', 'Осторожно'], ['danger', 'Код — только для вас'], ['tip', 'Совет'], ['note', 'Обратите внимание'],
    ],
    calloutText: [
      'Никому не сообщайте код из SMS или письма. Кто знает код, может сменить ваш пароль.',
      'Сохраните чек и коробку от телефона: они понадобятся, если придётся доказывать, что телефон ваш.',
      'Если форма не принимает пароль, прочитайте подсказку под полем: у Xiaomi свои требования к длине.',
      'Не платите «сервисам разблокировки»: они не могут законно снять привязку к аккаунту.',
    ],
    listItems: [
      'Доступ к привязанному номеру или почте.', 'Телефон {device} с зарядом не меньше 30 %.', 'Стабильный интернет.',
      'Xiaomi ID или номер, с которым вы регистрировались.', 'Пара спокойных минут.', 'Чек или коробка от телефона.',
      'Список устройств, на которых выполнен вход.', 'Старый пароль, если вы его помните.', 'Сведения о регионе аккаунта.',
    ],
    seeAlso: ['Подробнее — в статье [{title}](/{slug}/).', 'Если это ваш случай, прочитайте [{title}](/{slug}/).', 'См. также: [{title}](/{slug}/).'],
    aliases: ['ксиаоми', 'сяоми', 'ми аккаунт', 'редми', 'поко', 'миуи', 'xiaomi аккаунт', 'mi account', 'забыл пароль', 'не приходит код', 'хуавей', 'сяоми облако'],
    syllables: ['ка', 'ро', 'ми', 'ла', 'те', 'ну', 'са', 'ви', 'до', 'ре', 'ко', 'ли', 'па', 'зе', 'ту', 'ны', 'ва', 'го', 'сто', 'пре', 'вер', 'бло', 'ник', 'ция', 'ость'],
    category: { title: 'Темы {n}', description: 'Статьи о настройках аккаунта, входе и безопасности: подборка номер {n} для проверки производительности.' },
    faq: { question: 'Что делать, если {problem}?', answer: 'Сначала проверьте {thing}. Затем откройте статью по ссылке ниже: там собраны все шаги.' },
  },
  en: {
    titles: [
      'How to {action} on {device}', '{Action}: step by step on {device}', 'What to do when {problem}',
      'Why {problem} and how to fix it', '{Action} without the old phone number', '{Action} after a factory reset',
    ],
    actions: [
      'reset the password', 'change the linked number', 'sign out of the account', 'turn on two-step verification',
      'find a lost phone', 'delete the account', 'move your data', 'update the email address', 'remove the activation lock',
      'check signed-in devices', 'recover access', 'make a backup', 'unlink a device', 'get a verification code',
      'sign in to Mi Cloud', 'change the account region',
    ],
    problems: [
      'the SMS code never arrives', 'the account is restricted', 'the phone asks for someone else’s password',
      'notes vanished from the cloud', 'browser sign-in fails', 'the code goes to an old email', 'support does not answer',
      'the account was hacked', 'the service says “too many attempts”', 'the phone cannot be unlinked', 'Mi Cloud is gone',
    ],
    descriptions: [
      'Step by step: what to check and what to do when {problem}, on a {device} and in a web browser.',
      'How to {action} on a {device}: what you need, which steps to take and where people usually go wrong.',
      'A short plan for readers whose problem is that {problem}: checks, steps and when to contact support.',
    ],
    things: [
      'Xiaomi account', 'password', 'verification code', 'linked number', 'backup email', 'SIM card', 'Mi Cloud', 'backup',
      'activation lock', 'two-step verification', 'Xiaomi ID', 'device list', 'support team', 'account region', 'sign-in history',
    ],
    menus: [
      'Settings', 'Xiaomi Account', 'Security', 'Password', 'Privacy', 'Devices', 'Mi Cloud', 'Sync', 'Find device',
      'About phone', 'Additional settings', 'Back up and restore', 'Sign out',
    ],
    openers: [
      '', '', '', 'Usually ', 'In most cases ', 'On a {device} ', 'After a factory reset ', 'In a browser ',
      'In newer HyperOS versions ', 'In older MIUI versions ', 'Sometimes ', 'When you travel, ',
    ],
    clauses: [
      'the {thing} takes a few minutes to check', 'you need the linked phone number or email', 'the sign-in screen looks a little different',
      'the item is called “{menu}” or something close', 'check the signal and the spam folder first',
      'the system asks you to prove you are not a robot', 'code entry is limited to a few attempts per hour',
      'support replies within a few days', 'your data in {menu} stays where it is', 'the message “{term}” means a temporary block',
      'do not request the code again and again', 'save the new password in a password manager',
      'never tell anyone the code, not even “support staff”', 'the account stays linked to the phone until you sign out',
      'the “{term}” feature helps you see the phone on a map', 'make sure the date and time are set automatically',
      'the page address must belong to Xiaomi', 'a list of verification methods appears', 'the sign-in history shows who signed in and from where',
    ],
    headings: [
      'What you need', 'Before you start', 'On the phone', 'In a browser', 'If nothing helped', 'Common mistakes',
      'Check the result', 'If you have a {device}', 'What next', 'When to contact support', 'Stay safe', 'Why this happens',
      'Without a computer', 'After recovery',
    ],
    sub: ['If the code does not arrive', 'If the button is missing', 'If the screen looks different', 'On older models'],
    steps: [
      'Open the {menu} app.', 'Go to <UiPath path="{menu} > {menu2}" />.', 'Tap “{menu}”.', 'Enter your phone number, email or Xiaomi ID.',
      'Prove you are not a robot.', 'Choose where to send the code.', 'Enter the code from the text or the email.',
      'Type a new password twice.', 'Confirm with your account password.', 'Wait for the confirmation message.',
      'Restart the phone and sign in again.', 'Open the <OfficialLink href="{host}">account website</OfficialLink>.',
    ],
    callouts: [['warning', 'Careful'], ['danger', 'The code is for you only'], ['tip', 'Tip'], ['note', 'Good to know']],
    calloutText: [
      'Never share the code from a text or an email. Whoever has the code can change your password.',
      'Keep the receipt and the box: you may need them to prove the phone is yours.',
      'If the form refuses your password, read the hint under the field: Xiaomi has its own length rules.',
      'Do not pay “unlock services”: they cannot lawfully remove an account lock.',
    ],
    listItems: [
      'Access to the linked number or email.', 'A {device} with at least 30% battery.', 'A stable internet connection.',
      'Your Xiaomi ID or the number you registered with.', 'A few quiet minutes.', 'The receipt or the box of the phone.',
      'The list of devices signed in to the account.', 'The old password, if you remember it.', 'The account region.',
    ],
    seeAlso: ['Read more in [{title}](/{slug}/).', 'If this is your case, see [{title}](/{slug}/).', 'See also: [{title}](/{slug}/).'],
    aliases: ['xiomi', 'shaomi', 'mi acount', 'redmi', 'poco', 'miui', 'hyperos', 'forgot password', 'code not coming', 'mi cloud login', 'xiaomi id'],
    syllables: ['ka', 'ro', 'mi', 'la', 'te', 'nu', 'sa', 'vi', 'do', 're', 'ko', 'li', 'pa', 'ze', 'tu', 'ny', 'va', 'go', 'st', 'pre', 'ver', 'blo', 'nik', 'tion', 'ness'],
    category: { title: 'Topics {n}', description: 'Articles about account settings, signing in and security: set number {n} for the benchmark.' },
    faq: { question: 'What can I do when {problem}?', answer: 'First check the {thing}. Then open the article linked below: it has every step.' },
  },
  es: {
    titles: [
      'Cómo {action} en {device}', '{Action}: paso a paso en {device}', 'Qué hacer si {problem}', 'Por qué {problem} y cómo solucionarlo',
      '{Action} sin el número antiguo', '{Action} después de restablecer el teléfono',
    ],
    actions: [
      'restablecer la contraseña', 'cambiar el número vinculado', 'cerrar sesión en la cuenta', 'activar la verificación en dos pasos',
      'encontrar un teléfono perdido', 'eliminar la cuenta', 'mover tus datos', 'actualizar el correo', 'quitar el bloqueo de activación',
      'revisar los dispositivos conectados', 'recuperar el acceso', 'hacer una copia de seguridad', 'desvincular un dispositivo',
      'recibir un código de verificación', 'entrar en Mi Cloud', 'cambiar la región de la cuenta',
    ],
    problems: [
      'el SMS con el código no llega', 'la cuenta está restringida', 'el teléfono pide la contraseña de otra persona',
      'las notas desaparecieron de la nube', 'el inicio de sesión en el navegador falla', 'el código llega a un correo antiguo',
      'el soporte no responde', 'hackearon la cuenta', 'el servicio dice «demasiados intentos»', 'no se puede desvincular el teléfono',
      'Mi Cloud desapareció',
    ],
    descriptions: [
      'Paso a paso: qué revisar y qué hacer si {problem}, en un {device} y en el navegador.',
      'Cómo {action} en un {device}: qué necesitas, qué pasos seguir y dónde se suele fallar.',
      'Un plan breve si {problem}: comprobaciones, pasos y cuándo escribir al soporte.',
    ],
    things: [
      'cuenta Xiaomi', 'contraseña', 'código de verificación', 'número vinculado', 'correo de respaldo', 'tarjeta SIM', 'Mi Cloud',
      'copia de seguridad', 'bloqueo de activación', 'verificación en dos pasos', 'Xiaomi ID', 'lista de dispositivos',
      'equipo de soporte', 'región de la cuenta', 'historial de inicios de sesión',
    ],
    menus: [
      'Ajustes', 'Cuenta Xiaomi', 'Seguridad', 'Contraseña', 'Privacidad', 'Dispositivos', 'Mi Cloud', 'Sincronización',
      'Buscar dispositivo', 'Sobre el teléfono', 'Ajustes adicionales', 'Copia y restauración', 'Cerrar sesión',
    ],
    openers: [
      '', '', '', 'Normalmente ', 'En la mayoría de los casos ', 'En un {device} ', 'Después de restablecer ', 'En el navegador ',
      'En las versiones nuevas de HyperOS ', 'En versiones antiguas de MIUI ', 'A veces ', 'Si estás de viaje, ',
    ],
    clauses: [
      'la {thing} se revisa en unos minutos', 'necesitas el número o el correo vinculados', 'la pantalla de acceso se ve un poco distinta',
      'la opción se llama «{menu}» o algo parecido', 'revisa primero la señal y la carpeta de spam',
      'el sistema te pide demostrar que no eres un robot', 'solo puedes introducir el código unas pocas veces por hora',
      'el soporte responde en unos días', 'tus datos en {menu} se quedan donde están', 'el mensaje «{term}» indica un bloqueo temporal',
      'no pidas el código una y otra vez', 'guarda la contraseña nueva en un gestor de contraseñas',
      'nunca digas el código a nadie, ni siquiera al «personal de soporte»', 'la cuenta sigue vinculada al teléfono hasta que cierras sesión',
      'la función «{term}» te muestra el teléfono en un mapa', 'comprueba que la fecha y la hora sean automáticas',
      'la dirección de la página debe ser de Xiaomi', 'aparece una lista de métodos de verificación',
      'el historial muestra quién entró y desde dónde',
    ],
    headings: [
      'Qué necesitas', 'Antes de empezar', 'En el teléfono', 'En el navegador', 'Si nada funcionó', 'Errores frecuentes',
      'Comprueba el resultado', 'Si tienes un {device}', 'Qué hacer después', 'Cuándo escribir al soporte', 'Seguridad',
      'Por qué pasa esto', 'Sin ordenador', 'Después de recuperar la cuenta',
    ],
    sub: ['Si el código no llega', 'Si falta el botón', 'Si la pantalla es distinta', 'En modelos antiguos'],
    steps: [
      'Abre la aplicación {menu}.', 'Ve a <UiPath path="{menu} > {menu2}" />.', 'Toca «{menu}».', 'Escribe tu número, correo o Xiaomi ID.',
      'Demuestra que no eres un robot.', 'Elige dónde recibir el código.', 'Escribe el código del SMS o del correo.',
      'Escribe la contraseña nueva dos veces.', 'Confirma con la contraseña de la cuenta.', 'Espera el mensaje de confirmación.',
      'Reinicia el teléfono y vuelve a entrar.', 'Abre el <OfficialLink href="{host}">sitio de la cuenta</OfficialLink>.',
    ],
    callouts: [['warning', 'Cuidado'], ['danger', 'El código es solo tuyo'], ['tip', 'Consejo'], ['note', 'Ten en cuenta']],
    calloutText: [
      'No compartas nunca el código de un SMS o un correo. Quien tiene el código puede cambiar tu contraseña.',
      'Guarda el tique y la caja: puede que los necesites para demostrar que el teléfono es tuyo.',
      'Si el formulario rechaza la contraseña, lee la pista bajo el campo: Xiaomi tiene sus propias reglas de longitud.',
      'No pagues a «servicios de desbloqueo»: no pueden quitar legalmente el bloqueo de una cuenta.',
    ],
    listItems: [
      'Acceso al número o al correo vinculados.', 'Un {device} con al menos un 30 % de batería.', 'Una conexión estable.',
      'Tu Xiaomi ID o el número con el que te registraste.', 'Unos minutos tranquilos.', 'El tique o la caja del teléfono.',
      'La lista de dispositivos con la sesión iniciada.', 'La contraseña antigua, si la recuerdas.', 'La región de la cuenta.',
    ],
    seeAlso: ['Más detalles en [{title}](/{slug}/).', 'Si es tu caso, lee [{title}](/{slug}/).', 'Ver también: [{title}](/{slug}/).'],
    aliases: ['xiomi', 'shaomi', 'cuenta mi', 'redmi', 'poco', 'miui', 'hyperos', 'olvidé la contraseña', 'no llega el código', 'mi cloud', 'xiaomi id'],
    syllables: ['ca', 'ro', 'mi', 'la', 'te', 'nu', 'sa', 'vi', 'do', 're', 'co', 'li', 'pa', 'se', 'tu', 'ni', 'va', 'go', 'ción', 'pre', 'ver', 'blo', 'mien', 'dad', 'ble'],
    category: { title: 'Temas {n}', description: 'Artículos sobre ajustes de la cuenta, acceso y seguridad: grupo número {n} para la prueba.' },
    faq: { question: '¿Qué hago si {problem}?', answer: 'Primero revisa la {thing}. Después abre el artículo enlazado abajo: ahí están todos los pasos.' },
  },
};

/** Arabic category names for synthetic categories (Arabic is a partial locale: articles fall back). */
export const AR_CATEGORY = { title: 'مواضيع {n}', description: 'مقالات عن إعدادات الحساب وتسجيل الدخول والأمان: المجموعة رقم {n} لقياس الأداء.' };
