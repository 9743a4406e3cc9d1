import notes from './notes';
import welcome from './welcome';

export default { notes, welcome };
