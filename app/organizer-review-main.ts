/** Entry of the organizer's review page (`/organizer/review`). */
import './organizer-review-page';
