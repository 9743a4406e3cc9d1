import auth from './auth';
import forms from './forms';
import me from './me';
import registrants from './registrants';

export default { auth, forms, me, registrants };
