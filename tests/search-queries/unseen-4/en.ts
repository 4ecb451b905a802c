import type { UnseenQuery } from '../unseen/index.ts';
/** Round 4, written 2026-12-07 by a writer who saw only the facts and the article titles, before any further search change. */
export const en: readonly UnseenQuery[] = [
  // reset-password
  { q: 'forgot my mi account password changed it last month and cant remember what i set it to, still have the same sim', tag: 'situation', expect: ['reset-password'] },
  { q: 'my phone is still logged into my xiaomi account but i forgot the password, should i log out and log back in to fix it', tag: 'situation', expect: ['reset-password'] },
  { q: 'sir i am trying login in id.mi.com it is showing wrong password again and again kindly tell what to do', tag: 'situation', expect: ['reset-password'] },
  { q: 'where is forgot password for xiaomi account', tag: 'tidy', expect: ['reset-password'] },
  { q: 'forgto xiaomi acount password', tag: 'typo', expect: ['reset-password'] },
  { q: 'forgot pwd for mi acc how 2 get a new one', tag: 'slang', expect: ['reset-password'] },
  { q: 'redmi 13c forgot mi account password how reset', tag: 'brand', expect: ['reset-password'] },

  // verification-code-not-arriving
  { q: 'been requesting the code since morning for my xiaomi account and nothing is entering my mtn line', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'keep pressing resend on the xiaomi code and now it says too many attempts, never got a single text', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'xiaomi says the code was sent to my email but nothing in inbox or spam and ive waited half an hour', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'why is xiaomi sms code not coming', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'verificaton code not recieved xiaomi', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'xiaomi otp not coming pls help', tag: 'slang', expect: ['verification-code-not-arriving'] },
  { q: 'xiomi verification code not received on email', tag: 'brand', expect: ['verification-code-not-arriving'] },

  // no-access-to-phone-or-email
  { q: 'my old globe sim is already deactivated and my xiaomi account is registered to that number, how can i recover it po', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'lost the safaricom line that was linked to my mi account and the email is an old yahoo i cant open anymore', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'recover xiaomi account without the phone number', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'proof of ownership for xiaomi account recovery', tag: 'tidy', expect: ['no-access-to-phone-or-email', 'contact-support'] },
  { q: 'recovr xiaomi account without old email adress', tag: 'typo', expect: ['no-access-to-phone-or-email'] },
  { q: 'lost my sim cant get otp for mi acc wat now', tag: 'slang', expect: ['no-access-to-phone-or-email'] },
  { q: 'poco account recovery number not in use anymore', tag: 'brand', expect: ['no-access-to-phone-or-email'] },

  // device-locked-after-reset
  { q: 'did a factory reset on my redmi because it was slow and now its stuck on a screen saying this device is locked', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'my brother did hard reset of my phone now it is showing enter mi account password, i know the email but not the password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'wiped the phone from recovery mode and now it shows a hidden phone number like 60*****21 and wants the account password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'phone locked to mi account after factory reset', tag: 'tidy', expect: ['device-locked-after-reset'] },
  { q: 'activaton lock xiaomi after hard rest', tag: 'typo', expect: ['device-locked-after-reset'] },
  { q: 'fone asking mi acc pwd after format', tag: 'slang', expect: ['device-locked-after-reset'] },
  { q: 'readmi note 10 asks mi account after wipe data', tag: 'brand', expect: ['device-locked-after-reset'] },

  // account-hacked
  { q: 'my xiaomi account password suddenly stopped working and the phone number on it was changed, i never did that', tag: 'situation', expect: ['account-hacked'] },
  { q: 'someone has been logging into my mi account, i can still get in, what should i change first', tag: 'situation', expect: ['account-hacked'] },
  { q: 'i gave a code to someone who called saying they were from xiaomi and now i cant log in', tag: 'situation', expect: ['account-hacked'] },
  { q: 'sign out other devices from xiaomi account', tag: 'tidy', expect: ['account-hacked'] },
  { q: 'xiaomi account compromised what now', tag: 'tidy', expect: ['account-hacked'] },
  { q: 'xiaomi acount hackd someone changed my pasword', tag: 'typo', expect: ['account-hacked'] },
  { q: 'sum1 hacked my mi acc pls help', tag: 'slang', expect: ['account-hacked'] },
  { q: 'xaomi account hacked how to secure it', tag: 'brand', expect: ['account-hacked'] },

  // find-lost-phone
  { q: 'my redmi was stolen at the bus stop yesterday, how do i track it with my mi account', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'left my poco in an auto, phone is switched off now, can i still lock it from the computer', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'dropped my phone somewhere on a hike and xiaomi find device was never turned on, is there any other way to find it', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'how to locate a lost xiaomi phone', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'fnd my stolen xiaomi phnoe', tag: 'typo', expect: ['find-lost-phone'] },
  { q: 'lost my fone how do u erase it remotely mi', tag: 'slang', expect: ['find-lost-phone'] },
  { q: 'find device xiomi ring lost phone', tag: 'brand', expect: ['find-lost-phone'] },

  // cannot-sign-in
  { q: 'cant get into my xiaomi account and no idea why, pretty sure the password is right', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'travelled to dubai for work and now xiaomi wants a code every time i sign in, i never set up any extra security', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'abeg i cant sign in to my xiaomi account anymore, dont know if i forgot the password or they blocked me', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'why can\'t i log into my xiaomi account', tag: 'tidy', expect: ['cannot-sign-in'] },
  { q: 'cant sigin in to my xiaomi acount', tag: 'typo', expect: ['cannot-sign-in'] },
  { q: 'mi acc login not working idk y', tag: 'slang', expect: ['cannot-sign-in'] },

  // account-restricted
  { q: 'typed the wrong password too many times and now xiaomi says my account is restricted', tag: 'situation', expect: ['account-restricted'] },
  { q: 'how long does a xiaomi account restriction last', tag: 'tidy', expect: ['account-restricted'] },
  { q: 'xiaomi accont restircted suspicious activity', tag: 'typo', expect: ['account-restricted'] },
  { q: 'mi acc blocked for suspicious activity wat do', tag: 'slang', expect: ['account-restricted'] },

  // back-up-your-data
  { q: 'my friend lost her xiaomi account and all her pictures with it, how do i make sure that never happens to my photos and contacts', tag: 'situation', expect: ['back-up-your-data'] },
  { q: 'how to back up photos and contacts on xiaomi', tag: 'tidy', expect: ['back-up-your-data'] },
  { q: 'how to bakup my xiaomi phone befor losing the account', tag: 'typo', expect: ['back-up-your-data'] },

  // bootloader-unlock-wait
  { q: 'mi unlock tool says i have to wait 168 hours, does that mean my account is banned', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'why must i wait to unlock bootloader', tag: 'tidy', expect: ['bootloader-unlock-wait'] },
  { q: 'bootlaoder unlock 168 hour wait xiaomi', tag: 'typo', expect: ['bootloader-unlock-wait'] },
  { q: 'poco f5 hyper os bootloader unlock permission community app', tag: 'brand', expect: ['bootloader-unlock-wait'] },

  // change-linked-phone-or-email
  { q: 'switching networks next week and getting a new number, want to move my xiaomi account over before the old sim stops', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'update email address on xiaomi account', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  { q: 'change no on mi acc got new sim', tag: 'slang', expect: ['change-linked-phone-or-email'] },

  // contact-support
  { q: 'is there a live chat or email for xiaomi, i need a real person to look at my account problem', tag: 'situation', expect: ['contact-support'] },
  { q: 'xiaomi customer care for account problems', tag: 'tidy', expect: ['contact-support'] },
  { q: 'xiaomi suport contact for acount recovery', tag: 'typo', expect: ['contact-support'] },

  // delete-account
  { q: 'i give up on my old xiaomi account, cant get in, just want it deleted so i can make a new one', tag: 'situation', expect: ['delete-account'] },
  { q: 'how to permanently delete a mi account', tag: 'tidy', expect: ['delete-account'] },

  // forgot-screen-lock
  { q: 'my son changed the pattern on my redmi and neither of us remember it, any way in without losing everything', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'forgot lock screen pin on xiaomi phone', tag: 'tidy', expect: ['forgot-screen-lock'] },
  { q: 'forgot patern lock on my redmi how to unlcok', tag: 'typo', expect: ['forgot-screen-lock'] },
  { q: 'forgot my ph password not the mi acc the screen one', tag: 'slang', expect: ['forgot-screen-lock'] },

  // google-or-xiaomi-lock
  { q: 'after the reset my phone says verify your account and shows a gmail address, is this the xiaomi lock or something else', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'first it asked mi account, i entered it, now it is asking the google account that was synced previously and i dont remember that one', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'changed my google password on my laptop but the locked phone still wont take it after the reset', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'difference between frp and mi account lock', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },

  // hyperos-or-miui
  { q: 'every guide says go to settings mi account but my phone doesnt have that, theres only xiaomi account', tag: 'situation', expect: ['hyperos-or-miui'] },
  { q: 'is my phone on hyperos or miui', tag: 'tidy', expect: ['hyperos-or-miui'] },
  { q: 'hyper os vs miui cant find mi account in settings', tag: 'brand', expect: ['hyperos-or-miui'] },

  // region-and-account
  { q: 'changed the region on my phone to india for an app and now my notes in the cloud are gone', tag: 'situation', expect: ['region-and-account'] },
  { q: 'xiaomi service not available in my region', tag: 'tidy', expect: ['region-and-account'] },
  { q: 'china version readmi phone services missing', tag: 'brand', expect: ['region-and-account'] },

  // strong-password
  { q: 'xiaomi wont accept my long passphrase, says the password is too long', tag: 'situation', expect: ['strong-password'] },
  { q: 'how long should my xiaomi password be', tag: 'tidy', expect: ['strong-password'] },
  { q: 'gud pwd ideas for mi acc', tag: 'slang', expect: ['strong-password'] },

  // two-step-verification
  { q: 'want extra protection on my mi account after a scare, can i use google authenticator for it', tag: 'situation', expect: ['two-step-verification'] },
  { q: 'enable two factor on xiaomi account', tag: 'tidy', expect: ['two-step-verification'] },
  { q: 'two stpe verificaiton xiaomi account', tag: 'typo', expect: ['two-step-verification'] },

  // unlock-service-scams
  { q: 'a guy on facebook says he can remove the mi account lock for 5000 naira remotely, is it legit', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'are mi account unlock services safe', tag: 'tidy', expect: ['unlock-service-scams'] },
  { q: 'mi acc bypass tool legit or nah', tag: 'slang', expect: ['unlock-service-scams'] },

  // used-phone
  { q: 'bought a second hand poco off marketplace and its asking for the previous owners xiaomi account', tag: 'situation', expect: ['used-phone'] },
  { q: 'sold my old redmi last week and the buyer says its locked to my account, can i release it from here', tag: 'situation', expect: ['used-phone'] },
  { q: 'what to do before selling my xiaomi phone', tag: 'tidy', expect: ['used-phone'] },
  { q: 'selling my mi phone remove mi account first', tag: 'brand', expect: ['used-phone'] },

  // which-phone-or-email-is-linked
  { q: 'made my mi account years ago and honestly dont remember which email i used', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'which emial is linkd to my xiaomi id', tag: 'typo', expect: ['which-phone-or-email-is-linked'] },

  // xiaomi-cloud-photos
  { q: 'all my photos used to be in mi cloud and now the gallery is empty on i.mi.com, where did they go', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'paid for mi cloud storage back then and got a refund email, now i cant find my old pictures anywhere', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'xiaomi cloud gallery sync stoped where are my photso', tag: 'typo', expect: ['xiaomi-cloud-photos'] },
];
