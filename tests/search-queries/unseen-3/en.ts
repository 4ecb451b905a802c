import type { UnseenQuery } from '../unseen/index.ts';
/** Round 3, written 2026-12-07 by a writer who saw only the facts and the article titles, before any further search change. */
export const en: readonly UnseenQuery[] = [
  // Forgotten password: the most common cause; reset by SMS/email, keep the phone signed in
  { q: 'i forgot my password and my redmi keeps asking for it in settings, i still have the same sim card', tag: 'situation', expect: ['reset-password'] },
  { q: 'made a very complicated password years ago and now cant remember it at all, phone is still logged in, should i log out first?', tag: 'situation', expect: ['reset-password'] },
  { q: 'i always signed in with the facebook button and now the app wants a password i never set', tag: 'situation', expect: ['reset-password'] },
  { q: 'forgot pasword mi acount', tag: 'typo', expect: ['reset-password'] },
  { q: 'cant remeber passwrd for my account', tag: 'typo', expect: ['reset-password'] },
  { q: 'forgt pwd xiaomi acc need new one asap', tag: 'slang', expect: ['reset-password'] },
  { q: 'xiomi id password forgotten', tag: 'brand', expect: ['reset-password'] },

  // Verification code not arriving: signal, spam folder, rate limits, other channel
  { q: 'trying to reset but the sms code never comes, pressed resend maybe 5 times and now it says too many attempts try later', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'no mail from xiaomi with the code, checked inbox two times nothing there', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'travelling abroad and it wants a code on my home number but i have no roaming, sim is in the phone', tag: 'situation', expect: ['verification-code-not-arriving'] },
  { q: 'otp not coming xiaomi', tag: 'slang', expect: ['verification-code-not-arriving'] },
  { q: 'verfication code not recieved', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'sms code not reching my phne', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'why is the xiaomi sms code delayed', tag: 'tidy', expect: ['verification-code-not-arriving'] },

  // Phone locked to a Xiaomi account after a factory reset (activation lock)
  { q: 'did a factory reset on my daughters phone and now it says this device is locked, enter the password of the account', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'my brother wiped the phone because it was slow and now it wants my account password which i dont know, the account is mine though', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'bought a redmi note from olx, after reset it shows the old owners hidden email and the seller is not picking my calls', tag: 'situation', expect: ['device-locked-after-reset', 'used-phone'] },
  { q: 'fone locked aftr reset asking mi acc', tag: 'slang', expect: ['device-locked-after-reset'] },
  { q: 'phone lockd after factory rest need account pasword', tag: 'typo', expect: ['device-locked-after-reset'] },
  { q: 'poko phone locked to old account after format', tag: 'brand', expect: ['device-locked-after-reset'] },
  { q: 'xiaomi activation lock', tag: 'tidy', expect: ['device-locked-after-reset'] },

  // Cannot sign in: broad "can't get in" problems, cause unknown
  { q: 'i type my number and password and it just keeps saying something is wrong, i dont even know if its the password or the account', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'my mi account is not opening since yesterday, it shows some error i dont understand', tag: 'situation', expect: ['cannot-sign-in'] },
  { q: 'cant lgin to my acount', tag: 'typo', expect: ['cannot-sign-in'] },
  { q: 'unable to sigh in xiaomi accont', tag: 'typo', expect: ['cannot-sign-in'] },
  { q: 'cannot log in to mi account', tag: 'tidy', expect: ['cannot-sign-in'] },
  { q: 'xiaomi account login problem', tag: 'tidy', expect: ['cannot-sign-in'] },

  // Hacked account: password or contacts changed by someone else
  { q: 'got an email saying my password was changed but i did not do it, now my password is not accepted', tag: 'situation', expect: ['account-hacked'] },
  { q: 'there is a phone i dont own signed in to my account and some of my notes were deleted', tag: 'situation', expect: ['account-hacked'] },
  { q: 'a man called saying he is from xiaomi support, i gave him the code from sms and now i am locked out of everything', tag: 'situation', expect: ['account-hacked'] },
  { q: 'sum1 hacked my mi acc n changed the number', tag: 'slang', expect: ['account-hacked'] },
  { q: 'acount hackd what to do', tag: 'typo', expect: ['account-hacked'] },
  { q: 'xaiomi account hacked email changed', tag: 'brand', expect: ['account-hacked'] },
  { q: 'someone else logged into my xiaomi account', tag: 'tidy', expect: ['account-hacked'] },

  // Lost or stolen phone: locate, ring, lost mode, erase
  { q: 'left my phone in a tricycle this morning, how can i see where it is from my laptop', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'my phone was snatched on the bus, i want my wifes number to show on the screen so whoever has it can call', tag: 'situation', expect: ['find-lost-phone'] },
  { q: 'fone stolen how 2 lock it remotely', tag: 'slang', expect: ['find-lost-phone'] },
  { q: 'lost my phnoe how to find it', tag: 'typo', expect: ['find-lost-phone'] },
  { q: 'track lost readmi phone', tag: 'brand', expect: ['find-lost-phone'] },
  { q: 'find device was switched off, can i still locate my missing phone', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'erase stolen phone remotely', tag: 'tidy', expect: ['find-lost-phone'] },

  // No access to the linked phone number or email: proof of ownership, support
  { q: 'the number on my account is a sim i dropped 3 years ago and the email is one i cant open anymore', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'lost my sim card in the market and the reset code goes to that number, network office says replacement takes long', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'my yahoo mail got closed and that was the email for my xiaomi, what can i do now', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'old no. not working nw cant get otp for mi acc', tag: 'slang', expect: ['no-access-to-phone-or-email'] },
  { q: 'no acess to linked emial anymore', tag: 'typo', expect: ['no-access-to-phone-or-email'] },
  { q: 'shaomi account recover without old sim', tag: 'brand', expect: ['no-access-to-phone-or-email'] },
  { q: 'recover xiaomi account without phone number', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },

  // Which phone number or email is linked
  { q: 'i have three gmails and two numbers and honestly no idea which one i used when i made the account', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'the forgot password page shows a number ending in 47 with stars and i dont recognise it', tag: 'situation', expect: ['which-phone-or-email-is-linked'] },
  { q: 'wich number is conected to my account', tag: 'typo', expect: ['which-phone-or-email-is-linked'] },
  { q: 'how to see which email is on my mi account', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },

  // Changing the linked phone or email while still signed in
  { q: 'moving to dubai next month and my indian number will stop, how do i put the new number on my account before that', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'want to swap my old hotmail for a new gmail on the account, it sends a code to the hotmail which still works for now', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'hw to change no. in mi acc', tag: 'slang', expect: ['change-linked-phone-or-email'] },
  { q: 'update email address on xiaomi account', tag: 'tidy', expect: ['change-linked-phone-or-email'] },

  // Account restricted after suspicious activity
  { q: 'entered wrong password too many times and now it says account restricted, will it unblock by itself or do i need to do something', tag: 'situation', expect: ['account-restricted'] },
  { q: 'xiami account blocked for security reasons', tag: 'brand', expect: ['account-restricted'] },
  { q: 'account temporarily restricted unusual activity', tag: 'tidy', expect: ['account-restricted'] },

  // Contacting support
  { q: 'i filled the form on the mi website one week ago and nobody replied me, is there a number i can call', tag: 'situation', expect: ['contact-support'] },
  { q: 'how 2 talk to xiaomi customer care abt my acc', tag: 'slang', expect: ['contact-support'] },
  { q: 'what proof of ownership does xiaomi accept', tag: 'tidy', expect: ['no-access-to-phone-or-email', 'contact-support'] },

  // Backing up data before the account is lost
  { q: 'scared i will lose my account soon, want to save my contacts and pictures somewhere safe first', tag: 'situation', expect: ['back-up-your-data'] },
  { q: 'how to bakup photos from redmi to computer', tag: 'typo', expect: ['back-up-your-data'] },
  { q: 'save contacts and notes before losing account', tag: 'tidy', expect: ['back-up-your-data'] },

  // Bootloader unlock waiting time
  { q: 'mi unlock tool told me to wait 168 hours, i waited the full week and now it says wait again', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'pocco f5 boot loader unlock waiting time', tag: 'brand', expect: ['bootloader-unlock-wait'] },
  { q: 'hyperos bootloader unlock permission community app', tag: 'tidy', expect: ['bootloader-unlock-wait'] },

  // Deleting the account
  { q: 'i just want to get rid of this old xiaomi account and make a fresh one, will my phone still work after', tag: 'situation', expect: ['delete-account'] },
  { q: 'how to delet xiaomi acount forever', tag: 'typo', expect: ['delete-account'] },
  { q: 'permanently close mi account', tag: 'tidy', expect: ['delete-account'] },

  // Forgotten screen lock (the phone itself, not the account)
  { q: 'my son changed the pattern on my phone and forgot it, can i open it with my mi account instead', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'changed my pin last night and this morning none of my numbers work, now it makes me wait longer after every try', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'forgot pin of my fone plz help', tag: 'slang', expect: ['forgot-screen-lock'] },
  { q: 'forgt my lock screen pasword', tag: 'typo', expect: ['forgot-screen-lock'] },

  // Google lock (FRP) vs Xiaomi lock after a reset
  { q: 'after reset it asks to verify a gmail that was on this phone before, is that a xiaomi thing or google', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'i put my mi password after the reset and it accepted, but now it wants a google account too', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'frp or mi lock how to know', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  { q: 'verify your account google screen after reset on xiaomi phone', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },

  // HyperOS or MIUI: which system, and why menus differ
  { q: 'hyper os settings i cant find the mi account option the video shows', tag: 'brand', expect: ['hyperos-or-miui'] },
  { q: 'how to check if my phone has hyperos or miui', tag: 'tidy', expect: ['hyperos-or-miui'] },

  // Region: China vs global, data centres, "not available"
  { q: 'i changed region to india to get some app and now my cloud notes and contacts are not there', tag: 'situation', expect: ['region-and-account'] },
  { q: 'bought a china version phone online and many google things and services are missing, is my account the problem', tag: 'situation', expect: ['region-and-account'] },
  { q: 'not available in your region message', tag: 'tidy', expect: ['region-and-account'] },

  // Xiaomi Cloud photos after Gallery sync ended
  { q: 'all my gallery photos used to be in mi cloud, now when i open cloud i only see contacts and notes', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'i think i moved my pics to google photos in 2023 when xiaomi told us but i cant find them there now', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'xiomi clowd pictures gone', tag: 'brand', expect: ['xiaomi-cloud-photos'] },
  { q: 'xiaomi cloud gallery sync stopped', tag: 'tidy', expect: ['xiaomi-cloud-photos'] },

  // Strong password
  { q: 'how long shud my mi pwd b', tag: 'slang', expect: ['strong-password'] },
  { q: 'good password ideas for xiaomi account', tag: 'tidy', expect: ['strong-password'] },

  // Two-step verification
  { q: 'after someone tried to get into my account i want the extra step where it asks for a code on my phone', tag: 'situation', expect: ['two-step-verification'] },
  { q: 'two setp verification mi account', tag: 'typo', expect: ['two-step-verification'] },
  { q: 'enable 2 step verification xiaomi', tag: 'tidy', expect: ['two-step-verification'] },

  // "Unlock services" are scams
  { q: 'a guy on facebook says he can remove the mi account lock for 2000 rupees with remote software, is it legit or not', tag: 'situation', expect: ['unlock-service-scams'] },
  { q: 'xaomi account bypass tool real or fake', tag: 'brand', expect: ['unlock-service-scams'] },
  { q: 'is paying for a mi account unlock service safe', tag: 'tidy', expect: ['unlock-service-scams'] },

  // Selling, giving away or buying a used phone
  { q: 'selling my old redmi to a friend at work, what do i need to remove before i hand it over', tag: 'situation', expect: ['used-phone'] },
  { q: 'already sold my phone but forgot to sign out, now the buyer keeps calling me that it is locked', tag: 'situation', expect: ['used-phone'] },
  { q: 'givin my fone to my mum wat do i do wit my acc first', tag: 'slang', expect: ['used-phone'] },
  { q: 'what to check before buying a second hand xiaomi phone', tag: 'tidy', expect: ['used-phone'] },
];
