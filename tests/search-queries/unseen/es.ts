import type { UnseenQuery } from './index.ts';
/** Written 2026-12-07 by a writer who saw only the facts and the article titles, before any search change. */
export const es: readonly UnseenQuery[] = [
  // contraseña olvidada
  { q: 'olvide mi contraseña de cuenta mi', tag: 'no-accent', expect: ['reset-password'] },
  { q: 'como recupero la clave de mi cuenta xiaomi', tag: 'no-accent', expect: ['reset-password'] },
  { q: 'no me acuerdo de la contraseña de xiaomi', tag: 'situation', expect: ['reset-password'] },
  { q: 'restablecer contraseña cuenta xiaomi', tag: 'tidy', expect: ['reset-password'] },
  { q: 'se me olvidó la clave de mi cuenta de xiaomi qué hago', tag: 'situation', expect: ['reset-password'] },
  { q: 'recuperar contrasena xiaomi', tag: 'no-accent', expect: ['reset-password'] },
  { q: 'olvide la contrasela de mi cuenta redmi', tag: 'typo', expect: ['reset-password'] },
  { q: 'cambiar contraseña de xiaomi sin saber la anterior', tag: 'situation', expect: ['reset-password'] },
  { q: 'contraseña olvidada shaomi', tag: 'brand', expect: ['reset-password'] },
  { q: 'no recuerdo la clave de la cuenta mi del movil', tag: 'no-accent', expect: ['reset-password'] },
  // código que no llega
  { q: 'no me llega el codigo de xiaomi', tag: 'no-accent', expect: ['verification-code-not-arriving'] },
  { q: 'no me llega el sms de verificación de la cuenta mi', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'el codigo de verificacion nunca llega', tag: 'no-accent', expect: ['verification-code-not-arriving'] },
  { q: 'no recibo el código por correo de xiaomi', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'xiomi no manda el codigo', tag: 'brand', expect: ['verification-code-not-arriving'] },
  { q: 'demasiados intentos espere para pedir otro codigo', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'no me yega el codigo al cel', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'el mensaje con el código no aparece ni en spam', tag: 'situation', expect: ['verification-code-not-arriving'] },
  // bloqueado tras restablecer
  { q: 'despues de formatear me pide cuenta mi', tag: 'no-accent', expect: ['device-locked-after-reset'] },
  { q: 'celular bloqueado por cuenta xiaomi después de restablecer', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'reseteé el móvil y pide la contraseña de la cuenta de xiaomi', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'este dispositivo esta bloqueado redmi', tag: 'no-accent', expect: ['device-locked-after-reset'] },
  { q: 'quitar cuenta mi de un celular formateado', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'bypass cuenta mi redmi note 11', tag: 'slang', expect: ['device-locked-after-reset', 'unlock-service-scams'] },
  { q: 'hice hard reset y ahora me pide la cuenta mi', tag: 'slang', expect: ['device-locked-after-reset'] },
  { q: 'telefono trabado con cuenta xiaomi despues del reset de fabrica', tag: 'no-accent', expect: ['device-locked-after-reset'] },
  // Google o Xiaomi
  { q: 'frp o cuenta mi como saber cual es', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  { q: 'despues de resetear me pide cuenta de google redmi', tag: 'no-accent', expect: ['google-or-xiaomi-lock'] },
  { q: 'verifica tu cuenta google tras restablecer xiaomi', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'diferencia entre bloqueo de google y bloqueo de xiaomi', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },
  // cuenta hackeada
  { q: 'me hackearon la cuenta xiaomi', tag: 'slang', expect: ['account-hacked'] },
  { q: 'alguien entró a mi cuenta mi', tag: 'situation', expect: ['account-hacked'] },
  { q: 'me robaron la cuenta de xiaomi y cambiaron la clave', tag: 'situation', expect: ['account-hacked'] },
  { q: 'cuenta xiaomi hackeada que hacer', tag: 'no-accent', expect: ['account-hacked'] },
  { q: 'inicio de sesion raro en mi cuenta xiaomi desde otro pais', tag: 'no-accent', expect: ['account-hacked'] },
  { q: 'me jaquearon la cuenta de xiomi', tag: 'typo', expect: ['account-hacked'] },
  // celular perdido o robado
  { q: 'perdí mi celular xiaomi como lo encuentro', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'me robaron el movil xiaomi como bloquearlo', tag: 'no-accent', expect: ['find-lost-phone'] },
  { q: 'encontrar dispositivo xiaomi', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'borrar datos de celular robado a distancia', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'rastrear mi redmi perdido', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'localizar movil perdido shiaomi', tag: 'brand', expect: ['find-lost-phone'] },
  { q: 'se me cayo el telefono en el bus puedo ubicarlo', tag: 'no-accent', expect: ['find-lost-phone'] },
  // sin acceso al número o correo
  { q: 'ya no tengo el numero de mi cuenta xiaomi', tag: 'no-accent', expect: ['no-access-to-phone-or-email'] },
  { q: 'perdí el chip y no puedo entrar a mi cuenta mi', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'cambie de numero y no puedo recuperar la cuenta xiaomi', tag: 'no-accent', expect: ['no-access-to-phone-or-email'] },
  { q: 'no tengo acceso al correo de mi cuenta xiaomi', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'recuperar cuenta xiaomi sin numero ni correo', tag: 'no-accent', expect: ['no-access-to-phone-or-email'] },
  { q: 'mi linea fue dada de baja y la cuenta mi esta vinculada a ella', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'el correo de recuperación ya no existe', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'perdi la sim y el codigo va al numero viejo', tag: 'no-accent', expect: ['no-access-to-phone-or-email'] },
  // no puedo entrar (hub)
  { q: 'no puedo entrar a mi cuenta xiaomi', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'no puedo iniciar sesion en cuenta mi', tag: 'no-accent', expect: ['cannot-sign-in'] },
  { q: 'no me deja acceder a mi cuenta de xiaomi', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'ayuda no consigo entrar en mi cuenta xiaomi', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'por que no puedo loguearme en mi cuenta xiaomi', tag: 'slang', expect: ['cannot-sign-in'] },
  // restringida
  { q: 'mi cuenta xiaomi esta bloqueada temporalmente', tag: 'no-accent', expect: ['account-restricted'] },
  { q: 'cuenta suspendida por actividad sospechosa xiaomi', tag: 'tidy', expect: ['account-restricted'] },
  { q: 'xiaomi me bloqueo la cuenta por muchos intentos', tag: 'no-accent', expect: ['account-restricted'] },
  { q: 'cuenta mi restringida cuanto tiempo hay que esperar', tag: 'situation', expect: ['account-restricted'] },
  // copia de seguridad
  { q: 'como hacer copia de seguridad en xiaomi', tag: 'no-accent', expect: ['back-up-your-data'] },
  { q: 'respaldar fotos y contactos antes de formatear', tag: 'situation', expect: ['back-up-your-data'] },
  { q: 'backup redmi a la pc', tag: 'slang', expect: ['back-up-your-data'] },
  { q: 'guardar mis datos del movil por si pierdo la cuenta', tag: 'situation', expect: ['back-up-your-data'] },
  // bootloader
  { q: 'desbloquear bootloader xiaomi tiempo de espera', tag: 'tidy', expect: ['bootloader-unlock-wait'] },
  { q: 'mi unlock dice esperar 168 horas', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'cuanto hay que esperar para desbloquear el bootloader', tag: 'no-accent', expect: ['bootloader-unlock-wait'] },
  // cambiar número o correo
  { q: 'cambiar numero de telefono de la cuenta mi', tag: 'no-accent', expect: ['change-linked-phone-or-email'] },
  { q: 'como cambio el correo de mi cuenta xiaomi', tag: 'no-accent', expect: ['change-linked-phone-or-email'] },
  { q: 'voy a cambiar de chip como actualizo mi cuenta xiaomi', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'actualizar el email vinculado a xiaomi', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  // soporte
  { q: 'como contactar con soporte de xiaomi', tag: 'no-accent', expect: ['contact-support'] },
  { q: 'numero de atencion al cliente xiaomi', tag: 'no-accent', expect: ['contact-support'] },
  { q: 'hablar con xiaomi por un problema con mi cuenta', tag: 'situation', expect: ['contact-support'] },
  { q: 'chat o correo de xiaomi para reclamar', tag: 'situation', expect: ['contact-support'] },
  // eliminar la cuenta
  { q: 'eliminar cuenta xiaomi para siempre', tag: 'tidy', expect: ['delete-account'] },
  { q: 'como borro mi cuenta mi definitivamente', tag: 'no-accent', expect: ['delete-account'] },
  { q: 'dar de baja cuenta xiaomi', tag: 'slang', expect: ['delete-account'] },
  // bloqueo de pantalla
  { q: 'olvide el patron de mi celular xiaomi', tag: 'no-accent', expect: ['forgot-screen-lock'] },
  { q: 'no me acuerdo del pin del movil', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'como desbloquear redmi si olvidé la contraseña de pantalla', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'olvidé el patrón de desbloqueo', tag: 'tidy', expect: ['forgot-screen-lock'] },
  { q: 'bloquie el celular por poner mal el patron muchas veces', tag: 'typo', expect: ['forgot-screen-lock'] },
  // HyperOS o MIUI
  { q: 'como saber si tengo hyperos o miui', tag: 'no-accent', expect: ['hyperos-or-miui'] },
  { q: 'no encuentro cuenta mi en ajustes con hyperos', tag: 'situation', expect: ['hyperos-or-miui'] },
  { q: 'que version de miui tengo', tag: 'no-accent', expect: ['hyperos-or-miui'] },
  // región
  { q: 'no disponible en tu region xiaomi', tag: 'no-accent', expect: ['region-and-account'] },
  { q: 'celular xiaomi version china problemas con la cuenta', tag: 'situation', expect: ['region-and-account'] },
  { q: 'cambié la región y desaparecieron mis datos de la nube', tag: 'situation', expect: ['region-and-account'] },
  // contraseña segura
  { q: 'que contraseña segura poner en la cuenta xiaomi', tag: 'no-accent', expect: ['strong-password'] },
  { q: 'cuantos caracteres debe tener la clave de xiaomi', tag: 'no-accent', expect: ['strong-password'] },
  { q: 'ejemplo de contraseña fuerte para mi cuenta mi', tag: 'tidy', expect: ['strong-password'] },
  // verificación en dos pasos
  { q: 'activar verificacion en dos pasos xiaomi', tag: 'no-accent', expect: ['two-step-verification'] },
  { q: 'autenticacion de dos factores cuenta mi', tag: 'no-accent', expect: ['two-step-verification'] },
  { q: '2fa xiaomi como se activa', tag: 'slang', expect: ['two-step-verification'] },
  // servicios de desbloqueo
  { q: 'paginas para quitar cuenta mi son confiables', tag: 'no-accent', expect: ['unlock-service-scams'] },
  { q: 'pague para desbloquear la cuenta mi y era estafa', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'programa gratis para quitar cuenta xiaomi', tag: 'slang', expect: ['unlock-service-scams', 'device-locked-after-reset'] },
  // usado
  { q: 'voy a vender mi xiaomi que hago antes', tag: 'situation', expect: ['used-phone'] },
  { q: 'compre un redmi usado y pide la cuenta del dueño anterior', tag: 'no-accent', expect: ['used-phone', 'device-locked-after-reset'] },
  { q: 'regalar mi celular xiaomi como saco mi cuenta', tag: 'situation', expect: ['used-phone'] },
  { q: 'revisar un xiaomi de segunda mano antes de comprarlo', tag: 'tidy', expect: ['used-phone'] },
  // qué número o correo está vinculado
  { q: 'a que numero esta vinculada mi cuenta xiaomi', tag: 'no-accent', expect: ['which-phone-or-email-is-linked'] },
  { q: 'no se con que correo cree mi cuenta mi', tag: 'no-accent', expect: ['which-phone-or-email-is-linked'] },
  { q: 'como saber que email tiene asociado mi cuenta xiaomi', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },
  // fotos de la nube
  { q: 'desaparecieron mis fotos de mi cloud', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'donde estan mis fotos de la nube de xiaomi', tag: 'no-accent', expect: ['xiaomi-cloud-photos'] },
  { q: 'xiaomi cloud ya no sincroniza la galeria', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
];
