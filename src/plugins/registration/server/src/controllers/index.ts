import auth from './auth';
import forms from './forms';
import me from './me';

export default { auth, forms, me };
