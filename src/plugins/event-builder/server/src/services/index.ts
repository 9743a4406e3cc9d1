import streams from './streams';
import visibility from './visibility';

export default { streams, visibility };
