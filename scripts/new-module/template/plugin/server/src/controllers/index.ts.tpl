import notes from './notes';

export default { notes };
