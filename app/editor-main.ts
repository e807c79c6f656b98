/** Entry of the booth editor page (`/editor`). */
import './editor-page';
