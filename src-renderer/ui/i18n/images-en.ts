import type { imagesNl } from './images-nl';

export const imagesEn: typeof imagesNl = {
  images: {
    title: 'Logo and signature',
    intro: 'For the certificates and the infographic. PNG or JPEG, at most 1 MB.',
    logo: 'Logo',
    signature: 'Signature',
    none: 'No image',
    choose: 'Choose image…',
    remove: 'Remove',
    saved: 'The image has been saved.',
    removed: 'The image has been removed.',
    tooLarge: '“{{name}}” is larger than 1 MB. Choose a smaller image.',
    notAnImage: '“{{name}}” is not a PNG or JPEG image.',
  },
};
