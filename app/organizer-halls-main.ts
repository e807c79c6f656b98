/** Entry of the organizer's hall layout page (`/organizer/halls`). */
import './organizer-halls-page';
