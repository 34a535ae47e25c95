import { createContext, useContext } from 'react';

// The portal speaks the customer's language: the browser's first, switchable, remembered.

export type Language = 'en' | 'tr';
export const LANGUAGES: Record<Language, string> = { en: 'English', tr: 'Türkçe' };

const en = {
  title: 'Returns and claims',
  language: 'Language',
  findOrder: 'Find your order',
  findOrderHelp: 'Enter the order number from your confirmation email and the email address you ordered with.',
  orderNumber: 'Order number',
  email: 'Email address',
  continue: 'Continue',
  notFound: 'We could not find an order with this order number and email address. Please check both.',
  throttled: 'Too many attempts. Please wait a few minutes and try again.',
  failed: 'Something went wrong. Please try again.',
  order: 'Order',
  placedOn: 'Placed on',
  yourItems: 'Your items',
  whatToDo: 'What would you like to do?',
  newRequest: 'Start a request',
  kind_cancellation: 'Cancel items that have not shipped',
  kind_return: 'Return items',
  kind_incident: 'Report a problem (damaged, missing, wrong item)',
  nothingClaimable: 'Nothing on this order can be claimed any more.',
  quantity: 'Quantity',
  ordered: 'ordered',
  mayClaim: 'you may claim',
  none: 'not now',
  claimableUntil: 'until',
  withdrawButton: 'Withdraw from contract here',
  withdrawHeading: 'Withdraw from the contract',
  withdrawHelp: 'You may withdraw from this purchase without giving a reason: what has not shipped is cancelled, and what you received in the last 14 days is taken back.',
  withdrawUntil: 'For the items delivered, this is possible until',
  withdrawName: 'Your name',
  confirmWithdrawal: 'Confirm withdrawal',
  withdrawBack: 'Back',
  withdrawn: 'We have received your withdrawal, made on',
  withdrawnEmail: 'A confirmation is on its way to your email address.',
  because_not_shipped: 'not shipped yet',
  because_already_shipped: 'already shipped',
  because_all_claimed: 'already claimed',
  because_window_closed: 'the period for this ended on',
  expected_first_response: 'We will reply by',
  expected_resolution: 'We will decide by',
  reason: 'Reason',
  chooseReason: 'Choose a reason',
  description: 'Tell us more',
  descriptionRequired: 'Tell us more (required for this reason)',
  photos: 'Photos',
  photosRequired: 'Photos (required for this reason)',
  photosHelp: 'JPEG, PNG or WebP, up to 8 MB each.',
  uploading: 'Uploading…',
  removePhoto: 'Remove photo',
  outcome: 'What would you like?',
  outcome_REFUND: 'A refund',
  outcome_STORE_CREDIT: 'Store credit',
  outcome_REPLACEMENT: 'A replacement',
  submit: 'Send request',
  pickItem: 'Choose at least one item and quantity.',
  pickReason: 'Choose a reason.',
  needDescription: 'Please describe the problem.',
  needPhoto: 'Please add at least one photo.',
  refusalWindow: 'The time for this request ended on {date}.',
  refusalReceipt: 'Please add a photo of your receipt.',
  refusalItem: 'This item cannot be claimed like this any more. Please reload the order and choose again.',
  refusalImage: 'This file could not be used. Please choose a JPEG, PNG or WebP photo of up to 8 MB.',
  sessionExpired: 'For your security the session ended. Your request is kept: find your order again to send it.',
  refundEstimate: 'Expected refund',
  refundBooked: 'Refund booked',
  withdraw: 'Withdraw this request',
  withdrawConfirm: 'Withdraw this request? The store will not look at it any more.',
  yourClaims: 'Your requests',
  claimNumber: 'Request number',
  filed: 'Thank you. Your request has been sent.',
  status: 'Status',
  timeline: 'History',
  messages: 'Messages',
  noMessages: 'No messages yet.',
  writeMessage: 'Write a message to the store',
  send: 'Send',
  returnInstructions: 'How to return your items',
  returnHelp: 'Pack the items securely and hand the parcel in at the carrier with this easy-return code. No label needed.',
  easyReturnCode: 'Easy-return code',
  validUntil: 'Valid until',
  trackingNumber: 'Tracking number',
  refunds: 'Refunds',
  backToOrder: 'Back to your order',
  signOut: 'Leave',
  you: 'You',
  store: 'Store',
  rejectedBecause: 'Reason given',
  event_created: 'Request received',
  event_status: 'Status changed to',
  event_refund: 'Refund',
  status_new: 'Received', status_open: 'Being reviewed', status_communicating: 'In conversation',
  status_waiting_on_customer: 'Waiting for your reply', status_waiting_on_merchant: 'Being reviewed', status_waiting_on_platform: 'Being reviewed',
  status_confirmed: 'Confirmed', status_approved: 'Approved', status_in_return_transit: 'Return on its way', status_received: 'Return received',
  status_rejected: 'Rejected', status_dismissed: 'Closed', status_temporarily_dismissed: 'On hold', status_completed: 'Completed',
  status_completed_by_merchant: 'Completed', status_closed: 'Closed', status_archived: 'Closed', status_cancelled: 'Withdrawn',
  refund_requested: 'requested', refund_approved: 'approved', refund_processing: 'processing', refund_issued: 'issued', refund_denied: 'denied', refund_cancelled: 'cancelled',
};

