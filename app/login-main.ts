/** Entry of the sign-in page (`/login`). */
import './login-page';
