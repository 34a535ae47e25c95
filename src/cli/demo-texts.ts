import type { ClaimKind, IncidentType } from '../domain/claim/status.js';

// What the demo store sells and what its customers and agents write: enough variety that
// the queue, the claim pages and the overview look like a shop's, never "Please help." 115 times.

export const FIRST_NAMES = ['Ada', 'Deniz', 'Elif', 'Jonas', 'Mira', 'Kerem', 'Lena', 'Omar', 'Sofia', 'Yusuf', 'Zeynep', 'Noah', 'Clara', 'Emre', 'Hanna', 'Luca'];
export const LAST_NAMES = ['Yılmaz', 'Kaya', 'Schmidt', 'Demir', 'Rossi', 'Öztürk', 'Novak', 'Şahin', 'Müller', 'Arslan', 'Weber', 'Çelik'];

export interface DemoProduct { sku: string; name: string; price: number; photo?: DemoPhoto }
export type DemoPhoto = 'parcel-crushed' | 'mug-chipped' | 'tshirt-seam' | 'sneaker-sole' | 'lamp-broken';
export const DEMO_PHOTOS: readonly DemoPhoto[] = ['parcel-crushed', 'mug-chipped', 'tshirt-seam', 'sneaker-sole', 'lamp-broken'];

export const PRODUCTS: readonly DemoProduct[] = [
  { sku: 'AKN-TSHRT-RD', name: 'T-shirt, red', price: 1999, photo: 'tshirt-seam' },
  { sku: 'AKN-TSHRT-BL', name: 'T-shirt, blue', price: 1999, photo: 'tshirt-seam' },
  { sku: 'JEANS-32', name: 'Jeans 32/32', price: 5990 },
  { sku: 'SNEAKER-42', name: 'Sneakers, size 42', price: 8990, photo: 'sneaker-sole' },
  { sku: 'MUG-CLASSIC', name: 'Classic mug', price: 850, photo: 'mug-chipped' },
  { sku: 'LAMP-DESK', name: 'Desk lamp', price: 3450, photo: 'lamp-broken' },
  { sku: 'COAT-WOOL-M', name: 'Wool coat, M', price: 21900 },
  { sku: 'SALE-SCARF', name: 'Scarf (final sale)', price: 1290 },
];

export interface DemoReason {
  kind: ClaimKind;
  subject: string;
  tr: string;
  de: string;
  requiresDescription?: boolean;
  /** The incident type a customer picks with this reason. */
  incidentType?: IncidentType;
  /** What customers write with this reason. */
  descriptions: readonly string[];
}

export const REASONS: readonly DemoReason[] = [
  {
    kind: 'cancellation', subject: 'Ordered by mistake', tr: 'Yanlışlıkla sipariş verdim', de: 'Versehentlich bestellt',
    descriptions: ['I ordered the wrong size, sorry.', 'Clicked twice, I only need one.', 'Ordered this on the wrong account.', ''],
  },
  {
    kind: 'cancellation', subject: 'Found it cheaper elsewhere', tr: 'Başka yerde daha ucuz buldum', de: 'Anderswo günstiger gefunden',
    descriptions: ['Saw it for less at another shop.', 'A friend can give me one.', ''],
  },
  {
    kind: 'return', subject: 'Too small', tr: 'Küçük geldi', de: 'Zu klein',
    descriptions: ['Fits about one size smaller than the size guide says.', 'Too tight around the shoulders.', 'My usual size but far too short.', 'Lovely, just too small. Can I get a refund?'],
  },
  {
    kind: 'return', subject: 'Not as described', tr: 'Açıklamadaki gibi değil', de: 'Nicht wie beschrieben', requiresDescription: true,
    descriptions: ['The colour is much darker than in the photos.', 'The page says cotton, the label says polyester.', 'It is not the model shown on the website.', 'The fabric is thin and see-through, not as described.'],
  },
  {
    kind: 'incident', subject: 'Arrived damaged', tr: 'Hasarlı geldi', de: 'Beschädigt angekommen', incidentType: 'damaged',
    descriptions: ['The box was crushed and the item inside is broken.', 'Arrived with a crack, see the photo.', 'The seam is torn open on one side.', 'The sole came off the first time I tried them on.'],
  },
  {
    kind: 'incident', subject: 'Never arrived', tr: 'Hiç ulaşmadı', de: 'Nie angekommen', incidentType: 'delivered_not_received',
    descriptions: ['Tracking says delivered but nothing came. Neighbours have nothing either.', 'The parcel was marked delivered while I was at home all day.', 'Still waiting, tracking has said delivered for three days.'],
  },
  {
    kind: 'incident', subject: 'Wrong item sent', tr: 'Yanlış ürün gönderildi', de: 'Falscher Artikel geliefert', incidentType: 'wrong_item',
    descriptions: ['I ordered blue and received red.', 'The box had a different product in it.', 'Wrong size in the package, the label shows the right one.'],
  },
];

export const CUSTOMER_OPENERS: readonly string[] = [
  'Hello, could you look at this please?',
  'Hi, what do I need to do next?',
  'Thanks in advance for your help.',
  'Can I drop it at any parcel shop?',
  'I would prefer store credit if that is quicker.',
  'Please let me know if you need more photos.',
];

export const MERCHANT_QUESTIONS: readonly string[] = [
  'Could you send a photo of the label on the parcel?',
  'Could you tell us whether the item was used?',
  'Can you confirm the address the parcel went to?',
  'Could you send a photo of the whole item?',
];

export const CUSTOMER_REPLIES: readonly string[] = [
  'Here it is, I attached it to the request.',
  'No, I only tried it on once.',
  'Yes, that is my address.',
  'Sent the photo just now.',
  'Any news? It has been a few days.',
];

export const MERCHANT_UPDATES: readonly string[] = [
  'Thanks, we have approved your request.',
  'Your parcel arrived, the refund is on its way.',
  'Sorry about this. We are refunding you now.',
  'We have received the item and closed your request.',
];

export const REJECTIONS: readonly string[] = [
  'Outside the return window',
  'The item shows signs of use',
  'The photos show no damage',
  'Final-sale items cannot be returned',
];