export type MessageKey = keyof typeof en;

const tr: Record<MessageKey, string> = {
  title: 'İade ve talepler',
  language: 'Dil',
  findOrder: 'Siparişinizi bulun',
  findOrderHelp: 'Onay e-postanızdaki sipariş numarasını ve sipariş verdiğiniz e-posta adresini girin.',
  orderNumber: 'Sipariş numarası',
  email: 'E-posta adresi',
  continue: 'Devam',
  notFound: 'Bu sipariş numarası ve e-posta adresiyle bir sipariş bulamadık. Lütfen ikisini de kontrol edin.',
  throttled: 'Çok fazla deneme yapıldı. Lütfen birkaç dakika bekleyip tekrar deneyin.',
  failed: 'Bir şeyler ters gitti. Lütfen tekrar deneyin.',
  order: 'Sipariş',
  placedOn: 'Sipariş tarihi',
  yourItems: 'Ürünleriniz',
  whatToDo: 'Ne yapmak istersiniz?',
  newRequest: 'Yeni talep oluşturun',
  kind_cancellation: 'Kargoya verilmemiş ürünleri iptal et',
  kind_return: 'Ürün iade et',
  kind_incident: 'Sorun bildir (hasarlı, eksik, yanlış ürün)',
  nothingClaimable: 'Bu siparişte artık talep oluşturulabilecek ürün yok.',
  quantity: 'Adet',
  ordered: 'sipariş edildi',
  mayClaim: 'talep edilebilir',
  none: 'şu an değil',
  claimableUntil: 'son gün',
  withdrawButton: 'Sözleşmeden buradan cayın',
  withdrawHeading: 'Sözleşmeden cayma',
  withdrawHelp: 'Bu alışverişten gerekçe göstermeden cayabilirsiniz: kargoya verilmemiş ürünler iptal edilir, son 14 gün içinde teslim aldıklarınız geri alınır.',
  withdrawUntil: 'Teslim edilen ürünler için son gün:',
  withdrawName: 'Adınız',
  confirmWithdrawal: 'Caymayı onayla',
  withdrawBack: 'Geri',
  withdrawn: 'Cayma bildiriminiz alındı; bildirim zamanı:',
  withdrawnEmail: 'Onay e-posta adresinize gönderiliyor.',
  because_not_shipped: 'henüz kargoya verilmedi',
  because_already_shipped: 'kargoya verildi',
  because_all_claimed: 'zaten talep edildi',
  because_window_closed: 'süresi şu tarihte doldu:',
  expected_first_response: 'En geç şu tarihte yanıt vereceğiz:',
  expected_resolution: 'En geç şu tarihte karar vereceğiz:',
  reason: 'Neden',
  chooseReason: 'Bir neden seçin',
  description: 'Biraz daha anlatın',
  descriptionRequired: 'Biraz daha anlatın (bu neden için zorunlu)',
  photos: 'Fotoğraflar',
  photosRequired: 'Fotoğraflar (bu neden için zorunlu)',
  photosHelp: 'JPEG, PNG veya WebP, her biri en fazla 8 MB.',
  uploading: 'Yükleniyor…',
  removePhoto: 'Fotoğrafı kaldır',
  outcome: 'Ne talep ediyorsunuz?',
  outcome_REFUND: 'Para iadesi',
  outcome_STORE_CREDIT: 'Mağaza kredisi',
  outcome_REPLACEMENT: 'Yenisiyle değişim',
  submit: 'Talebi gönder',
  pickItem: 'En az bir ürün ve adet seçin.',
  pickReason: 'Bir neden seçin.',
  needDescription: 'Lütfen sorunu açıklayın.',
  needPhoto: 'Lütfen en az bir fotoğraf ekleyin.',
  refusalWindow: 'Bu talep için süre {date} tarihinde doldu.',
  refusalReceipt: 'Lütfen faturanızın fotoğrafını ekleyin.',
  refusalItem: 'Bu ürün için artık bu şekilde talep oluşturulamıyor. Lütfen siparişi yenileyip yeniden seçin.',
  refusalImage: 'Bu dosya kullanılamadı. Lütfen en fazla 8 MB boyutunda JPEG, PNG veya WebP bir fotoğraf seçin.',
  sessionExpired: 'Güvenliğiniz için oturum sona erdi. Talebiniz saklandı: göndermek için siparişinizi yeniden bulun.',
  refundEstimate: 'Beklenen iade tutarı',
  refundBooked: 'Kaydedilen iade',
  withdraw: 'Bu talebi geri çek',
  withdrawConfirm: 'Bu talep geri çekilsin mi? Mağaza artık talebi incelemeyecek.',
  yourClaims: 'Talepleriniz',
  claimNumber: 'Talep numarası',
  filed: 'Teşekkürler. Talebiniz gönderildi.',
  status: 'Durum',
  timeline: 'Geçmiş',
  messages: 'Mesajlar',
  noMessages: 'Henüz mesaj yok.',
  writeMessage: 'Mağazaya mesaj yazın',
  send: 'Gönder',
  returnInstructions: 'Ürünlerinizi nasıl iade edersiniz',
  returnHelp: 'Ürünleri sağlam paketleyin ve bu kolay iade koduyla kargo şubesine teslim edin. Etiket gerekmez.',
  easyReturnCode: 'Kolay iade kodu',
  validUntil: 'Son geçerlilik',
  trackingNumber: 'Takip numarası',
  refunds: 'İadeler',
  backToOrder: 'Siparişinize dönün',
  signOut: 'Çıkış',
  you: 'Siz',
  store: 'Mağaza',
  rejectedBecause: 'Belirtilen neden',
  event_created: 'Talep alındı',
  event_status: 'Durum değişti:',
  event_refund: 'Para iadesi',
  status_new: 'Alındı', status_open: 'İnceleniyor', status_communicating: 'Görüşülüyor',
  status_waiting_on_customer: 'Yanıtınız bekleniyor', status_waiting_on_merchant: 'İnceleniyor', status_waiting_on_platform: 'İnceleniyor',
  status_confirmed: 'Onaylandı', status_approved: 'Kabul edildi', status_in_return_transit: 'İade yolda', status_received: 'İade teslim alındı',
  status_rejected: 'Reddedildi', status_dismissed: 'Kapatıldı', status_temporarily_dismissed: 'Beklemede', status_completed: 'Tamamlandı',
  status_completed_by_merchant: 'Tamamlandı', status_closed: 'Kapatıldı', status_archived: 'Kapatıldı', status_cancelled: 'Geri çekildi',
  refund_requested: 'talep edildi', refund_approved: 'onaylandı', refund_processing: 'işleniyor', refund_issued: 'ödendi', refund_denied: 'reddedildi', refund_cancelled: 'iptal edildi',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, tr };

/** The first of the browser's languages we speak, else English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'tr' || base === 'en') return base;
  }
  return 'en';
}

export interface I18n {
  language: Language;
  locale: string;
  t: (key: MessageKey) => string;
  /** A message named at run time (a status), or the raw value when we have no words for it. */
  tn: (prefix: string, value: string) => string;
  setLanguage: (language: Language) => void;
}

export function i18nFor(language: Language, setLanguage: (language: Language) => void): I18n {
  const messages = MESSAGES[language];
  const known = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  return {
    language, locale: language === 'tr' ? 'tr-TR' : 'en-GB', setLanguage,
    t: (key) => messages[key],
    tn: (prefix, value) => { const key = `${prefix}_${value}`; return known(key) ? messages[key] : value; },
  };
}

export const I18nContext = createContext<I18n>(i18nFor('en', () => undefined));
export const useI18n = () => useContext(I18nContext);

/** A reason's subject in the customer's language: en-us/tr-tr style keys or bare ones. */
export function reasonLabel(reason: { subject: string; translations: Record<string, string> }, language: Language): string {
  const match = Object.entries(reason.translations).find(([tag]) => tag.toLowerCase().split(/[-_]/)[0] === language);
  return match?.[1] ?? reason.subject;
}
