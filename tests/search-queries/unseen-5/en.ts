import type { UnseenQuery } from '../unseen/index.ts';
/** Round 5, written 2026-12-08 by a writer who saw only the facts and the article titles, before any further search change. */
export const en: readonly UnseenQuery[] = [
  // reset-password
  { q: 'i changed my password last month to something complicated and now i cant remember it, same sim same phone, how do i make a new one', tag: 'situation', expect: ['reset-password'] },
  { q: 'my dad wrote his mi account password on a paper and the maid threw it away, he still has his number, need to set a new password for him', tag: 'situation', expect: ['reset-password'] },
  { q: 'phone is still logged in to my xiaomi account but i forgot the password, should i log out and try again', tag: 'situation', expect: ['reset-password'] },
  { q: 'forgot xiaomi account password what now', tag: 'tidy', expect: ['reset-password'] },
  { q: 'forgot pasword for xiaomi acount', tag: 'typo', expect: ['reset-password'] },
  { q: 'forgot my mi acc pwd pls help', tag: 'slang', expect: ['reset-password'] },
  { q: 'xiomi account forget password', tag: 'brand', expect: ['reset-password'] },
  // verification-code-not-arriving
  { q: 'pressed send code like five times on the xiaomi website and no sms came, now it says too many attempts try later', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'am trying to login my xiaomi account since morning the code is not entering my phone, i have network on my mtn line', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'the email with the code never shows up, checked my outlook inbox twice and nothing', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'why is the xiaomi sms code not coming', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'verfication code not recieved xiaomi', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'otp not coming for mi acc', tag: 'slang', expect: ['verification-code-not-arriving'] },
  { q: 'redmi account code not receive on email', tag: 'brand', expect: ['verification-code-not-arriving'] },
  // no-access-to-phone-or-email
  { q: 'moved from manila to dubai and my old globe number is gone, xiaomi keeps sending the code to that number', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'the email on my mi account was my old work email and i left that job last year so i cant open it anymore', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'sim lost and jazz blocked the number, xiaomi account wants otp on the same number what to do', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'recover xiaomi account without the old number', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'what proof does xiaomi need to recover my account', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'old phone numbr no longer works cant recover accont', tag: 'typo', expect: ['no-access-to-phone-or-email'] },
  { q: 'dont hv that number anymore how 2 get mi acc back', tag: 'slang', expect: ['no-access-to-phone-or-email'] },
  // device-locked-after-reset
  { q: 'did a factory reset on my redmi note from the recovery menu and now it says this device is locked and wants the mi account password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'my son reset the phone because it was slow and now it shows an email like j***@gmail.com and asks for xiaomi password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'customer in my shop in nairobi wiped her redmi 9 herself and it now says device locked, she has the box and receipt but no password', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'phone wants mi account after factory reset', tag: 'tidy', expect: ['device-locked-after-reset'] },
  { q: 'after factroy reset phone ask xiaomi acount password', tag: 'typo', expect: ['device-locked-after-reset'] },
  { q: 'reset my fone now its locked to mi acc dont remember pwd', tag: 'slang', expect: ['device-locked-after-reset'] },
  { q: 'poco locked after hard reset mi account', tag: 'brand', expect: ['device-locked-after-reset'] },
  // account-hacked
  { q: 'got an email saying my xiaomi account password was changed and it wasnt me, now i cant log in at all', tag: 'situation', expect: ['account-hacked'] },
  { q: 'there is a device i dont own signed in to my mi account and a login from another country', tag: 'situation', expect: ['account-hacked'] },
  { q: 'gave a code to a guy on whatsapp who said he was from xiaomi support and now the email on my account is different', tag: 'situation', expect: ['account-hacked'] },
  { q: 'what to do if someone took over my xiaomi account', tag: 'tidy', expect: ['account-hacked'] },
  { q: 'somone hackd my xiaomi account', tag: 'typo', expect: ['account-hacked'] },
  { q: 'my mi acc got hacked wat do i do', tag: 'slang', expect: ['account-hacked'] },
  // find-lost-phone
  { q: 'left my redmi in a grab car in kuala lumpur, can i make it ring or show my number on the screen', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'phone got nicked on the bus, want to wipe it from my laptop before they get into my banking app', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'find device was switched off on my xiaomi but my google account was on it, can i still track it', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'how to locate a lost xiaomi phone', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'find my losst xiaomi phne', tag: 'typo', expect: ['find-lost-phone'] },
  { q: 'find lost redmi note from computer', tag: 'brand', expect: ['find-lost-phone'] },
  // cannot-sign-in
  { q: 'xiaomi account just says sign in failed and i dont know if its the password or something else, tried everything', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'logging in from a hotel in bangkok on holiday and it wants extra verification i never had to do at home', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'why cant i log into my xiaomi account', tag: 'tidy', expect: ['cannot-sign-in'] },
  { q: 'cant sigh in to xiaomi acount', tag: 'typo', expect: ['cannot-sign-in'] },
  { q: 'cant login mi acc dunno y', tag: 'slang', expect: ['cannot-sign-in'] },
  { q: 'mi account not logging in on readmi', tag: 'brand', expect: ['cannot-sign-in'] },
  // account-restricted
  { q: 'typed the wrong password too many times and now xiaomi says my account is restricted for security reasons', tag: 'situation', expect: ['account-restricted'] },
  { q: 'my nephew kept guessing my password to buy game stuff and now the account is temporarily blocked', tag: 'situation', expect: ['account-restricted'] },
  { q: 'how long does a xiaomi account restriction last', tag: 'tidy', expect: ['account-restricted'] },
  { q: 'xiaomi acount restriced suspicious activity', tag: 'typo', expect: ['account-restricted'] },
  // back-up-your-data
  { q: 'my mums redmi is getting old and i want to save her contacts and photos somewhere before anything happens to her account', tag: 'situation', expect: ['back-up-your-data'] },
  { q: 'back up contacts and notes on xiaomi', tag: 'tidy', expect: ['back-up-your-data'] },
  { q: 'how 2 save my stuff b4 i lose my mi acc', tag: 'slang', expect: ['back-up-your-data'] },
  // bootloader-unlock-wait
  { q: 'mi unlock tool says i have to wait 168 hours before i can unlock the bootloader, is my account blocked or something', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'bootloder unlock waitng time xiaomi', tag: 'typo', expect: ['bootloader-unlock-wait'] },
  { q: 'hyper os bootloader unlock permission community app', tag: 'brand', expect: ['bootloader-unlock-wait'] },
  // change-linked-phone-or-email
  { q: 'switching carriers next week and getting a new number, want to put it on my xiaomi account before the old sim stops working', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'trying to change the email on my account but it sends the code to my old number which i dont have anymore', tag: 'situation', expect: ['change-linked-phone-or-email', 'no-access-to-phone-or-email'] },
  { q: 'update email address on mi account', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  { q: 'how do i change fone no on xiaomi acc', tag: 'slang', expect: ['change-linked-phone-or-email'] },
  // contact-support
  { q: 'sent the account recovery form to xiaomi 4 days back and no reply yet, is there any phone number or chat to follow up', tag: 'situation', expect: ['contact-support'] },
  { q: 'xiaomi customer care for account problems', tag: 'tidy', expect: ['contact-support'] },
  { q: 'xiaomi suport email adress for account', tag: 'typo', expect: ['contact-support'] },
  // delete-account
  { q: 'done with xiaomi, moving to an iphone and i want to close my account for good', tag: 'situation', expect: ['delete-account'] },
  { q: 'how do i delete my mi account permanently', tag: 'tidy', expect: ['delete-account'] },
  { q: 'how to delete xaomi account', tag: 'brand', expect: ['delete-account'] },
  // forgot-screen-lock
  { q: 'my 6 year old changed the pattern on my redmi while playing and now none of us can open it', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'forgot phone pin on xiaomi', tag: 'tidy', expect: ['forgot-screen-lock'] },
  { q: 'forgot patern lock redmi how to unlok', tag: 'typo', expect: ['forgot-screen-lock'] },
  { q: 'forgot my fone pin will i lose evrything if i reset', tag: 'slang', expect: ['forgot-screen-lock'] },
  // google-or-xiaomi-lock
  { q: 'after the reset it asked for my gmail first and i did that, now another screen wants a xiaomi account, are these two different locks', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'changed my google password to get past verify your account but the phone still wont take it', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'difference between google frp and xiaomi activation lock', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },
  { q: 'is dis google lock or mi lock after reset', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  // hyperos-or-miui
  { q: 'the youtube video says go to mi account in settings but my phone doesnt have that menu at all', tag: 'situation', expect: ['hyperos-or-miui'] },
  { q: 'how do i know if my phone has hyperos', tag: 'tidy', expect: ['hyperos-or-miui'] },
  { q: 'miui vs hyper os settings different', tag: 'brand', expect: ['hyperos-or-miui'] },
  // region-and-account
  { q: 'changed the region on my phone to india to get a feature and now my cloud notes have disappeared', tag: 'situation', expect: ['region-and-account'] },
  { q: 'what does not available in your region mean', tag: 'tidy', expect: ['region-and-account'] },
  { q: 'china version mi phone account services missing', tag: 'brand', expect: ['region-and-account'] },
  // strong-password
  { q: 'xiaomi wont accept my 20 character passphrase, what kind of password should i use then', tag: 'situation', expect: ['strong-password'] },
  { q: 'how long can a xiaomi password be', tag: 'tidy', expect: ['strong-password'] },
  { q: 'strong pasword ideas xiaomi acount', tag: 'typo', expect: ['strong-password'] },
  // two-step-verification
  { q: 'my brother got hacked so i want any new login on my account to need approval from my xiaomi pad', tag: 'situation', expect: ['two-step-verification'] },
  { q: 'enable two factor on xiaomi account', tag: 'tidy', expect: ['two-step-verification'] },
  { q: 'how to turn on 2fa on mi acc', tag: 'slang', expect: ['two-step-verification'] },
  // unlock-service-scams
  { q: 'found a website that removes the mi account lock for $30 with just the imei, is it legit', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'xiaomi acount unlok service safe', tag: 'typo', expect: ['unlock-service-scams'] },
  { q: 'mi acc bypass tool legit or scam??', tag: 'slang', expect: ['unlock-service-scams'] },
  // used-phone
  { q: 'bought a used redmi note on jiji, reset it and it wants the previous owners xiaomi account, seller not picking my calls', tag: 'situation', expect: ['used-phone', 'device-locked-after-reset'] },
  { q: 'already gave my old phone to my cousin in lagos without logging out of mi account, can i remove it from here', tag: 'situation', expect: ['used-phone'] },
  { q: 'what to do before selling my xiaomi phone', tag: 'tidy', expect: ['used-phone'] },
  { q: 'what to check before buying a second hand xiaomi', tag: 'tidy', expect: ['used-phone'] },
  // which-phone-or-email-is-linked
  { q: 'i have three gmails and two numbers and no idea which one i used for my xiaomi account years ago', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'which email is my mi account registered with', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },
  { q: 'dont remeber wich number linked xiaomi', tag: 'typo', expect: ['which-phone-or-email-is-linked'] },
  { q: 'how to knwo which numer is on my xiaomi account', tag: 'typo', expect: ['which-phone-or-email-is-linked'] },
  // xiaomi-cloud-photos
  { q: 'opened xiaomi cloud to get my 2021 pictures and the gallery is empty, only contacts and notes are there', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'where are my photos from mi cloud', tag: 'tidy', expect: ['xiaomi-cloud-photos'] },
  { q: 'mi cloud gallery sync stopped philippines', tag: 'brand', expect: ['xiaomi-cloud-photos'] },
];
