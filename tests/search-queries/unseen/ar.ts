import type { UnseenQuery } from './index.ts';
/** Written 2026-12-07 by a writer who saw only the facts and the article titles, before any search change. */
export const ar: readonly UnseenQuery[] = [
  // نسيت كلمة مرور الحساب
  { q: 'نسيت باسورد حساب شاومي', tag: 'slang', expect: ['reset-password'] },
  { q: 'استعادة كلمة مرور حساب mi', tag: 'tidy', expect: ['reset-password'] },
  { q: 'كيف استرجع كلمة السر لحساب xiaomi', tag: 'tidy', expect: ['reset-password'] },
  { q: 'نسيت الرقم السري بتاع حساب شاومي اعمل ايه', tag: 'dialect', expect: ['reset-password'] },
  { q: 'ابغى اغير كلمة المرور حق حساب شاومي وانا ناسيها', tag: 'dialect', expect: ['reset-password'] },
  { q: 'نسيت كلمه المرور لحساب شومي', tag: 'brand', expect: ['reset-password'] },
  { q: 'اعادة تعيين كلمة مرور حساب شاومي', tag: 'tidy', expect: ['reset-password'] },
  { q: 'بدي رجع باسوورد حساب المي', tag: 'dialect', expect: ['reset-password'] },
  { q: 'مش فاكر الباسورد حساب شاومى', tag: 'dialect', expect: ['reset-password'] },
  { q: 'نسيت كلمة السر ل mi account', tag: 'brand', expect: ['reset-password'] },
  { q: 'نسيت كلمت السر حق حساب شياومي', tag: 'typo', expect: ['reset-password'] },
  // رمز التحقق لا يصل
  { q: 'رمز التحقق لا يصل شاومي', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'الكود مش بيوصل شاومي', tag: 'dialect', expect: ['verification-code-not-arriving'] },
  { q: 'ما يجيني كود التحقق من شاومي', tag: 'dialect', expect: ['verification-code-not-arriving'] },
  { q: 'ما عم يوصلني الكود على الموبايل', tag: 'dialect', expect: ['verification-code-not-arriving'] },
  { q: 'لم تصلني رسالة التحقق من حساب mi', tag: 'tidy', expect: ['verification-code-not-arriving'] },
  { q: 'كود التفعيل مايوصل على الايميل', tag: 'dialect', expect: ['verification-code-not-arriving'] },
  { q: 'رساله الكود ماتجي شاومي', tag: 'typo', expect: ['verification-code-not-arriving'] },
  { q: 'طلبت الكود كثير ويقول حاول لاحقا', tag: 'situation', expect: ['verification-code-not-arriving'] },
  // الجهاز مقفل بعد ضبط المصنع
  { q: 'بعد الفورمات طلب حساب mi', tag: 'dialect', expect: ['device-locked-after-reset'] },
  { q: 'الجوال يطلب حساب شاومي بعد الفرمتة', tag: 'dialect', expect: ['device-locked-after-reset'] },
  { q: 'الجهاز مقفل بحساب شاومي بعد ضبط المصنع', tag: 'situation', expect: ['device-locked-after-reset'] },
  { q: 'تم قفل الجهاز بعد اعادة ضبط المصنع ردمي', tag: 'tidy', expect: ['device-locked-after-reset'] },
  { q: 'عملت فورمات للموبايل وطلب الباسورد بتاع شاومي', tag: 'dialect', expect: ['device-locked-after-reset'] },
  { q: 'تخطي حساب mi ريدمي نوت 10', tag: 'slang', expect: ['device-locked-after-reset', 'unlock-service-scams'] },
  { q: 'كيف اشيل حساب شاومي من الجوال بعد الفورمات', tag: 'dialect', expect: ['device-locked-after-reset'] },
  { q: 'هذا الجهاز مقفل ادخل كلمة مرور حساب xiaomi', tag: 'situation', expect: ['device-locked-after-reset'] },
  // قفل جوجل أم قفل شاومي
  { q: 'frp ولا حساب شاومي كيف اعرف', tag: 'slang', expect: ['google-or-xiaomi-lock'] },
  { q: 'بعد الفورمات يطلب حساب جوجل في شاومي', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  { q: 'الفرق بين قفل جوجل وقفل شاومي', tag: 'tidy', expect: ['google-or-xiaomi-lock'] },
  { q: 'تحقق من حسابك جوجل بعد ضبط المصنع ردمي', tag: 'situation', expect: ['google-or-xiaomi-lock'] },
  // اختراق
  { q: 'تم اختراق حساب شاومي', tag: 'tidy', expect: ['account-hacked'] },
  { q: 'حد دخل على حسابي في شاومي', tag: 'dialect', expect: ['account-hacked'] },
  { q: 'حسابي انهكر شاومي', tag: 'slang', expect: ['account-hacked'] },
  { q: 'أحد سرق حساب mi وغير كلمة السر', tag: 'situation', expect: ['account-hacked'] },
  { q: 'تسجيل دخول غريب على حساب شاومي من دولة ثانية', tag: 'situation', expect: ['account-hacked'] },
  { q: 'انسرق حسابي شاومي شو اعمل', tag: 'dialect', expect: ['account-hacked'] },
  // هاتف ضائع أو مسروق
  { q: 'ضاع جوالي شاومي كيف الاقيه', tag: 'dialect', expect: ['find-lost-phone'] },
  { q: 'موبايلي الشاومي اتسرق ازاي اقفله', tag: 'dialect', expect: ['find-lost-phone'] },
  { q: 'العثور على جهازي شاومي', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'تحديد موقع هاتف ردمي مفقود', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'مسح بيانات الهاتف المسروق عن بعد', tag: 'tidy', expect: ['find-lost-phone'] },
  { q: 'ضيعت تلفوني الشاومي بدي اعرف وينو', tag: 'dialect', expect: ['find-lost-phone'] },
  // لا وصول إلى الرقم أو البريد
  { q: 'الرقم المرتبط بحساب شاومي لم يعد معي', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  { q: 'ضاعت الشريحة ومش قادر ادخل حساب mi', tag: 'dialect', expect: ['no-access-to-phone-or-email'] },
  { q: 'غيرت رقمي والحساب على الرقم القديم', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'ماعندي الايميل القديم حق حساب شاومي', tag: 'dialect', expect: ['no-access-to-phone-or-email'] },
  { q: 'استرجاع حساب شاومي بدون رقم ولا ايميل', tag: 'situation', expect: ['no-access-to-phone-or-email'] },
  { q: 'الشريحه اتقفلت والكود بيروح للرقم القديم', tag: 'dialect', expect: ['no-access-to-phone-or-email'] },
  { q: 'لا أستطيع الوصول إلى البريد الإلكتروني المرتبط بحساب Xiaomi', tag: 'tidy', expect: ['no-access-to-phone-or-email'] },
  // لا أستطيع الدخول (المحور)
  { q: 'مش قادر افتح حساب شاومي', tag: 'dialect', expect: ['cannot-sign-in'] },
  { q: 'لا أستطيع تسجيل الدخول إلى حساب شاومي', tag: 'tidy', expect: ['cannot-sign-in'] },
  { q: 'ما اقدر ادخل حسابي شاومي', tag: 'dialect', expect: ['cannot-sign-in'] },
  { q: 'ساعدوني حساب mi ما عم يفتح', tag: 'dialect', expect: ['cannot-sign-in'] },
  { q: 'مشكلة في الدخول لحساب شاؤمي', tag: 'typo', expect: ['cannot-sign-in'] },
  // حساب مقيد
  { q: 'حسابي في شاومي مقيد ليش', tag: 'dialect', expect: ['account-restricted'] },
  { q: 'تم تعليق حسابي شاومي بسبب نشاط مشبوه', tag: 'tidy', expect: ['account-restricted'] },
  { q: 'الحساب انقفل من كثر المحاولات الغلط', tag: 'dialect', expect: ['account-restricted'] },
  { q: 'حساب mi محظور مؤقتا', tag: 'situation', expect: ['account-restricted'] },
  // نسخ احتياطي
  { q: 'نسخ احتياطي لجوال شاومي', tag: 'tidy', expect: ['back-up-your-data'] },
  { q: 'كيف احفظ صوري وجهات الاتصال قبل الفرمتة', tag: 'dialect', expect: ['back-up-your-data'] },
  { q: 'باك اب ردمي على الكمبيوتر', tag: 'slang', expect: ['back-up-your-data'] },
  // البوتلودر
  { q: 'فتح البوتلودر شاومي انتظار 168 ساعة', tag: 'slang', expect: ['bootloader-unlock-wait'] },
  { q: 'كم مدة انتظار فك البوت لودر', tag: 'situation', expect: ['bootloader-unlock-wait'] },
  { q: 'mi unlock يقول انتظر ايام', tag: 'brand', expect: ['bootloader-unlock-wait'] },
  // تغيير الرقم أو البريد
  { q: 'تغيير رقم الهاتف في حساب شاومي', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  { q: 'كيف اغير الايميل المربوط بحساب mi', tag: 'situation', expect: ['change-linked-phone-or-email'] },
  { q: 'عايز اغير الرقم اللي على حساب شاومي لرقم جديد', tag: 'dialect', expect: ['change-linked-phone-or-email'] },
  { q: 'تحديث البريد الالكتروني لحساب xiaomi', tag: 'tidy', expect: ['change-linked-phone-or-email'] },
  // الدعم
  { q: 'التواصل مع دعم شاومي', tag: 'tidy', expect: ['contact-support'] },
  { q: 'رقم خدمة عملاء شاومي', tag: 'tidy', expect: ['contact-support'] },
  { q: 'كيف اكلم شاومي بخصوص حسابي', tag: 'situation', expect: ['contact-support'] },
  // حذف الحساب
  { q: 'حذف حساب شاومي نهائيا', tag: 'tidy', expect: ['delete-account'] },
  { q: 'عايز امسح حساب mi خالص', tag: 'dialect', expect: ['delete-account'] },
  { q: 'الغاء حساب xiaomi للابد', tag: 'situation', expect: ['delete-account'] },
  // قفل الشاشة
  { q: 'نسيت النمط في جوال شاومي', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'نسيت رمز القفل بتاع الموبايل', tag: 'dialect', expect: ['forgot-screen-lock'] },
  { q: 'نسيت كلمة سر الشاشة ردمي', tag: 'tidy', expect: ['forgot-screen-lock'] },
  { q: 'كيف افتح الجوال اذا نسيت الرقم السري للشاشة', tag: 'situation', expect: ['forgot-screen-lock'] },
  { q: 'نسيت الباترن', tag: 'slang', expect: ['forgot-screen-lock'] },
  // HyperOS أو MIUI
  { q: 'كيف اعرف عندي هايبر او اس ولا ميوي', tag: 'slang', expect: ['hyperos-or-miui'] },
  { q: 'الفرق بين hyperos و miui', tag: 'tidy', expect: ['hyperos-or-miui'] },
  { q: 'ما لقيت حساب شاومي في الاعدادات بعد تحديث هايبر', tag: 'situation', expect: ['hyperos-or-miui'] },
  // المنطقة
  { q: 'غير متوفر في منطقتك شاومي', tag: 'tidy', expect: ['region-and-account'] },
  { q: 'جوال شاومي نسخة صينية مشكلة في الحساب', tag: 'situation', expect: ['region-and-account'] },
  { q: 'غيرت المنطقة واختفت بيانات السحابة', tag: 'situation', expect: ['region-and-account'] },
  // كلمة مرور قوية
  { q: 'ايش احط كلمة سر قوية لحساب شاومي', tag: 'dialect', expect: ['strong-password'] },
  { q: 'كم حرف لازم تكون كلمة المرور في شاومي', tag: 'situation', expect: ['strong-password'] },
  { q: 'امثلة كلمة مرور صعبة وسهلة الحفظ', tag: 'situation', expect: ['strong-password'] },
  // التحقق بخطوتين
  { q: 'تفعيل التحقق بخطوتين شاومي', tag: 'tidy', expect: ['two-step-verification'] },
  { q: 'المصادقة الثنائية حساب mi', tag: 'tidy', expect: ['two-step-verification'] },
  { q: 'ازاي اشغل التحقق بخطوتين في شاومي', tag: 'dialect', expect: ['two-step-verification'] },
  // خدمات فك القفل
  { q: 'مواقع فك حساب mi نصب؟', tag: 'slang', expect: ['unlock-service-scams'] },
  { q: 'دفعت فلوس لواحد يشيل حساب شاومي وطلع نصاب', tag: 'dialect', expect: ['unlock-service-scams'] },
  { q: 'برنامج تخطي حساب شاومي مجانا', tag: 'situation', expect: ['unlock-service-scams', 'device-locked-after-reset'] },
  // جهاز مستعمل
  { q: 'ابيع جوالي شاومي ايش اسوي قبل', tag: 'dialect', expect: ['used-phone'] },
  { q: 'اشتريت ريدمي مستعمل ويطلب حساب صاحبه', tag: 'situation', expect: ['used-phone', 'device-locked-after-reset'] },
  { q: 'كيف افحص جوال شاومي مستعمل قبل الشراء', tag: 'situation', expect: ['used-phone'] },
  { q: 'اطلع من حسابي في الجوال قبل ما ابيعه', tag: 'dialect', expect: ['used-phone'] },
  // أي رقم أو بريد مرتبط
  { q: 'كيف اعرف الرقم المرتبط بحساب شاومي', tag: 'tidy', expect: ['which-phone-or-email-is-linked'] },
  { q: 'ما اعرف على اي ايميل سويت حساب mi', tag: 'dialect', expect: ['which-phone-or-email-is-linked'] },
  { q: 'نسيت الايميل بتاع حساب شاومي', tag: 'dialect', expect: ['which-phone-or-email-is-linked'] },
  // صور السحابة
  { q: 'اختفت صوري من سحابة شاومي', tag: 'situation', expect: ['xiaomi-cloud-photos'] },
  { q: 'وين راحت الصور من mi cloud', tag: 'dialect', expect: ['xiaomi-cloud-photos'] },
  { q: 'توقف مزامنة المعرض في xiaomi cloud', tag: 'tidy', expect: ['xiaomi-cloud-photos'] },
];
