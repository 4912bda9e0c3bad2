/**
 * The view's styles as strings, for places a <link> cannot reach: the in-place shadow root and
 * the "Save as HTML" file. @font-face is dropped there: a shadow root ignores it (the content
 * script registers the font itself) and an exported file must not point into the extension.
 */
import readerCss from './reader.css?inline';
import viewCss from './view.css?inline';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

export const inlineCss = (readerCss + '\n' + viewCss).replace(FONT_FACE, '');
