/**
 * Removes photo credits standing on their own line, usually left behind when the image itself
 * was dropped: "Credit...Doug Mills/The New York Times", "Photo: AFP", "(Image: © NASA)",
 * "Sakib Ali/Hindustan Times/Getty Images", "Foto: dpa", and gallery labels ("Image caption").
 */
import { isProse, leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

const CREDIT_LABEL =
  /^\(?\s*(?:photo|photos|photograph|photography|image|images|picture|pictures|pic|illustration|video|credit|credits|image credit|photo credit|photo credits|source|foto|fotos|fotografie|bild|bilder|quelle|crédit|crédits|crédit photo|légende|crédito|créditos|fotografía|fuente|fonte|immagine|credito|crediti|beeld|bron)\s*(?:[:|©]|\.\.\.|…|by\b)/i;
const COPYRIGHT =
  /^\(?\s*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|:|by\b)|image copyright\b|(?:photo |image )?courtesy(?: of)?\b)/i;
const AGENCY =
  '(?:getty(?: images)?|ap(?: photo)?|associated press|afp|reuters|epa(?:-efe)?|efe|shutterstock|istock(?:photo)?|dpa|picture alliance|bloomberg|alamy|imago|xinhua|anadolu(?: agency)?|ansa|pa(?: wire| media)?|sipa|zuma(?: press)?|nurphoto|sopa images|the new york times|unsplash|pexels|nasa|keystone|belga|anp|lusa|europa press|corbis|wikimedia commons)';
/** A line that ends in an agency after a slash or pipe, or is nothing but agencies. */
const AGENCY_LINE = new RegExp(
  `^(?:[^.!?]{0,80}[/|,]\\s*)?${AGENCY}(?:\\s*[/|,]\\s*${AGENCY})*\\s*\\)?$`,
  'i',
);
/** The agency first, then the photographer: "Getty Images / Holger Leue", "iStock | 35007". */
const AGENCY_SLASH = new RegExp(`^${AGENCY}\\s*[/|]\\s*`, 'i');
/** A name in capitals or a number, not the rest of a sentence ("AP/NORC poll finds…"). */
const NAME = /^[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d.'’-]*){0,4}$/u;
const isAgencyFirst = (text: string): boolean => {
  const agency = AGENCY_SLASH.exec(text);
  return !!agency && NAME.test(text.slice(agency[0].length));
};
/** A slideshow's counter left without its slides: "Image 1 of 9", "Image 1 of / 8", "1 of 6". */
const GALLERY_COUNTER =
  /^(?:(?:image|photo|slide|picture|bild|foto|imagen|immagine|afbeelding)s?\s+\d{1,3}\s*(?:of|\/|von|de|di|sur|van)\s*\/?\s*\d{0,3}|\d{1,3}\s+(?:of|von|sur|van)\s+\d{1,3})$/i;
const GALLERY_LABELS =
  /^(?:image caption|media caption|caption|image|close|enlarge|expand|open gallery|bildunterschrift|légende|leyenda|didascalia|legenda)$/i;

/** What follows a label is a name: a figure in it ("Video: 4K 30p") makes it a spec line. */
const hasFigure = (text: string): boolean =>
  /\d/.test(text.replace(CREDIT_LABEL, '').replace(/\b(?:19|20)\d{2}\b/g, ''));

export function isPhotoCredit(text: string): boolean {
  if (CREDIT_LABEL.test(text) && hasFigure(text)) return false;
  if (wordCount(text) > 14 || /[.!?]["”)]?$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) {
    return CREDIT_LABEL.test(text) && wordCount(text) <= 14 && !/[.!?]\s+\p{Lu}/u.test(text);
  }
  return (
    CREDIT_LABEL.test(text) ||
    COPYRIGHT.test(text) ||
    AGENCY_LINE.test(text) ||
    isAgencyFirst(text) ||
    GALLERY_LABELS.test(text.trim()) ||
    GALLERY_COUNTER.test(text.trim())
  );
}

export function removePhotoCredits(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (!isProse(block) && isPhotoCredit(text)) removeAndRecord(block, 'photo-credit', ctx, root);
  }
}
