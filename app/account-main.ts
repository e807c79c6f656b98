/** Entry of the account page (`/account`). */
import './account-page';
