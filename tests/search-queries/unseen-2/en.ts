import type { UnseenQuery } from '../unseen/index.ts';
/** Round 2, written 2026-12-07 by a writer who saw only the facts and the article titles, before any further search change. */
export const en: readonly UnseenQuery[] = [
  // Forgotten password
  { q: 'forgot my mi account password cant login on my redmi', tag: 'situation', expect: ['reset-password'] },
  { q: 'changed password last month and now i dont remember it', tag: 'situation', expect: ['reset-password'] },
  { q: 'typed wrong password so many times, how to make a new one', tag: 'situation', expect: ['reset-password'] },
  { q: 'how do i reset my xiaomi account password', tag: 'tidy', expect: ['reset-password'] },
  { q: 'where is the forgot password button for xiaomi account', tag: 'tidy', expect: ['reset-password'] },
  { q: 'forgott pasword xiaomi acount', tag: 'typo', expect: ['reset-password'] },
  { q: 'pasword recovry mi account', tag: 'typo', expect: ['reset-password'] },
  { q: 'shaomi password forget', tag: 'brand', expect: ['reset-password'] },
  { q: 'phone still logged in but forgot the password, can i change it', tag: 'situation', expect: ['reset-password'] },
  { q: 'mi acc pass forgot how to recover', tag: 'slang', expect: ['reset-password'] },
  { q: 'can i reset xiaomi password using email instead of phone number', tag: 'tidy', expect: ['reset-password'] },

  // Verification code not arriving
  { q: 'otp not coming when i try to login mi account', tag: 'slang', expect: ['verification-code-not-arriving'] },
  { q: 'i pressed send code 5 times nothing comes', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'sms code from xiaomi never arrive but my network is fine', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'why am i not receiving the xiaomi verification code', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'verfication code not recived xiaomi', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'it says too many requests try later when i ask for code', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'xiaomi email code not in inbox, checked spam also', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'xaomi code not coming sms', tag: 'brand', expect: ['verification-code-not-arriving'] },
  { q: 'new phone login asks code to my number but nothing comes', tag: 'situation', expect: ['verification-code-not-arriving'] },

  // Phone locked after a reset
  { q: 'did factory reset now phone asking previous mi account password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'bought redmi second hand, after reset it wants old owner account', tag: 'situation', expect: ['device-locked-after-reset', 'used-phone'] },
  { q: 'mi account lock after hard reset bypass', tag: 'slang', expect: ['device-locked-after-reset', 'unlock-service-scams'] },
  { q: 'how to remove xiaomi account from phone after factory reset', tag: 'tidy', expect: ['device-locked-after-reset'] },
  { q: 'screen says this device is locked enter account password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'activaton lock redmi after formating', tag: 'typo', expect: ['device-locked-after-reset'] },
  { q: 'reset my mums redmi, now needs her mi account she forgot', tag: 'situation', expect: ['device-locked-after-reset'] },

  // Google lock or Xiaomi lock
  { q: 'after reset it asks google account not mi account, why', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'frp lock or mi lock how to know', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  { q: 'entered mi password after reset now it wants my gmail too', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'is the lock after a factory reset from google or xiaomi', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },

  // No access to the linked phone number or email
  { q: 'lost my sim card and mi account is on that old number', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'number on my account was deactivated by network, cant get code', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'old email on my mi account is deleted, how to get in', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'how can i recover my xiaomi account without the phone number', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'moved country, old number dead, xiaomi keeps sending code to it', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'recover mi acount without old numbr', tag: 'typo', expect: ['no-access-to-phone-or-email'] },
  { q: 'dont have that phone number anymore and never added email', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'what proof does xiaomi need to give back my account', tag: 'tidy', expect: ['no-access-to-phone-or-email', 'contact-support'] },

  // Hacked account
  { q: 'someone changed my mi account password and email', tag: 'situation', expect: ['account-hacked'] },
  { q: 'got login alert from another country that wasnt me', tag: 'situation', expect: ['account-hacked'] },
  { q: 'what should i do if my xiaomi account was hacked', tag: 'tidy', expect: ['account-hacked'] },
  { q: 'mi acc hacked pls help', tag: 'slang', expect: ['account-hacked'] },
  { q: 'my phone got wiped through mi cloud and i didnt do it', tag: 'situation', expect: ['account-hacked'] },
  { q: 'xiomi account hack by someone', tag: 'brand', expect: ['account-hacked'] },

  // Restricted / frozen account
  { q: 'it says account is restricted due to unusual activity', tag: 'situation', expect: ['account-restricted'] },
  { q: 'mi account frozen after i put wrong password many times', tag: 'situation', expect: ['account-restricted'] },
  { q: 'how long does a xiaomi account restriction last', tag: 'tidy', expect: ['account-restricted'] },
  { q: 'acount restricted xiaomi suspicous activty', tag: 'typo', expect: ['account-restricted'] },
  { q: 'xiaomi blocked my account for security reason what now', tag: 'situation', expect: ['account-restricted'] },

  // Contacting support
  { q: 'how to contact xiaomi customer care about my account', tag: 'tidy', expect: ['contact-support'] },
  { q: 'want to talk to a real person at xiaomi not bot', tag: 'situation', expect: ['contact-support'] },
  { q: 'is there a xiaomi support email for account recovery', tag: 'tidy', expect: ['contact-support'] },
  { q: 'sent form to xiaomi support one week ago still no reply', tag: 'situation', expect: ['contact-support'] },
  { q: 'can mi service center open my account', tag: 'brand', expect: ['contact-support'] },

  // Which phone or email is linked
  { q: 'dont remember which email i used for mi account', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'how to find the phone number linked to my xiaomi account', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },
  { q: 'it shows number with stars 98*****21 i dont know which one', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'which numbr is linkd to my mi acount', tag: 'typo', expect: ['which-phone-or-email-is-linked'] },

  // Changing the linked phone or email
  { q: 'getting new sim next week, want my new number on xiaomi account', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'how do i change the email on my xiaomi account', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  { q: 'want to replace old gmail with new one in mi account', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'chnage mobile number in mi acount', tag: 'typo', expect: ['change-linked-phone-or-email'] },

  // Deleting the account
  { q: 'how to permanently delete a xiaomi account', tag: 'tidy', expect: ['delete-account'] },
  { q: 'dont want mi account anymore remove it completely', tag: 'situation', expect: ['delete-account'] },
  { q: 'should i just make new xiaomi account and forget old one', tag: 'situation', expect: ['delete-account'] },

  // Bootloader unlock waiting
  { q: 'mi unlock tool says wait 168 hrs, just want to flash rom', tag: 'slang', expect: ['bootloader-unlock-wait'] },
  { q: 'mi unlock says couldnt unlock please wait, is my account banned', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'how long is the wait to unlock the bootloader on hyperos', tag: 'tidy', expect: ['bootloader-unlock-wait'] },

  // Lost or stolen phone
  { q: 'my redmi was stolen yesterday can i track it', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'how to erase my lost xiaomi phone remotely', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'left phone in taxi, how to lock it and show my number', tag: 'situation', expect: ['find-lost-phone'] },

  // Forgotten screen PIN / pattern
  { q: 'forgot pattern on my redmi note, how to open without losing data', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'forgot screen pasword on poco fone', tag: 'typo', expect: ['forgot-screen-lock'] },
  { q: 'my kid changed the pin on my phone, cant unlock', tag: 'situation', expect: ['forgot-screen-lock'] },

  // Photos gone from the cloud
  { q: 'all my photos disappeared from mi cloud', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'why is gallery sync no longer in xiaomi cloud', tag: 'tidy', expect: ['xiaomi-cloud-photos'] },
  { q: 'opened i.mi.com but gallery is empty, my old pictures gone', tag: 'situation', expect: ['xiaomi-cloud-photos'] },

  // Region / China version
  { q: 'bought xiaomi from china, cloud and some apps dont work here', tag: 'situation', expect: ['region-and-account'] },
  { q: 'says not available in your region when i open mi cloud', tag: 'situation', expect: ['region-and-account'] },
  { q: 'does changing region on a xiaomi phone affect my account data', tag: 'tidy', expect: ['region-and-account'] },

  // Used phone, buying or selling
  { q: 'what should i do before selling my xiaomi phone', tag: 'tidy', expect: ['used-phone'] },
  { q: 'sold my old phone, buyer says it asks my mi account', tag: 'situation', expect: ['used-phone'] },
  { q: 'buying secondhand redmi what to check', tag: 'brand', expect: ['used-phone'] },

  // Unlock-service scams
  { q: 'man on facebook says he removes mi account for $20', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'mi account bypass tool free download safe', tag: 'slang', expect: ['unlock-service-scams'] },
  { q: 'are online xiaomi unlock services legit', tag: 'tidy', expect: ['unlock-service-scams'] },

  // Backups
  { q: 'how to back up my xiaomi phone before a reset', tag: 'tidy', expect: ['back-up-your-data'] },
  { q: 'scared to lose contacts and photos if account locked, where to save', tag: 'situation', expect: ['back-up-your-data'] },

  // Strong password
  { q: 'what is a good password for a xiaomi account', tag: 'tidy', expect: ['strong-password'] },
  { q: 'xiaomi says password too weak need letters numbers symbols', tag: 'situation', expect: ['strong-password'] },

  // Two-step verification
  { q: 'how to turn on 2 step verification on mi account', tag: 'tidy', expect: ['two-step-verification'] },
  { q: 'mi acc 2fa setup', tag: 'slang', expect: ['two-step-verification'] },

  // HyperOS vs MIUI
  { q: 'cant find mi account in settings, menu looks different after update', tag: 'situation', expect: ['hyperos-or-miui'] },
  { q: 'poco hyper os or miui how to check', tag: 'brand', expect: ['hyperos-or-miui'] },

  // General "can't sign in"
  { q: 'cant login to my xiaomi account help', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'mi account not opening dont know whats wrong', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'cant sigin in xiaomi acount', tag: 'typo', expect: ['cannot-sign-in'] },
  { q: 'xiami login', tag: 'brand', expect: ['cannot-sign-in'] },
  { q: "why can't i sign in to my xiaomi account", tag: 'tidy', expect: ['cannot-sign-in'] },
];
