/** Entry of the hall page (`/hall/<id>`). */
import './hall-page';
