import type { imagesNl } from './images-nl';

export const imagesEn: typeof imagesNl = {
  images: {
    title: 'Logo and signature',
    intro:
      'For the certificates and the infographic. PNG or JPEG, at most 1 MB and 4096 × 4096 pixels.',
    logo: 'Logo',
    signature: 'Signature',
    none: 'No image',
    choose: 'Choose image…',
    remove: 'Remove',
    saved: 'The image has been saved.',
    removed: 'The image has been removed.',
    tooLarge: '“{{name}}” is larger than 1 MB. Choose a smaller image.',
    notAnImage: '“{{name}}” is not a PNG or JPEG image.',
    unreadable: '“{{name}}” is damaged or incomplete. Save the image again and choose it.',
    tooManyPixels:
      '“{{name}}” has too many pixels (at most 4096 × 4096 and 12.5 million in all). Make the image smaller.',
  },
};
