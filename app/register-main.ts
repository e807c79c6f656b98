/** Entry of the sign-up page (`/register`). */
import './register-page';
