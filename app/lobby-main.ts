/** Entry of the lobby page (`/`). */
import './lobby-page';
